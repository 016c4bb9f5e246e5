# rv64i_sb.S: sb stores the low byte of rs2 and nothing else.
#include "isa.h"
TEST_START
    TEST_ST( 1, sb, lbu, 0x00000000000000aa, 0xffffffffffffffaa, 0, buf)   # only the low byte
    TEST_ST( 2, sb, lb,  0xffffffffffffff80, 0x0000000000000080, 1, buf)
    TEST_ST( 3, sb, lbu, 0x0000000000000012, 0x1234567890abcd12, 7, buf)
    TEST_ST( 4, sb, lbu, 0x0000000000000055, 0x55, -1, buf_9)              # negative offset: buf + 8
    # the neighbours are untouched: buf was all 0xee, now bytes 0, 1, 7 and 8 are written
    TEST_CASE(5, a0, 0x12eeeeeeeeee80aa, la a1, buf; ld a0, 0(a1))
    TEST_CASE(6, a0, 0xeeeeeeeeeeeeee55, la a1, buf; ld a0, 8(a1))
    # sb of x0 stores zero
    TEST_CASE(7, a0, 0, la a1, buf; sb x0, 2(a1); lbu a0, 2(a1))
    # rs1 == rs2: the address register is also the data
    TEST_CASE(8, a0, 0, la a1, buf2; sb a1, 0(a1); lbu a0, 0(a1); la a2, buf2; andi a2, a2, 0xff; sub a0, a0, a2)
    PASS

    .data
    .balign 16
buf:    .dword 0xeeeeeeeeeeeeeeee
        .byte 0xee
buf_9:  .byte 0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee
buf2:   .dword 0
TEST_END
