# rv64i_add.S: add, incl. 64-bit wraparound and signed extremes.
#include "isa.h"
TEST_START
    TEST_RR( 1, add, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 2, add, 0x0000000000000005, 0x0000000000000002, 0x0000000000000003)
    TEST_RR( 3, add, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR( 4, add, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000001)  # carry out of bit 63 is lost
    TEST_RR( 5, add, 0x8000000000000000, 0x7fffffffffffffff, 0x0000000000000001)  # signed overflow wraps to MIN
    TEST_RR( 6, add, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000)
    TEST_RR( 7, add, 0x0000000100000000, 0x00000000ffffffff, 0x0000000000000001)  # no 32-bit truncation
    TEST_RR( 8, add, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR( 9, add, 0x123456789abcdef0, 0x1111111111111111, 0x0123456789abcddf)
    TEST_RR_DEST1(10, add, 0x0000000000000005, 0x0000000000000002, 0x0000000000000003)  # rd == rs1
    TEST_RR_DEST2(11, add, 0x0000000000000005, 0x0000000000000002, 0x0000000000000003)  # rd == rs2
    TEST_RR_SAME(12, add, 0x0000000000000004, 0x0000000000000002)  # rd == rs1 == rs2
    TEST_CASE(13, a0, 0, li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; add x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(14, a0, 0xffffffffffffffff, li a1, 0xffffffffffffffff; add a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
