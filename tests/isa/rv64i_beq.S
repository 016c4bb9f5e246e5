# rv64i_beq.S: beq: taken iff rs1 == rs2 (all 64 bits compared).
#include "isa.h"
TEST_START
    TEST_BR_TAKEN    ( 1, beq, 0x0000000000000000, 0x0000000000000000)
    TEST_BR_TAKEN    ( 2, beq, 0x0000000000000001, 0x0000000000000001)
    TEST_BR_TAKEN    ( 3, beq, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR_NOT_TAKEN( 4, beq, 0x0000000000000000, 0x0000000000000001)
    TEST_BR_NOT_TAKEN( 5, beq, 0x0000000000000001, 0x0000000000000000)
    TEST_BR_NOT_TAKEN( 6, beq, 0xffffffffffffffff, 0x0000000000000001)
    TEST_BR_NOT_TAKEN( 7, beq, 0x0000000000000001, 0xffffffffffffffff)
    TEST_BR_NOT_TAKEN( 8, beq, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_NOT_TAKEN( 9, beq, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_NOT_TAKEN(10, beq, 0x8000000000000000, 0x0000000000000000)
    TEST_BR_NOT_TAKEN(11, beq, 0x0000000000000000, 0x8000000000000000)
    TEST_BR_NOT_TAKEN(12, beq, 0xfffffffffffffffe, 0xffffffffffffffff)
    TEST_BR_NOT_TAKEN(13, beq, 0xffffffffffffffff, 0xfffffffffffffffe)
    TEST_BR_NOT_TAKEN(14, beq, 0x0000000100000000, 0x0000000000000000)
    TEST_BR_NOT_TAKEN(15, beq, 0x00000000ffffffff, 0xffffffff00000000)
    TEST_BR_NOT_TAKEN(16, beq, 0x8000000000000001, 0x0000000000000001)
    # x0 as an operand
    li TESTNUM, 17
    li a1, 5
    beq x0, a1, isa_fail_far
    beq a1, x0, isa_fail_far
    j 3f
isa_fail_far: j isa_fail
3:
    PASS
TEST_END
