# rv64i_sltiu.S: sltiu: unsigned compare; the immediate is sign-extended, then compared unsigned (seqz = sltiu rd, rs, 1).
#include "isa.h"
TEST_START
    TEST_RI( 1, sltiu, 0x0000000000000000, 0x0000000000000000, 0)
    TEST_RI( 2, sltiu, 0x0000000000000001, 0x0000000000000000, 1)  # seqz: 0 == 0
    TEST_RI( 3, sltiu, 0x0000000000000000, 0x0000000000000005, 1)  # seqz: 5 != 0
    TEST_RI( 4, sltiu, 0x0000000000000000, 0xffffffffffffffff, -1)  # equal
    TEST_RI( 5, sltiu, 0x0000000000000001, 0xfffffffffffffffe, -1)  # imm -1 is 0xffff...ffff
    TEST_RI( 6, sltiu, 0x0000000000000001, 0x00000000000007ff, -2048)  # imm -2048 is huge unsigned
    TEST_RI( 7, sltiu, 0x0000000000000001, 0x8000000000000000, -2048)
    TEST_RI( 8, sltiu, 0x0000000000000001, 0x00000000000007fe, 2047)
    TEST_RI_DEST1(9, sltiu, 0x0000000000000001, 0x0000000000000000, 1)  # rd == rs1
    TEST_CASE(10, a0, 0, li a1, 0x0000000000000005; sltiu x0, a1, 1; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(11, a0, 0x0000000000000001, sltiu a0, x0, 1)  # x0 reads as 0
    PASS
TEST_END
