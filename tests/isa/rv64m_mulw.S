# rv64m_mulw.S: mulw: low 32 bits of the product of the low words, sign-extended.
#include "isa.h"
TEST_START
    TEST_RR( 1, mulw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 2, mulw, 0x0000000000000015, 0x0000000000000003, 0x0000000000000007)
    TEST_RR( 3, mulw, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR( 4, mulw, 0xfffffffffffffffe, 0x000000007fffffff, 0x0000000000000002)  # bit 31 set: negative
    TEST_RR( 5, mulw, 0x0000000000000000, 0x0000000000010000, 0x0000000000010000)  # 2^32 wraps to 0
    TEST_RR( 6, mulw, 0xffffffffe5618cf0, 0x123456789abcdef0, 0x0fedcba987654321)  # upper source bits ignored
    TEST_RR( 7, mulw, 0x000000000000000f, 0xffffffff00000003, 0x0000000100000005)  # 3*5 with junk above
    TEST_RR( 8, mulw, 0xffffffff80000000, 0x0000000080000000, 0xffffffffffffffff)  # INT32_MIN * -1 wraps to INT32_MIN
    TEST_RR_DEST1(9, mulw, 0x0000000000000015, 0x0000000000000003, 0x0000000000000007)  # rd == rs1
    TEST_RR_DEST2(10, mulw, 0x0000000000000015, 0x0000000000000003, 0x0000000000000007)  # rd == rs2
    TEST_RR_SAME(11, mulw, 0x0000000000000009, 0x0000000000000003)  # rd == rs1 == rs2
    TEST_CASE(12, a0, 0, li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulw x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(13, a0, 0x0000000000000000, li a1, 0xffffffffffffffff; mulw a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
