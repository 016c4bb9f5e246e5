# rv64i_sh.S: sh stores the low halfword of rs2, little-endian, and nothing else.
#include "isa.h"
TEST_START
    TEST_ST( 1, sh, lhu, 0x000000000000beef, 0xffffffffdeadbeef, 0, buf)   # only the low half
    TEST_ST( 2, sh, lh,  0xffffffffffff8001, 0x8001, 2, buf)
    TEST_ST( 3, sh, lhu, 0x0000000000007f00, 0x7f00, 6, buf)
    TEST_ST( 4, sh, lhu, 0x0000000000001234, 0x1234, -2, buf_10)           # negative offset: buf + 8
    TEST_CASE(5, a0, 0x7f00eeee8001beef, la a1, buf; ld a0, 0(a1))         # neighbours untouched
    TEST_CASE(6, a0, 0xeeeeeeeeeeee1234, la a1, buf; ld a0, 8(a1))
    TEST_CASE(7, a0, 0xef, la a1, buf; lbu a0, 0(a1))                      # little-endian: low byte first
    TEST_CASE(8, a0, 0, la a1, buf; sh x0, 4(a1); lhu a0, 4(a1))           # sh of x0 stores zero
    PASS

    .data
    .balign 16
buf:    .dword 0xeeeeeeeeeeeeeeee
        .hword 0xeeee
buf_10: .hword 0xeeee, 0xeeee, 0xeeee
TEST_END
