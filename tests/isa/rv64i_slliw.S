# rv64i_slliw.S: slliw: 32-bit shift left by 0..31, result sign-extended.
#include "isa.h"
TEST_START
    TEST_RI( 1, slliw, 0x0000000000000001, 0x0000000000000001, 0)
    TEST_RI( 2, slliw, 0x0000000000000002, 0x0000000000000001, 1)
    TEST_RI( 3, slliw, 0xffffffff80000000, 0x0000000000000001, 31)  # into bit 31: negative
    TEST_RI( 4, slliw, 0xffffffff80000000, 0x00000000ffffffff, 31)
    TEST_RI( 5, slliw, 0xffffffff90909080, 0x0000000021212121, 7)
    TEST_RI( 6, slliw, 0xfffffffffffffff0, 0x12345678ffffffff, 4)  # upper source bits ignored
    TEST_RI( 7, slliw, 0xffffffffc0000000, 0x0000000000000003, 30)
    TEST_RI( 8, slliw, 0xffffffff80000000, 0xffffffff80000000, 0)  # shift by 0 sign-extends
    TEST_RI_DEST1(9, slliw, 0x0000000000000002, 0x0000000000000001, 1)  # rd == rs1
    TEST_CASE(10, a0, 0, li a1, 0x0000000000000001; slliw x0, a1, 31; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(11, a0, 0x0000000000000000, slliw a0, x0, 31)  # x0 reads as 0
    PASS
TEST_END
