# priv_ecall_from_u.S: ecall in U-mode (not delegated): taken in M with mcause 8, mepc = the
# ecall, mtval = 0, MPP = U, MIE = 0, MPIE = the MIE at the time.
#include "isa.h"
TEST_START
    li a0, 42
    TRAP_CASE_U(1, CAUSE_ECALL_U, ecall)
    CHECK_TVAL(2, 0)
    CHECK_TRAP_MODE(3, PRV_M)
    CHECK_TRAP_STATUS(4, MSTATUS_MPP, 0)
    CHECK(5, a0, 42)
    csrw mie, zero
    li t0, MSTATUS_MPIE
    csrs mstatus, t0
    TRAP_CASE_U(6, CAUSE_ECALL_U, ecall)
    CHECK_TRAP_STATUS(7, MSTATUS_MIE | MSTATUS_MPIE, MSTATUS_MPIE)
    # ecall after some U-mode work, at a 2-byte aligned address
    li TESTNUM, 8
    ARM_TRAP(2f)
    GOTO_MODE(PRV_U, 1f)
    .balign 4
1:  c.li a0, 7
3:  ecall
    j isa_fail
2:  CHECK_TRAP(8, CAUSE_ECALL_U, 3b)
    CHECK(9, a0, 7)
    PASS
TEST_END
