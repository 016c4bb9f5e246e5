# rv64i_xor.S: xor over all bit patterns.
#include "isa.h"
TEST_START
    TEST_RR( 1, xor, 0xf00ff00ff00ff00f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
    TEST_RR( 2, xor, 0xf00ff00ff00ff00f, 0x00ff00ff00ff00ff, 0xf0f0f0f0f0f0f0f0)
    TEST_RR( 3, xor, 0xedcba9876543210f, 0xffffffffffffffff, 0x123456789abcdef0)  # xor -1 = not
    TEST_RR( 4, xor, 0x0000000000000000, 0x0000000000005555, 0x0000000000005555)  # x ^ x = 0
    TEST_RR( 5, xor, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR( 6, xor, 0xffffffffffffffff, 0xaaaaaaaaaaaaaaaa, 0x5555555555555555)
    TEST_RR_DEST1(7, xor, 0xf00ff00ff00ff00f, 0x00ff00ff00ff00ff, 0xf0f0f0f0f0f0f0f0)  # rd == rs1
    TEST_RR_DEST2(8, xor, 0xf00ff00ff00ff00f, 0x00ff00ff00ff00ff, 0xf0f0f0f0f0f0f0f0)  # rd == rs2
    TEST_RR_SAME(9, xor, 0x0000000000000000, 0x00ff00ff00ff00ff)  # rd == rs1 == rs2
    TEST_CASE(10, a0, 0, li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; xor x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(11, a0, 0xffffffffffffffff, li a1, 0xffffffffffffffff; xor a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
