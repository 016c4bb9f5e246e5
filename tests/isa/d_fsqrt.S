# d_fsqrt.S: fsqrt.d: exact and inexact roots, -0, inf, negative inputs, NaNs, subnormals, rounding.
#include "isa.h"
TEST_START
    TEST_FP_D1( 1, fsqrt.d, rne, 0x4000000000000000, 0, 0x4010000000000000)  # sqrt(4) = 2
    TEST_FP_D1( 2, fsqrt.d, rne, 0x3ff6a09e667f3bcd, FFLAG_NX, 0x4000000000000000)  # sqrt(2) = 1.4142135623731: inexact
    TEST_FP_D1( 3, fsqrt.d, rne, 0x0000000000000000, 0, 0x0000000000000000)  # sqrt(+0) = +0
    TEST_FP_D1( 4, fsqrt.d, rne, 0x8000000000000000, 0, 0x8000000000000000)  # sqrt(-0) = -0: sqrt(-0) = -0
    TEST_FP_D1( 5, fsqrt.d, rne, 0x7ff0000000000000, 0, 0x7ff0000000000000)  # sqrt(+inf) = +inf
    TEST_FP_D1( 6, fsqrt.d, rne, 0x7ff8000000000000, FFLAG_NV, 0xbff0000000000000)  # sqrt(-1) = qNaN: invalid
    TEST_FP_D1( 7, fsqrt.d, rne, 0x7ff8000000000000, FFLAG_NV, 0xfff0000000000000)  # sqrt(-inf) = qNaN: invalid
    TEST_FP_D1( 8, fsqrt.d, rne, 0x7ff8000000000000, 0, 0x7ff8000000000000)  # sqrt(qNaN) = qNaN
    TEST_FP_D1( 9, fsqrt.d, rne, 0x7ff8000000000000, FFLAG_NV, 0x7ff0000000000001)  # sqrt(sNaN) = qNaN
    TEST_FP_D1(10, fsqrt.d, rne, 0x1e70000000000000, 0, 0x0000000000000004)  # sqrt(1.97626258336499e-323) = 4.44551749897015e-162: sqrt(2^-1072) = 2^-536
    TEST_FP_D1(11, fsqrt.d, rne, 0x1e60000000000000, 0, 0x0000000000000001)  # sqrt(4.94065645841247e-324) = 2.22275874948508e-162
    TEST_FP_D1(12, fsqrt.d, rne, 0x5fefffffffffffff, FFLAG_NX, 0x7fefffffffffffff)  # sqrt(1.79769313486232e+308) = 1.34078079299426e+154
    TEST_FP_D1(13, fsqrt.d, rtz, 0x3ff6a09e667f3bcc, FFLAG_NX, 0x4000000000000000)  # sqrt(2) = 1.41421356237309
    TEST_FP_D1(14, fsqrt.d, rdn, 0x3ff6a09e667f3bcc, FFLAG_NX, 0x4000000000000000)  # sqrt(2) = 1.41421356237309
    TEST_FP_D1(15, fsqrt.d, rup, 0x3ff6a09e667f3bcd, FFLAG_NX, 0x4000000000000000)  # sqrt(2) = 1.4142135623731
    TEST_FP_D1(16, fsqrt.d, rmm, 0x3ff6a09e667f3bcd, FFLAG_NX, 0x4000000000000000)  # sqrt(2) = 1.4142135623731
    PASS
TEST_END
