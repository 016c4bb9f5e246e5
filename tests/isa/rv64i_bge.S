# rv64i_bge.S: bge: taken iff rs1 >= rs2 as signed 64-bit numbers (equal is taken).
#include "isa.h"
TEST_START
    TEST_BR_TAKEN    ( 1, bge, 0x0000000000000000, 0x0000000000000000)
    TEST_BR_TAKEN    ( 2, bge, 0x0000000000000001, 0x0000000000000001)
    TEST_BR_TAKEN    ( 3, bge, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR_NOT_TAKEN( 4, bge, 0x0000000000000000, 0x0000000000000001)
    TEST_BR_TAKEN    ( 5, bge, 0x0000000000000001, 0x0000000000000000)
    TEST_BR_NOT_TAKEN( 6, bge, 0xffffffffffffffff, 0x0000000000000001)
    TEST_BR_TAKEN    ( 7, bge, 0x0000000000000001, 0xffffffffffffffff)
    TEST_BR_NOT_TAKEN( 8, bge, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_TAKEN    ( 9, bge, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_NOT_TAKEN(10, bge, 0x8000000000000000, 0x0000000000000000)
    TEST_BR_TAKEN    (11, bge, 0x0000000000000000, 0x8000000000000000)
    TEST_BR_NOT_TAKEN(12, bge, 0xfffffffffffffffe, 0xffffffffffffffff)
    TEST_BR_TAKEN    (13, bge, 0xffffffffffffffff, 0xfffffffffffffffe)
    TEST_BR_TAKEN    (14, bge, 0x0000000100000000, 0x0000000000000000)
    TEST_BR_TAKEN    (15, bge, 0x00000000ffffffff, 0xffffffff00000000)
    TEST_BR_NOT_TAKEN(16, bge, 0x8000000000000001, 0x0000000000000001)
    # x0 as an operand
    li TESTNUM, 17
    li a1, 5
    bge x0, a1, isa_fail_far
    bge a1, x0, 2f
    j isa_fail
2:
    j 3f
isa_fail_far: j isa_fail
3:
    PASS
TEST_END
