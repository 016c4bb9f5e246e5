# rv64i_sw.S: sw stores the low word of rs2, little-endian, and nothing else.
#include "isa.h"
TEST_START
    TEST_ST( 1, sw, lwu, 0x00000000deadbeef, 0x12345678deadbeef, 0, buf)   # only the low word
    TEST_ST( 2, sw, lw,  0xffffffff80000001, 0x80000001, 4, buf)
    TEST_ST( 3, sw, lwu, 0x0000000001020304, 0x01020304, -4, buf_12)       # negative offset: buf + 8
    TEST_CASE(4, a0, 0x80000001deadbeef, la a1, buf; ld a0, 0(a1))
    TEST_CASE(5, a0, 0xeeeeeeee01020304, la a1, buf; ld a0, 8(a1))         # neighbours untouched
    TEST_CASE(6, a0, 0x04, la a1, buf; lbu a0, 8(a1))                      # little-endian
    TEST_CASE(7, a0, 0, la a1, buf; sw x0, 0(a1); lwu a0, 0(a1))           # sw of x0 stores zero
    PASS

    .data
    .balign 16
buf:    .dword 0xeeeeeeeeeeeeeeee
        .word 0xeeeeeeee
buf_12: .word 0xeeeeeeee
TEST_END
