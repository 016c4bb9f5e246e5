# priv_wfi_s.S: wfi in S-mode with TW = 0 waits; a machine timer interrupt (enabled in mie) is
# taken in M although MIE = 0 (M interrupts are always enabled below M), with mepc = the
# instruction after the wfi.
#include "isa.h"
TEST_START
    TIMER_OFF
    li t0, MIP_MTIP
    csrw mie, t0
    li t0, MSTATUS_MPIE
    csrc mstatus, t0                    # so MIE = 0 in S after the mret
    TIMER_IN(1000)
    li TESTNUM, 1
    ARM_TRAP(2f)
    GOTO_MODE(PRV_S, 1f)
1:  wfi
3:  j 1b                                # (a spurious wake-up just waits again)
2:  TIMER_OFF
    csrw mie, zero
    CHECK_CAUSE(1, CAUSE_IRQ(IRQ_M_TIMER))
    CHECK_TRAP_STATUS(2, MSTATUS_MPP, MSTATUS_MPP_S)
    ld a0, trap_epc
    la a1, 3b
    la a2, 1b
    beq a0, a1, 4f                      # after the wfi ...
    CHECK_REGS(3, a0, a2)               # ... or, after a spurious wake-up, at it again
4:  PASS
TEST_END
