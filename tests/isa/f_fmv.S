# f_fmv.S: fmv.x.w copies the low 32 bits of an f register to an x register, sign-extended;
# fmv.w.x copies the low 32 bits of an x register and NaN-boxes them (upper 32 bits all ones).
# Bits are moved unchanged (a signalling NaN stays signalling) and no flag is raised.
#include "isa.h"
TEST_START
    TEST_CASE( 1, a0, 0x000000003f800000, li a1, 0x3f800000; fmv.w.x fa0, a1; fmv.x.w a0, fa0)
    TEST_CASE( 2, a0, 0xffffffffbf800000, li a1, 0xbf800000; fmv.w.x fa0, a1; fmv.x.w a0, fa0)  # sign-extended
    TEST_CASE( 3, a0, 0xffffffff3f800000, fmv.x.d a0, fa0; li a1, 0x3f800000; fmv.w.x fa0, a1; fmv.x.d a0, fa0)  # boxed
    TEST_CASE( 4, a0, 0xffffffff40000000, li a1, 0x1234567840000000; fmv.w.x fa0, a1; fmv.x.d a0, fa0)  # low half only
    TEST_CASE( 5, a0, 0x000000007f800001, li a1, 0x7f800001; fmv.w.x fa0, a1; fmv.x.w a0, fa0)  # sNaN unchanged
    TEST_CASE( 6, a0, 0x000000007fc12345, li a1, 0x7fc12345; fmv.w.x fa0, a1; fmv.x.w a0, fa0)  # payload unchanged
    TEST_CASE( 7, a0, 0, csrr a0, fflags)
    # x0 as the source gives +0.0; x0 as the destination drops the value
    TEST_CASE( 8, a0, 0xffffffff00000000, fmv.w.x fa0, x0; fmv.x.d a0, fa0)
    TEST_CASE( 9, a0, 0, fmv.x.w x0, fa0; mv a0, x0)
    # the old names fmv.s.x / fmv.x.s are the same instructions
    TEST_CASE(10, a0, 0x0000000040400000, li a1, 0x40400000; fmv.s.x fa0, a1; fmv.x.s a0, fa0)
    PASS
TEST_END
