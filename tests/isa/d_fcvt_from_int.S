# d_fcvt_from_int.S: fcvt.d.w / .wu / .l / .lu: 32-bit sources are always exact; 64-bit ones round.
#include "isa.h"
TEST_START
    li TESTNUM, 1; li a1, 0x0000000000000000; csrw fflags, zero; fcvt.d.w fa0, a1; CHECK_D(1, 0x0000000000000000, 0)  # 0 -> +0
    li TESTNUM, 2; li a1, 0xffffffffffffffff; csrw fflags, zero; fcvt.d.w fa0, a1; CHECK_D(2, 0xbff0000000000000, 0)  # -1 -> -1
    li TESTNUM, 3; li a1, 0xffffffff80000000; csrw fflags, zero; fcvt.d.w fa0, a1; CHECK_D(3, 0xc1e0000000000000, 0)  # -2147483648 -> -2147483648
    li TESTNUM, 4; li a1, 0x000000007fffffff; csrw fflags, zero; fcvt.d.w fa0, a1; CHECK_D(4, 0x41dfffffffc00000, 0)  # 2147483647 -> 2147483647
    li TESTNUM, 5; li a1, 0x1234567880000000; csrw fflags, zero; fcvt.d.w fa0, a1; CHECK_D(5, 0xc1e0000000000000, 0)  # -2147483648 -> -2147483648: low word only: -2^31
    li TESTNUM, 6; li a1, 0x00000000ffffffff; csrw fflags, zero; fcvt.d.wu fa0, a1; CHECK_D(6, 0x41efffffffe00000, 0)  # 4294967295 -> 4294967295
    li TESTNUM, 7; li a1, 0xffffffff80000000; csrw fflags, zero; fcvt.d.wu fa0, a1; CHECK_D(7, 0x41e0000000000000, 0)  # 2147483648 -> 2147483648: low word only, unsigned
    TEST_FCVT_D_X( 8, fcvt.d.l, rne, 0x4340000000000000, FFLAG_NX, 0x0020000000000001)  # 9007199254740993 -> 9.00719925474099e+15: 2^53 + 1: tie to even
    TEST_FCVT_D_X( 9, fcvt.d.l, rup, 0x4340000000000001, FFLAG_NX, 0x0020000000000001)  # 9007199254740993 -> 9.00719925474099e+15
    TEST_FCVT_D_X(10, fcvt.d.l, rne, 0x4340000000000002, FFLAG_NX, 0x0020000000000003)  # 9007199254740995 -> 9.007199254741e+15: tie to even: up
    TEST_FCVT_D_X(11, fcvt.d.l, rmm, 0xc340000000000001, FFLAG_NX, 0xffdfffffffffffff)  # -9007199254740993 -> -9.00719925474099e+15: tie away from zero
    TEST_FCVT_D_X(12, fcvt.d.l, rne, 0x43e0000000000000, FFLAG_NX, 0x7fffffffffffffff)  # 9223372036854775807 -> 9.22337203685478e+18
    TEST_FCVT_D_X(13, fcvt.d.l, rtz, 0x43dfffffffffffff, FFLAG_NX, 0x7fffffffffffffff)  # 9223372036854775807 -> 9.22337203685477e+18
    TEST_FCVT_D_X(14, fcvt.d.l, rne, 0xc3e0000000000000, 0, 0x8000000000000000)  # -9223372036854775808 -> -9.22337203685478e+18: exact
    TEST_FCVT_D_X(15, fcvt.d.lu, rne, 0x43f0000000000000, FFLAG_NX, 0xffffffffffffffff)  # 18446744073709551615 -> 1.84467440737096e+19
    TEST_FCVT_D_X(16, fcvt.d.lu, rtz, 0x43efffffffffffff, FFLAG_NX, 0xffffffffffffffff)  # 18446744073709551615 -> 1.84467440737095e+19
    TEST_FCVT_D_X(17, fcvt.d.lu, rdn, 0x43efffffffffffff, FFLAG_NX, 0xffffffffffffffff)  # 18446744073709551615 -> 1.84467440737095e+19
    TEST_FCVT_D_X(18, fcvt.d.lu, rne, 0x43e0000000000000, 0, 0x8000000000000000)  # 9223372036854775808 -> 9.22337203685478e+18
    PASS
TEST_END
