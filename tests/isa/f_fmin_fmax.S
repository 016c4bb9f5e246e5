# f_fmin_fmax.S: fmin.s / fmax.s (IEEE 754-2019 minimumNumber/maximumNumber): a NaN operand
# yields the other operand, two NaNs the canonical NaN, a signalling NaN raises NV; -0 < +0.
#include "isa.h"
TEST_START
    TEST_FP_S2X( 1, fmin.s, 0x3f800000, 0, 0x3f800000, 0x40000000)  # fmin(1, 2) = 1
    TEST_FP_S2X( 2, fmin.s, 0x3f800000, 0, 0x40000000, 0x3f800000)  # fmin(2, 1) = 1
    TEST_FP_S2X( 3, fmin.s, 0xbf800000, 0, 0xbf800000, 0x40000000)  # fmin(-1, 2) = -1
    TEST_FP_S2X( 4, fmin.s, 0x80000000, 0, 0x80000000, 0x00000000)  # fmin(-0, +0) = -0: -0 < +0
    TEST_FP_S2X( 5, fmin.s, 0x80000000, 0, 0x00000000, 0x80000000)  # fmin(+0, -0) = -0: -0 < +0
    TEST_FP_S2X( 6, fmin.s, 0xff800000, 0, 0xff800000, 0x40a00000)  # fmin(-inf, 5) = -inf
    TEST_FP_S2X( 7, fmin.s, 0x7f7fffff, 0, 0x7f800000, 0x7f7fffff)  # fmin(+inf, 3.402823e+38) = 3.402823e+38
    TEST_FP_S2X( 8, fmin.s, 0x3f800000, 0, 0x7fc00000, 0x3f800000)  # fmin(qNaN, 1) = 1: NaN yields the other
    TEST_FP_S2X( 9, fmin.s, 0x3f800000, 0, 0x3f800000, 0x7fc00000)  # fmin(1, qNaN) = 1
    TEST_FP_S2X(10, fmin.s, 0x3f800000, FFLAG_NV, 0x7f800001, 0x3f800000)  # fmin(sNaN, 1) = 1: signalling: NV, still the other
    TEST_FP_S2X(11, fmin.s, 0x7fc00000, 0, 0x7fc00000, 0x7fc00000)  # fmin(qNaN, qNaN) = qNaN: canonical NaN
    TEST_FP_S2X(12, fmin.s, 0x7fc00000, FFLAG_NV, 0x7fc12345, 0x7f800001)  # fmin(qNaN(payload), sNaN) = qNaN: canonical NaN, NV
    TEST_FP_S2X(13, fmin.s, 0x80000000, 0, 0x00000001, 0x80000000)  # fmin(1.401298e-45, -0) = -0
    TEST_FP_S2X(14, fmax.s, 0x40000000, 0, 0x3f800000, 0x40000000)  # fmax(1, 2) = 2
    TEST_FP_S2X(15, fmax.s, 0x40000000, 0, 0x40000000, 0x3f800000)  # fmax(2, 1) = 2
    TEST_FP_S2X(16, fmax.s, 0x40000000, 0, 0xbf800000, 0x40000000)  # fmax(-1, 2) = 2
    TEST_FP_S2X(17, fmax.s, 0x00000000, 0, 0x80000000, 0x00000000)  # fmax(-0, +0) = +0: -0 < +0
    TEST_FP_S2X(18, fmax.s, 0x00000000, 0, 0x00000000, 0x80000000)  # fmax(+0, -0) = +0: -0 < +0
    TEST_FP_S2X(19, fmax.s, 0x40a00000, 0, 0xff800000, 0x40a00000)  # fmax(-inf, 5) = 5
    TEST_FP_S2X(20, fmax.s, 0x7f800000, 0, 0x7f800000, 0x7f7fffff)  # fmax(+inf, 3.402823e+38) = +inf
    TEST_FP_S2X(21, fmax.s, 0x3f800000, 0, 0x7fc00000, 0x3f800000)  # fmax(qNaN, 1) = 1: NaN yields the other
    TEST_FP_S2X(22, fmax.s, 0x3f800000, 0, 0x3f800000, 0x7fc00000)  # fmax(1, qNaN) = 1
    TEST_FP_S2X(23, fmax.s, 0x3f800000, FFLAG_NV, 0x7f800001, 0x3f800000)  # fmax(sNaN, 1) = 1: signalling: NV, still the other
    TEST_FP_S2X(24, fmax.s, 0x7fc00000, 0, 0x7fc00000, 0x7fc00000)  # fmax(qNaN, qNaN) = qNaN: canonical NaN
    TEST_FP_S2X(25, fmax.s, 0x7fc00000, FFLAG_NV, 0x7fc12345, 0x7f800001)  # fmax(qNaN(payload), sNaN) = qNaN: canonical NaN, NV
    TEST_FP_S2X(26, fmax.s, 0x00000001, 0, 0x00000001, 0x80000000)  # fmax(1.401298e-45, -0) = 1.401298e-45
    PASS
TEST_END
