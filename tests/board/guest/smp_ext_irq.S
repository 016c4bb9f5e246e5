# smp_ext_irq.S: an external interrupt routed by the PLIC to another hart (run with
# -smp 2 and one byte on stdin). Hart 1 enables UART0 (source 10) in its M-mode context
# (context 2) and waits in WFI with only MEIE set; it claims the interrupt, reads the
# byte, completes, and passes if the byte is 'x' and the claim said source 10. Hart 0,
# whose context has the source disabled, must never see MEIP: it fails (code 3) if it does.
#define PLIC 0x0c000000
#define PLIC_PRIORITY(src) (PLIC + 4 * (src))
#define PLIC_ENABLE(ctx) (PLIC + 0x2000 + 0x80 * (ctx))
#define PLIC_THRESHOLD(ctx) (PLIC + 0x200000 + 0x1000 * (ctx))
#define PLIC_CLAIM(ctx) (PLIC_THRESHOLD(ctx) + 4)
#define UART 0x10000000
#define UART_SRC 10
#define FINISHER 0x100000
#define MIP_MEIP (1 << 11)

    .section .text.start
    .globl _start
_start:
    csrr a0, mhartid
    bnez a0, hart1
hart0:                           # nothing enabled for us: MEIP must stay low
    csrr t0, mip
    li t1, MIP_MEIP
    and t0, t0, t1
    bnez t0, hart0_saw_it
    j hart0

hart1:
    li t0, PLIC_PRIORITY(UART_SRC)
    li t1, 1
    sw t1, 0(t0)
    li t0, PLIC_ENABLE(2)        # context 2 = hart 1, M-mode
    li t1, 1 << UART_SRC
    sw t1, 0(t0)
    li t0, PLIC_THRESHOLD(2)
    sw zero, 0(t0)
    li t0, UART
    li t1, 1                     # IER: received data available
    sb t1, 1(t0)
    li t0, MIP_MEIP
    csrw mie, t0                 # global MIE stays off: WFI wakes, no trap is taken
1:  wfi
    csrr t0, mip
    li t1, MIP_MEIP
    and t0, t0, t1
    beqz t0, 1b
    li t0, PLIC_CLAIM(2)
    lw s0, 0(t0)                 # the source
    li t1, UART
    lbu s1, 0(t1)                # the byte
    sw s0, 0(t0)                 # complete
    li t0, UART_SRC
    bne s0, t0, wrong_source
    li t0, 'x'
    bne s1, t0, wrong_byte
    li t0, FINISHER
    li t1, 0x5555
    sw t1, 0(t0)
2:  j 2b

wrong_source:
    li a1, 1
    j fail
wrong_byte:
    li a1, 2
    j fail
hart0_saw_it:
    li a1, 3
fail:
    li t0, FINISHER
    slli a1, a1, 16
    li t1, 0x3333
    or t1, t1, a1
    sw t1, 0(t0)
3:  j 3b
