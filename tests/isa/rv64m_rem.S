# rv64m_rem.S: rem: signed remainder, sign follows the dividend; x%0 = x; MIN%-1 = 0.
#include "isa.h"
TEST_START
    TEST_RR( 1, rem, 0x0000000000000002, 0x0000000000000014, 0x0000000000000006)
    TEST_RR( 2, rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006)  # -2: sign of the dividend
    TEST_RR( 3, rem, 0x0000000000000002, 0x0000000000000014, 0xfffffffffffffffa)  # 2
    TEST_RR( 4, rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0xfffffffffffffffa)  # -2
    TEST_RR( 5, rem, 0x0000000000000000, 0x8000000000000000, 0x0000000000000001)
    TEST_RR( 6, rem, 0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff)  # overflow case: 0
    TEST_RR( 7, rem, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000)  # x % 0 = x
    TEST_RR( 8, rem, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
    TEST_RR( 9, rem, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR(10, rem, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR(11, rem, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000)
    TEST_RR(12, rem, 0x0000000000000ef0, 0x123456789abcdef0, 0x0000000000001000)
    TEST_RR_DEST1(13, rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs1
    TEST_RR_DEST2(14, rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs2
    TEST_RR_SAME(15, rem, 0x0000000000000000, 0xffffffffffffffec)  # rd == rs1 == rs2
    TEST_CASE(16, a0, 0, li a1, 0x0000000000000014; li a2, 0xfffffffffffffffa; rem x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(17, a0, 0x0000000000000000, li a1, 0x0000000000000014; rem a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
