# priv_irq_s_in_m.S: a delegated S-level interrupt is never taken in M (even with MIE = 1 and
# SIE = 1); in S it needs SIE = 1; in U it is always enabled. Undelegated, it is an M-mode
# interrupt taken in M when MIE = 1.
#include "isa.h"
TEST_START
    TIMER_OFF
    li t0, MIP_SSIP
    csrw mideleg, t0
    csrw mie, t0                        # SSIE
    csrs mip, t0                        # SSIP pending
    li t0, MSTATUS_MIE | MSTATUS_SIE
    csrs mstatus, t0
    # M-mode: not taken
    li TESTNUM, 1
    nop
    nop
    CHECK_TRAP_COUNT(1, 0)
    # S-mode with SIE = 0: not taken; then SIE = 1: taken in S
    li t0, MSTATUS_SIE
    csrc mstatus, t0
    li TESTNUM, 2
    ARM_TRAP(2f)
    GOTO_MODE(PRV_S, 1f)
1:  nop
    CHECK_TRAP_COUNT(2, 0)
    csrsi sstatus, MSTATUS_SIE
3:  j isa_fail
2:  CHECK_TRAP(3, CAUSE_IRQ(IRQ_S_SOFT), 3b)
    CHECK_TRAP_MODE(4, PRV_S)
    CHECK_TRAP_STATUS(5, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP, MSTATUS_SPIE | MSTATUS_SPP)
    csrr a0, stval
    CHECK(6, a0, 0)                     # stval = 0 for interrupts
    ENTER_M
    # U-mode with SIE = 0: taken in S
    li t0, MSTATUS_SIE
    csrc mstatus, t0
    li TESTNUM, 7
    ARM_TRAP(5f)
    GOTO_MODE(PRV_U, 4f)
4:  j isa_fail
5:  CHECK_TRAP(7, CAUSE_IRQ(IRQ_S_SOFT), 4b)
    CHECK_TRAP_MODE(8, PRV_S)
    CHECK_TRAP_STATUS(9, MSTATUS_SPP, 0)
    ENTER_M
    # not delegated: an M-mode interrupt with cause 1, taken in M once MIE = 1
    csrw mideleg, zero
    li TESTNUM, 10
    ARM_TRAP(6f)
    li t0, MSTATUS_MIE
    csrs mstatus, t0
    j isa_fail
6:  CHECK_CAUSE(10, CAUSE_IRQ(IRQ_S_SOFT))
    CHECK_TRAP_MODE(11, PRV_M)
    li t0, MIP_SSIP
    csrc mip, t0
    csrw mie, zero
    PASS
TEST_END
