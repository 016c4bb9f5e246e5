# rv64i_subw.S: subw: 32-bit subtract, sign-extended result.
#include "isa.h"
TEST_START
    TEST_RR( 1, subw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 2, subw, 0x0000000000000002, 0x0000000000000005, 0x0000000000000003)
    TEST_RR( 3, subw, 0xfffffffffffffffe, 0x0000000000000003, 0x0000000000000005)
    TEST_RR( 4, subw, 0x000000007fffffff, 0x0000000080000000, 0x0000000000000001)  # INT32_MIN - 1 wraps positive
    TEST_RR( 5, subw, 0xffffffff80000000, 0x0000000000000000, 0x0000000080000000)
    TEST_RR( 6, subw, 0xffffffffffffffff, 0x1234567800000000, 0x0000000000000001)  # upper half ignored: 0 - 1
    TEST_RR( 7, subw, 0xffffffff80000000, 0x000000007fffffff, 0xffffffffffffffff)
    TEST_RR( 8, subw, 0xffffffff80000000, 0xffffffffffffffff, 0x000000007fffffff)
    TEST_RR_DEST1(9, subw, 0x0000000000000002, 0x0000000000000005, 0x0000000000000003)  # rd == rs1
    TEST_RR_DEST2(10, subw, 0x0000000000000002, 0x0000000000000005, 0x0000000000000003)  # rd == rs2
    TEST_RR_SAME(11, subw, 0x0000000000000000, 0x0000000000000005)  # rd == rs1 == rs2
    TEST_CASE(12, a0, 0, li a1, 0x0000000000000003; li a2, 0x0000000000000005; subw x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(13, a0, 0xfffffffffffffffd, li a1, 0x0000000000000003; subw a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
