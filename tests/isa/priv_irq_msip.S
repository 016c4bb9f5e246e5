# priv_irq_msip.S: the machine software interrupt: writing 1 to the hart's CLINT msip word sets
# mip.MSIP (read-only in mip itself); with MSIE and MIE it is taken at once with mcause =
# 0x8000000000000003; writing 0 clears it.
#include "isa.h"
TEST_START
    TIMER_OFF
    MSIP_CLEAR
    csrr a0, mip
    andi a0, a0, MIP_MSIP
    CHECK(1, a0, 0)
    MSIP_SET
    li t0, CLINT_MSIP
    lw a0, 0(t0)
    CHECK(2, a0, 1)                     # msip reads back
    csrr a0, mip
    andi a0, a0, MIP_MSIP
    CHECK(3, a0, MIP_MSIP)
    li t0, MIP_MSIP
    csrw mie, t0
    li TESTNUM, 4
    ARM_TRAP(2f)
    li t0, MSTATUS_MIE
    csrs mstatus, t0
1:  j isa_fail                          # taken right after the csrs
2:  CHECK_CAUSE(4, CAUSE_IRQ(IRQ_M_SOFT))
    ld a0, trap_epc
    la a1, 1b
    CHECK_REGS(5, a0, a1)               # mepc = the instruction after the csrs
    CHECK_TRAP_STATUS(6, MSTATUS_MIE | MSTATUS_MPIE, MSTATUS_MPIE)
    MSIP_CLEAR
    csrr a0, mip
    andi a0, a0, MIP_MSIP
    CHECK(7, a0, 0)
    # csrc on mip does not clear MSIP (read-only there): only the CLINT can
    MSIP_SET
    li t0, MIP_MSIP
    csrc mip, t0
    csrr a0, mip
    andi a0, a0, MIP_MSIP
    CHECK(8, a0, MIP_MSIP)
    MSIP_CLEAR
    # only bit 0 of msip is writable
    li t0, CLINT_MSIP
    li t1, -2
    sw t1, 0(t0)
    lw a0, 0(t0)
    CHECK(9, a0, 0)
    csrw mie, zero
    PASS
TEST_END
