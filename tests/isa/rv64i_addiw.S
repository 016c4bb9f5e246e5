# rv64i_addiw.S: addiw: 32-bit add immediate, result sign-extended (sext.w = addiw rd, rs, 0).
#include "isa.h"
TEST_START
    TEST_RI( 1, addiw, 0x0000000000000000, 0x0000000000000000, 0)
    TEST_RI( 2, addiw, 0x0000000000000005, 0x0000000000000002, 3)
    TEST_RI( 3, addiw, 0xffffffff80000000, 0x000000007fffffff, 1)  # wraps to INT32_MIN
    TEST_RI( 4, addiw, 0x0000000000000000, 0x00000000ffffffff, 1)  # carry out of bit 31 lost
    TEST_RI( 5, addiw, 0x000000000000000f, 0x123456780000000a, 5)  # upper half ignored
    TEST_RI( 6, addiw, 0xffffffff80000000, 0x0000000080000000, 0)  # sext.w
    TEST_RI( 7, addiw, 0x000000007fffffff, 0x000000007fffffff, 0)  # sext.w of a positive value
    TEST_RI( 8, addiw, 0xfffffffffffff800, 0x0000000000000000, -2048)
    TEST_RI( 9, addiw, 0x00000000000007fe, 0x0000000fffffffff, 2047)
    TEST_RI_DEST1(10, addiw, 0x0000000000000005, 0x0000000000000002, 3)  # rd == rs1
    TEST_CASE(11, a0, 0, li a1, 0x000000007fffffff; addiw x0, a1, 1; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(12, a0, 0x0000000000000001, addiw a0, x0, 1)  # x0 reads as 0
    PASS
TEST_END
