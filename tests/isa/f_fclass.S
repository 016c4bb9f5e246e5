# f_fclass.S: fclass.s sets exactly one of ten bits: 0 -inf, 1 -normal, 2 -subnormal, 3 -0,
# 4 +0, 5 +subnormal, 6 +normal, 7 +inf, 8 signalling NaN, 9 quiet NaN. No flags.
#include "isa.h"
#define CLASS_S(n, bits, class) TEST_CASE(n, a0, class, LOAD_S(fa1, bits); fclass.s a0, fa1)
TEST_START
    CLASS_S( 1, 0xff800000, 1 << 0)     # -inf
    CLASS_S( 2, 0xbf800000, 1 << 1)     # -1.0
    CLASS_S( 3, 0xff7fffff, 1 << 1)     # -max
    CLASS_S( 4, 0x80800000, 1 << 1)     # -smallest normal
    CLASS_S( 5, 0x807fffff, 1 << 2)     # -largest subnormal
    CLASS_S( 6, 0x80000001, 1 << 2)     # -smallest subnormal
    CLASS_S( 7, 0x80000000, 1 << 3)     # -0
    CLASS_S( 8, 0x00000000, 1 << 4)     # +0
    CLASS_S( 9, 0x00000001, 1 << 5)     # +smallest subnormal
    CLASS_S(10, 0x007fffff, 1 << 5)     # +largest subnormal
    CLASS_S(11, 0x00800000, 1 << 6)     # +smallest normal
    CLASS_S(12, 0x7f7fffff, 1 << 6)     # +max
    CLASS_S(13, 0x7f800000, 1 << 7)     # +inf
    CLASS_S(14, 0x7f800001, 1 << 8)     # signalling NaN
    CLASS_S(15, 0xffbfffff, 1 << 8)     # signalling NaN, negative, big payload
    CLASS_S(16, 0x7fc00000, 1 << 9)     # quiet NaN
    CLASS_S(17, 0xffc00001, 1 << 9)     # quiet NaN, negative, payload
    TEST_CASE(18, a0, 0, csrr a0, fflags)
    PASS
TEST_END
