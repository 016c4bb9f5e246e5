# fencei_smc.S: self-modifying code (Zifencei): store a new instruction over an old one that has
# already run, execute fence.i, and the new instruction runs. Also a patch of the very next
# instruction in straight-line code, and the same from U-mode.
#include "isa.h"
#define ADDI_A0(imm) (0x00000513 | ((imm) << 20))      /* addi a0, zero, imm */
TEST_START
    # run the routine once (a decoded-code cache would now hold it)
    li TESTNUM, 1
    call patch
    CHECK(1, a0, 1)
    call patch                          # and again: still 1
    CHECK(2, a0, 1)
    # overwrite its first instruction, fence.i, run it
    li TESTNUM, 3
    la a1, patch
    li a2, ADDI_A0(2)
    sw a2, 0(a1)
    fence.i
    call patch
    CHECK(3, a0, 2)
    # patch it many times in a loop
    li TESTNUM, 4
    li s0, 3
1:  la a1, patch
    li a2, ADDI_A0(0)
    slli a3, s0, 20
    or a2, a2, a3
    sw a2, 0(a1)
    fence.i
    call patch
    CHECK_REGS(4, a0, s0)
    addi s0, s0, 1
    li a4, 20
    blt s0, a4, 1b
    # patch the instruction right after the fence.i in the same straight-line block
    li TESTNUM, 5
    la a1, 2f
    li a2, ADDI_A0(77)
    sw a2, 0(a1)
    fence.i
    .option push
    .option norvc
2:  addi a0, zero, 5                    # replaced by addi a0, zero, 77
    .option pop
    CHECK(5, a0, 77)
    # the same in U-mode: fence.i is unprivileged
    li TESTNUM, 6
    la a1, patch
    li a2, ADDI_A0(99)
    ENTER_U
    sw a2, 0(a1)
    fence.i
    call patch
    ENTER_M
    CHECK(6, a0, 99)
    PASS

    .option push
    .option norvc
    .balign 4
patch:
    addi a0, zero, 1
    ret
    .option pop
TEST_END
