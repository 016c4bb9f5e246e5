# rv64m_remw.S: remw: signed 32-bit remainder, result sign-extended; x%0 = x (sign-extended low word).
#include "isa.h"
TEST_START
    TEST_RR( 1, remw, 0x0000000000000002, 0x0000000000000014, 0x0000000000000006)
    TEST_RR( 2, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006)
    TEST_RR( 3, remw, 0x0000000000000002, 0x0000000000000014, 0xfffffffffffffffa)
    TEST_RR( 4, remw, 0x0000000000000000, 0x0000000080000000, 0xffffffffffffffff)  # overflow case: 0
    TEST_RR( 5, remw, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000)  # x % 0 = x
    TEST_RR( 6, remw, 0xfffffffffffffffb, 0x00000000fffffffb, 0x0000000000000000)  # x % 0 = sext(x)
    TEST_RR( 7, remw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 8, remw, 0x0000000000000002, 0xffffffff00000014, 0x0000000100000006)  # upper source bits ignored
    TEST_RR( 9, remw, 0xffffffffffffffff, 0x0000000080000000, 0x000000007fffffff)
    TEST_RR(10, remw, 0x0000000023456789, 0x0000000123456789, 0x0000000100000000)  # divisor low word 0
    TEST_RR_DEST1(11, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs1
    TEST_RR_DEST2(12, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs2
    TEST_RR_SAME(13, remw, 0x0000000000000000, 0xffffffffffffffec)  # rd == rs1 == rs2
    TEST_CASE(14, a0, 0, li a1, 0x0000000000000014; li a2, 0xfffffffffffffffa; remw x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(15, a0, 0x0000000000000000, li a1, 0x0000000000000014; remw a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
