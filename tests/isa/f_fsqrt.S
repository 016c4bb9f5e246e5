# f_fsqrt.S: fsqrt.s: exact and inexact roots, -0, +inf, negative inputs (NV), NaNs, subnormals.
#include "isa.h"
TEST_START
    TEST_FP_S1( 1, fsqrt.s, rne, 0x40000000, 0, 0x40800000)  # sqrt(4) = 2
    TEST_FP_S1( 2, fsqrt.s, rne, 0x3fb504f3, FFLAG_NX, 0x40000000)  # sqrt(2) = 1.414214: inexact
    TEST_FP_S1( 3, fsqrt.s, rne, 0x3f000000, 0, 0x3e800000)  # sqrt(0.25) = 0.5
    TEST_FP_S1( 4, fsqrt.s, rne, 0x00000000, 0, 0x00000000)  # sqrt(+0) = +0
    TEST_FP_S1( 5, fsqrt.s, rne, 0x80000000, 0, 0x80000000)  # sqrt(-0) = -0: sqrt(-0) = -0
    TEST_FP_S1( 6, fsqrt.s, rne, 0x7f800000, 0, 0x7f800000)  # sqrt(+inf) = +inf
    TEST_FP_S1( 7, fsqrt.s, rne, 0x7fc00000, FFLAG_NV, 0xbf800000)  # sqrt(-1) = qNaN: invalid
    TEST_FP_S1( 8, fsqrt.s, rne, 0x7fc00000, FFLAG_NV, 0xff800000)  # sqrt(-inf) = qNaN: invalid
    TEST_FP_S1( 9, fsqrt.s, rne, 0x7fc00000, 0, 0x7fc00000)  # sqrt(qNaN) = qNaN
    TEST_FP_S1(10, fsqrt.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800001)  # sqrt(sNaN) = qNaN
    TEST_FP_S1(11, fsqrt.s, rne, 0x1a800000, 0, 0x00000002)  # sqrt(2.802597e-45) = 5.293956e-23: sqrt(2^-148) = 2^-74
    TEST_FP_S1(12, fsqrt.s, rne, 0x1a3504f3, FFLAG_NX, 0x00000001)  # sqrt(1.401298e-45) = 3.743392e-23: subnormal input
    TEST_FP_S1(13, fsqrt.s, rne, 0x5f7fffff, FFLAG_NX, 0x7f7fffff)  # sqrt(3.402823e+38) = 1.844674e+19
    TEST_FP_S1(14, fsqrt.s, rtz, 0x3fb504f3, FFLAG_NX, 0x40000000)  # sqrt(2) = 1.414214
    TEST_FP_S1(15, fsqrt.s, rdn, 0x3fb504f3, FFLAG_NX, 0x40000000)  # sqrt(2) = 1.414214
    TEST_FP_S1(16, fsqrt.s, rup, 0x3fb504f4, FFLAG_NX, 0x40000000)  # sqrt(2) = 1.414214
    TEST_FP_S1(17, fsqrt.s, rmm, 0x3fb504f3, FFLAG_NX, 0x40000000)  # sqrt(2) = 1.414214
    PASS
TEST_END
