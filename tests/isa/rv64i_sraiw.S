# rv64i_sraiw.S: sraiw: 32-bit arithmetic right shift by 0..31, result sign-extended.
#include "isa.h"
TEST_START
    TEST_RI( 1, sraiw, 0xffffffff80000000, 0x0000000080000000, 0)
    TEST_RI( 2, sraiw, 0xffffffffc0000000, 0x0000000080000000, 1)
    TEST_RI( 3, sraiw, 0xffffffffffffffff, 0x0000000080000000, 31)
    TEST_RI( 4, sraiw, 0x0000000000000000, 0x000000007fffffff, 31)
    TEST_RI( 5, sraiw, 0x0000000000000000, 0x7fffffff00000000, 4)  # upper source bits ignored
    TEST_RI( 6, sraiw, 0xffffffffff000000, 0x00000000f0000000, 4)
    TEST_RI( 7, sraiw, 0xffffffffff030303, 0x0000000081818181, 7)
    TEST_RI( 8, sraiw, 0xffffffffffffffff, 0xffffffffffffffff, 31)
    TEST_RI_DEST1(9, sraiw, 0xffffffffc0000000, 0x0000000080000000, 1)  # rd == rs1
    TEST_CASE(10, a0, 0, li a1, 0x0000000080000000; sraiw x0, a1, 31; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(11, a0, 0x0000000000000000, sraiw a0, x0, 31)  # x0 reads as 0
    PASS
TEST_END
