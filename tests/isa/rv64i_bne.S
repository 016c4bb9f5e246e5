# rv64i_bne.S: bne: taken iff rs1 != rs2 (all 64 bits compared).
#include "isa.h"
TEST_START
    TEST_BR_NOT_TAKEN( 1, bne, 0x0000000000000000, 0x0000000000000000)
    TEST_BR_NOT_TAKEN( 2, bne, 0x0000000000000001, 0x0000000000000001)
    TEST_BR_NOT_TAKEN( 3, bne, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR_TAKEN    ( 4, bne, 0x0000000000000000, 0x0000000000000001)
    TEST_BR_TAKEN    ( 5, bne, 0x0000000000000001, 0x0000000000000000)
    TEST_BR_TAKEN    ( 6, bne, 0xffffffffffffffff, 0x0000000000000001)
    TEST_BR_TAKEN    ( 7, bne, 0x0000000000000001, 0xffffffffffffffff)
    TEST_BR_TAKEN    ( 8, bne, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_TAKEN    ( 9, bne, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_TAKEN    (10, bne, 0x8000000000000000, 0x0000000000000000)
    TEST_BR_TAKEN    (11, bne, 0x0000000000000000, 0x8000000000000000)
    TEST_BR_TAKEN    (12, bne, 0xfffffffffffffffe, 0xffffffffffffffff)
    TEST_BR_TAKEN    (13, bne, 0xffffffffffffffff, 0xfffffffffffffffe)
    TEST_BR_TAKEN    (14, bne, 0x0000000100000000, 0x0000000000000000)
    TEST_BR_TAKEN    (15, bne, 0x00000000ffffffff, 0xffffffff00000000)
    TEST_BR_TAKEN    (16, bne, 0x8000000000000001, 0x0000000000000001)
    # x0 as an operand
    li TESTNUM, 17
    li a1, 5
    bne x0, a1, 1f
    j isa_fail
1:
    bne a1, x0, 2f
    j isa_fail
2:
    j 3f
isa_fail_far: j isa_fail
3:
    PASS
TEST_END
