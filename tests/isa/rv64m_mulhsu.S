# rv64m_mulhsu.S: mulhsu: high 64 bits of signed rs1 x unsigned rs2.
#include "isa.h"
TEST_START
    TEST_RR( 1, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 2, mulhsu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)
    TEST_RR( 3, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff)  # -1 * (2^64-1): high half all ones
    TEST_RR( 4, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001)
    TEST_RR( 5, mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR( 6, mulhsu, 0x7ffffffffffffffe, 0x7fffffffffffffff, 0xffffffffffffffff)
    TEST_RR( 7, mulhsu, 0x0000000000000000, 0x0000000000000001, 0xffffffffffffffff)  # rs2 is unsigned: 1 * (2^64-1) high half 0
    TEST_RR( 8, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000)  # -2^63 * 2^63
    TEST_RR( 9, mulhsu, 0xfede05ff528828bd, 0xedcba98765432110, 0x0fedcba987654321)
    TEST_RR(10, mulhsu, 0x1121fa00ad77d733, 0x123456789abcdef0, 0xf0edcba987654321)
    TEST_RR_DEST1(11, mulhsu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)  # rd == rs1
    TEST_RR_DEST2(12, mulhsu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000007)  # rd == rs2
    TEST_RR_SAME(13, mulhsu, 0x0000000000000000, 0x0000000000000003)  # rd == rs1 == rs2
    TEST_CASE(14, a0, 0, li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulhsu x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(15, a0, 0x0000000000000000, li a1, 0xffffffffffffffff; mulhsu a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
