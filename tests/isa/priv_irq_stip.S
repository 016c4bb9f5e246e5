# priv_irq_stip.S: M-mode raises the supervisor timer interrupt by writing mip.STIP; delegated,
# it is taken in S (scause = 0x8000000000000005); S cannot clear it through sip, M can.
#include "isa.h"
TEST_START
    TIMER_OFF
    li t0, MIP_STIP
    csrw mideleg, t0
    csrw mie, t0
    csrs mip, t0
    csrr a0, mip
    andi a0, a0, MIP_STIP
    CHECK(1, a0, MIP_STIP)
    li t0, MSTATUS_SIE
    csrs mstatus, t0
    li TESTNUM, 2
    ARM_TRAP(2f)
    GOTO_MODE(PRV_S, 1f)
1:  j isa_fail
2:  CHECK_TRAP(2, CAUSE_IRQ(IRQ_S_TIMER), 1b)
    CHECK_TRAP_MODE(3, PRV_S)
    csrr a0, sip
    andi a0, a0, MIP_STIP
    CHECK(4, a0, MIP_STIP)
    li t0, MIP_STIP
    csrc sip, t0                        # read-only in sip: no effect
    csrr a0, sip
    andi a0, a0, MIP_STIP
    CHECK(5, a0, MIP_STIP)
    ENTER_M
    li t0, MIP_STIP
    csrc mip, t0
    csrr a0, mip
    andi a0, a0, MIP_STIP
    CHECK(6, a0, 0)
    csrw mie, zero
    csrw mideleg, zero
    PASS
TEST_END
