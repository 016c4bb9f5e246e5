# priv_irq_mtimer.S: the machine timer interrupt: MTIP rises when mtime >= mtimecmp (CLINT);
# with mie.MTIE and mstatus.MIE it is taken in M with mcause = 0x8000000000000007, MIE = 0,
# MPIE = 1, MPP = M; writing mtimecmp lowers MTIP again.
#include "isa.h"
TEST_START
    TIMER_OFF
    csrr a0, mip
    andi a0, a0, MIP_MTIP
    CHECK(1, a0, 0)                     # mtimecmp in the future: not pending
    li t0, MIP_MTIP
    csrw mie, t0
    li TESTNUM, 2
    ARM_TRAP(2f)
    TIMER_IN(500)
    li t0, MSTATUS_MIE
    csrs mstatus, t0
    li a0, 10000000                     # give up after 10M loops
1:  addi a0, a0, -1
    bnez a0, 1b
    j isa_fail                          # the timer never fired
2:  CHECK_CAUSE(2, CAUSE_IRQ(IRQ_M_TIMER))
    CHECK_TVAL(3, 0)
    CHECK_TRAP_STATUS(4, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MPIE | MSTATUS_MPP_M)
    csrr a0, mip
    andi a0, a0, MIP_MTIP
    CHECK(5, a0, MIP_MTIP)              # still pending: only mtimecmp clears it
    li t0, CLINT_MTIME                  # mtime really passed mtimecmp
    ld a1, 0(t0)
    li t0, CLINT_MTIMECMP
    ld a2, 0(t0)
    sltu a0, a1, a2
    CHECK(6, a0, 0)
    TIMER_OFF
    csrr a0, mip
    andi a0, a0, MIP_MTIP
    CHECK(7, a0, 0)
    # MTIP is read-only in mip: csrs cannot raise it
    li t0, MIP_MTIP
    csrs mip, t0
    csrr a0, mip
    andi a0, a0, MIP_MTIP
    CHECK(8, a0, 0)
    # mtime counts up (a long loop: an emulator may advance mtime in coarse steps)
    li t0, CLINT_MTIME
    ld a1, 0(t0)
    li a0, 200000
3:  addi a0, a0, -1
    bnez a0, 3b
    ld a2, 0(t0)
    sltu a0, a1, a2
    CHECK(9, a0, 1)
    csrw mie, zero
    PASS
TEST_END
