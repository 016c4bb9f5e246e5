# priv_stvec_vectored.S: with stvec.MODE = 1, delegated interrupts taken in S jump to
# base + 4 * cause and delegated exceptions to base.
#include "isa.h"
TEST_START
    TIMER_OFF
    la t0, vectors
    ori t0, t0, 1
    csrw stvec, t0
    li t0, MIP_SSIP | MIP_STIP | MIP_SEIP
    csrw mideleg, t0
    csrw mie, t0
    li t0, 1 << CAUSE_ECALL_U
    csrw medeleg, t0
    # a delegated exception: entry 0
    TRAP_CASE_U(1, CAUSE_ECALL_U, ecall)
    CHECK_TRAP_MODE(2, PRV_S)
    ld a0, vec_hit
    CHECK(3, a0, 0)
    ENTER_M
    # the three S interrupts, raised by M, taken in U-mode (always enabled there)
    li t0, MIP_STIP
    csrs mip, t0
    li TESTNUM, 4
    ARM_TRAP(2f)
    GOTO_MODE(PRV_U, 1f)
1:  j isa_fail
2:  CHECK_CAUSE(4, CAUSE_IRQ(IRQ_S_TIMER))
    ld a0, vec_hit
    CHECK(5, a0, 5)
    ENTER_M
    li t0, MIP_STIP
    csrc mip, t0
    li t0, MIP_SEIP
    csrs mip, t0
    li TESTNUM, 6
    ARM_TRAP(4f)
    GOTO_MODE(PRV_U, 3f)
3:  j isa_fail
4:  CHECK_CAUSE(6, CAUSE_IRQ(IRQ_S_EXT))
    ld a0, vec_hit
    CHECK(7, a0, 9)
    ENTER_M
    li t0, MIP_SEIP
    csrc mip, t0
    li t0, MIP_SSIP
    csrs mip, t0
    li TESTNUM, 8
    ARM_TRAP(6f)
    GOTO_MODE(PRV_U, 5f)
5:  j isa_fail
6:  CHECK_CAUSE(8, CAUSE_IRQ(IRQ_S_SOFT))
    ld a0, vec_hit
    CHECK(9, a0, 1)
    csrci sip, MIP_SSIP
    ENTER_M
    csrw mie, zero
    csrw mideleg, zero
    csrw medeleg, zero
    PASS

    .balign 256
    .option push
    .option norvc
vectors:
    .irp i, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    j vec_\i
    .endr
    .option pop
    .irp i, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
vec_\i: li t0, \i
    sd t0, vec_hit, t1
    j isa_strap
    .endr

    .data
    .balign 8
vec_hit: .dword -1
TEST_END
