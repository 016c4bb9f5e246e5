# priv_deleg_ecall_u.S: with medeleg bit 8 set, ecall from U traps to S: scause = 8, sepc = the
# ecall, stval = 0, SPP = U, SPIE = the old SIE, SIE = 0; the M-mode trap CSRs are untouched.
#include "isa.h"
TEST_START
    li a1, 1 << CAUSE_ECALL_U
    csrw medeleg, a1
    li a1, 0x77
    csrw mcause, a1
    csrw mtval, a1
    li a1, 0x76
    csrw mepc, a1
    TRAP_CASE_U(1, CAUSE_ECALL_U, ecall)
    CHECK_TRAP_MODE(2, PRV_S)
    CHECK_TVAL(3, 0)
    CHECK_TRAP_STATUS(4, MSTATUS_SPP | MSTATUS_SIE, 0)
    ENTER_M                             # ecall from S: not delegated, back to M
    CHECK_CSR(5, mcause, CAUSE_ECALL_S) # (the ENTER_M ecall)
    # the mepc/mtval written before were replaced only by that ecall
    CHECK_CSR(6, mtval, 0)
    # SIE = 1 in U: after the trap SPIE = 1, SIE = 0
    li t0, MSTATUS_SIE
    csrs mstatus, t0
    TRAP_CASE_U(7, CAUSE_ECALL_U, ecall)
    CHECK_TRAP_MODE(8, PRV_S)
    CHECK_TRAP_STATUS(9, MSTATUS_SPIE | MSTATUS_SIE | MSTATUS_SPP, MSTATUS_SPIE)
    csrr a0, scause
    CHECK(10, a0, CAUSE_ECALL_U)
    ENTER_M
    # ecall from S is not delegated by bit 8: still M
    TRAP_CASE_S(11, CAUSE_ECALL_S, ecall)
    CHECK_TRAP_MODE(12, PRV_M)
    csrw medeleg, zero
    PASS
TEST_END
