# d_fld_fsd.S: fld / fsd move 64 bits unchanged (NaN payloads, signalling NaNs), with signed
# 12-bit offsets, from every f register; no flags.
#include "isa.h"
TEST_START
    la s0, buf
    TEST_CASE(1, a0, 0x400921fb54442d18, fld fa0, 0(s0); fmv.x.d a0, fa0)
    TEST_CASE(2, a0, 0x7ff0000000000123, fld fa1, 8(s0); fmv.x.d a0, fa1)     # sNaN kept
    TEST_CASE(3, a0, 0x7ff0000000000123, fsd fa1, 16(s0); ld a0, 16(s0))
    TEST_CASE(4, a0, 0xeeeeeeeeeeeeeeee, ld a0, 24(s0))                        # neighbour untouched
    TEST_CASE(5, a0, 0x400921fb54442d18, addi a1, s0, 2040; fld fa2, -2040(a1); fmv.x.d a0, fa2)
    TEST_CASE(6, a0, 0xffffffff3f800000, li a1, 0x3f800000; fmv.w.x fa3, a1; fsd fa3, 16(s0); ld a0, 16(s0))  # a boxed single, all 64 bits
    TEST_CASE(7, a0, 0, csrr a0, fflags)
    li TESTNUM, 8
    fld f0, 0(s0)
    fld f31, 8(s0)
    fsd f0, 24(s0)
    fsd f31, 16(s0)
    ld a0, 24(s0)
    CHECK(8, a0, 0x400921fb54442d18)
    ld a0, 16(s0)
    CHECK(9, a0, 0x7ff0000000000123)
    PASS

    .data
    .balign 8
buf:    .dword 0x400921fb54442d18, 0x7ff0000000000123, 0, 0xeeeeeeeeeeeeeeee
TEST_END
