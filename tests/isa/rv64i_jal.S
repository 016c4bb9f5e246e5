# rv64i_jal.S: jal jumps pc-relative and links pc+4 into rd; j (rd = x0) links nothing.
#include "isa.h"
TEST_START
    # forward jump with link: the skipped instruction must not run
    li TESTNUM, 1
    li a0, 0
    jal ra, 1f
2:  li a0, 1                            # skipped
1:  CHECK(1, a0, 0)
    CHECK_SYM(2, ra, 2b)                # ra = address after the jal

    # link into another register
    li TESTNUM, 3
3:  jal a5, 4f
    j isa_fail
4:  la a1, 3b
    addi a1, a1, 4
    CHECK_REGS(3, a5, a1)

    # backward jump: run a loop body twice
    li TESTNUM, 4
    li a0, 0
    li a1, 0
5:  addi a0, a0, 1
    bnez a1, 6f
    li a1, 1
    jal x0, 5b                          # j 5b
6:  CHECK(4, a0, 2)

    # jal x0 (j) just jumps
    li TESTNUM, 5
    jal x0, 7f
    j isa_fail
7:

    # a long jump over 64 KiB of zeros (illegal instructions if ever executed)
    li TESTNUM, 6
    jal ra, 8f
9:  j isa_fail
    .skip 0x10000
8:  CHECK_SYM(6, ra, 9b)

    # and a long jump back
    li TESTNUM, 7
    j 10f
11: j 12f
    .skip 0x10000
10: jal t2, 11b
12: CHECK_SYM(7, t2, 12b)
    PASS
TEST_END
