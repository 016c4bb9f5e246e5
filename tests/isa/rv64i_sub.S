# rv64i_sub.S: sub, incl. borrow, wraparound at the signed extremes and x0.
#include "isa.h"
TEST_START
    TEST_RR( 1, sub, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 2, sub, 0x0000000000000002, 0x0000000000000005, 0x0000000000000003)
    TEST_RR( 3, sub, 0xfffffffffffffffe, 0x0000000000000003, 0x0000000000000005)  # negative result
    TEST_RR( 4, sub, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000001)  # 0 - 1 = -1
    TEST_RR( 5, sub, 0x7fffffffffffffff, 0x8000000000000000, 0x0000000000000001)  # signed overflow wraps to MAX
    TEST_RR( 6, sub, 0x8000000000000000, 0x7fffffffffffffff, 0xffffffffffffffff)  # MAX - (-1) wraps to MIN
    TEST_RR( 7, sub, 0x0000000000000000, 0x8000000000000000, 0x8000000000000000)
    TEST_RR( 8, sub, 0x8000000000000000, 0x0000000000000000, 0x8000000000000000)  # -MIN == MIN
    TEST_RR( 9, sub, 0x00000000ffffffff, 0x0000000100000000, 0x0000000000000001)  # borrow across bit 32
    TEST_RR(10, sub, 0x02468acf13579bcf, 0x123456789abcdef0, 0x0fedcba987654321)
    TEST_RR_DEST1(11, sub, 0x0000000000000002, 0x0000000000000005, 0x0000000000000003)  # rd == rs1
    TEST_RR_DEST2(12, sub, 0x0000000000000002, 0x0000000000000005, 0x0000000000000003)  # rd == rs2
    TEST_RR_SAME(13, sub, 0x0000000000000000, 0x0000000000000005)  # rd == rs1 == rs2
    TEST_CASE(14, a0, 0, li a1, 0x0000000000000003; li a2, 0x0000000000000005; sub x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(15, a0, 0xfffffffffffffffd, li a1, 0x0000000000000003; sub a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
