# priv_irq_priority_pairs.S: interrupt priority for pairs of pending interrupts: MSI before MTI,
# MTI before SEI, SSI before STI (priv 1.12 §3.1.9). The full order of all five is checked by
# priv_irq_priority.S.
#include "isa.h"
# Enable MIE, expect an interrupt with cause irq at once, then run the rest to drop it.
#define NEXT(n, irq, ...) \
    li TESTNUM, n; ARM_TRAP(9010f); li t0, MSTATUS_MIE; csrs mstatus, t0; j isa_fail; \
9010: CHECK_CAUSE(n, CAUSE_IRQ(irq)); __VA_ARGS__
TEST_START
    TIMER_OFF
    csrw mideleg, zero
    li t0, MIP_MSIP | MIP_MTIP | MIP_SEIP | MIP_SSIP | MIP_STIP
    csrw mie, t0
    # MSI and MTI
    MSIP_SET
    TIMER_NOW
    NEXT(1, IRQ_M_SOFT,  MSIP_CLEAR)
    NEXT(2, IRQ_M_TIMER, TIMER_OFF)
    # MTI and SEI
    TIMER_NOW
    li t0, MIP_SEIP
    csrs mip, t0
    NEXT(3, IRQ_M_TIMER, TIMER_OFF)
    NEXT(4, IRQ_S_EXT,   li t0, MIP_SEIP; csrc mip, t0)
    # SSI and STI
    li t0, MIP_SSIP | MIP_STIP
    csrs mip, t0
    NEXT(5, IRQ_S_SOFT,  li t0, MIP_SSIP; csrc mip, t0)
    NEXT(6, IRQ_S_TIMER, li t0, MIP_STIP; csrc mip, t0)
    CHECK_TRAP_COUNT(7, 6)
    csrw mie, zero
    PASS
TEST_END
