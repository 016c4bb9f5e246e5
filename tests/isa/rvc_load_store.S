# rvc_load_store.S: c.lw/c.ld/c.sw/c.sd (x8..x15, scaled unsigned offsets) and the sp-relative
# c.lwsp/c.ldsp/c.swsp/c.sdsp; c.lw sign-extends.
#include "isa.h"
TEST_START
    la s0, buf
    TEST_CASE( 1, a0, 0xffffffff80000001, c.lw a0, 0(s0))          # sign-extended
    TEST_CASE( 2, a0, 0x000000007ffffffe, c.lw a0, 4(s0))
    TEST_CASE( 3, a0, 0x0123456789abcdef, c.ld a0, 8(s0))
    TEST_CASE( 4, a0, 0x5555555555555555, c.ld a0, 248(s0))        # largest c.ld offset
    TEST_CASE( 5, a0, 0x0000000033333333, c.lw a0, 124(s0))        # largest c.lw offset
    TEST_CASE( 6, a1, 0xfffffffffedcba98, li a1, 0xfedcba98; c.sw a1, 16(s0); c.lw a1, 16(s0))
    TEST_CASE( 7, a0, 0xeeeeeeeefedcba98, ld a0, 16(s0))           # c.sw wrote only the low word
    TEST_CASE( 8, a1, 0x1122334455667788, li a1, 0x1122334455667788; c.sd a1, 24(s0); ld a1, 24(s0))
    TEST_CASE( 9, s1, 0x1122334455667788, c.ld s1, 24(s0))
    # sp-relative forms: point sp at the buffer for a moment
    mv s1, sp
    mv sp, s0
    TEST_CASE(10, a0, 0xffffffff80000001, c.lwsp a0, 0(sp))
    TEST_CASE(11, t3, 0x0123456789abcdef, c.ldsp t3, 8(sp))         # any rd (not only x8..x15)
    TEST_CASE(12, a0, 0x0000000033333333, c.lwsp a0, 124(sp))
    TEST_CASE(13, a0, 0x4444444444444444, c.ldsp a0, 504(sp))       # largest c.ldsp offset
    TEST_CASE(14, a0, 0x0000000055555555, c.lwsp a0, 252(sp))       # largest c.lwsp offset: upper word at 248
    TEST_CASE(15, t4, 0xffffffff87654321, li t4, 0x87654321; c.swsp t4, 32(sp); c.lwsp t4, 32(sp))
    TEST_CASE(16, t5, 0xcafef00ddeadbeef, li t5, 0xcafef00ddeadbeef; c.sdsp t5, 504(sp); c.ldsp t5, 504(sp))
    TEST_CASE(17, a0, 0x0000000012345678, li a0, 0x12345678; c.swsp a0, 252(sp); lwu a0, 252(sp))
    mv sp, s1
    PASS

    .data
    .balign 8
buf:    .word 0x80000001, 0x7ffffffe        # 0
        .dword 0x0123456789abcdef           # 8
        .dword 0xeeeeeeeeeeeeeeee           # 16
        .dword 0                            # 24
        .skip 124 - 32
        .word 0x33333333                    # 124
        .skip 248 - 128
        .dword 0x5555555555555555           # 248
        .skip 504 - 256
        .dword 0x4444444444444444           # 504
TEST_END
