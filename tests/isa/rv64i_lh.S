# rv64i_lh.S: lh loads a little-endian halfword and sign-extends it.
#include "isa.h"
TEST_START
    TEST_LD( 1, lh, 0x0000000000000000, 0, halves)
    TEST_LD( 2, lh, 0x0000000000007fff, 2, halves)      # largest positive
    TEST_LD( 3, lh, 0xffffffffffff8000, 4, halves)      # bit 15 set: sign-extended
    TEST_LD( 4, lh, 0xffffffffffffffff, 6, halves)
    TEST_LD( 5, lh, 0x0000000000001234, 8, halves)      # little-endian: byte 8 is 0x34
    TEST_LD( 6, lh, 0xffffffffffff80ff, 10, halves)     # only bit 15 decides the sign
    TEST_LD( 7, lh, 0xffffffffffff8000, -4, halves_8)   # negative offset
    TEST_CASE(8, a1, 0x0000000000007fff, la a1, halves; lh a1, 2(a1))  # rd == rs1
    TEST_CASE(9, a0, 0, la a1, halves; lh x0, 2(a1); mv a0, x0)
    PASS

    .data
    .balign 16
halves: .hword 0x0000, 0x7fff, 0x8000, 0xffff
halves_8:
        .hword 0x1234, 0x80ff
TEST_END
