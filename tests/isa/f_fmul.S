# f_fmul.S: fmul.s: signs, zeros, overflow, underflow (tininess after rounding), 0 * inf.
#include "isa.h"
TEST_START
    TEST_FP_S2( 1, fmul.s, rne, 0x40c00000, 0, 0x40000000, 0x40400000)  # 2 * 3 = 6
    TEST_FP_S2( 2, fmul.s, rne, 0xc0c00000, 0, 0xc0000000, 0x40400000)  # -2 * 3 = -6
    TEST_FP_S2( 3, fmul.s, rne, 0x80000000, 0, 0x00000000, 0xbf800000)  # +0 * -1 = -0: -0
    TEST_FP_S2( 4, fmul.s, rne, 0x00000000, 0, 0x80000000, 0x80000000)  # -0 * -0 = +0
    TEST_FP_S2( 5, fmul.s, rne, 0x3f800000, FFLAG_NX, 0x3eaaaaab, 0x40400000)  # 0.3333333 * 3 = 1: inexact
    TEST_FP_S2( 6, fmul.s, rne, 0x7f800000, FFLAG_OF|FFLAG_NX, 0x7f7fffff, 0x40000000)  # 3.402823e+38 * 2 = +inf: overflow
    TEST_FP_S2( 7, fmul.s, rup, 0xff7fffff, FFLAG_OF|FFLAG_NX, 0x7f7fffff, 0xc0000000)  # 3.402823e+38 * -2 = -3.402823e+38: overflow rounding up: -max
    TEST_FP_S2( 8, fmul.s, rne, 0x00400000, 0, 0x00800000, 0x3f000000)  # 1.175494e-38 * 0.5 = 5.877472e-39: exact subnormal: no UF
    TEST_FP_S2( 9, fmul.s, rne, 0x00000000, FFLAG_UF|FFLAG_NX, 0x00800000, 0x00800000)  # 1.175494e-38 * 1.175494e-38 = +0: underflow to 0
    TEST_FP_S2(10, fmul.s, rup, 0x00000001, FFLAG_UF|FFLAG_NX, 0x00800000, 0x00800000)  # 1.175494e-38 * 1.175494e-38 = 1.401298e-45: underflow, rounding up: smallest subnormal
    TEST_FP_S2(11, fmul.s, rne, 0x00800000, FFLAG_UF|FFLAG_NX, 0x3f7fffff, 0x00800000)  # 0.9999999 * 1.175494e-38 = 1.175494e-38: tiny and inexact: UF
    TEST_FP_S2(12, fmul.s, rne, 0x007fffff, FFLAG_UF|FFLAG_NX, 0x3f800001, 0x007ffffe)  # 1 * 1.175494e-38 = 1.175494e-38: subnormal, inexact: UF
    TEST_FP_S2(13, fmul.s, rne, 0x00800000, FFLAG_NX, 0x3f7ffff8, 0x00800004)  # 0.9999995 * 1.175495e-38 = 1.175494e-38: 2^-126*(1-2^-42) rounds to 2^-126: not tiny after rounding, so no UF
    TEST_FP_S2(14, fmul.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800000, 0x00000000)  # +inf * +0 = qNaN: invalid
    TEST_FP_S2(15, fmul.s, rne, 0x7fc00000, FFLAG_NV, 0x80000000, 0xff800000)  # -0 * -inf = qNaN: invalid
    TEST_FP_S2(16, fmul.s, rne, 0xff800000, 0, 0x7f800000, 0xbf800000)  # +inf * -1 = -inf
    TEST_FP_S2(17, fmul.s, rne, 0x7fc00000, 0, 0x7fc00000, 0x00000000)  # qNaN * +0 = qNaN
    TEST_FP_S2(18, fmul.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800001, 0x3f800000)  # sNaN * 1 = qNaN
    PASS
TEST_END
