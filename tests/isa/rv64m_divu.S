# rv64m_divu.S: divu: unsigned division; x/0 = 2^64-1.
#include "isa.h"
TEST_START
    TEST_RR( 1, divu, 0x0000000000000003, 0x0000000000000014, 0x0000000000000006)
    TEST_RR( 2, divu, 0x2aaaaaaaaaaaaaa7, 0xffffffffffffffec, 0x0000000000000006)  # -20 is a huge unsigned number
    TEST_RR( 3, divu, 0x0000000000000000, 0x0000000000000014, 0xfffffffffffffffa)  # 0: 20 < 2^64-6
    TEST_RR( 4, divu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001)
    TEST_RR( 5, divu, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff)
    TEST_RR( 6, divu, 0x0000000000000000, 0x8000000000000000, 0xffffffffffffffff)
    TEST_RR( 7, divu, 0xffffffffffffffff, 0x0000000000000001, 0x0000000000000000)  # divide by zero: all ones
    TEST_RR( 8, divu, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000)
    TEST_RR( 9, divu, 0x7fffffffffffffff, 0xffffffffffffffff, 0x0000000000000002)
    TEST_RR(10, divu, 0x000123456789abcd, 0x123456789abcdef0, 0x0000000000001000)
    TEST_RR_DEST1(11, divu, 0x2aaaaaaaaaaaaaa7, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs1
    TEST_RR_DEST2(12, divu, 0x2aaaaaaaaaaaaaa7, 0xffffffffffffffec, 0x0000000000000006)  # rd == rs2
    TEST_RR_SAME(13, divu, 0x0000000000000001, 0xffffffffffffffec)  # rd == rs1 == rs2
    TEST_CASE(14, a0, 0, li a1, 0x0000000000000014; li a2, 0xfffffffffffffffa; divu x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(15, a0, 0x0000000000000000, li a1, 0x0000000000000014; divu a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
