# rvc_jump_branch.S: c.j, c.jr, c.jalr (links pc + 2, not pc + 4), c.beqz, c.bnez, and jumps
# to targets that are only 2-byte aligned.
#include "isa.h"
TEST_START
    # c.j forward and back
    li TESTNUM, 1
    c.j 1f
    j isa_fail
2:  c.j 3f
1:  c.j 2b
    j isa_fail
3:
    # c.jr: jump to rs1, no link
    li TESTNUM, 2
    la a1, 4f
    li ra, 0
    c.jr a1
    j isa_fail
4:  CHECK(2, ra, 0)

    # c.jalr: ra = address of the c.jalr + 2
    li TESTNUM, 3
    la a1, 5f
6:  c.jalr a1
    j isa_fail
5:  la a2, 6b
    addi a2, a2, 2
    CHECK_REGS(3, ra, a2)

    # c.jalr with rs1 == ra: the target is the old ra
    li TESTNUM, 4
    la ra, 7f
    c.jalr ra
    j isa_fail
7:
    # c.beqz / c.bnez
    li TESTNUM, 5
    li a0, 0
    c.beqz a0, 8f
    j isa_fail
8:  li a0, -1
    c.beqz a0, 9f                       # not taken
    c.bnez a0, 10f                      # taken: -1 != 0
9:  j isa_fail
10: li a0, 0x100000000                  # only bit 32 set: still nonzero
    c.beqz a0, 9b
    c.bnez a0, 11f
    j isa_fail
11: li a0, 0
    c.bnez a0, 9b
    # a backward c.bnez loop
    li TESTNUM, 6
    li a0, 5
    li a1, 0
12: addi a1, a1, 1
    addi a0, a0, -1
    c.bnez a0, 12b
    CHECK(6, a1, 5)

    # targets at 2 mod 4: a 32-bit instruction after one 16-bit instruction
    li TESTNUM, 7
    .balign 4
    c.nop
13: addi a0, zero, 7                    # at 4k + 2
    la a1, 13b
    andi a1, a1, 3
    CHECK(7, a1, 2)
    li TESTNUM, 8
    la a1, 14f
    jr a1
    j isa_fail
    .balign 4
    c.nop
14: li a3, 8                            # at 4k + 2
    CHECK(8, a3, 8)
    PASS
TEST_END
