# reset.S: a system reset through the test finisher (0x7777) restarts every hart at the
# reset ROM with the images loaded again, while RAM outside them keeps its contents.
# First boot: leave a mark in RAM past the program and reset. Second boot: the mark is
# there (so this is a second boot) and .data was loaded again (the counter is 0), pass.
#define FINISHER 0x100000
#define MARK_ADDR 0x80100000     /* far past this program's image */
#define MARK 0x5245534554        /* "RESET" */

    .section .text.start
    .globl _start
_start:
    csrr t0, mhartid
    bnez t0, park
    la t0, counter
    lw t1, 0(t0)
    bnez t1, fail                # .data must be fresh on every boot
    li t1, 1
    sw t1, 0(t0)
    li t0, MARK_ADDR
    ld t1, 0(t0)
    li t2, MARK
    beq t1, t2, pass             # second boot
    sd t2, 0(t0)                 # first boot: mark, then reset
    li t0, FINISHER
    li t1, 0x7777
    sw t1, 0(t0)
park:
    wfi
    j park
pass:
    li t0, FINISHER
    li t1, 0x5555
    sw t1, 0(t0)
    j park
fail:
    li t0, FINISHER
    li t1, (2 << 16) | 0x3333
    sw t1, 0(t0)
    j park

    .data
counter: .word 0
