# f_fcmp.S: feq.s is a quiet compare (NV only for signalling NaNs); flt.s and fle.s are
# signalling (NV for any NaN); a NaN compares false; -0 == +0.
#include "isa.h"
TEST_START
    TEST_FCMP_S( 1, feq.s, 1, 0, 0x3f800000, 0x3f800000)  # 1 eq 1
    TEST_FCMP_S( 2, flt.s, 0, 0, 0x3f800000, 0x3f800000)  # 1 lt 1
    TEST_FCMP_S( 3, fle.s, 1, 0, 0x3f800000, 0x3f800000)  # 1 le 1
    TEST_FCMP_S( 4, feq.s, 0, 0, 0x3f800000, 0x40000000)  # 1 eq 2
    TEST_FCMP_S( 5, flt.s, 1, 0, 0x3f800000, 0x40000000)  # 1 lt 2
    TEST_FCMP_S( 6, fle.s, 1, 0, 0x3f800000, 0x40000000)  # 1 le 2
    TEST_FCMP_S( 7, feq.s, 0, 0, 0x40000000, 0x3f800000)  # 2 eq 1
    TEST_FCMP_S( 8, flt.s, 0, 0, 0x40000000, 0x3f800000)  # 2 lt 1
    TEST_FCMP_S( 9, fle.s, 0, 0, 0x40000000, 0x3f800000)  # 2 le 1
    TEST_FCMP_S(10, feq.s, 1, 0, 0x80000000, 0x00000000)  # -0 eq +0
    TEST_FCMP_S(11, flt.s, 0, 0, 0x80000000, 0x00000000)  # -0 lt +0
    TEST_FCMP_S(12, fle.s, 1, 0, 0x80000000, 0x00000000)  # -0 le +0
    TEST_FCMP_S(13, feq.s, 0, 0, 0xff800000, 0x7f800000)  # -inf eq +inf
    TEST_FCMP_S(14, flt.s, 1, 0, 0xff800000, 0x7f800000)  # -inf lt +inf
    TEST_FCMP_S(15, fle.s, 1, 0, 0xff800000, 0x7f800000)  # -inf le +inf
    TEST_FCMP_S(16, feq.s, 1, 0, 0x7f800000, 0x7f800000)  # +inf eq +inf
    TEST_FCMP_S(17, flt.s, 0, 0, 0x7f800000, 0x7f800000)  # +inf lt +inf
    TEST_FCMP_S(18, fle.s, 1, 0, 0x7f800000, 0x7f800000)  # +inf le +inf
    TEST_FCMP_S(19, feq.s, 0, 0, 0x00000001, 0x00000000)  # 1.401298e-45 eq +0
    TEST_FCMP_S(20, flt.s, 0, 0, 0x00000001, 0x00000000)  # 1.401298e-45 lt +0
    TEST_FCMP_S(21, fle.s, 0, 0, 0x00000001, 0x00000000)  # 1.401298e-45 le +0
    TEST_FCMP_S(22, feq.s, 0, 0, 0x7fc00000, 0x3f800000)  # qNaN eq 1
    TEST_FCMP_S(23, flt.s, 0, FFLAG_NV, 0x7fc00000, 0x3f800000)  # qNaN lt 1
    TEST_FCMP_S(24, fle.s, 0, FFLAG_NV, 0x7fc00000, 0x3f800000)  # qNaN le 1
    TEST_FCMP_S(25, feq.s, 0, 0, 0x3f800000, 0x7fc00000)  # 1 eq qNaN
    TEST_FCMP_S(26, flt.s, 0, FFLAG_NV, 0x3f800000, 0x7fc00000)  # 1 lt qNaN
    TEST_FCMP_S(27, fle.s, 0, FFLAG_NV, 0x3f800000, 0x7fc00000)  # 1 le qNaN
    TEST_FCMP_S(28, feq.s, 0, FFLAG_NV, 0x7f800001, 0x3f800000)  # sNaN eq 1
    TEST_FCMP_S(29, flt.s, 0, FFLAG_NV, 0x7f800001, 0x3f800000)  # sNaN lt 1
    TEST_FCMP_S(30, fle.s, 0, FFLAG_NV, 0x7f800001, 0x3f800000)  # sNaN le 1
    TEST_FCMP_S(31, feq.s, 0, 0, 0x7fc00000, 0x7fc00000)  # qNaN eq qNaN
    TEST_FCMP_S(32, flt.s, 0, FFLAG_NV, 0x7fc00000, 0x7fc00000)  # qNaN lt qNaN
    TEST_FCMP_S(33, fle.s, 0, FFLAG_NV, 0x7fc00000, 0x7fc00000)  # qNaN le qNaN
    # rd = x0: the flag is still raised
    TEST_CASE(34, a0, FFLAG_NV, LOAD_S(fa1, S_QNAN); csrw fflags, zero; flt.s x0, fa1, fa1; csrr a0, fflags)
    csrw fflags, zero
    PASS
TEST_END
