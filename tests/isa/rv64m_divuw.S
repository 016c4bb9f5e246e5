# rv64m_divuw.S: divuw: unsigned 32-bit division of the low words, result sign-extended.
#include "isa.h"
TEST_START
    TEST_RR( 1, divuw, 0x0000000000000003, 0x0000000000000014, 0x0000000000000006)
    TEST_RR( 2, divuw, 0x000000002aaaaaa7, 0xffffffffffffffec, 0x0000000000000006)  # 0xffffffec / 6
    TEST_RR( 3, divuw, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000001)  # 0x80000000 sign-extended
    TEST_RR( 4, divuw, 0xffffffffffffffff, 0x00000000ffffffff, 0x0000000000000001)  # all ones sign-extended
    TEST_RR( 5, divuw, 0xffffffffffffffff, 0x0000000000000001, 0x0000000000000000)  # divide by zero: all ones
    TEST_RR( 6, divuw, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 7, divuw, 0x0000000000000003, 0xffffffff00000014, 0x0000000100000006)  # upper source bits ignored
    TEST_RR( 8, divuw, 0x000000007fffffff, 0x00000000ffffffff, 0x0000000000000002)
    TEST_RR( 9, divuw, 0xffffffffffffffff, 0x0000000100000000, 0x0000000100000000)  # divisor low word 0: all ones
    TEST_RR_DEST1(10, divuw, 0x000000002aaaaaa7, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs1
    TEST_RR_DEST2(11, divuw, 0x000000002aaaaaa7, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs2
    TEST_RR_SAME(12, divuw, 0x0000000000000001, 0xffffffffffffffec)  # rd == rs1 == rs2
    TEST_CASE(13, a0, 0, li a1, 0x0000000080000000; li a2, 0x0000000000000001; divuw x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(14, a0, 0x0000000000000000, li a1, 0x0000000080000000; divuw a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
