# rv64i_addi.S: addi: 12-bit sign-extended immediate.
#include "isa.h"
TEST_START
    TEST_RI( 1, addi, 0x0000000000000000, 0x0000000000000000, 0)
    TEST_RI( 2, addi, 0x0000000000000005, 0x0000000000000002, 3)
    TEST_RI( 3, addi, 0x00000000000007ff, 0x0000000000000000, 2047)  # largest immediate
    TEST_RI( 4, addi, 0xfffffffffffff800, 0x0000000000000000, -2048)  # smallest immediate
    TEST_RI( 5, addi, 0x8000000000000000, 0x7fffffffffffffff, 1)  # wraps
    TEST_RI( 6, addi, 0x7fffffffffffffff, 0x8000000000000000, -1)  # wraps
    TEST_RI( 7, addi, 0x0000000ffffffffe, 0x0000000fffffffff, -1)  # immediate sign-extends to 64 bits
    TEST_RI( 8, addi, 0x0000000000000800, 0x00000000000007ff, 1)
    TEST_RI( 9, addi, 0xffffffffffffffff, 0xfffffffffffff800, 2047)
    TEST_RI_DEST1(10, addi, 0x0000000000000005, 0x0000000000000002, 3)  # rd == rs1
    TEST_CASE(11, a0, 0, li a1, 0x0000000000000000; addi x0, a1, 2047; mv a0, x0)  # writes to x0 are dropped
    TEST_CASE(12, a0, 0x00000000000007ff, addi a0, x0, 2047)  # x0 reads as 0
    PASS
TEST_END
