# rv64i_lbu.S: lbu loads one byte and zero-extends it.
#include "isa.h"
TEST_START
    TEST_LD( 1, lbu, 0x0000000000000000, 0, bytes)
    TEST_LD( 2, lbu, 0x000000000000007f, 1, bytes)
    TEST_LD( 3, lbu, 0x0000000000000080, 2, bytes)      # bit 7 set: still positive
    TEST_LD( 4, lbu, 0x00000000000000ff, 3, bytes)
    TEST_LD( 5, lbu, 0x0000000000000044, 7, bytes)
    TEST_LD( 6, lbu, 0x0000000000000080, -2, bytes_4)   # negative offset
    TEST_LD( 7, lbu, 0x00000000000000ff, 2047, far_2047)
    TEST_LD( 8, lbu, 0x00000000000000fe, -2048, far_m2048)
    TEST_CASE(9, a1, 0x00000000000000ff, la a1, bytes; lbu a1, 3(a1))  # rd == rs1
    TEST_CASE(10, a0, 0, la a1, bytes; lbu x0, 3(a1); mv a0, x0)
    PASS

    .data
    .balign 16
bytes:  .byte 0x00, 0x7f, 0x80, 0xff
bytes_4:
        .byte 0x11, 0x22, 0x33, 0x44
        .skip 2048
        .byte 0xff, 0xfe
        .set far_2047, bytes + 2056 - 2047
        .set far_m2048, bytes + 2057 + 2048
TEST_END
