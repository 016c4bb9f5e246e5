# f_fcvt_l.S: fcvt.l.s / fcvt.lu.s: 64-bit results, rounding, saturation and NaN handling.
#include "isa.h"
TEST_START
    TEST_FCVT_X_S( 1, fcvt.l.s, rne, 0x0000000000000002, FFLAG_NX, 0x40200000)  # 2.5 -> 2
    TEST_FCVT_X_S( 2, fcvt.l.s, rmm, 0xfffffffffffffffd, FFLAG_NX, 0xc0200000)  # -2.5 -> -3
    TEST_FCVT_X_S( 3, fcvt.l.s, rtz, 0x7fffff8000000000, 0, 0x5effffff)  # 9.223371e+18 -> 9223371487098961920: largest float below 2^63
    TEST_FCVT_X_S( 4, fcvt.l.s, rtz, 0x7fffffffffffffff, FFLAG_NV, 0x5f000000)  # 9.223372e+18 -> 9223372036854775807: 2^63: too big
    TEST_FCVT_X_S( 5, fcvt.l.s, rtz, 0x8000000000000000, 0, 0xdf000000)  # -9.223372e+18 -> -9223372036854775808: -2^63 fits
    TEST_FCVT_X_S( 6, fcvt.l.s, rtz, 0x8000000000000000, FFLAG_NV, 0xdf000001)  # -9.223373e+18 -> -9223372036854775808: below -2^63
    TEST_FCVT_X_S( 7, fcvt.l.s, rtz, 0x7fffffffffffffff, FFLAG_NV, 0x7f800000)  # +inf -> 9223372036854775807
    TEST_FCVT_X_S( 8, fcvt.l.s, rtz, 0x8000000000000000, FFLAG_NV, 0xff800000)  # -inf -> -9223372036854775808
    TEST_FCVT_X_S( 9, fcvt.l.s, rtz, 0x7fffffffffffffff, FFLAG_NV, 0x7fc00000)  # qNaN -> 9223372036854775807: NaN: largest
    TEST_FCVT_X_S(10, fcvt.l.s, rup, 0x0000000000000001, FFLAG_NX, 0x3f7fffff)  # 0.9999999 -> 1
    TEST_FCVT_X_S(11, fcvt.lu.s, rne, 0x0000000000000002, FFLAG_NX, 0x40200000)  # 2.5 -> 2
    TEST_FCVT_X_S(12, fcvt.lu.s, rtz, 0xffffff0000000000, 0, 0x5f7fffff)  # 1.844674e+19 -> 18446742974197923840: largest float below 2^64
    TEST_FCVT_X_S(13, fcvt.lu.s, rtz, 0xffffffffffffffff, FFLAG_NV, 0x5f800000)  # 1.844674e+19 -> 18446744073709551615: 2^64: too big
    TEST_FCVT_X_S(14, fcvt.lu.s, rtz, 0x0000000000000000, FFLAG_NV, 0xbf800000)  # -1 -> 0: negative: NV
    TEST_FCVT_X_S(15, fcvt.lu.s, rtz, 0x0000000000000000, FFLAG_NX, 0xbe800000)  # -0.25 -> 0: -0.25 truncates to 0: NX only
    TEST_FCVT_X_S(16, fcvt.lu.s, rdn, 0x0000000000000000, FFLAG_NV, 0xbe800000)  # -0.25 -> 0: -0.25 rounds down to -1: NV
    TEST_FCVT_X_S(17, fcvt.lu.s, rtz, 0xffffffffffffffff, FFLAG_NV, 0x7f800000)  # +inf -> 18446744073709551615
    TEST_FCVT_X_S(18, fcvt.lu.s, rtz, 0x0000000000000000, FFLAG_NV, 0xff800000)  # -inf -> 0
    TEST_FCVT_X_S(19, fcvt.lu.s, rtz, 0xffffffffffffffff, FFLAG_NV, 0x7fc00000)  # qNaN -> 18446744073709551615: NaN: largest
    TEST_FCVT_X_S(20, fcvt.lu.s, rtz, 0x8000000000000000, 0, 0x5f000000)  # 9.223372e+18 -> 9223372036854775808: 2^63 fits unsigned
    PASS
TEST_END
