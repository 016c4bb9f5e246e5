# f_fcvt_w.S: fcvt.w.s / fcvt.wu.s: rounding in every mode, saturation with NV for out-of-range
# values, infinities and NaN (NaN -> the largest value), 32-bit results sign-extended.
#include "isa.h"
TEST_START
    TEST_FCVT_X_S( 1, fcvt.w.s, rne, 0x0000000000000002, FFLAG_NX, 0x40200000)  # 2.5 -> 2
    TEST_FCVT_X_S( 2, fcvt.w.s, rne, 0xfffffffffffffffe, FFLAG_NX, 0xc0200000)  # -2.5 -> -2
    TEST_FCVT_X_S( 3, fcvt.w.s, rne, 0x0000000000000002, FFLAG_NX, 0x3fc00000)  # 1.5 -> 2
    TEST_FCVT_X_S( 4, fcvt.w.s, rne, 0x0000000000000000, FFLAG_NX, 0xbf000000)  # -0.5 -> 0
    TEST_FCVT_X_S( 5, fcvt.w.s, rtz, 0x0000000000000002, FFLAG_NX, 0x40200000)  # 2.5 -> 2
    TEST_FCVT_X_S( 6, fcvt.w.s, rtz, 0xfffffffffffffffe, FFLAG_NX, 0xc0200000)  # -2.5 -> -2
    TEST_FCVT_X_S( 7, fcvt.w.s, rtz, 0x0000000000000001, FFLAG_NX, 0x3fc00000)  # 1.5 -> 1
    TEST_FCVT_X_S( 8, fcvt.w.s, rtz, 0x0000000000000000, FFLAG_NX, 0xbf000000)  # -0.5 -> 0
    TEST_FCVT_X_S( 9, fcvt.w.s, rdn, 0x0000000000000002, FFLAG_NX, 0x40200000)  # 2.5 -> 2
    TEST_FCVT_X_S(10, fcvt.w.s, rdn, 0xfffffffffffffffd, FFLAG_NX, 0xc0200000)  # -2.5 -> -3
    TEST_FCVT_X_S(11, fcvt.w.s, rdn, 0x0000000000000001, FFLAG_NX, 0x3fc00000)  # 1.5 -> 1
    TEST_FCVT_X_S(12, fcvt.w.s, rdn, 0xffffffffffffffff, FFLAG_NX, 0xbf000000)  # -0.5 -> -1
    TEST_FCVT_X_S(13, fcvt.w.s, rup, 0x0000000000000003, FFLAG_NX, 0x40200000)  # 2.5 -> 3
    TEST_FCVT_X_S(14, fcvt.w.s, rup, 0xfffffffffffffffe, FFLAG_NX, 0xc0200000)  # -2.5 -> -2
    TEST_FCVT_X_S(15, fcvt.w.s, rup, 0x0000000000000002, FFLAG_NX, 0x3fc00000)  # 1.5 -> 2
    TEST_FCVT_X_S(16, fcvt.w.s, rup, 0x0000000000000000, FFLAG_NX, 0xbf000000)  # -0.5 -> 0
    TEST_FCVT_X_S(17, fcvt.w.s, rmm, 0x0000000000000003, FFLAG_NX, 0x40200000)  # 2.5 -> 3
    TEST_FCVT_X_S(18, fcvt.w.s, rmm, 0xfffffffffffffffd, FFLAG_NX, 0xc0200000)  # -2.5 -> -3
    TEST_FCVT_X_S(19, fcvt.w.s, rmm, 0x0000000000000002, FFLAG_NX, 0x3fc00000)  # 1.5 -> 2
    TEST_FCVT_X_S(20, fcvt.w.s, rmm, 0xffffffffffffffff, FFLAG_NX, 0xbf000000)  # -0.5 -> -1
    TEST_FCVT_X_S(21, fcvt.w.s, rtz, 0x000000007fffffff, FFLAG_NV, 0x4f000000)  # 2.147484e+09 -> 2147483647: 2^31: too big
    TEST_FCVT_X_S(22, fcvt.w.s, rtz, 0x000000007fffff80, 0, 0x4effffff)  # 2.147484e+09 -> 2147483520: largest float below 2^31
    TEST_FCVT_X_S(23, fcvt.w.s, rtz, 0xffffffff80000000, 0, 0xcf000000)  # -2.147484e+09 -> -2147483648: -2^31 fits
    TEST_FCVT_X_S(24, fcvt.w.s, rtz, 0xffffffff80000000, FFLAG_NV, 0xcf000001)  # -2.147484e+09 -> -2147483648: below -2^31
    TEST_FCVT_X_S(25, fcvt.w.s, rtz, 0x000000007fffffff, FFLAG_NV, 0x7f800000)  # +inf -> 2147483647
    TEST_FCVT_X_S(26, fcvt.w.s, rtz, 0xffffffff80000000, FFLAG_NV, 0xff800000)  # -inf -> -2147483648
    TEST_FCVT_X_S(27, fcvt.w.s, rtz, 0x000000007fffffff, FFLAG_NV, 0x7fc00000)  # qNaN -> 2147483647: NaN: largest
    TEST_FCVT_X_S(28, fcvt.w.s, rtz, 0x000000007fffffff, FFLAG_NV, 0x7f800001)  # sNaN -> 2147483647
    TEST_FCVT_X_S(29, fcvt.w.s, rtz, 0x0000000000000000, 0, 0x80000000)  # -0 -> 0
    TEST_FCVT_X_S(30, fcvt.wu.s, rtz, 0x0000000000000001, 0, 0x3f800000)  # 1 -> 1
    TEST_FCVT_X_S(31, fcvt.wu.s, rtz, 0xffffffffffffff00, 0, 0x4f7fffff)  # 4.294967e+09 -> 4294967040: largest float below 2^32: bit 31 set, sign-extended
    TEST_FCVT_X_S(32, fcvt.wu.s, rtz, 0xffffffffffffffff, FFLAG_NV, 0x4f800000)  # 4.294967e+09 -> 4294967295: 2^32: too big
    TEST_FCVT_X_S(33, fcvt.wu.s, rtz, 0x0000000000000000, FFLAG_NV, 0xbf800000)  # -1 -> 0: negative: 0 and NV
    TEST_FCVT_X_S(34, fcvt.wu.s, rtz, 0x0000000000000000, FFLAG_NX, 0xbf000000)  # -0.5 -> 0: -0.5 rounds to -0 with rtz: fine, NX
    TEST_FCVT_X_S(35, fcvt.wu.s, rne, 0x0000000000000000, FFLAG_NV, 0xbf400000)  # -0.75 -> 0: -0.75 rounds to -1 with rne: NV
    TEST_FCVT_X_S(36, fcvt.wu.s, rtz, 0xffffffffffffffff, FFLAG_NV, 0x7f800000)  # +inf -> 4294967295
    TEST_FCVT_X_S(37, fcvt.wu.s, rtz, 0x0000000000000000, FFLAG_NV, 0xff800000)  # -inf -> 0
    TEST_FCVT_X_S(38, fcvt.wu.s, rtz, 0xffffffffffffffff, FFLAG_NV, 0x7fc00000)  # qNaN -> 4294967295: NaN: largest, sign-extended
    PASS
TEST_END
