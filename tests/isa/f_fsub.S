# f_fsub.S: fsub.s: differences, cancellation to signed zero, borrow rounding, invalid inf - inf.
#include "isa.h"
TEST_START
    TEST_FP_S2( 1, fsub.s, rne, 0x40000000, 0, 0x40400000, 0x3f800000)  # 3 - 1 = 2
    TEST_FP_S2( 2, fsub.s, rne, 0xc0000000, 0, 0x3f800000, 0x40400000)  # 1 - 3 = -2
    TEST_FP_S2( 3, fsub.s, rne, 0x00000000, 0, 0x3f800000, 0x3f800000)  # 1 - 1 = +0: +0
    TEST_FP_S2( 4, fsub.s, rdn, 0x80000000, 0, 0x3f800000, 0x3f800000)  # 1 - 1 = -0: -0 when rounding down
    TEST_FP_S2( 5, fsub.s, rne, 0x80000000, 0, 0x80000000, 0x00000000)  # -0 - +0 = -0
    TEST_FP_S2( 6, fsub.s, rne, 0x00000000, 0, 0x00000000, 0x00000000)  # +0 - +0 = +0
    TEST_FP_S2( 7, fsub.s, rne, 0x00000000, 0, 0x80000000, 0x80000000)  # -0 - -0 = +0
    TEST_FP_S2( 8, fsub.s, rne, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33000000)  # 1 - 2.980232e-08 = 1: less than half an ulp below 1
    TEST_FP_S2( 9, fsub.s, rtz, 0x3f7fffff, FFLAG_NX, 0x3f800000, 0x33000000)  # 1 - 2.980232e-08 = 0.9999999
    TEST_FP_S2(10, fsub.s, rne, 0xff800000, FFLAG_OF|FFLAG_NX, 0xff7fffff, 0x7f7fffff)  # -3.402823e+38 - 3.402823e+38 = -inf: overflow to -inf
    TEST_FP_S2(11, fsub.s, rtz, 0xff7fffff, FFLAG_OF|FFLAG_NX, 0xff7fffff, 0x7f7fffff)  # -3.402823e+38 - 3.402823e+38 = -3.402823e+38: overflow, rtz: -max
    TEST_FP_S2(12, fsub.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800000, 0x7f800000)  # +inf - +inf = qNaN: invalid
    TEST_FP_S2(13, fsub.s, rne, 0x7f800000, 0, 0x7f800000, 0xff800000)  # +inf - -inf = +inf
    TEST_FP_S2(14, fsub.s, rne, 0x00000000, 0, 0x00000001, 0x00000001)  # 1.401298e-45 - 1.401298e-45 = +0
    TEST_FP_S2(15, fsub.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800001, 0x7fc00000)  # sNaN - qNaN = qNaN
    TEST_FP_S2(16, fsub.s, rne, 0x4b800000, FFLAG_NX, 0x4b800001, 0x3f800000)  # 1.677722e+07 - 1 = 1.677722e+07: 2^24 + 2 - 1: inexact, tie to even
    PASS
TEST_END
