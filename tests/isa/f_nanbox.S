# f_nanbox.S: NaN-boxing (unpriv spec, "NaN Boxing of Narrower Values"): a single-precision
# operand whose upper 32 bits are not all ones is read as the canonical NaN by every
# non-transfer instruction; transfers out (fmv.x.w, fsw) just use the low 32 bits.
#include "isa.h"
TEST_START
    # fa1 = the double 1.0 (0x3ff0000000000000): as a single it is improperly boxed
    li a1, 0x3ff0000000000000
    fmv.d.x fa1, a1
    LOAD_S(fa2, S_ONE)
    TEST_CASE( 1, a0, SEXT32(0x7fc00000), fadd.s fa0, fa1, fa2; fmv.x.w a0, fa0)   # NaN + 1 = NaN
    TEST_CASE( 2, a0, 0, csrr a0, fflags)                   # a canonical (quiet) NaN: no NV
    TEST_CASE( 3, a0, 1 << 9, fclass.s a0, fa1)             # classified as a quiet NaN
    TEST_CASE( 4, a0, 0, feq.s a0, fa1, fa1)                # NaN != NaN, quietly
    TEST_CASE( 5, a0, 0, csrr a0, fflags)
    TEST_CASE( 6, a0, SEXT32(0x3f800000), fmin.s fa0, fa1, fa2; fmv.x.w a0, fa0)   # min(NaN, 1) = 1
    # sign injection reads the canonical NaN too: the result is a boxed NaN with the new sign
    LOAD_S(fa3, S_NONE)
    TEST_CASE( 7, a0, 0xffffffffffc00000, fsgnj.s fa0, fa1, fa3; fmv.x.d a0, fa0)
    TEST_CASE( 8, a0, 0xffffffff7fc00000, fsgnjx.s fa0, fa1, fa2; fmv.x.d a0, fa0)
    # ... also as the sign source: the canonical NaN is positive
    TEST_CASE( 9, a0, 0xffffffff3f800000, fsgnj.s fa0, fa3, fa1; fmv.x.d a0, fa0)
    # conversions: NaN in, so the largest integer and NV out, or the canonical double NaN
    TEST_CASE(10, a0, 0x7fffffff, fcvt.w.s a0, fa1, rtz)
    csrw fflags, zero
    TEST_CASE(11, a0, 0x7ff8000000000000, fcvt.d.s fa0, fa1; fmv.x.d a0, fa0)
    # transfers out do not check: fmv.x.w gives the low 32 bits, fsw stores them
    TEST_CASE(12, a0, 0, fmv.x.w a0, fa1)                   # low word of 1.0d is 0
    li a1, 0x4000000040490fdb                               # low word: pi as a single
    fmv.d.x fa4, a1
    TEST_CASE(13, a0, SEXT32(0x40490fdb), fmv.x.w a0, fa4)
    TEST_CASE(14, a0, 0x40490fdb, la a2, buf; fsw fa4, 0(a2); lwu a0, 0(a2))
    # almost boxed is not boxed: upper word 0xfffffffe
    li a1, 0xfffffffe3f800000
    fmv.d.x fa5, a1
    TEST_CASE(15, a0, SEXT32(0x7fc00000), fmul.s fa0, fa5, fa2; fmv.x.w a0, fa0)
    # boxed is fine: upper word all ones
    li a1, 0xffffffff40000000
    fmv.d.x fa5, a1
    TEST_CASE(16, a0, SEXT32(0x40000000), fmul.s fa0, fa5, fa2; fmv.x.w a0, fa0)
    # fused multiply-add with an improperly boxed addend
    TEST_CASE(17, a0, SEXT32(0x7fc00000), fmadd.s fa0, fa2, fa2, fa1; fmv.x.w a0, fa0)
    TEST_CASE(18, a0, 0, csrr a0, fflags)
    PASS

    .data
    .balign 8
buf:    .dword 0
TEST_END
