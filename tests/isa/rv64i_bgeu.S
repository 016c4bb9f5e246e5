# rv64i_bgeu.S: bgeu: taken iff rs1 >= rs2 as unsigned 64-bit numbers (equal is taken).
#include "isa.h"
TEST_START
    TEST_BR_TAKEN    ( 1, bgeu, 0x0000000000000000, 0x0000000000000000)
    TEST_BR_TAKEN    ( 2, bgeu, 0x0000000000000001, 0x0000000000000001)
    TEST_BR_TAKEN    ( 3, bgeu, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR_NOT_TAKEN( 4, bgeu, 0x0000000000000000, 0x0000000000000001)
    TEST_BR_TAKEN    ( 5, bgeu, 0x0000000000000001, 0x0000000000000000)
    TEST_BR_TAKEN    ( 6, bgeu, 0xffffffffffffffff, 0x0000000000000001)
    TEST_BR_NOT_TAKEN( 7, bgeu, 0x0000000000000001, 0xffffffffffffffff)
    TEST_BR_TAKEN    ( 8, bgeu, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_NOT_TAKEN( 9, bgeu, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_TAKEN    (10, bgeu, 0x8000000000000000, 0x0000000000000000)
    TEST_BR_NOT_TAKEN(11, bgeu, 0x0000000000000000, 0x8000000000000000)
    TEST_BR_NOT_TAKEN(12, bgeu, 0xfffffffffffffffe, 0xffffffffffffffff)
    TEST_BR_TAKEN    (13, bgeu, 0xffffffffffffffff, 0xfffffffffffffffe)
    TEST_BR_TAKEN    (14, bgeu, 0x0000000100000000, 0x0000000000000000)
    TEST_BR_NOT_TAKEN(15, bgeu, 0x00000000ffffffff, 0xffffffff00000000)
    TEST_BR_TAKEN    (16, bgeu, 0x8000000000000001, 0x0000000000000001)
    # x0 as an operand
    li TESTNUM, 17
    li a1, 5
    bgeu x0, a1, isa_fail_far
    bgeu a1, x0, 2f
    j isa_fail
2:
    j 3f
isa_fail_far: j isa_fail
3:
    PASS
TEST_END
