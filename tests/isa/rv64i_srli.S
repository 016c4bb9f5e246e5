# rv64i_srli.S: srli: logical right shift by 0..63.
#include "isa.h"
TEST_START
    TEST_RI( 1, srli, 0x8000000000000000, 0x8000000000000000, 0)
    TEST_RI( 2, srli, 0x4000000000000000, 0x8000000000000000, 1)
    TEST_RI( 3, srli, 0x0000000100000000, 0x8000000000000000, 31)
    TEST_RI( 4, srli, 0x0000000080000000, 0x8000000000000000, 32)
    TEST_RI( 5, srli, 0x0000000000000001, 0x8000000000000000, 63)
    TEST_RI( 6, srli, 0x7fffffffffffffff, 0xffffffffffffffff, 1)
    TEST_RI( 7, srli, 0x0000000000000001, 0xffffffffffffffff, 63)
    TEST_RI( 8, srli, 0x0000000001234567, 0x123456789abcdef0, 36)
    TEST_RI( 9, srli, 0x0123456789abcdef, 0x123456789abcdef0, 4)
    TEST_RI_DEST1(10, srli, 0x4000000000000000, 0x8000000000000000, 1)  # rd == rs1
    TEST_CASE(11, a0, 0, li a1, 0x8000000000000000; srli x0, a1, 31; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(12, a0, 0x0000000000000000, srli a0, x0, 31)  # x0 reads as 0
    PASS
TEST_END
