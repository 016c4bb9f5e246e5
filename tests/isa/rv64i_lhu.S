# rv64i_lhu.S: lhu loads a little-endian halfword and zero-extends it.
#include "isa.h"
TEST_START
    TEST_LD( 1, lhu, 0x0000000000000000, 0, halves)
    TEST_LD( 2, lhu, 0x0000000000007fff, 2, halves)
    TEST_LD( 3, lhu, 0x0000000000008000, 4, halves)     # bit 15 set: still positive
    TEST_LD( 4, lhu, 0x000000000000ffff, 6, halves)
    TEST_LD( 5, lhu, 0x0000000000001234, 8, halves)
    TEST_LD( 6, lhu, 0x00000000000080ff, 10, halves)
    TEST_LD( 7, lhu, 0x000000000000ffff, -2, halves_8)  # negative offset
    TEST_CASE(8, a1, 0x0000000000008000, la a1, halves; lhu a1, 4(a1)) # rd == rs1
    TEST_CASE(9, a0, 0, la a1, halves; lhu x0, 2(a1); mv a0, x0)
    PASS

    .data
    .balign 16
halves: .hword 0x0000, 0x7fff, 0x8000, 0xffff
halves_8:
        .hword 0x1234, 0x80ff
TEST_END
