# priv_irq_m_in_lower.S: an M-level interrupt enabled in mie is not taken in M while MIE = 0,
# but is taken at once in S or U whatever MIE says (priv 1.12 §3.1.6.1: interrupts for higher
# privilege modes are always globally enabled).
#include "isa.h"
TEST_START
    TIMER_OFF
    li t0, MIP_MSIP
    csrw mie, t0
    li t0, MSTATUS_MIE | MSTATUS_MPIE
    csrc mstatus, t0
    MSIP_SET
    # M with MIE = 0: nothing happens
    li TESTNUM, 1
    nop
    nop
    CHECK_TRAP_COUNT(1, 0)
    # S with MIE = 0 (MPIE = 0 before the mret): taken at the first S instruction
    li TESTNUM, 2
    ARM_TRAP(2f)
    GOTO_MODE(PRV_S, 1f)
1:  j isa_fail
2:  CHECK_TRAP(2, CAUSE_IRQ(IRQ_M_SOFT), 1b)
    CHECK_TRAP_STATUS(3, MSTATUS_MPP | MSTATUS_MPIE, MSTATUS_MPP_S)
    # U likewise
    li t0, MSTATUS_MPIE
    csrc mstatus, t0
    li TESTNUM, 4
    ARM_TRAP(4f)
    GOTO_MODE(PRV_U, 3f)
3:  j isa_fail
4:  CHECK_TRAP(4, CAUSE_IRQ(IRQ_M_SOFT), 3b)
    CHECK_TRAP_STATUS(5, MSTATUS_MPP, 0)
    # disabled in mie: not taken in S either
    csrw mie, zero
    li TESTNUM, 6
    ENTER_S
    nop
    ENTER_M
    CHECK_CAUSE(6, CAUSE_ECALL_S)       # the first trap is the ecall of ENTER_M
    MSIP_CLEAR
    PASS
TEST_END
