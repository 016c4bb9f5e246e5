# rv64i_srliw.S: srliw: 32-bit logical right shift by 0..31, result sign-extended.
#include "isa.h"
TEST_START
    TEST_RI( 1, srliw, 0xffffffff80000000, 0x0000000080000000, 0)  # shift by 0 keeps bit 31: sign-extends
    TEST_RI( 2, srliw, 0x0000000040000000, 0x0000000080000000, 1)
    TEST_RI( 3, srliw, 0x0000000000000001, 0x0000000080000000, 31)
    TEST_RI( 4, srliw, 0x000000007fffffff, 0x00000000ffffffff, 1)
    TEST_RI( 5, srliw, 0x0000000009abcdef, 0x123456789abcdef0, 4)  # upper source bits ignored
    TEST_RI( 6, srliw, 0x0000000000000001, 0xffffffffffffffff, 31)
    TEST_RI( 7, srliw, 0x0000000000424242, 0x0000000021212121, 7)
    TEST_RI_DEST1(8, srliw, 0x0000000040000000, 0x0000000080000000, 1)  # rd == rs1
    TEST_CASE(9, a0, 0, li a1, 0x0000000080000000; srliw x0, a1, 31; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(10, a0, 0x0000000000000000, srliw a0, x0, 31)  # x0 reads as 0
    PASS
TEST_END
