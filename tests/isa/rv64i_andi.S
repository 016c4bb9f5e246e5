# rv64i_andi.S: andi: and with a sign-extended immediate.
#include "isa.h"
TEST_START
    TEST_RI( 1, andi, 0x0000000000000000, 0xff00ff00ff00ff00, 240)
    TEST_RI( 2, andi, 0x00000000000007ff, 0xffffffffffffffff, 2047)
    TEST_RI( 3, andi, 0x123456789abcd800, 0x123456789abcdef0, -2048)  # sign-extended mask keeps the upper bits
    TEST_RI( 4, andi, 0xffffffffffffffff, 0xffffffffffffffff, -1)
    TEST_RI( 5, andi, 0x0000000000000000, 0x123456789abcdef0, 0)
    TEST_RI_DEST1(6, andi, 0x00000000000007ff, 0xffffffffffffffff, 2047)  # rd == rs1
    TEST_CASE(7, a0, 0, li a1, 0x123456789abcdef0; andi x0, a1, -2048; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(8, a0, 0x0000000000000000, andi a0, x0, -2048)  # x0 reads as 0
    PASS
TEST_END
