# rvscope-only: HTIF (tohost/fromhost) is a Spike/rvscope convention; QEMU virt has no HTIF device
# htif_exit_from_u.S: the tohost mailbox is ordinary memory to the guest: a U-mode program can
# end the run by writing it, after some work and an expected trap reported through the
# HTIF console.
#define ISA_HTIF
#include "isa.h"
TEST_START
    TRAP_CASE_U(1, CAUSE_ECALL_U, ecall)
    TRAP_CASE(2, CAUSE_BREAKPOINT, ebreak)
    li TESTNUM, 3
    ENTER_U
    li a0, 41
    addi a0, a0, 1
    li t0, 42
    bne a0, t0, 1f
    li t0, 1                            # pass: (0 << 1) | 1
    la t1, tohost
    sd t0, 0(t1)
2:  j 2b                                # the host stops the run
1:  li t0, (3 << 1) | 1                 # fail with code 3
    la t1, tohost
    sd t0, 0(t1)
    j 2b
TEST_END
