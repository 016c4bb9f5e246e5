# priv_trap_stacks.S: the S-level and M-level trap state are separate: a trap from U to S (SPP,
# SPIE, sepc, scause) followed by a trap from that S handler to M (MPP, MPIE, mepc, mcause)
# leaves the S-level state of the first trap intact.
#include "isa.h"
TEST_START
    li t0, 1 << CAUSE_ECALL_U
    csrw medeleg, t0
    li t0, MSTATUS_SIE                  # SIE = 1 in U: SPIE = 1 after the trap
    csrs mstatus, t0
    li TESTNUM, 1
    ARM_TRAP(2f)
    GOTO_MODE(PRV_U, 1f)
1:  ecall                               # U -> S
    j isa_fail
2:  CHECK_TRAP(1, CAUSE_ECALL_U, 1b)
    CHECK_TRAP_MODE(2, PRV_S)
    li TESTNUM, 3
    ARM_TRAP(4f)
3:  ecall                               # S -> M (not delegated)
    j isa_fail
4:  CHECK_TRAP(3, CAUSE_ECALL_S, 3b)
    CHECK_TRAP_MODE(4, PRV_M)
    # M-level state of the second trap
    CHECK_MSTATUS(5, MSTATUS_MPP | MSTATUS_MPIE, MSTATUS_MPP_S)
    # S-level state of the first trap, untouched by the second
    CHECK_MSTATUS(6, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE, MSTATUS_SPIE)
    csrr a0, sepc
    CHECK_SYM(7, a0, 1b)
    csrr a0, scause
    CHECK(8, a0, CAUSE_ECALL_U)
    csrr a0, mepc
    CHECK_SYM(9, a0, 3b)
    # sret from here (M) goes back to U with SIE restored from SPIE
    csrw medeleg, zero                  # (the ecall of CHECK_PRIV must come to M)
    la t0, 5f
    csrw sepc, t0
    li TESTNUM, 10
    sret
5:  CHECK_PRIV(10, PRV_U)
    CHECK_MSTATUS(11, MSTATUS_SIE | MSTATUS_SPIE, MSTATUS_SIE | MSTATUS_SPIE)
    PASS
TEST_END
