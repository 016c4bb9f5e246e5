# f_fma_rounding.S: the fused multiply-adds round once: a*b+c is computed exactly and rounded
# once, which differs from fmul then fadd. Also every rounding mode on one inexact fma.
#include "isa.h"
TEST_START
    # (1+2^-23)^2 - (1+2^-22) = 2^-46 exactly; rounding the product first would give 0
    TEST_FP_S3( 1, fmadd.s, rne, 0x28800000, 0, 0x3f800001, 0x3f800001, 0xbf800002)  # 1*1 + -1 = 1.421085e-14
    # the same through fmul + fadd: 0
    TEST_FP_S2( 2, fmul.s, rne, 0x3f800002, FFLAG_NX, 0x3f800001, 0x3f800001)  # 1 * 1 = 1
    TEST_FP_S2( 3, fadd.s, rne, 0x00000000, 0, 0x3f800002, 0xbf800002)  # 1 + -1 = +0
    TEST_FP_S3( 4, fmsub.s, rne, 0x28800000, 0, 0x3f800001, 0x3f800001, 0x3f800002)  # 1*1 - 1 = 1.421085e-14: fmsub form
    TEST_FP_S3( 5, fnmadd.s, rne, 0xa8800000, 0, 0x3f800001, 0x3f800001, 0xbf800002)  # -(1*1) - -1 = -1.421085e-14: fnmadd: -(a*b) - c = -2^-46
    # 1/3 * 3 - 1: exact residue of the rounded 1/3
    TEST_FP_S3( 6, fmadd.s, rne, 0x33000000, 0, 0x3eaaaaab, 0x40400000, 0xbf800000)  # 0.3333333*3 + -1 = 2.980232e-08
    TEST_FP_S3( 7, fmadd.s, rne, 0x3f8e38e4, FFLAG_NX, 0x3eaaaaab, 0x3eaaaaab, 0x3f800000)  # 0.3333333*0.3333333 + 1 = 1.111111
    TEST_FP_S3( 8, fmadd.s, rtz, 0x3f8e38e3, FFLAG_NX, 0x3eaaaaab, 0x3eaaaaab, 0x3f800000)  # 0.3333333*0.3333333 + 1 = 1.111111
    TEST_FP_S3( 9, fmadd.s, rdn, 0x3f8e38e3, FFLAG_NX, 0x3eaaaaab, 0x3eaaaaab, 0x3f800000)  # 0.3333333*0.3333333 + 1 = 1.111111
    TEST_FP_S3(10, fmadd.s, rup, 0x3f8e38e4, FFLAG_NX, 0x3eaaaaab, 0x3eaaaaab, 0x3f800000)  # 0.3333333*0.3333333 + 1 = 1.111111
    TEST_FP_S3(11, fmadd.s, rmm, 0x3f8e38e4, FFLAG_NX, 0x3eaaaaab, 0x3eaaaaab, 0x3f800000)  # 0.3333333*0.3333333 + 1 = 1.111111
    TEST_FP_S3(12, fnmsub.s, rne, 0x3f638e39, FFLAG_NX, 0x3eaaaaab, 0x3eaaaaab, 0x3f800000)  # -(0.3333333*0.3333333) + 1 = 0.8888889
    TEST_FP_S3(13, fnmsub.s, rtz, 0x3f638e38, FFLAG_NX, 0x3eaaaaab, 0x3eaaaaab, 0x3f800000)  # -(0.3333333*0.3333333) + 1 = 0.8888888
    TEST_FP_S3(14, fnmsub.s, rdn, 0x3f638e38, FFLAG_NX, 0x3eaaaaab, 0x3eaaaaab, 0x3f800000)  # -(0.3333333*0.3333333) + 1 = 0.8888888
    TEST_FP_S3(15, fnmsub.s, rup, 0x3f638e39, FFLAG_NX, 0x3eaaaaab, 0x3eaaaaab, 0x3f800000)  # -(0.3333333*0.3333333) + 1 = 0.8888889
    TEST_FP_S3(16, fnmsub.s, rmm, 0x3f638e39, FFLAG_NX, 0x3eaaaaab, 0x3eaaaaab, 0x3f800000)  # -(0.3333333*0.3333333) + 1 = 0.8888889
    PASS
TEST_END
