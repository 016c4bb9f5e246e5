# priv_irq_seip.S: M-mode can raise the supervisor external interrupt by writing mip.SEIP.
# Undelegated it is taken in M (cause 0x8000000000000009); delegated, in S.
#include "isa.h"
TEST_START
    TIMER_OFF
    csrw mideleg, zero
    li t0, MIP_SEIP
    csrw mie, t0
    csrs mip, t0
    li TESTNUM, 1
    ARM_TRAP(1f)
    li t0, MSTATUS_MIE
    csrs mstatus, t0
    j isa_fail
1:  CHECK_CAUSE(1, CAUSE_IRQ(IRQ_S_EXT))
    CHECK_TRAP_MODE(2, PRV_M)
    # delegated: not taken in M, taken in S with SIE = 1
    li t0, MIP_SEIP
    csrw mideleg, t0
    li t0, MSTATUS_MIE
    csrs mstatus, t0
    nop
    CHECK_TRAP_COUNT(3, 1)
    li t0, MSTATUS_SIE
    csrs mstatus, t0
    li TESTNUM, 4
    ARM_TRAP(3f)
    GOTO_MODE(PRV_S, 2f)
2:  j isa_fail
3:  CHECK_TRAP(4, CAUSE_IRQ(IRQ_S_EXT), 2b)
    CHECK_TRAP_MODE(5, PRV_S)
    ENTER_M
    li t0, MIP_SEIP
    csrc mip, t0
    csrr a0, mip
    andi a0, a0, MIP_SEIP
    CHECK(6, a0, 0)
    csrw mie, zero
    csrw mideleg, zero
    PASS
TEST_END
