# rv64i_lui.S: lui places imm20 << 12 in rd and sign-extends bit 31 to 64 bits.
#include "isa.h"
TEST_START
    TEST_CASE(1, a0, 0x0000000000000000, lui a0, 0)
    TEST_CASE(2, a0, 0x0000000000001000, lui a0, 1)
    TEST_CASE(3, a0, 0x000000007ffff000, lui a0, 0x7ffff)      # largest positive
    TEST_CASE(4, a0, 0xffffffff80000000, lui a0, 0x80000)      # bit 31 set: sign-extended
    TEST_CASE(5, a0, 0xfffffffffffff000, lui a0, 0xfffff)      # -4096
    TEST_CASE(6, a0, 0x0000000012345678, lui a0, 0x12345; addi a0, a0, 0x678)   # the li idiom
    TEST_CASE(7, a0, 0x0000000012344fff, lui a0, 0x12345; addi a0, a0, -1)     # addi borrows from lui part
    TEST_CASE(8, a0, 0xffffffffabcde000, li a0, -1; lui a0, 0xabcde)           # old rd value is replaced
    TEST_CASE(9, a0, 0, lui x0, 0x12345; mv a0, x0)                            # lui x0 is a hint: no effect
    PASS
TEST_END
