# rv64m_mulhu.S: mulhu: high 64 bits of the unsigned x unsigned 128-bit product.
#include "isa.h"
TEST_START
    TEST_RR( 1, mulhu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 2, mulhu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)
    TEST_RR( 3, mulhu, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)  # (2^64-1)^2: high half 2^64-2
    TEST_RR( 4, mulhu, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000001)
    TEST_RR( 5, mulhu, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
    TEST_RR( 6, mulhu, 0x0000000000000001, 0x8000000000000000, 0x0000000000000002)
    TEST_RR( 7, mulhu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
    TEST_RR( 8, mulhu, 0x0121fa00ad77d742, 0x123456789abcdef0, 0x0fedcba987654321)
    TEST_RR( 9, mulhu, 0x0ecbd1a8d9ed6bde, 0xedcba98765432110, 0x0fedcba987654321)
    TEST_RR(10, mulhu, 0x0000000000000001, 0x0000000100000000, 0x0000000100000000)  # 2^64: high half 1
    TEST_RR_DEST1(11, mulhu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)  # rd == rs1
    TEST_RR_DEST2(12, mulhu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)  # rd == rs2
    TEST_RR_SAME(13, mulhu, 0x0000000000000000, 0x0000000000000003)  # rd == rs1 == rs2
    TEST_CASE(14, a0, 0, li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulhu x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(15, a0, 0x0000000000000000, li a1, 0xffffffffffffffff; mulhu a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
