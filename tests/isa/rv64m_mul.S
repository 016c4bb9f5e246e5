# rv64m_mul.S: mul: low 64 bits of the product (signedness does not matter for the low half).
#include "isa.h"
TEST_START
    TEST_RR( 1, mul, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 2, mul, 0x0000000000000015, 0x0000000000000003, 0x0000000000000007)
    TEST_RR( 3, mul, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR( 4, mul, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001)
    TEST_RR( 5, mul, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)  # wraps to MIN
    TEST_RR( 6, mul, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff)  # low half of a 126-bit product
    TEST_RR( 7, mul, 0x0000000000000000, 0x0000000100000000, 0x0000000100000000)  # 2^64 wraps to 0
    TEST_RR( 8, mul, 0x2236d88fe5618cf0, 0x123456789abcdef0, 0x0fedcba987654321)
    TEST_RR( 9, mul, 0xfffffffe00000001, 0x00000000ffffffff, 0x00000000ffffffff)
    TEST_RR(10, mul, 0xffffffffffffffeb, 0xfffffffffffffff9, 0x0000000000000003)
    TEST_RR_DEST1(11, mul, 0x0000000000000015, 0x0000000000000003, 0x0000000000000007)  # rd == rs1
    TEST_RR_DEST2(12, mul, 0x0000000000000015, 0x0000000000000003, 0x0000000000000007)  # rd == rs2
    TEST_RR_SAME(13, mul, 0x0000000000000009, 0x0000000000000003)  # rd == rs1 == rs2
    TEST_CASE(14, a0, 0, li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mul x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(15, a0, 0x0000000000000000, li a1, 0xffffffffffffffff; mul a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
