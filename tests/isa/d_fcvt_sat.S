# d_fcvt_sat.S: double -> integer conversions saturate: out-of-range values, infinities and NaN
# give the largest or smallest integer and raise NV (NaN and +inf give the largest); values that
# round into range are fine (NX), values that round out of range saturate.
#include "isa.h"
TEST_START
    # fcvt.w.d
    TEST_FCVT_X_D( 1, fcvt.w.d, rtz, 0x000000007fffffff, FFLAG_NV, 0x7ff0000000000000)  # +inf -> 2147483647
    TEST_FCVT_X_D( 2, fcvt.w.d, rtz, 0xffffffff80000000, FFLAG_NV, 0xfff0000000000000)  # -inf -> -2147483648
    TEST_FCVT_X_D( 3, fcvt.w.d, rtz, 0x000000007fffffff, FFLAG_NV, 0x7ff8000000000000)  # qNaN -> 2147483647
    TEST_FCVT_X_D( 4, fcvt.w.d, rtz, 0x000000007fffffff, FFLAG_NV, 0x7ff0000000000001)  # sNaN -> 2147483647
    TEST_FCVT_X_D( 5, fcvt.w.d, rtz, 0x000000007fffffff, FFLAG_NV, 0xffff000000000000)  # qNaN(payload) -> 2147483647
    # fcvt.wu.d
    TEST_FCVT_X_D( 6, fcvt.wu.d, rtz, 0xffffffffffffffff, FFLAG_NV, 0x7ff0000000000000)  # +inf -> 4294967295
    TEST_FCVT_X_D( 7, fcvt.wu.d, rtz, 0x0000000000000000, FFLAG_NV, 0xfff0000000000000)  # -inf -> 0
    TEST_FCVT_X_D( 8, fcvt.wu.d, rtz, 0xffffffffffffffff, FFLAG_NV, 0x7ff8000000000000)  # qNaN -> 4294967295
    TEST_FCVT_X_D( 9, fcvt.wu.d, rtz, 0xffffffffffffffff, FFLAG_NV, 0x7ff0000000000001)  # sNaN -> 4294967295
    TEST_FCVT_X_D(10, fcvt.wu.d, rtz, 0xffffffffffffffff, FFLAG_NV, 0xffff000000000000)  # qNaN(payload) -> 4294967295
    # fcvt.l.d
    TEST_FCVT_X_D(11, fcvt.l.d, rtz, 0x7fffffffffffffff, FFLAG_NV, 0x7ff0000000000000)  # +inf -> 9223372036854775807
    TEST_FCVT_X_D(12, fcvt.l.d, rtz, 0x8000000000000000, FFLAG_NV, 0xfff0000000000000)  # -inf -> -9223372036854775808
    TEST_FCVT_X_D(13, fcvt.l.d, rtz, 0x7fffffffffffffff, FFLAG_NV, 0x7ff8000000000000)  # qNaN -> 9223372036854775807
    TEST_FCVT_X_D(14, fcvt.l.d, rtz, 0x7fffffffffffffff, FFLAG_NV, 0x7ff0000000000001)  # sNaN -> 9223372036854775807
    TEST_FCVT_X_D(15, fcvt.l.d, rtz, 0x7fffffffffffffff, FFLAG_NV, 0xffff000000000000)  # qNaN(payload) -> 9223372036854775807
    # fcvt.lu.d
    TEST_FCVT_X_D(16, fcvt.lu.d, rtz, 0xffffffffffffffff, FFLAG_NV, 0x7ff0000000000000)  # +inf -> 18446744073709551615
    TEST_FCVT_X_D(17, fcvt.lu.d, rtz, 0x0000000000000000, FFLAG_NV, 0xfff0000000000000)  # -inf -> 0
    TEST_FCVT_X_D(18, fcvt.lu.d, rtz, 0xffffffffffffffff, FFLAG_NV, 0x7ff8000000000000)  # qNaN -> 18446744073709551615
    TEST_FCVT_X_D(19, fcvt.lu.d, rtz, 0xffffffffffffffff, FFLAG_NV, 0x7ff0000000000001)  # sNaN -> 18446744073709551615
    TEST_FCVT_X_D(20, fcvt.lu.d, rtz, 0xffffffffffffffff, FFLAG_NV, 0xffff000000000000)  # qNaN(payload) -> 18446744073709551615
    TEST_FCVT_X_D(21, fcvt.w.d, rne, 0x000000007fffffff, FFLAG_NV, 0x41dfffffffe00000)  # 2147483647.5 -> 2147483647: 2147483647.5: rounds to 2^31: out of range
    TEST_FCVT_X_D(22, fcvt.w.d, rtz, 0x000000007fffffff, FFLAG_NX, 0x41dfffffffe00000)  # 2147483647.5 -> 2147483647: 2147483647.5 truncates: in range
    TEST_FCVT_X_D(23, fcvt.w.d, rne, 0xffffffff80000000, FFLAG_NX, 0xc1e0000000100000)  # -2147483648.5 -> -2147483648: -2147483648.5: tie to even -2^31: in range
    TEST_FCVT_X_D(24, fcvt.w.d, rmm, 0xffffffff80000000, FFLAG_NV, 0xc1e0000000100000)  # -2147483648.5 -> -2147483648: -2147483648.5 away from zero: out of range
    TEST_FCVT_X_D(25, fcvt.w.d, rtz, 0xffffffff80000000, FFLAG_NV, 0xc1e0000000200000)  # -2147483649 -> -2147483648: -2147483649: out of range
    TEST_FCVT_X_D(26, fcvt.wu.d, rne, 0xffffffffffffffff, 0, 0x41efffffffe00000)  # 4294967295 -> 4294967295: 4294967295 exactly
    TEST_FCVT_X_D(27, fcvt.wu.d, rne, 0xffffffffffffffff, FFLAG_NV, 0x41effffffff00000)  # 4294967295.5 -> 4294967295: 4294967295.5 rounds to 2^32: out of range
    TEST_FCVT_X_D(28, fcvt.wu.d, rtz, 0xffffffffffffffff, FFLAG_NX, 0x41effffffff00000)  # 4294967295.5 -> 4294967295: in range
    TEST_FCVT_X_D(29, fcvt.wu.d, rne, 0x0000000000000000, FFLAG_NX, 0xbfe0000000000000)  # -0.5 -> 0: -0.5 ties to -0: 0, NX
    TEST_FCVT_X_D(30, fcvt.wu.d, rne, 0x0000000000000000, FFLAG_NV, 0xbfe8000000000000)  # -0.75 -> 0: -0.75 rounds to -1: NV
    TEST_FCVT_X_D(31, fcvt.wu.d, rtz, 0x0000000000000000, FFLAG_NX, 0xbfe8000000000000)  # -0.75 -> 0: -0.75 truncates to 0: NX
    TEST_FCVT_X_D(32, fcvt.l.d, rtz, 0x7fffffffffffffff, FFLAG_NV, 0x43e0000000000000)  # 9.22337203685478e+18 -> 9223372036854775807: 2^63: out of range
    TEST_FCVT_X_D(33, fcvt.l.d, rtz, 0x8000000000000000, 0, 0xc3e0000000000000)  # -9.22337203685478e+18 -> -9223372036854775808: -2^63: in range
    TEST_FCVT_X_D(34, fcvt.l.d, rtz, 0x8000000000000000, FFLAG_NV, 0xc3e0000000000001)  # -9.22337203685478e+18 -> -9223372036854775808: below -2^63
    TEST_FCVT_X_D(35, fcvt.lu.d, rtz, 0xffffffffffffffff, FFLAG_NV, 0x43f0000000000000)  # 1.84467440737096e+19 -> 18446744073709551615: 2^64: out of range
    TEST_FCVT_X_D(36, fcvt.lu.d, rtz, 0x8000000000000000, 0, 0x43e0000000000000)  # 9.22337203685478e+18 -> 9223372036854775808: 2^63: in range
    TEST_FCVT_X_D(37, fcvt.lu.d, rtz, 0x0000000000000000, FFLAG_NV, 0xbff0000000000000)  # -1 -> 0: -1: NV
    TEST_FCVT_X_D(38, fcvt.lu.d, rtz, 0x0000000000000000, FFLAG_NX, 0xbfefffffffffffff)  # -1 -> 0: -0.99...: truncates to 0: NX
    PASS
TEST_END
