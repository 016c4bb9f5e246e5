# rv64m_div.S: div: signed division rounding towards zero; x/0 = -1; MIN/-1 = MIN.
#include "isa.h"
TEST_START
    TEST_RR( 1, div, 0x0000000000000003, 0x0000000000000014, 0x0000000000000006)
    TEST_RR( 2, div, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006)  # rounds towards zero: -3
    TEST_RR( 3, div, 0xfffffffffffffffd, 0x0000000000000014, 0xfffffffffffffffa)
    TEST_RR( 4, div, 0x0000000000000003, 0xffffffffffffffec, 0xfffffffffffffffa)
    TEST_RR( 5, div, 0x8000000000000000, 0x8000000000000000, 0x0000000000000001)
    TEST_RR( 6, div, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)  # overflow: MIN
    TEST_RR( 7, div, 0xffffffffffffffff, 0x0000000000000001, 0x0000000000000000)  # divide by zero: -1
    TEST_RR( 8, div, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)  # divide by zero: -1
    TEST_RR( 9, div, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000)
    TEST_RR(10, div, 0x8000000000000001, 0x7fffffffffffffff, 0xffffffffffffffff)
    TEST_RR(11, div, 0xc000000000000000, 0x8000000000000000, 0x0000000000000002)
    TEST_RR(12, div, 0x000123456789abcd, 0x123456789abcdef0, 0x0000000000001000)
    TEST_RR_DEST1(13, div, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs1
    TEST_RR_DEST2(14, div, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs2
    TEST_RR_SAME(15, div, 0x0000000000000001, 0xffffffffffffffec)  # rd == rs1 == rs2
    TEST_CASE(16, a0, 0, li a1, 0x0000000000000014; li a2, 0xfffffffffffffffa; div x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(17, a0, 0x0000000000000000, li a1, 0x0000000000000014; div a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
