# priv_wfi_m.S: wfi in M-mode waits until an interrupt is pending and enabled in mie, even with
# MIE = 0; it then completes without a trap. Wake-ups: the CLINT timer and msip.
#include "isa.h"
TEST_START
    TIMER_OFF
    csrw mie, zero
    li t0, MSTATUS_MIE
    csrc mstatus, t0
    # timer 1000 ticks (100 us) from now; wfi returns once mtime reaches mtimecmp
    li t0, MIP_MTIP
    csrw mie, t0
    TIMER_IN(1000)
    li TESTNUM, 1
    li t0, CLINT_MTIMECMP
    ld s0, 0(t0)
1:  wfi                                 # a wake-up for no reason is allowed: loop on MTIP
    csrr a0, mip
    andi a0, a0, MIP_MTIP
    beqz a0, 1b
    li t0, CLINT_MTIME
    ld a1, 0(t0)
    sltu a2, a1, s0
    CHECK(1, a2, 0)                     # mtime >= mtimecmp
    TIMER_OFF
    csrr a0, mip
    andi a0, a0, MIP_MTIP
    CHECK(2, a0, 0)                     # MTIP follows mtimecmp: gone again
    # msip: pending at once, wfi completes at once
    li t0, MIP_MSIP
    csrw mie, t0
    MSIP_SET
    li TESTNUM, 3
    wfi
    csrr a0, mip
    andi a0, a0, MIP_MSIP
    CHECK(3, a0, MIP_MSIP)
    MSIP_CLEAR
    csrr a0, mip
    andi a0, a0, MIP_MSIP
    CHECK(4, a0, 0)
    csrw mie, zero
    CHECK_TRAP_COUNT(5, 0)
    PASS
TEST_END
