# priv_irq_mie_gate.S: in M-mode a pending, enabled interrupt waits for mstatus.MIE and is taken
# right after the instruction that sets it (mepc = the next instruction); clearing mie or MIE
# holds it off again.
#include "isa.h"
TEST_START
    TIMER_OFF
    li t0, MIP_MTIP
    csrw mie, t0
    TIMER_NOW                           # MTIP pending from now on
    li TESTNUM, 1
    nop
    nop
    CHECK_TRAP_COUNT(1, 0)              # MIE = 0: held off
    li TESTNUM, 2
    ARM_TRAP(2f)
    csrsi mstatus, MSTATUS_MIE
1:  j isa_fail
2:  CHECK_TRAP(2, CAUSE_IRQ(IRQ_M_TIMER), 1b)
    CHECK_MSTATUS(3, MSTATUS_MIE, 0)    # the trap cleared MIE
    # MIE = 1 but mie = 0: held off
    csrw mie, zero
    csrsi mstatus, MSTATUS_MIE
    nop
    CHECK_TRAP_COUNT(4, 1)
    # enabling it in mie with MIE = 1: taken right after the csrw
    li TESTNUM, 5
    ARM_TRAP(4f)
    li t0, MIP_MTIP
    csrw mie, t0
3:  j isa_fail
4:  CHECK_TRAP(5, CAUSE_IRQ(IRQ_M_TIMER), 3b)
    TIMER_OFF
    csrw mie, zero
    PASS
TEST_END
