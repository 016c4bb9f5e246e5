# rv64i_srai.S: srai: arithmetic right shift by 0..63.
#include "isa.h"
TEST_START
    TEST_RI( 1, srai, 0x8000000000000000, 0x8000000000000000, 0)
    TEST_RI( 2, srai, 0xc000000000000000, 0x8000000000000000, 1)
    TEST_RI( 3, srai, 0xffffffff00000000, 0x8000000000000000, 31)
    TEST_RI( 4, srai, 0xffffffff80000000, 0x8000000000000000, 32)
    TEST_RI( 5, srai, 0xffffffffffffffff, 0x8000000000000000, 63)
    TEST_RI( 6, srai, 0x0000000000000000, 0x7fffffffffffffff, 63)
    TEST_RI( 7, srai, 0x00000000fffffffe, 0x7fffffff00000000, 31)
    TEST_RI( 8, srai, 0xfffffffffffffffe, 0xffffffffffffff7f, 7)
    TEST_RI( 9, srai, 0xffffffffff234567, 0xf23456789abcdef0, 36)
    TEST_RI_DEST1(10, srai, 0xc000000000000000, 0x8000000000000000, 1)  # rd == rs1
    TEST_CASE(11, a0, 0, li a1, 0x8000000000000000; srai x0, a1, 31; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(12, a0, 0x0000000000000000, srai a0, x0, 31)  # x0 reads as 0
    PASS
TEST_END
