# The smallest program: pass through the finisher. Built as RV32 and at an address
# outside RAM to exercise the loader's errors.
    .globl _start
_start:
    li t0, 0x100000
    li t1, 0x5555
    sw t1, 0(t0)
1:  j 1b
