# priv_mtvec_vectored.S: with mtvec.MODE = 1 (vectored), interrupts jump to base + 4 * cause
# and exceptions to base itself.
#include "isa.h"
TEST_START
    TIMER_OFF
    la t0, vectors
    ori t0, t0, 1                       # MODE = vectored
    csrw mtvec, t0
    csrr a0, mtvec
    la a1, vectors
    addi a1, a1, 1
    CHECK_REGS(1, a0, a1)
    # an exception: entry 0
    TRAP_CASE(2, CAUSE_ECALL_M, ecall)
    ld a0, vec_hit
    CHECK(3, a0, 0)
    # machine software interrupt: entry 3
    li t0, MIP_MSIP
    csrw mie, t0
    MSIP_SET
    li TESTNUM, 4
    ARM_TRAP(1f)
    csrsi mstatus, MSTATUS_MIE
    j isa_fail
1:  CHECK_CAUSE(4, CAUSE_IRQ(IRQ_M_SOFT))
    ld a0, vec_hit
    CHECK(5, a0, 3)
    MSIP_CLEAR
    # machine timer interrupt: entry 7
    li t0, MIP_MTIP
    csrw mie, t0
    TIMER_NOW
    li TESTNUM, 6
    ARM_TRAP(2f)
    csrsi mstatus, MSTATUS_MIE
    j isa_fail
2:  CHECK_CAUSE(6, CAUSE_IRQ(IRQ_M_TIMER))
    ld a0, vec_hit
    CHECK(7, a0, 7)
    TIMER_OFF
    # supervisor software interrupt, not delegated, taken in M: entry 1
    li t0, MIP_SSIP
    csrw mie, t0
    csrs mip, t0
    li TESTNUM, 8
    ARM_TRAP(3f)
    csrsi mstatus, MSTATUS_MIE
    j isa_fail
3:  CHECK_CAUSE(8, CAUSE_IRQ(IRQ_S_SOFT))
    ld a0, vec_hit
    CHECK(9, a0, 1)
    li t0, MIP_SSIP
    csrc mip, t0
    # supervisor external interrupt taken in M: entry 9
    li t0, MIP_SEIP
    csrw mie, t0
    csrs mip, t0
    li TESTNUM, 10
    ARM_TRAP(4f)
    csrsi mstatus, MSTATUS_MIE
    j isa_fail
4:  CHECK_CAUSE(10, CAUSE_IRQ(IRQ_S_EXT))
    ld a0, vec_hit
    CHECK(11, a0, 9)
    li t0, MIP_SEIP
    csrc mip, t0
    # an illegal instruction from U: still entry 0
    TRAP_CASE_U(12, CAUSE_ILLEGAL_INSN, .word 0)
    ld a0, vec_hit
    CHECK(13, a0, 0)
    csrw mie, zero
    PASS

# The vector table: entry i records i in vec_hit and goes on to the common handler.
    .balign 256
    .option push
    .option norvc                       # every entry exactly 4 bytes
vectors:
    .irp i, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    j vec_\i
    .endr
    .option pop
    .irp i, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
vec_\i: li t0, \i
    sd t0, vec_hit, t1
    j isa_mtrap
    .endr

    .data
    .balign 8
vec_hit: .dword -1
TEST_END
