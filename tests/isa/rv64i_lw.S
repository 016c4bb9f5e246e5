# rv64i_lw.S: lw loads a little-endian word and sign-extends it to 64 bits.
#include "isa.h"
TEST_START
    TEST_LD( 1, lw, 0x0000000000000000, 0, words)
    TEST_LD( 2, lw, 0x000000007fffffff, 4, words)       # largest positive
    TEST_LD( 3, lw, 0xffffffff80000000, 8, words)       # bit 31 set: sign-extended
    TEST_LD( 4, lw, 0xffffffffffffffff, 12, words)
    TEST_LD( 5, lw, 0x0000000012345678, 16, words)
    TEST_LD( 6, lw, 0xffffffff89abcdef, 20, words)
    TEST_LD( 7, lw, 0xffffffff80000000, -8, words_16)   # negative offset
    TEST_CASE(8, a1, 0x000000007fffffff, la a1, words; lw a1, 4(a1))  # rd == rs1
    TEST_CASE(9, a0, 0, la a1, words; lw x0, 4(a1); mv a0, x0)
    # bytes written one by one read back as a little-endian word
    TEST_CASE(10, a0, 0x0000000044332211, la a1, bytes; lw a0, 0(a1))
    PASS

    .data
    .balign 16
words:  .word 0x00000000, 0x7fffffff, 0x80000000, 0xffffffff
words_16:
        .word 0x12345678, 0x89abcdef
bytes:  .byte 0x11, 0x22, 0x33, 0x44
TEST_END
