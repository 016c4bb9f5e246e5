# priv_ecall_from_s.S: ecall in S-mode (not delegated): taken in M with mcause 9, mepc = the
# ecall, mtval = 0, MPP = S, MPIE = the MIE at the time, MIE = 0.
#include "isa.h"
TEST_START
    TRAP_CASE_S(1, CAUSE_ECALL_S, ecall)
    CHECK_TVAL(2, 0)
    CHECK_TRAP_MODE(3, PRV_M)
    CHECK_TRAP_STATUS(4, MSTATUS_MPP, MSTATUS_MPP_S)
    # enter S with MIE = 1 (mret copies MPIE into MIE): MPIE = 1 after the trap
    csrw mie, zero
    li t0, MSTATUS_MPIE
    csrs mstatus, t0
    TRAP_CASE_S(5, CAUSE_ECALL_S, ecall)
    CHECK_TRAP_STATUS(6, MSTATUS_MIE | MSTATUS_MPIE, MSTATUS_MPIE)
    # and with MIE = 0 in S: MPIE = 0
    li t0, MSTATUS_MPIE
    csrc mstatus, t0
    TRAP_CASE_S(7, CAUSE_ECALL_S, ecall)
    CHECK_TRAP_STATUS(8, MSTATUS_MIE | MSTATUS_MPIE, 0)
    # the S-mode CSRs are not touched by a trap to M
    li a1, 0x5554
    csrw sepc, a1
    csrw scause, a1
    csrw stval, a1
    TRAP_CASE_S(9, CAUSE_ECALL_S, ecall)
    csrr a0, sepc
    CHECK(10, a0, 0x5554)
    csrr a0, scause
    CHECK(11, a0, 0x5554)
    csrr a0, stval
    CHECK(12, a0, 0x5554)
    PASS
TEST_END
