# Exits through the SiFive test finisher with failure code 42, after one illegal
# instruction trap that --trace insn must show.
    .section .text.start
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    .word 0              # all-zero: illegal
after:
    li t0, 0x100000
    li t1, (42 << 16) | 0x3333
    sw t1, 0(t0)
1:  j 1b

    .align 2             # mtvec needs a 4-byte aligned base
handler:
    la t0, after
    csrw mepc, t0
    mret
