# rv64i_or.S: or over all bit patterns.
#include "isa.h"
TEST_START
    TEST_RR( 1, or, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
    TEST_RR( 2, or, 0xf0fff0fff0fff0ff, 0x00ff00ff00ff00ff, 0xf0f0f0f0f0f0f0f0)
    TEST_RR( 3, or, 0x123456789abcdef0, 0x0000000000000000, 0x123456789abcdef0)
    TEST_RR( 4, or, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 5, or, 0x8000000000000001, 0x8000000000000000, 0x0000000000000001)
    TEST_RR( 6, or, 0xffffffffffffffff, 0xaaaaaaaaaaaaaaaa, 0x5555555555555555)
    TEST_RR_DEST1(7, or, 0xf0fff0fff0fff0ff, 0x00ff00ff00ff00ff, 0xf0f0f0f0f0f0f0f0)  # rd == rs1
    TEST_RR_DEST2(8, or, 0xf0fff0fff0fff0ff, 0x00ff00ff00ff00ff, 0xf0f0f0f0f0f0f0f0)  # rd == rs2
    TEST_RR_SAME(9, or, 0x00ff00ff00ff00ff, 0x00ff00ff00ff00ff)  # rd == rs1 == rs2
    TEST_CASE(10, a0, 0, li a1, 0x0000000000000000; li a2, 0x123456789abcdef0; or x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(11, a0, 0x0000000000000000, li a1, 0x0000000000000000; or a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
