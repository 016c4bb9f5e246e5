# priv_irq_ssip_self.S: S-mode raises its own software interrupt by setting sip.SSIP (delegated
# SSI); it is taken as soon as SIE = 1, and S clears it by writing sip.
#include "isa.h"
TEST_START
    TIMER_OFF
    li t0, MIP_SSIP
    csrw mideleg, t0
    li TESTNUM, 1
    ENTER_S
    csrsi sie, MIP_SSIP
    csrsi sip, MIP_SSIP
    csrr a0, sip
    andi a0, a0, MIP_SSIP
    CHECK(1, a0, MIP_SSIP)              # pending but SIE = 0
    CHECK_TRAP_COUNT(2, 0)
    li TESTNUM, 3
    ARM_TRAP(2f)
    csrsi sstatus, MSTATUS_SIE
1:  j isa_fail
2:  CHECK_TRAP(3, CAUSE_IRQ(IRQ_S_SOFT), 1b)
    CHECK_TRAP_MODE(4, PRV_S)
    csrci sip, MIP_SSIP
    csrr a0, sip
    andi a0, a0, MIP_SSIP
    CHECK(5, a0, 0)
    csrsi sstatus, MSTATUS_SIE          # nothing pending now
    nop
    CHECK_TRAP_COUNT(6, 1)
    csrci sstatus, MSTATUS_SIE
    ENTER_M
    csrw mie, zero
    csrw mideleg, zero
    PASS
TEST_END
