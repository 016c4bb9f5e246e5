# rv64i_slti.S: slti: signed compare with a sign-extended immediate.
#include "isa.h"
TEST_START
    TEST_RI( 1, slti, 0x0000000000000000, 0x0000000000000000, 0)
    TEST_RI( 2, slti, 0x0000000000000001, 0x0000000000000000, 1)
    TEST_RI( 3, slti, 0x0000000000000000, 0x0000000000000001, 0)
    TEST_RI( 4, slti, 0x0000000000000001, 0xffffffffffffffff, 0)
    TEST_RI( 5, slti, 0x0000000000000000, 0x0000000000000000, -1)
    TEST_RI( 6, slti, 0x0000000000000001, 0x8000000000000000, 2047)
    TEST_RI( 7, slti, 0x0000000000000000, 0x7fffffffffffffff, -2048)
    TEST_RI( 8, slti, 0x0000000000000001, 0xfffffffffffff7ff, -2048)
    TEST_RI( 9, slti, 0x0000000000000000, 0xfffffffffffff800, -2048)
    TEST_RI(10, slti, 0x0000000000000000, 0x0000000080000000, -1)  # positive 64-bit value
    TEST_RI_DEST1(11, slti, 0x0000000000000001, 0x0000000000000000, 1)  # rd == rs1
    TEST_CASE(12, a0, 0, li a1, 0x0000000000000001; slti x0, a1, 0; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(13, a0, 0x0000000000000000, slti a0, x0, 0)  # x0 reads as 0
    PASS
TEST_END
