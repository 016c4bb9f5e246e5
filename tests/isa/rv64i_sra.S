# rv64i_sra.S: sra: arithmetic right shift by rs2[5:0], sign bits in from the top.
#include "isa.h"
TEST_START
    TEST_RR( 1, sra, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000)
    TEST_RR( 2, sra, 0xc000000000000000, 0x8000000000000000, 0x0000000000000001)  # sign bit copies in
    TEST_RR( 3, sra, 0xffffffff00000000, 0x8000000000000000, 0x000000000000001f)
    TEST_RR( 4, sra, 0xffffffff80000000, 0x8000000000000000, 0x0000000000000020)
    TEST_RR( 5, sra, 0xffffffffffffffff, 0x8000000000000000, 0x000000000000003f)  # all ones
    TEST_RR( 6, sra, 0x0000000000000000, 0x7fffffffffffffff, 0x000000000000003f)  # positive: 0
    TEST_RR( 7, sra, 0x00000000fffffffe, 0x7fffffff00000000, 0x000000000000001f)
    TEST_RR( 8, sra, 0xfffffffffffffffe, 0xffffffffffffff7f, 0x0000000000000047)  # shamt is rs2 mod 64
    TEST_RR( 9, sra, 0x0000000000000000, 0x123456789abcdef0, 0xffffffffffffffff)
    TEST_RR(10, sra, 0xffffffffff234567, 0xf23456789abcdef0, 0x0000000000000024)
    TEST_RR_DEST1(11, sra, 0xc000000000000000, 0x8000000000000000, 0x0000000000000001)  # rd == rs1
    TEST_RR_DEST2(12, sra, 0xc000000000000000, 0x8000000000000000, 0x0000000000000001)  # rd == rs2
    TEST_RR_SAME(13, sra, 0x8000000000000000, 0x8000000000000000)  # rd == rs1 == rs2
    TEST_CASE(14, a0, 0, li a1, 0x8000000000000000; li a2, 0x000000000000001f; sra x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(15, a0, 0x0000000000000000, li a1, 0x8000000000000000; sra a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
