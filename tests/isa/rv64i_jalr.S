# rv64i_jalr.S: jalr jumps to (rs1 + imm) with bit 0 cleared and links pc+4 into rd.
#include "isa.h"
TEST_START
    # plain call and return
    li TESTNUM, 1
    la a1, 1f
    jalr ra, 0(a1)
2:  j 3f
1:  CHECK_SYM(1, ra, 2b)
    ret                                 # jalr x0, 0(ra): back to 2
3:
    # positive and negative offsets
    li TESTNUM, 2
    la a1, 4f
    addi a1, a1, -16
    jalr ra, 16(a1)
    j isa_fail
4:  li TESTNUM, 3
    la a1, 5f
    addi a1, a1, 100
    jalr ra, -100(a1)
    j isa_fail
5:
    # bit 0 of the target is cleared: odd rs1, and odd rs1 + imm
    li TESTNUM, 4
    la a1, 6f
    addi a1, a1, 1
    jalr ra, 0(a1)
    j isa_fail
6:  li TESTNUM, 5
    la a1, 7f
    jalr ra, 1(a1)
    j isa_fail
7:  li TESTNUM, 6
    la a1, 8f
    addi a1, a1, -3
    jalr ra, 4(a1)                      # 8f + 1 -> 8f
    j isa_fail
8:
    # rd == rs1: the target is computed from the old value, then rd gets the link
    li TESTNUM, 7
    la a1, 9f
10: jalr a1, 0(a1)
    j isa_fail
9:  la a2, 10b
    addi a2, a2, 4
    CHECK_REGS(7, a1, a2)

    # jalr x0 does not link
    li TESTNUM, 8
    la a1, 11f
    jalr x0, 0(a1)
    j isa_fail
11: CHECK(8, x0, 0)

    # the link is pc + 4 even when the target is the next instruction
    li TESTNUM, 9
    la a1, 12f
    jalr a3, 0(a1)
12: CHECK_SYM(9, a3, 12b)
    PASS
TEST_END
