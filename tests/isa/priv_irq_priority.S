# rvscope-only: QEMU 7.2 without AIA takes the lowest-numbered pending interrupt first (SSI before MSI, SSI before SEI), against the priv 1.12 order
# priv_irq_priority.S: with several interrupts pending and enabled, M-mode takes them in the
# fixed order MEI > MSI > MTI > SEI > SSI > STI (priv 1.12 §3.1.9). MEI needs the PLIC and is
# left out; the other five are raised together and taken one at a time.
#include "isa.h"
# Enable MIE, expect an interrupt with cause irq at once, then run the rest to drop it.
#define NEXT(n, irq, ...) \
    li TESTNUM, n; ARM_TRAP(9010f); li t0, MSTATUS_MIE; csrs mstatus, t0; j isa_fail; \
9010: CHECK_CAUSE(n, CAUSE_IRQ(irq)); __VA_ARGS__
TEST_START
    TIMER_OFF
    csrw mideleg, zero
    MSIP_SET
    TIMER_NOW
    li t0, MIP_SEIP | MIP_SSIP | MIP_STIP
    csrs mip, t0
    li t0, MIP_MSIP | MIP_MTIP | MIP_SEIP | MIP_SSIP | MIP_STIP
    csrw mie, t0
    NEXT(1, IRQ_M_SOFT,  MSIP_CLEAR)
    NEXT(2, IRQ_M_TIMER, TIMER_OFF)
    NEXT(3, IRQ_S_EXT,   li t0, MIP_SEIP; csrc mip, t0)
    NEXT(4, IRQ_S_SOFT,  li t0, MIP_SSIP; csrc mip, t0)
    NEXT(5, IRQ_S_TIMER, li t0, MIP_STIP; csrc mip, t0)
    # nothing left: MIE = 1 and no trap
    li t0, MSTATUS_MIE
    csrs mstatus, t0
    nop
    csrc mstatus, t0
    CHECK_TRAP_COUNT(6, 5)
    # a disabled interrupt does not take part: MSI pending but not enabled, STI enabled
    MSIP_SET
    li t0, MIP_STIP
    csrs mip, t0
    csrw mie, t0
    NEXT(7, IRQ_S_TIMER, li t0, MIP_STIP; csrc mip, t0)
    MSIP_CLEAR
    csrw mie, zero
    PASS
TEST_END
