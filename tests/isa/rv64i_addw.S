# rv64i_addw.S: addw: 32-bit add, result sign-extended from bit 31, upper source bits ignored.
#include "isa.h"
TEST_START
    TEST_RR( 1, addw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 2, addw, 0x0000000000000005, 0x0000000000000002, 0x0000000000000003)
    TEST_RR( 3, addw, 0xffffffff80000000, 0x000000007fffffff, 0x0000000000000001)  # wraps to 0x80000000, sign-extended
    TEST_RR( 4, addw, 0x0000000000000000, 0x00000000ffffffff, 0x0000000000000001)  # carry out of bit 31 is lost
    TEST_RR( 5, addw, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR( 6, addw, 0x000000000000000f, 0x123456780000000a, 0xfedcba9800000005)  # upper halves ignored
    TEST_RR( 7, addw, 0x0000000000000000, 0x0000000080000000, 0x0000000080000000)
    TEST_RR( 8, addw, 0xffffffff80000000, 0x0000000040000000, 0x0000000040000000)  # positive sum with bit 31 set
    TEST_RR_DEST1(9, addw, 0x0000000000000005, 0x0000000000000002, 0x0000000000000003)  # rd == rs1
    TEST_RR_DEST2(10, addw, 0x0000000000000005, 0x0000000000000002, 0x0000000000000003)  # rd == rs2
    TEST_RR_SAME(11, addw, 0x0000000000000004, 0x0000000000000002)  # rd == rs1 == rs2
    TEST_CASE(12, a0, 0, li a1, 0x000000007fffffff; li a2, 0x0000000000000001; addw x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(13, a0, 0x000000007fffffff, li a1, 0x000000007fffffff; addw a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
