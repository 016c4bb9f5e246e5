# rv64m_divw.S: divw: signed 32-bit division of the low words, result sign-extended.
#include "isa.h"
TEST_START
    TEST_RR( 1, divw, 0x0000000000000003, 0x0000000000000014, 0x0000000000000006)
    TEST_RR( 2, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006)
    TEST_RR( 3, divw, 0xfffffffffffffffd, 0x0000000000000014, 0xfffffffffffffffa)
    TEST_RR( 4, divw, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000001)  # INT32_MIN / 1 sign-extended
    TEST_RR( 5, divw, 0xffffffff80000000, 0x0000000080000000, 0xffffffffffffffff)  # overflow: INT32_MIN
    TEST_RR( 6, divw, 0xffffffffffffffff, 0x0000000000000001, 0x0000000000000000)  # divide by zero: -1
    TEST_RR( 7, divw, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 8, divw, 0x0000000000000003, 0xffffffff00000014, 0x0000000100000006)  # upper source bits ignored: 20 / 6
    TEST_RR( 9, divw, 0xffffffff80000001, 0x000000007fffffff, 0xffffffffffffffff)
    TEST_RR(10, divw, 0x0000000000000000, 0x0000000100000000, 0x0000000000000001)  # low word 0: 0
    TEST_RR_DEST1(11, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs1
    TEST_RR_DEST2(12, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs2
    TEST_RR_SAME(13, divw, 0x0000000000000001, 0xffffffffffffffec)  # rd == rs1 == rs2
    TEST_CASE(14, a0, 0, li a1, 0x0000000000000014; li a2, 0xfffffffffffffffa; divw x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(15, a0, 0x0000000000000000, li a1, 0x0000000000000014; divw a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
