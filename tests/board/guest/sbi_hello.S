# A minimal S-mode "kernel" for firmware tests: entered by OpenSBI at 0x80200000 with
# a0 = hartid, a1 = device tree. Prints a line through the legacy SBI console (EID 1),
# reports which privilege it runs in by reading sstatus (legal only in S-mode), then
# powers off through the System Reset extension (SRST).
    .section .text.start
    .globl _start
_start:
    csrr t0, sstatus             # would trap in U-mode; proves we are in S-mode
    la s0, message
1:  lbu a0, 0(s0)
    beqz a0, 2f
    li a7, 1                     # legacy console_putchar
    ecall
    addi s0, s0, 1
    j 1b
2:  li a7, 0x53525354            # "SRST"
    li a6, 0                     # sbi_system_reset
    li a0, 0                     # shutdown
    li a1, 0                     # no reason
    ecall
3:  j 3b                         # not reached

    .section .rodata
message: .asciz "sbi_hello: hello from S-mode via SBI\n"
