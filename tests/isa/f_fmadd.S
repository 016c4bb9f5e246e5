# f_fmadd.S: fmadd.s, fmsub.s, fnmsub.s, fnmadd.s: signs of the four forms, zeros, infinities,
# and the invalid inf * 0 (NV even when the addend is a quiet NaN).
#include "isa.h"
TEST_START
    TEST_FP_S3( 1, fmadd.s, rne, 0x40e00000, 0, 0x40000000, 0x40400000, 0x3f800000)  # 2*3 + 1 = 7
    TEST_FP_S3( 2, fmadd.s, rne, 0xc0b00000, 0, 0xc0000000, 0x40400000, 0x3f000000)  # -2*3 + 0.5 = -5.5
    TEST_FP_S3( 3, fmsub.s, rne, 0x40a00000, 0, 0x40000000, 0x40400000, 0x3f800000)  # 2*3 - 1 = 5
    TEST_FP_S3( 4, fmsub.s, rne, 0xc0d00000, 0, 0xc0000000, 0x40400000, 0x3f000000)  # -2*3 - 0.5 = -6.5
    TEST_FP_S3( 5, fnmsub.s, rne, 0xc0a00000, 0, 0x40000000, 0x40400000, 0x3f800000)  # -(2*3) + 1 = -5
    TEST_FP_S3( 6, fnmsub.s, rne, 0x40d00000, 0, 0xc0000000, 0x40400000, 0x3f000000)  # -(-2*3) + 0.5 = 6.5
    TEST_FP_S3( 7, fnmadd.s, rne, 0xc0e00000, 0, 0x40000000, 0x40400000, 0x3f800000)  # -(2*3) - 1 = -7
    TEST_FP_S3( 8, fnmadd.s, rne, 0x40b00000, 0, 0xc0000000, 0x40400000, 0x3f000000)  # -(-2*3) - 0.5 = 5.5
    TEST_FP_S3( 9, fmadd.s, rne, 0x80000000, 0, 0x00000000, 0x80000000, 0x80000000)  # +0*-0 + -0 = -0: (+0 * -0) + -0 = -0
    TEST_FP_S3(10, fmadd.s, rne, 0x00000000, 0, 0x3f800000, 0xbf800000, 0x3f800000)  # 1*-1 + 1 = +0: exact zero: +0
    TEST_FP_S3(11, fmadd.s, rdn, 0x80000000, 0, 0x3f800000, 0xbf800000, 0x3f800000)  # 1*-1 + 1 = -0: exact zero rounding down: -0
    TEST_FP_S3(12, fnmadd.s, rne, 0x80000000, 0, 0x00000000, 0x00000000, 0x00000000)  # -(+0*+0) - +0 = -0: -(+0 * +0) - +0 = -0
    TEST_FP_S3(13, fmadd.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800000, 0x00000000, 0x3f800000)  # +inf*+0 + 1 = qNaN: invalid
    TEST_FP_S3(14, fmadd.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800000, 0x00000000, 0x7fc00000)  # +inf*+0 + qNaN = qNaN: invalid even with a quiet NaN addend
    TEST_FP_S3(15, fmadd.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800000, 0x3f800000, 0xff800000)  # +inf*1 + -inf = qNaN: inf - inf: invalid
    TEST_FP_S3(16, fmsub.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800000, 0x3f800000, 0x7f800000)  # +inf*1 - +inf = qNaN: inf - inf: invalid
    TEST_FP_S3(17, fmadd.s, rne, 0x7f800000, 0, 0x7f800000, 0x3f800000, 0x7f800000)  # +inf*1 + +inf = +inf
    TEST_FP_S3(18, fmadd.s, rne, 0x7fc00000, 0, 0x3f800000, 0x3f800000, 0x7fc00000)  # 1*1 + qNaN = qNaN
    TEST_FP_S3(19, fmadd.s, rne, 0x7fc00000, FFLAG_NV, 0x7f800001, 0x3f800000, 0x3f800000)  # sNaN*1 + 1 = qNaN
    TEST_FP_S3(20, fmadd.s, rne, 0xff800000, 0, 0x7f7fffff, 0x40000000, 0xff800000)  # 3.402823e+38*2 + -inf = -inf: product overflow does not matter: exact -inf
    TEST_FP_S3(21, fmadd.s, rne, 0x7f7fffff, 0, 0x7f7fffff, 0x40000000, 0xff7fffff)  # 3.402823e+38*2 + -3.402823e+38 = 3.402823e+38: max*2 - max = max: no overflow in between
    PASS
TEST_END
