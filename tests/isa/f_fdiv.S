# f_fdiv.S: fdiv.s: quotients, division by zero (DZ), 0/0 and inf/inf (NV), overflow and underflow.
#include "isa.h"
TEST_START
    TEST_FP_S2( 1, fdiv.s, rne, 0x40000000, 0, 0x40c00000, 0x40400000)  # 6 / 3 = 2
    TEST_FP_S2( 2, fdiv.s, rne, 0x3eaaaaab, FFLAG_NX, 0x3f800000, 0x40400000)  # 1 / 3 = 0.3333333: inexact
    TEST_FP_S2( 3, fdiv.s, rtz, 0x3eaaaaaa, FFLAG_NX, 0x3f800000, 0x40400000)  # 1 / 3 = 0.3333333
    TEST_FP_S2( 4, fdiv.s, rup, 0x3eaaaaab, FFLAG_NX, 0x3f800000, 0x40400000)  # 1 / 3 = 0.3333333
    TEST_FP_S2( 5, fdiv.s, rne, 0x7f800000, FFLAG_DZ, 0x3f800000, 0x00000000)  # 1 / +0 = +inf: divide by zero
    TEST_FP_S2( 6, fdiv.s, rne, 0xff800000, FFLAG_DZ, 0xbf800000, 0x00000000)  # -1 / +0 = -inf
    TEST_FP_S2( 7, fdiv.s, rne, 0xff800000, FFLAG_DZ, 0x3f800000, 0x80000000)  # 1 / -0 = -inf
    TEST_FP_S2( 8, fdiv.s, rne, 0x7fc00000, FFLAG_NV, 0x00000000, 0x00000000)  # +0 / +0 = qNaN: invalid
    TEST_FP_S2( 9, fdiv.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800000, 0xff800000)  # +inf / -inf = qNaN: invalid
    TEST_FP_S2(10, fdiv.s, rne, 0x7f800000, 0, 0x7f800000, 0x00000000)  # +inf / +0 = +inf: inf / 0 is inf, not DZ
    TEST_FP_S2(11, fdiv.s, rne, 0x00000000, 0, 0x3f800000, 0x7f800000)  # 1 / +inf = +0
    TEST_FP_S2(12, fdiv.s, rne, 0x80000000, 0, 0xbf800000, 0x7f800000)  # -1 / +inf = -0
    TEST_FP_S2(13, fdiv.s, rne, 0x80000000, 0, 0x00000000, 0xbf800000)  # +0 / -1 = -0
    TEST_FP_S2(14, fdiv.s, rne, 0x7f800000, FFLAG_OF|FFLAG_NX, 0x7f7fffff, 0x3f000000)  # 3.402823e+38 / 0.5 = +inf: overflow
    TEST_FP_S2(15, fdiv.s, rne, 0x00400000, 0, 0x00800000, 0x40000000)  # 1.175494e-38 / 2 = 5.877472e-39: exact subnormal
    TEST_FP_S2(16, fdiv.s, rne, 0x00200000, FFLAG_UF|FFLAG_NX, 0x3f800000, 0x7f7fffff)  # 1 / 3.402823e+38 = 2.938736e-39: underflow
    TEST_FP_S2(17, fdiv.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800001, 0x3f800000)  # sNaN / 1 = qNaN
    TEST_FP_S2(18, fdiv.s, rne, 0x7fc00000, 0, 0x00000000, 0x7fc00000)  # +0 / qNaN = qNaN
    PASS
TEST_END
