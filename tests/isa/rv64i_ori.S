# rv64i_ori.S: ori: or with a sign-extended immediate.
#include "isa.h"
TEST_START
    TEST_RI( 1, ori, 0xff00ff00ff00fff0, 0xff00ff00ff00ff00, 240)
    TEST_RI( 2, ori, 0xffffffffffffffff, 0x0000000000000000, -1)
    TEST_RI( 3, ori, 0xfffffffffffffe78, 0x0000000012345678, -2048)  # sign extension sets the upper bits
    TEST_RI( 4, ori, 0x000007ff000007ff, 0x000007ff00000000, 2047)
    TEST_RI( 5, ori, 0x8000000000000000, 0x8000000000000000, 0)
    TEST_RI_DEST1(6, ori, 0xffffffffffffffff, 0x0000000000000000, -1)  # rd == rs1
    TEST_CASE(7, a0, 0, li a1, 0x0000000012345678; ori x0, a1, -2048; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(8, a0, 0xfffffffffffff800, ori a0, x0, -2048)  # x0 reads as 0
    PASS
TEST_END
