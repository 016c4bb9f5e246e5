# rv64i_sraw.S: sraw: 32-bit arithmetic right shift by rs2[4:0], sign-extended result.
#include "isa.h"
TEST_START
    TEST_RR( 1, sraw, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000000)
    TEST_RR( 2, sraw, 0xffffffffc0000000, 0x0000000080000000, 0x0000000000000001)
    TEST_RR( 3, sraw, 0xffffffffffffffff, 0x0000000080000000, 0x000000000000001f)
    TEST_RR( 4, sraw, 0x0000000000000000, 0x000000007fffffff, 0x000000000000001f)
    TEST_RR( 5, sraw, 0x0000000000000000, 0x7fffffff00000000, 0x0000000000000004)  # upper source bits ignored: 0
    TEST_RR( 6, sraw, 0xffffffffff000000, 0x00000000f0000000, 0x0000000000000004)  # bit 31 of the source is the sign
    TEST_RR( 7, sraw, 0xffffffffff030303, 0x0000000081818181, 0x0000000000000027)  # shamt is rs2 mod 32
    TEST_RR( 8, sraw, 0xffffffffffffffff, 0xffffffffffffffff, 0x000000000000001f)
    TEST_RR_DEST1(9, sraw, 0xffffffffc0000000, 0x0000000080000000, 0x0000000000000001)  # rd == rs1
    TEST_RR_DEST2(10, sraw, 0xffffffffc0000000, 0x0000000080000000, 0x0000000000000001)  # rd == rs2
    TEST_RR_SAME(11, sraw, 0xffffffff80000000, 0x0000000080000000)  # rd == rs1 == rs2
    TEST_CASE(12, a0, 0, li a1, 0x0000000080000000; li a2, 0x000000000000001f; sraw x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(13, a0, 0x0000000000000000, li a1, 0x0000000080000000; sraw a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
