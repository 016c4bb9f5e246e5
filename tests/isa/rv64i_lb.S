# rv64i_lb.S: lb loads one byte and sign-extends it to 64 bits.
#include "isa.h"
TEST_START
    TEST_LD( 1, lb, 0x0000000000000000, 0, bytes)
    TEST_LD( 2, lb, 0x000000000000007f, 1, bytes)       # largest positive byte
    TEST_LD( 3, lb, 0xffffffffffffff80, 2, bytes)       # bit 7 set: sign-extended
    TEST_LD( 4, lb, 0xffffffffffffffff, 3, bytes)
    TEST_LD( 5, lb, 0x0000000000000044, 7, bytes)
    TEST_LD( 6, lb, 0xffffffffffffff80, -2, bytes_4)    # negative offset
    TEST_LD( 7, lb, 0x000000000000007f, 2047, far_2047) # largest offset
    TEST_LD( 8, lb, 0xffffffffffffffff, -2048, far_m2048) # smallest offset
    TEST_CASE(9, a1, 0xffffffffffffff80, la a1, bytes; lb a1, 2(a1))   # rd == rs1
    TEST_CASE(10, a0, 0, la a1, bytes; lb x0, 3(a1); mv a0, x0)       # load to x0: no effect
    PASS

    .data
    .balign 16
bytes:  .byte 0x00, 0x7f, 0x80, 0xff
bytes_4:
        .byte 0x11, 0x22, 0x33, 0x44
        .skip 2048
        .byte 0x7f
        .byte 0xff
        .set far_2047, bytes + 2056 - 2047      # far_2047 + 2047 = the 0x7f byte
        .set far_m2048, bytes + 2057 + 2048     # far_m2048 - 2048 = the 0xff byte
TEST_END
