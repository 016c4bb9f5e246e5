# d_fclass.S: fclass.d sets exactly one of ten bits: 0 -inf, 1 -normal, 2 -subnormal, 3 -0,
# 4 +0, 5 +subnormal, 6 +normal, 7 +inf, 8 signalling NaN, 9 quiet NaN.
#include "isa.h"
#define CLASS_D(n, bits, class) TEST_CASE(n, a0, class, LOAD_D(fa1, bits); fclass.d a0, fa1)
TEST_START
    CLASS_D( 1, 0xfff0000000000000, 1 << 0)     # -inf
    CLASS_D( 2, 0xbff0000000000000, 1 << 1)     # -1.0
    CLASS_D( 3, 0x8010000000000000, 1 << 1)     # -smallest normal
    CLASS_D( 4, 0x800fffffffffffff, 1 << 2)     # -largest subnormal
    CLASS_D( 5, 0x8000000000000001, 1 << 2)     # -smallest subnormal
    CLASS_D( 6, 0x8000000000000000, 1 << 3)     # -0
    CLASS_D( 7, 0x0000000000000000, 1 << 4)     # +0
    CLASS_D( 8, 0x0000000000000001, 1 << 5)     # +smallest subnormal
    CLASS_D( 9, 0x000fffffffffffff, 1 << 5)     # +largest subnormal
    CLASS_D(10, 0x0010000000000000, 1 << 6)     # +smallest normal
    CLASS_D(11, 0x7fefffffffffffff, 1 << 6)     # +max
    CLASS_D(12, 0x7ff0000000000000, 1 << 7)     # +inf
    CLASS_D(13, 0x7ff0000000000001, 1 << 8)     # signalling NaN
    CLASS_D(14, 0xfff7ffffffffffff, 1 << 8)     # signalling NaN, negative
    CLASS_D(15, 0x7ff8000000000000, 1 << 9)     # quiet NaN
    CLASS_D(16, 0xfff8000000000001, 1 << 9)     # quiet NaN, negative, payload
    # a boxed single is a NaN as a double: fclass.d reads all 64 bits
    CLASS_D(17, 0xffffffff3f800000, 1 << 9)
    TEST_CASE(18, a0, 0, csrr a0, fflags)
    PASS
TEST_END
