# rv64m_mulh_signs.S: mulh, mulhu and mulhsu differ only in how they read the operand signs.
#include "isa.h"
TEST_START
    # the same operand pairs through all three high-half multiplies
    TEST_RR( 1, mulh,   0xffffffffffffffff, 0xfffffffffffffffe, 0x0000000000000003)
    TEST_RR( 2, mulhu,  0x0000000000000002, 0xfffffffffffffffe, 0x0000000000000003)
    TEST_RR( 3, mulhsu, 0xffffffffffffffff, 0xfffffffffffffffe, 0x0000000000000003)
    TEST_RR( 4, mulh,   0xffffffffffffffff, 0x0000000000000003, 0xfffffffffffffffe)
    TEST_RR( 5, mulhu,  0x0000000000000002, 0x0000000000000003, 0xfffffffffffffffe)
    TEST_RR( 6, mulhsu, 0x0000000000000002, 0x0000000000000003, 0xfffffffffffffffe)
    TEST_RR( 7, mulh,   0x0000000000000000, 0xfffffffffffffffe, 0xfffffffffffffffd)
    TEST_RR( 8, mulhu,  0xfffffffffffffffb, 0xfffffffffffffffe, 0xfffffffffffffffd)
    TEST_RR( 9, mulhsu, 0xfffffffffffffffe, 0xfffffffffffffffe, 0xfffffffffffffffd)
    TEST_RR(10, mulh,   0x0000000000000000, 0x0000000000000002, 0x0000000000000003)
    TEST_RR(11, mulhu,  0x0000000000000000, 0x0000000000000002, 0x0000000000000003)
    TEST_RR(12, mulhsu, 0x0000000000000000, 0x0000000000000002, 0x0000000000000003)
    TEST_RR(13, mulh,   0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR(14, mulhu,  0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR(15, mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR(16, mulh,   0x0000000000000000, 0xffffffffffffffff, 0x8000000000000000)
    TEST_RR(17, mulhu,  0x7fffffffffffffff, 0xffffffffffffffff, 0x8000000000000000)
    TEST_RR(18, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x8000000000000000)
    # mulh + mul give the full 128-bit signed product: -3 * 5 = -15
    TEST_CASE(19, a3, 0xffffffffffffffff, li a1, -3; li a2, 5; mulh a3, a1, a2; mul a4, a1, a2)
    CHECK(20, a4, 0xfffffffffffffff1)
    PASS
TEST_END
