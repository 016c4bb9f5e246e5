# rv64i_sd.S: sd stores all of rs2, little-endian.
#include "isa.h"
TEST_START
    TEST_ST( 1, sd, ld, 0x0123456789abcdef, 0x0123456789abcdef, 0, buf)
    TEST_ST( 2, sd, ld, 0x8000000000000000, 0x8000000000000000, 8, buf)
    TEST_ST( 3, sd, ld, 0xffffffffffffffff, 0xffffffffffffffff, -8, buf_24)    # negative offset
    TEST_CASE(4, a0, 0xef, la a1, buf; lbu a0, 0(a1))                          # little-endian
    TEST_CASE(5, a0, 0x01, la a1, buf; lbu a0, 7(a1))
    TEST_CASE(6, a0, 0xeeeeeeeeeeeeeeee, la a1, buf; ld a0, 24(a1))            # neighbour untouched
    TEST_CASE(7, a0, 0, la a1, buf; sd x0, 8(a1); ld a0, 8(a1))                # sd of x0 stores zero
    # a store followed at once by a load of the same address sees the new value
    TEST_CASE(8, a0, 0x5a5a5a5a5a5a5a5a, la a1, buf; li a2, 0x5a5a5a5a5a5a5a5a; sd a2, 0(a1); ld a0, 0(a1))
    # the largest offsets
    TEST_CASE(9, a0, 0x1111111111111111, la a1, big; addi a1, a1, -2040; li a2, 0x1111111111111111; sd a2, 2040(a1); la a1, big; ld a0, 0(a1))
    TEST_CASE(10, a0, 0x2222222222222222, la a1, big; addi a1, a1, 2040; addi a1, a1, 8; li a2, 0x2222222222222222; sd a2, -2048(a1); la a1, big; ld a0, 0(a1))
    PASS

    .data
    .balign 16
buf:    .dword 0xeeeeeeeeeeeeeeee, 0xeeeeeeeeeeeeeeee
buf_16: .dword 0xeeeeeeeeeeeeeeee
buf_24: .dword 0xeeeeeeeeeeeeeeee
big:    .dword 0
TEST_END
