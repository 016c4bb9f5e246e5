# f_result_boxed.S: every instruction that writes a single-precision result NaN-boxes it: the
# upper 32 bits of the f register become all ones (checked with fmv.x.d).
#include "isa.h"
# Case n: after the instructions, fa0 must hold the boxed single `bits`.
#define BOXED(n, bits, ...) TEST_CASE(n, a0, (0xffffffff00000000 | (bits)), __VA_ARGS__; fmv.x.d a0, fa0)
TEST_START
    LOAD_S(fa1, S_ONE)
    LOAD_S(fa2, S_TWO)
    li a1, 3
    BOXED( 1, 0x40400000, fmv.d.x fa0, zero; fadd.s fa0, fa1, fa2)
    BOXED( 2, 0x3f000000, fmv.d.x fa0, zero; fdiv.s fa0, fa1, fa2)
    BOXED( 3, 0x3fb504f3, fmv.d.x fa0, zero; fsqrt.s fa0, fa2)
    BOXED( 4, 0x3f800000, fmv.d.x fa0, zero; fmin.s fa0, fa1, fa2)
    BOXED( 5, 0xbf800000, fmv.d.x fa0, zero; fsgnjn.s fa0, fa1, fa1)
    BOXED( 6, 0x40400000, fmv.d.x fa0, zero; fmadd.s fa0, fa1, fa1, fa2)
    BOXED( 7, 0x40400000, fmv.d.x fa0, zero; fcvt.s.w fa0, a1)
    BOXED( 8, 0x40400000, fmv.d.x fa0, zero; fcvt.s.lu fa0, a1)
    BOXED( 9, 0x3f800000, fmv.d.x fa0, zero; LOAD_D(fa3, D_ONE); fcvt.s.d fa0, fa3)
    BOXED(10, 0x7fc00000, fmv.d.x fa0, zero; LOAD_S(fa3, S_INF); fsub.s fa0, fa3, fa3)   # even the NaN
    csrw fflags, zero
    BOXED(11, 0x3f800000, fmv.d.x fa0, zero; la a2, one; flw fa0, 0(a2))
    BOXED(12, 0x00000003, fmv.d.x fa0, zero; fmv.w.x fa0, a1)
    BOXED(13, 0x40000000, fmv.d.x fa0, zero; fmax.s fa0, fa1, fa2)
    PASS

    .data
    .balign 4
one:    .word 0x3f800000
TEST_END
