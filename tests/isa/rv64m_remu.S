# rv64m_remu.S: remu: unsigned remainder; x%0 = x.
#include "isa.h"
TEST_START
    TEST_RR( 1, remu, 0x0000000000000002, 0x0000000000000014, 0x0000000000000006)
    TEST_RR( 2, remu, 0x0000000000000002, 0xffffffffffffffec, 0x0000000000000006)
    TEST_RR( 3, remu, 0x0000000000000014, 0x0000000000000014, 0xfffffffffffffffa)  # 20 < divisor: 20
    TEST_RR( 4, remu, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000001)
    TEST_RR( 5, remu, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff)  # 0
    TEST_RR( 6, remu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR( 7, remu, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000)  # x % 0 = x
    TEST_RR( 8, remu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
    TEST_RR( 9, remu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR(10, remu, 0x0000000000000ef0, 0x123456789abcdef0, 0x0000000000001000)
    TEST_RR_DEST1(11, remu, 0x0000000000000002, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs1
    TEST_RR_DEST2(12, remu, 0x0000000000000002, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs2
    TEST_RR_SAME(13, remu, 0x0000000000000000, 0xffffffffffffffec)  # rd == rs1 == rs2
    TEST_CASE(14, a0, 0, li a1, 0x0000000000000014; li a2, 0xfffffffffffffffa; remu x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(15, a0, 0x0000000000000000, li a1, 0x0000000000000014; remu a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
