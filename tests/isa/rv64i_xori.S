# rv64i_xori.S: xori: xor with a sign-extended immediate (xori -1 = not).
#include "isa.h"
TEST_START
    TEST_RI( 1, xori, 0x00ff00ff00ff000f, 0x00ff00ff00ff00ff, 240)
    TEST_RI( 2, xori, 0xff00ff00ff00ff00, 0x00ff00ff00ff00ff, -1)  # not
    TEST_RI( 3, xori, 0xffffffffffffffff, 0x00000000000000ff, -256)
    TEST_RI( 4, xori, 0x0000000012345187, 0x0000000012345678, 2047)
    TEST_RI( 5, xori, 0x7ffffffffffff800, 0x8000000000000000, -2048)
    TEST_RI_DEST1(6, xori, 0xff00ff00ff00ff00, 0x00ff00ff00ff00ff, -1)  # rd == rs1
    TEST_CASE(7, a0, 0, li a1, 0x00000000000000ff; xori x0, a1, -256; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(8, a0, 0xffffffffffffff00, xori a0, x0, -256)  # x0 reads as 0
    PASS
TEST_END
