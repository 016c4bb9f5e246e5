# priv_mprv.S: mstatus.MPRV = 1 makes M-mode loads and stores use the privilege in MPP. With
# Bare translation and PMP open to all modes nothing observable changes: data still moves,
# faults are still access faults taken in M, and instruction fetch is not affected.
#include "isa.h"
TEST_START
    la s0, buf
    li s1, RAM_END
    li t0, MSTATUS_MPP
    csrc mstatus, t0                    # MPP = U
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    TEST_CASE(1, a0, 0x1122334455667788, ld a0, 0(s0))
    TEST_CASE(2, a0, 0x55, li a1, 0x55; sb a1, 8(s0); lbu a0, 8(s0))
    TEST_CASE(3, a0, 0x1122334455667788, amoadd.d a0, zero, (s0))
    TRAP_CASE(4, CAUSE_LOAD_ACCESS, ld a0, 0(s1))
    CHECK_TRAP_MODE(5, PRV_M)
    CHECK_TVAL(6, RAM_END)
    CHECK_CSR(7, mhartid, 0)            # still in M: M CSRs are accessible
    # MPP = S: the same (the trap above set MPP = M; MPRV itself is still 1)
    CHECK_MSTATUS(8, MSTATUS_MPRV, MSTATUS_MPRV)
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    TEST_CASE(9, a0, 0x1122334455667788, ld a0, 0(s0))
    TEST_CASE(10, a0, 0x66, li a1, 0x66; sd a1, 8(s0); ld a0, 8(s0))
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    PASS

    .data
    .balign 8
buf:    .dword 0x1122334455667788, 0
TEST_END
