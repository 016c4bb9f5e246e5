# smp_irqs.S: software and timer interrupts on several harts (run with -smp 4).
# Hart 0 raises a machine software interrupt (CLINT msip) on every other hart. Each of
# them, waiting in WFI, takes it, clears it, arms its own mtimecmp a little ahead, then
# takes its machine timer interrupt and disarms it; both handlers count with amoadd.
# Hart 0 passes when the count reaches 2 per secondary hart, and fails (code 2) if it
# waits more than 5 s of mtime or (code 3) if any hart takes an unexpected trap.
#define NHARTS 4
#define CLINT_MSIP 0x2000000
#define CLINT_MTIMECMP 0x2004000
#define CLINT_MTIME 0x200bff8
#define FINISHER 0x100000

    .section .text.start
    .globl _start
_start:
    csrr a0, mhartid
    la t0, handler
    csrw mtvec, t0
    li t0, CLINT_MTIMECMP        # no timer interrupt until asked for
    slli t1, a0, 3
    add t0, t0, t1
    li t1, -1
    sd t1, 0(t0)
    li t0, (1 << 3) | (1 << 7)   # mie: MSIE, MTIE
    csrw mie, t0
    csrsi mstatus, 8             # mstatus.MIE
    bnez a0, secondary

    li s0, 1                     # hart 0: poke every other hart
1:  li t0, CLINT_MSIP
    slli t1, s0, 2
    add t0, t0, t1
    li t1, 1
    sw t1, 0(t0)
    addi s0, s0, 1
    li t1, NHARTS
    blt s0, t1, 1b

    li t0, CLINT_MTIME           # then wait for 2 interrupts per secondary hart, for
    ld s1, 0(t0)                 # at most 5 s of mtime (10 MHz): on QEMU the other harts
    li t0, 50000000              # are host threads that may start late
    add s1, s1, t0
2:  la t0, count
    lw t1, 0(t0)
    li t2, 2 * (NHARTS - 1)
    beq t1, t2, pass
    li t0, CLINT_MTIME
    ld t0, 0(t0)
    bltu t0, s1, 2b
    li a1, 2
    j fail

secondary:
3:  wfi
    j 3b

    .align 2
handler:
    csrr t0, mcause
    bgez t0, unexpected          # an exception
    slli t0, t0, 1
    srli t0, t0, 1
    li t1, 3
    beq t0, t1, software
    li t1, 7
    beq t0, t1, timer
unexpected:
    li a1, 3
    j fail

software:                        # clear our msip, arm our timer 1000 ticks ahead
    csrr t2, mhartid
    li t0, CLINT_MSIP
    slli t1, t2, 2
    add t0, t0, t1
    sw zero, 0(t0)
    li t0, CLINT_MTIME
    ld t1, 0(t0)
    addi t1, t1, 1000
    li t0, CLINT_MTIMECMP
    slli t2, t2, 3
    add t0, t0, t2
    sd t1, 0(t0)
    j counted

timer:                           # disarm our timer
    csrr t2, mhartid
    li t0, CLINT_MTIMECMP
    slli t2, t2, 3
    add t0, t0, t2
    li t1, -1
    sd t1, 0(t0)
counted:
    la t0, count
    li t1, 1
    amoadd.w zero, t1, (t0)
    mret

pass:
    li t0, FINISHER
    li t1, 0x5555
    sw t1, 0(t0)
4:  j 4b

fail:                            # a1 = code
    li t0, FINISHER
    slli a1, a1, 16
    li t1, 0x3333
    or t1, t1, a1
    sw t1, 0(t0)
5:  j 5b

    .data
    .align 3
count: .word 0
