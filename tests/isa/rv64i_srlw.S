# rv64i_srlw.S: srlw: 32-bit logical right shift by rs2[4:0], sign-extended result.
#include "isa.h"
TEST_START
    TEST_RR( 1, srlw, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000000)
    TEST_RR( 2, srlw, 0x0000000040000000, 0x0000000080000000, 0x0000000000000001)
    TEST_RR( 3, srlw, 0x0000000000000001, 0x0000000080000000, 0x000000000000001f)
    TEST_RR( 4, srlw, 0xffffffff80000000, 0xffffffff80000000, 0x0000000000000000)  # shift by 0 still sign-extends bit 31
    TEST_RR( 5, srlw, 0x000000007fffffff, 0x00000000ffffffff, 0x0000000000000021)  # shamt is rs2 mod 32
    TEST_RR( 6, srlw, 0x0000000009abcdef, 0x123456789abcdef0, 0x0000000000000004)  # upper source bits ignored
    TEST_RR( 7, srlw, 0x0000000000000001, 0xffffffffffffffff, 0x000000000000001f)
    TEST_RR( 8, srlw, 0x0000000000424242, 0x0000000021212121, 0xffffffffffffffe7)  # rs2[4:0] = 7
    TEST_RR_DEST1(9, srlw, 0x0000000040000000, 0x0000000080000000, 0x0000000000000001)  # rd == rs1
    TEST_RR_DEST2(10, srlw, 0x0000000040000000, 0x0000000080000000, 0x0000000000000001)  # rd == rs2
    TEST_RR_SAME(11, srlw, 0xffffffff80000000, 0x0000000080000000)  # rd == rs1 == rs2
    TEST_CASE(12, a0, 0, li a1, 0x0000000080000000; li a2, 0x000000000000001f; srlw x0, a1, a2; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(13, a0, 0x0000000000000000, li a1, 0x0000000080000000; srlw a0, x0, a1)  # x0 reads as 0
    PASS
TEST_END
