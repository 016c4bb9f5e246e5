# rv64i_bltu.S: bltu: taken iff rs1 < rs2 as unsigned 64-bit numbers.
#include "isa.h"
TEST_START
    TEST_BR_NOT_TAKEN( 1, bltu, 0x0000000000000000, 0x0000000000000000)
    TEST_BR_NOT_TAKEN( 2, bltu, 0x0000000000000001, 0x0000000000000001)
    TEST_BR_NOT_TAKEN( 3, bltu, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_BR_TAKEN    ( 4, bltu, 0x0000000000000000, 0x0000000000000001)
    TEST_BR_NOT_TAKEN( 5, bltu, 0x0000000000000001, 0x0000000000000000)
    TEST_BR_NOT_TAKEN( 6, bltu, 0xffffffffffffffff, 0x0000000000000001)
    TEST_BR_TAKEN    ( 7, bltu, 0x0000000000000001, 0xffffffffffffffff)
    TEST_BR_NOT_TAKEN( 8, bltu, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_BR_TAKEN    ( 9, bltu, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_BR_NOT_TAKEN(10, bltu, 0x8000000000000000, 0x0000000000000000)
    TEST_BR_TAKEN    (11, bltu, 0x0000000000000000, 0x8000000000000000)
    TEST_BR_TAKEN    (12, bltu, 0xfffffffffffffffe, 0xffffffffffffffff)
    TEST_BR_NOT_TAKEN(13, bltu, 0xffffffffffffffff, 0xfffffffffffffffe)
    TEST_BR_NOT_TAKEN(14, bltu, 0x0000000100000000, 0x0000000000000000)
    TEST_BR_TAKEN    (15, bltu, 0x00000000ffffffff, 0xffffffff00000000)
    TEST_BR_NOT_TAKEN(16, bltu, 0x8000000000000001, 0x0000000000000001)
    # x0 as an operand
    li TESTNUM, 17
    li a1, 5
    bltu x0, a1, 1f
    j isa_fail
1:
    bltu a1, x0, isa_fail_far
    j 3f
isa_fail_far: j isa_fail
3:
    PASS
TEST_END
