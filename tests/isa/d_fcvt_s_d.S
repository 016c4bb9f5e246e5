# d_fcvt_s_d.S: fcvt.s.d narrows with rounding (overflow, underflow, NaN -> canonical single NaN);
# fcvt.d.s widens exactly (subnormal singles become normal doubles; NaN -> canonical double NaN).
#include "isa.h"
TEST_START
    li TESTNUM, 1; LOAD_D(fa1, 0x3ff0000000000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(1, 0x3f800000, 0)  # 1 -> 1
    li TESTNUM, 2; LOAD_D(fa1, 0x3ff0000010000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(2, 0x3f800000, FFLAG_NX)  # 1.00000005960464 -> 1: 1 + 2^-24: tie to even
    li TESTNUM, 3; LOAD_D(fa1, 0x3ff0000030000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(3, 0x3f800002, FFLAG_NX)  # 1.00000017881393 -> 1: tie to even: up
    li TESTNUM, 4; LOAD_D(fa1, 0x3ff0000010000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rmm; CHECK_S(4, 0x3f800001, FFLAG_NX)  # 1.00000005960464 -> 1: tie away
    li TESTNUM, 5; LOAD_D(fa1, 0x3ff0000010000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rup; CHECK_S(5, 0x3f800001, FFLAG_NX)  # 1.00000005960464 -> 1
    li TESTNUM, 6; LOAD_D(fa1, 0x3fb999999999999a); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(6, 0x3dcccccd, FFLAG_NX)  # 0.1 -> 0.1: 0.1: inexact
    li TESTNUM, 7; LOAD_D(fa1, 0x7fefffffffffffff); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(7, 0x7f800000, FFLAG_OF|FFLAG_NX)  # 1.79769313486232e+308 -> +inf: overflow
    li TESTNUM, 8; LOAD_D(fa1, 0x7fefffffffffffff); csrw fflags, zero; fcvt.s.d fa0, fa1, rtz; CHECK_S(8, 0x7f7fffff, FFLAG_OF|FFLAG_NX)  # 1.79769313486232e+308 -> 3.402823e+38: overflow, rtz: max single
    li TESTNUM, 9; LOAD_D(fa1, 0x47efffffe0000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(9, 0x7f7fffff, 0)  # 3.40282346638529e+38 -> 3.402823e+38: rounds up past max single: overflow
    li TESTNUM, 10; LOAD_D(fa1, 0x3690000000000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(10, 0x00000000, FFLAG_UF|FFLAG_NX)  # 7.00649232162409e-46 -> +0: 2^-150: underflow to 0 (tie)
    li TESTNUM, 11; LOAD_D(fa1, 0x36a0000000000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(11, 0x00000001, 0)  # 1.40129846432482e-45 -> 1.401298e-45: 2^-149: exact subnormal
    li TESTNUM, 12; LOAD_D(fa1, 0x3810000000000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(12, 0x00800000, 0)  # 1.17549435082229e-38 -> 1.175494e-38: 2^-126 exact
    li TESTNUM, 13; LOAD_D(fa1, 0x8000000000000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(13, 0x80000000, 0)  # -0 -> -0
    li TESTNUM, 14; LOAD_D(fa1, 0xfff0000000000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(14, 0xff800000, 0)  # -inf -> -inf
    li TESTNUM, 15; LOAD_D(fa1, 0x7ff800000000abcd); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(15, 0x7fc00000, 0)  # qNaN(payload) -> qNaN: canonical NaN
    li TESTNUM, 16; LOAD_D(fa1, 0x7ff0000000000001); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(16, 0x7fc00000, FFLAG_NV)  # sNaN -> qNaN: NV
    li TESTNUM, 17; LOAD_D(fa1, 0x7ff0000100000000); csrw fflags, zero; fcvt.s.d fa0, fa1, rne; CHECK_S(17, 0x7fc00000, FFLAG_NV)  # sNaN -> qNaN: sNaN with payload in the kept bits: still canonical
    li TESTNUM, 18; LOAD_S(fa1, 0x3f800000); csrw fflags, zero; fcvt.d.s fa0, fa1; CHECK_D(18, 0x3ff0000000000000, 0)  # 1 -> 1
    li TESTNUM, 19; LOAD_S(fa1, 0x00000001); csrw fflags, zero; fcvt.d.s fa0, fa1; CHECK_D(19, 0x36a0000000000000, 0)  # 1.401298e-45 -> 1.40129846432482e-45: smallest subnormal single: a normal double
    li TESTNUM, 20; LOAD_S(fa1, 0x807fffff); csrw fflags, zero; fcvt.d.s fa0, fa1; CHECK_D(20, 0xb80fffffc0000000, 0)  # -1.175494e-38 -> -1.17549421069244e-38
    li TESTNUM, 21; LOAD_S(fa1, 0x7f7fffff); csrw fflags, zero; fcvt.d.s fa0, fa1; CHECK_D(21, 0x47efffffe0000000, 0)  # 3.402823e+38 -> 3.40282346638529e+38
    li TESTNUM, 22; LOAD_S(fa1, 0xff800000); csrw fflags, zero; fcvt.d.s fa0, fa1; CHECK_D(22, 0xfff0000000000000, 0)  # -inf -> -inf
    li TESTNUM, 23; LOAD_S(fa1, 0x7fc12345); csrw fflags, zero; fcvt.d.s fa0, fa1; CHECK_D(23, 0x7ff8000000000000, 0)  # qNaN(payload) -> qNaN: canonical NaN
    li TESTNUM, 24; LOAD_S(fa1, 0x7f800001); csrw fflags, zero; fcvt.d.s fa0, fa1; CHECK_D(24, 0x7ff8000000000000, FFLAG_NV)  # sNaN -> qNaN: sNaN: NV
    li TESTNUM, 25; LOAD_S(fa1, 0x80000000); csrw fflags, zero; fcvt.d.s fa0, fa1; CHECK_D(25, 0x8000000000000000, 0)  # -0 -> -0
    PASS
TEST_END
