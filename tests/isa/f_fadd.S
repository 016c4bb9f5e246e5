# f_fadd.S: fadd.s: exact and inexact sums, signed zeros, overflow, infinities and NaNs
# (any NaN result is the canonical NaN 0x7fc00000; only a signalling NaN input raises NV).
#include "isa.h"
TEST_START
    TEST_FP_S2( 1, fadd.s, rne, 0x40400000, 0, 0x3f800000, 0x40000000)  # 1 + 2 = 3
    TEST_FP_S2( 2, fadd.s, rne, 0x3fa00000, 0, 0x40200000, 0xbfa00000)  # 2.5 + -1.25 = 1.25
    TEST_FP_S2( 3, fadd.s, rne, 0x3e99999a, FFLAG_NX, 0x3dcccccd, 0x3e4ccccd)  # 0.1 + 0.2 = 0.3: inexact
    TEST_FP_S2( 4, fadd.s, rne, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33800000)  # 1 + 5.960464e-08 = 1: a tie: to even
    TEST_FP_S2( 5, fadd.s, rne, 0x3f800002, FFLAG_NX, 0x3f800001, 0x33800000)  # 1 + 5.960464e-08 = 1: a tie: to even (up)
    TEST_FP_S2( 6, fadd.s, rne, 0x7f800000, FFLAG_OF|FFLAG_NX, 0x7f7fffff, 0x7f7fffff)  # 3.402823e+38 + 3.402823e+38 = +inf: overflow
    TEST_FP_S2( 7, fadd.s, rne, 0x7f800000, FFLAG_OF|FFLAG_NX, 0x7f7fffff, 0x73000000)  # 3.402823e+38 + 1.01412e+31 = +inf: below half an ulp: no overflow
    TEST_FP_S2( 8, fadd.s, rne, 0x80000000, 0, 0x80000000, 0x80000000)  # -0 + -0 = -0
    TEST_FP_S2( 9, fadd.s, rne, 0x00000000, 0, 0x00000000, 0x80000000)  # +0 + -0 = +0
    TEST_FP_S2(10, fadd.s, rne, 0x00000000, 0, 0x3f800000, 0xbf800000)  # 1 + -1 = +0: exact zero is +0 ...
    TEST_FP_S2(11, fadd.s, rdn, 0x80000000, 0, 0x3f800000, 0xbf800000)  # 1 + -1 = -0: ... except rounding down
    TEST_FP_S2(12, fadd.s, rne, 0x00000001, 0, 0x00800000, 0x807fffff)  # 1.175494e-38 + -1.175494e-38 = 1.401298e-45: subnormal result, exact: no UF
    TEST_FP_S2(13, fadd.s, rne, 0x00000002, 0, 0x00000001, 0x00000001)  # 1.401298e-45 + 1.401298e-45 = 2.802597e-45
    TEST_FP_S2(14, fadd.s, rne, 0x7f800000, 0, 0x7f800000, 0xbf800000)  # +inf + -1 = +inf
    TEST_FP_S2(15, fadd.s, rne, 0x7f800000, 0, 0x7f800000, 0x7f800000)  # +inf + +inf = +inf
    TEST_FP_S2(16, fadd.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800000, 0xff800000)  # +inf + -inf = qNaN: invalid
    TEST_FP_S2(17, fadd.s, rne, 0x7fc00000, 0, 0x7fc00000, 0x3f800000)  # qNaN + 1 = qNaN: quiet NaN: no flag
    TEST_FP_S2(18, fadd.s, rne, 0x7fc00000, FFLAG_NV, 0x3f800000, 0x7f800001)  # 1 + sNaN = qNaN: signalling NaN: NV
    TEST_FP_S2(19, fadd.s, rne, 0x7fc00000, 0, 0x7fc12345, 0x3f800000)  # qNaN(payload) + 1 = qNaN: payload dropped
    TEST_FP_S2(20, fadd.s, rne, 0x7fc00000, 0, 0xffc00000, 0x3f800000)  # qNaN(payload) + 1 = qNaN: sign dropped
    # rd == rs1 == rs2
    TEST_CASE(21, a0, 0x40400000, LOAD_S(fa1, 0x3fc00000); fadd.s fa1, fa1, fa1; fmv.x.w a0, fa1)  # 1.5 + 1.5
    csrw fflags, zero
    PASS
TEST_END
