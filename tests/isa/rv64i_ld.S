# rv64i_ld.S: ld loads a little-endian doubleword.
#include "isa.h"
TEST_START
    TEST_LD( 1, ld, 0x0000000000000000, 0, dwords)
    TEST_LD( 2, ld, 0x7fffffffffffffff, 8, dwords)
    TEST_LD( 3, ld, 0x8000000000000000, 16, dwords)
    TEST_LD( 4, ld, 0xffffffffffffffff, 24, dwords)
    TEST_LD( 5, ld, 0x0123456789abcdef, 32, dwords)
    TEST_LD( 6, ld, 0x8000000000000000, -16, dwords_32) # negative offset
    TEST_CASE(7, a1, 0x7fffffffffffffff, la a1, dwords; ld a1, 8(a1)) # rd == rs1
    TEST_CASE(8, a0, 0, la a1, dwords; ld x0, 8(a1); mv a0, x0)
    TEST_CASE(9, a0, 0x8877665544332211, la a1, bytes; ld a0, 0(a1))  # little-endian
    # a pointer chain: the loaded value is used as the next address at once
    TEST_CASE(10, a0, 0x0123456789abcdef, la a0, chain; ld a0, 0(a0); ld a0, 0(a0); ld a0, 0(a0))
    PASS

    .data
    .balign 16
dwords: .dword 0x0000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff
dwords_32:
        .dword 0x0123456789abcdef
bytes:  .byte 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88
        .balign 8
chain:  .dword chain2
chain2: .dword dwords_32
TEST_END
