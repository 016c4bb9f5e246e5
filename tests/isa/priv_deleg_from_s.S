# priv_deleg_from_s.S: delegated exceptions raised in S-mode trap to S (SPP = S), with scause,
# sepc, stval set as M-mode would set its own; undelegated ones still go to M.
#include "isa.h"
TEST_START
    li a1, (1 << CAUSE_ILLEGAL_INSN) | (1 << CAUSE_BREAKPOINT) | (1 << CAUSE_LOAD_ACCESS)
    csrw medeleg, a1
    TRAP_CASE_S(1, CAUSE_ILLEGAL_INSN, .word 0x0000050b)
    CHECK_TRAP_MODE(2, PRV_S)
    CHECK_TVAL(3, 0x0000050b)
    CHECK_TRAP_STATUS(4, MSTATUS_SPP, MSTATUS_SPP)
    # still in S: a second delegated trap from S
    li TESTNUM, 5
    ARM_TRAP(1f)
2:  ebreak
    j isa_fail
1:  CHECK_TRAP(5, CAUSE_BREAKPOINT, 2b)
    CHECK_TRAP_MODE(6, PRV_S)
    li s0, RAM_END
    ARM_TRAP(3f)
4:  ld a0, 0(s0)
    j isa_fail
3:  CHECK_TRAP(7, CAUSE_LOAD_ACCESS, 4b)
    CHECK_TVAL(8, RAM_END)
    ENTER_M
    # a store access fault is not delegated: from S it goes to M
    TRAP_CASE_S(9, CAUSE_STORE_ACCESS, sd a0, 0(s0))
    CHECK_TRAP_MODE(10, PRV_M)
    CHECK_TRAP_STATUS(11, MSTATUS_MPP, MSTATUS_MPP_S)
    csrw medeleg, zero
    PASS
TEST_END
