# Prints "htif ok" through HTIF's console and exits with code 3 through tohost.
    .section .text.start
    .globl _start
_start:
    la a0, message
1:  lbu a1, 0(a0)
    beqz a1, done
    li t0, (1 << 56) | (1 << 48)
    or t0, t0, a1
    la t1, tohost
    sd t0, 0(t1)
2:  ld t2, 0(t1)         # the host clears tohost once it took the character
    bnez t2, 2b
    addi a0, a0, 1
    j 1b
done:
    li t0, (3 << 1) | 1
    la t1, tohost
    sd t0, 0(t1)
3:  j 3b

    .section .rodata
message: .asciz "htif ok\n"

    .section .tohost, "aw", @progbits
    .align 6
    .globl tohost
tohost: .dword 0
    .align 6
    .globl fromhost
fromhost: .dword 0
