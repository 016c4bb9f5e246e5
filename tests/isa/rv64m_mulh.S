# rv64m_mulh.S: mulh: high 64 bits of the signed x signed 128-bit product.
#include "isa.h"
TEST_START
    TEST_RR( 1, mulh, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 2, mulh, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)
    TEST_RR( 3, mulh, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff)  # (-1)*(-1) = 1: high half 0
    TEST_RR( 4, mulh, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001)  # -1: high half all ones
    TEST_RR( 5, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)  # 2^126: high half 2^62
    TEST_RR( 6, mulh, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR( 7, mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
    TEST_RR( 8, mulh, 0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff)  # +2^63: high half 0
    TEST_RR( 9, mulh, 0x0121fa00ad77d742, 0x123456789abcdef0, 0x0fedcba987654321)
    TEST_RR(10, mulh, 0xfede05ff528828bd, 0xedcba98765432110, 0x0fedcba987654321)
    TEST_RR(11, mulh, 0xffffffffffffffff, 0x0000000000000002, 0x8000000000000000)
    TEST_RR_DEST1(12, mulh, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)  # rd == rs1
    TEST_RR_DEST2(13, mulh, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)  # rd == rs2
    TEST_RR_SAME(14, mulh, 0x0000000000000000, 0x0000000000000003)  # rd == rs1 == rs2
    TEST_CASE(15, a0, 0, li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulh x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(16, a0, 0x0000000000000000, li a1, 0xffffffffffffffff; mulh a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
