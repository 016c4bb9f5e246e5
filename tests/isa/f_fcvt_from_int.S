# f_fcvt_from_int.S: fcvt.s.w / .wu / .l / .lu: exact and rounded conversions in every mode;
# the W forms read only the low 32 bits of rs1.
#include "isa.h"
TEST_START
    TEST_FCVT_S_X( 1, fcvt.s.w, rne, 0x00000000, 0, 0x0000000000000000)  # 0 -> +0
    TEST_FCVT_S_X( 2, fcvt.s.w, rne, 0x3f800000, 0, 0x0000000000000001)  # 1 -> 1
    TEST_FCVT_S_X( 3, fcvt.s.w, rne, 0xbf800000, 0, 0xffffffffffffffff)  # -1 -> -1
    TEST_FCVT_S_X( 4, fcvt.s.w, rne, 0x4b800000, FFLAG_NX, 0x0000000001000001)  # 16777217 -> 1.677722e+07: 2^24 + 1: tie to even
    TEST_FCVT_S_X( 5, fcvt.s.w, rup, 0x4b800001, FFLAG_NX, 0x0000000001000001)  # 16777217 -> 1.677722e+07
    TEST_FCVT_S_X( 6, fcvt.s.w, rne, 0x4b800002, FFLAG_NX, 0x0000000001000003)  # 16777219 -> 1.677722e+07: tie to even: up
    TEST_FCVT_S_X( 7, fcvt.s.w, rne, 0x4f000000, FFLAG_NX, 0x000000007fffffff)  # 2147483647 -> 2.147484e+09
    TEST_FCVT_S_X( 8, fcvt.s.w, rtz, 0x4effffff, FFLAG_NX, 0x000000007fffffff)  # 2147483647 -> 2.147484e+09
    TEST_FCVT_S_X( 9, fcvt.s.w, rne, 0xcf000000, 0, 0xffffffff80000000)  # -2147483648 -> -2.147484e+09: exact
    TEST_FCVT_S_X(10, fcvt.s.w, rne, 0x40a00000, 0, 0x1234567800000005)  # 5 -> 5: upper half ignored
    TEST_FCVT_S_X(11, fcvt.s.w, rmm, 0xcb800001, FFLAG_NX, 0xfffffffffeffffff)  # -16777217 -> -1.677722e+07: tie away from zero
    TEST_FCVT_S_X(12, fcvt.s.w, rdn, 0xcb800001, FFLAG_NX, 0xfffffffffeffffff)  # -16777217 -> -1.677722e+07
    TEST_FCVT_S_X(13, fcvt.s.wu, rne, 0x4f800000, FFLAG_NX, 0x00000000ffffffff)  # 4294967295 -> 4.294967e+09
    TEST_FCVT_S_X(14, fcvt.s.wu, rtz, 0x4f7fffff, FFLAG_NX, 0x00000000ffffffff)  # 4294967295 -> 4.294967e+09
    TEST_FCVT_S_X(15, fcvt.s.wu, rne, 0x4f000000, 0, 0x0000000080000000)  # 2147483648 -> 2.147484e+09: unsigned: +2^31
    TEST_FCVT_S_X(16, fcvt.s.wu, rne, 0x40400000, 0, 0xffffffff00000003)  # 3 -> 3: upper half ignored
    TEST_FCVT_S_X(17, fcvt.s.l, rne, 0x5f000000, FFLAG_NX, 0x7fffffffffffffff)  # 9223372036854775807 -> 9.223372e+18
    TEST_FCVT_S_X(18, fcvt.s.l, rne, 0xdf000000, 0, 0x8000000000000000)  # -9223372036854775808 -> -9.223372e+18: exact
    TEST_FCVT_S_X(19, fcvt.s.l, rne, 0xbf800000, 0, 0xffffffffffffffff)  # -1 -> -1
    TEST_FCVT_S_X(20, fcvt.s.l, rdn, 0x53800000, FFLAG_NX, 0x0000010000000001)  # 1099511627777 -> 1.099512e+12
    TEST_FCVT_S_X(21, fcvt.s.l, rup, 0x53800001, FFLAG_NX, 0x0000010000000001)  # 1099511627777 -> 1.099512e+12
    TEST_FCVT_S_X(22, fcvt.s.lu, rne, 0x5f800000, FFLAG_NX, 0xffffffffffffffff)  # 18446744073709551615 -> 1.844674e+19
    TEST_FCVT_S_X(23, fcvt.s.lu, rtz, 0x5f7fffff, FFLAG_NX, 0xffffffffffffffff)  # 18446744073709551615 -> 1.844674e+19
    TEST_FCVT_S_X(24, fcvt.s.lu, rne, 0x5f000000, 0, 0x8000000000000000)  # 9223372036854775808 -> 9.223372e+18
    PASS
TEST_END
