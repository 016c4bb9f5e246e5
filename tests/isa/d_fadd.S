# d_fadd.S: fadd.d: exact and inexact sums, ties, signed zeros, overflow, infinities and NaNs
# (any NaN result is the canonical NaN 0x7ff8000000000000).
#include "isa.h"
TEST_START
    TEST_FP_D2( 1, fadd.d, rne, 0x4008000000000000, 0, 0x3ff0000000000000, 0x4000000000000000)  # 1 + 2 = 3
    TEST_FP_D2( 2, fadd.d, rne, 0x3fd3333333333334, FFLAG_NX, 0x3fb999999999999a, 0x3fc999999999999a)  # 0.1 + 0.2 = 0.3: 0.1 + 0.2: inexact
    TEST_FP_D2( 3, fadd.d, rne, 0x3ff0000000000000, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie: to even
    TEST_FP_D2( 4, fadd.d, rne, 0x3ff0000000000002, FFLAG_NX, 0x3ff0000000000001, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie: to even (up)
    TEST_FP_D2( 5, fadd.d, rne, 0x7ff0000000000000, FFLAG_OF|FFLAG_NX, 0x7fefffffffffffff, 0x7fefffffffffffff)  # 1.79769313486232e+308 + 1.79769313486232e+308 = +inf: overflow
    TEST_FP_D2( 6, fadd.d, rne, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000)  # -0 + -0 = -0
    TEST_FP_D2( 7, fadd.d, rne, 0x0000000000000000, 0, 0x3ff0000000000000, 0xbff0000000000000)  # 1 + -1 = +0: +0
    TEST_FP_D2( 8, fadd.d, rdn, 0x8000000000000000, 0, 0x3ff0000000000000, 0xbff0000000000000)  # 1 + -1 = -0: -0 when rounding down
    TEST_FP_D2( 9, fadd.d, rne, 0x0000000000000001, 0, 0x0010000000000000, 0x800fffffffffffff)  # 2.2250738585072e-308 + -2.2250738585072e-308 = 4.94065645841247e-324: exact subnormal
    TEST_FP_D2(10, fadd.d, rne, 0x7ff8000000000000, FFLAG_NV, 0x7ff0000000000000, 0xfff0000000000000)  # +inf + -inf = qNaN: invalid
    TEST_FP_D2(11, fadd.d, rne, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000)  # qNaN + 1 = qNaN
    TEST_FP_D2(12, fadd.d, rne, 0x7ff8000000000000, FFLAG_NV, 0x3ff0000000000000, 0x7ff0000000000001)  # 1 + sNaN = qNaN
    TEST_FP_D2(13, fadd.d, rne, 0x7ff8000000000000, 0, 0x7ff800000000abcd, 0x3ff0000000000000)  # qNaN(payload) + 1 = qNaN: payload dropped
    TEST_FP_D2(14, fadd.d, rne, 0x4340000000000000, FFLAG_NX, 0x4340000000000000, 0x3ff0000000000000)  # 9.00719925474099e+15 + 1 = 9.00719925474099e+15: 2^53 + 1: tie to even
    PASS
TEST_END
