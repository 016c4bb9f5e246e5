# fencei_smc_rvc.S: self-modifying code with compressed instructions: replace a 16-bit
# instruction by another, two 16-bit instructions by one 32-bit one, and a 32-bit instruction
# by two 16-bit ones; fence.i makes each visible.
#include "isa.h"
#define C_LI_A0(imm) (0x4501 | ((imm) << 2))            /* c.li a0, imm (0..31) */
#define C_ADDI_A0(imm) (0x0501 | ((imm) << 2))          /* c.addi a0, imm (1..31) */
#define ADDI_A0(imm) (0x00000513 | ((imm) << 20))       /* addi a0, zero, imm */
TEST_START
    li TESTNUM, 1
    call patch
    CHECK(1, a0, 3)                     # c.li a0, 1; c.addi a0, 2
    # 16-bit for 16-bit: c.li a0, 1 -> c.li a0, 10
    li TESTNUM, 2
    la a1, patch
    li a2, C_LI_A0(10)
    sh a2, 0(a1)
    fence.i
    call patch
    CHECK(2, a0, 12)
    # 32-bit over the two 16-bit ones: addi a0, zero, 1000
    li TESTNUM, 3
    li a2, ADDI_A0(1000)
    sw a2, 0(a1)
    fence.i
    call patch
    CHECK(3, a0, 1000)
    # back to two 16-bit ones: c.li a0, 4; c.addi a0, 5
    li TESTNUM, 4
    li a2, C_LI_A0(4)
    sh a2, 0(a1)
    li a2, C_ADDI_A0(5)
    sh a2, 2(a1)
    fence.i
    call patch
    CHECK(4, a0, 9)
    # the second half only, at a 2 mod 4 address
    li TESTNUM, 5
    li a2, C_ADDI_A0(20)
    sh a2, 2(a1)
    fence.i
    call patch
    CHECK(5, a0, 24)
    PASS

    .balign 4
patch:
    c.li a0, 1
    c.addi a0, 2
    ret
TEST_END
