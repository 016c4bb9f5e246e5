# rv64i_blt.S: blt: taken iff rs1 < rs2 as signed 64-bit numbers.
#include "isa.h"
TEST_START
    TEST_BR_NOT_TAKEN( 1, blt, 0x0000000000000000, 0x0000000000000000)
    TEST_BR_NOT_TAKEN( 2, blt, 0x0000000000000001, 0x0000000000000001)
    TEST_BR_NOT_TAKEN( 3, blt, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR_TAKEN    ( 4, blt, 0x0000000000000000, 0x0000000000000001)
    TEST_BR_NOT_TAKEN( 5, blt, 0x0000000000000001, 0x0000000000000000)
    TEST_BR_TAKEN    ( 6, blt, 0xffffffffffffffff, 0x0000000000000001)
    TEST_BR_NOT_TAKEN( 7, blt, 0x0000000000000001, 0xffffffffffffffff)
    TEST_BR_TAKEN    ( 8, blt, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_NOT_TAKEN( 9, blt, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_TAKEN    (10, blt, 0x8000000000000000, 0x0000000000000000)
    TEST_BR_NOT_TAKEN(11, blt, 0x0000000000000000, 0x8000000000000000)
    TEST_BR_TAKEN    (12, blt, 0xfffffffffffffffe, 0xffffffffffffffff)
    TEST_BR_NOT_TAKEN(13, blt, 0xffffffffffffffff, 0xfffffffffffffffe)
    TEST_BR_NOT_TAKEN(14, blt, 0x0000000100000000, 0x0000000000000000)
    TEST_BR_NOT_TAKEN(15, blt, 0x00000000ffffffff, 0xffffffff00000000)
    TEST_BR_TAKEN    (16, blt, 0x8000000000000001, 0x0000000000000001)
    # x0 as an operand
    li TESTNUM, 17
    li a1, 5
    blt x0, a1, 1f
    j isa_fail
1:
    blt a1, x0, isa_fail_far
    j 3f
isa_fail_far: j isa_fail
3:
    PASS
TEST_END
