# priv_wfi_tw.S: mstatus.TW = 1 makes wfi in S-mode illegal (at once: rvscope allows no grace
# time); M-mode wfi is not affected by TW.
#include "isa.h"
TEST_START
    TIMER_OFF
    li t0, MSTATUS_TW
    csrs mstatus, t0
    TRAP_CASE_S(1, CAUSE_ILLEGAL_INSN, wfi)
    CHECK_TVAL(2, 0x10500073)
    CHECK_TRAP_STATUS(3, MSTATUS_MPP, MSTATUS_MPP_S)
    # in M, with TW = 1 and an enabled interrupt already pending, wfi just completes
    MSIP_SET
    li t0, MIP_MSIP
    csrw mie, t0                        # enabled in mie, but MIE = 0: not taken
    li TESTNUM, 4
    wfi
    csrr a0, mip
    andi a0, a0, MIP_MSIP
    CHECK(4, a0, MIP_MSIP)
    MSIP_CLEAR
    csrw mie, zero
    CHECK_TRAP_COUNT(5, 1)
    PASS
TEST_END
