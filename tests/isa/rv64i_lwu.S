# rv64i_lwu.S: lwu loads a little-endian word and zero-extends it (RV64 only).
#include "isa.h"
TEST_START
    TEST_LD( 1, lwu, 0x0000000000000000, 0, words)
    TEST_LD( 2, lwu, 0x000000007fffffff, 4, words)
    TEST_LD( 3, lwu, 0x0000000080000000, 8, words)      # bit 31 set: still positive
    TEST_LD( 4, lwu, 0x00000000ffffffff, 12, words)
    TEST_LD( 5, lwu, 0x0000000012345678, 16, words)
    TEST_LD( 6, lwu, 0x0000000089abcdef, 20, words)
    TEST_LD( 7, lwu, 0x00000000ffffffff, -4, words_16)  # negative offset
    TEST_CASE(8, a1, 0x0000000080000000, la a1, words; lwu a1, 8(a1)) # rd == rs1
    TEST_CASE(9, a0, 0, la a1, words; lwu x0, 4(a1); mv a0, x0)
    PASS

    .data
    .balign 16
words:  .word 0x00000000, 0x7fffffff, 0x80000000, 0xffffffff
words_16:
        .word 0x12345678, 0x89abcdef
TEST_END
