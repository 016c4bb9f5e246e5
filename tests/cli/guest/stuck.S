# mtvec points at memory with no device behind it: the first trap's handler fetch
# faults, and so does every one after it. rvscope must stop and say so (exit 6).
    .section .text.start
    .globl _start
_start:
    li t0, 0x4
    csrw mtvec, t0
    .word 0              # illegal instruction: the first trap
