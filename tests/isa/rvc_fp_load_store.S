# rvc_fp_load_store.S: the compressed double-precision loads and stores c.fld, c.fsd,
# c.fldsp, c.fsdsp move 64 bits unchanged (a NaN payload survives).
#include "isa.h"
TEST_START
    la s0, buf
    TEST_CASE(1, a0, 0x400921fb54442d18, c.fld fa0, 0(s0); fmv.x.d a0, fa0)      # pi
    TEST_CASE(2, a0, 0x7ff0000000000123, c.fld fa1, 8(s0); fmv.x.d a0, fa1)      # signalling NaN, payload kept
    TEST_CASE(3, a0, 0x3ff0000000000000, c.fld fs1, 248(s0); fmv.x.d a0, fs1)    # largest offset
    TEST_CASE(4, a0, 0x7ff0000000000123, c.fsd fa1, 16(s0); ld a0, 16(s0))
    mv s1, sp
    mv sp, s0
    TEST_CASE(5, a0, 0x400921fb54442d18, c.fldsp ft11, 0(sp); fmv.x.d a0, ft11)  # any f register
    TEST_CASE(6, a0, 0x3ff0000000000000, c.fldsp ft1, 248(sp); fmv.x.d a0, ft1)
    TEST_CASE(7, a0, 0xfff0000000000000, li a0, 0xfff0000000000000; fmv.d.x ft2, a0; c.fsdsp ft2, 504(sp); ld a0, 504(sp))
    TEST_CASE(8, a0, 0xfff0000000000000, c.fldsp fa5, 504(sp); fmv.x.d a0, fa5)
    mv sp, s1
    PASS

    .data
    .balign 8
buf:    .dword 0x400921fb54442d18, 0x7ff0000000000123, 0
        .skip 248 - 24
        .dword 0x3ff0000000000000
        .skip 504 - 256
        .dword 0
TEST_END
