/*
 * test_fpu: the F/D arithmetic library (emu/cpu/fpu.h) against hand-written edge
 * cases and against an independent oracle on random operands.
 *
 * The oracle is the host FPU: <fenv.h> gives RNE/RTZ/RDN/RUP and the exception
 * flags (x86-64 SSE detects tininess after rounding, as RISC-V does). The host
 * has no RMM, so the RMM oracle is the host's RNE result and flags, except where
 * the exact result is a midpoint between the host's RDN and RUP results; there
 * RMM picks the one farther from zero (the flags of RNE and RMM agree at every
 * midpoint). Whether the exact value is a midpoint is checked in binary128
 * (__float128), where each candidate exact value is verified to be exact.
 * Comparisons, fmin/fmax, fclass and float-to-integer conversions are checked
 * against straightforward re-statements of the spec on host floats.
 *
 *   test_fpu [scale [seed]]   scale multiplies the random case count (default 1)
 *
 * Prints one line per failure (at most a few per operation and mode, then a count)
 * and a final "N passed, M failed"; exit status 0 only when nothing failed.
 */
#include <fenv.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/fpu.h"

__extension__ typedef __float128 wide;

/* ---- the operations under test ---- */

enum op {
    ADD_S, SUB_S, MUL_S, DIV_S, SQRT_S, FMADD_S, FMSUB_S, FNMSUB_S, FNMADD_S,
    MIN_S, MAX_S, EQ_S, LT_S, LE_S, CLASS_S,
    ADD_D, SUB_D, MUL_D, DIV_D, SQRT_D, FMADD_D, FMSUB_D, FNMSUB_D, FNMADD_D,
    MIN_D, MAX_D, EQ_D, LT_D, LE_D, CLASS_D,
    CVT_S_D, CVT_D_S,
    CVT_W_S, CVT_WU_S, CVT_L_S, CVT_LU_S, CVT_W_D, CVT_WU_D, CVT_L_D, CVT_LU_D,
    CVT_S_W, CVT_S_WU, CVT_S_L, CVT_S_LU, CVT_D_W, CVT_D_WU, CVT_D_L, CVT_D_LU,
    N_OPS
};

/* Operand kinds: 's' binary32, 'd' binary64, 'w' int32, 'u' uint32, 'l' int64,
 * 'm' uint64. Result kinds as operands, plus 'x' for an integer register value. */
static const struct opinfo {
    const char *name;
    int nargs;
    char in, out;
} ops[N_OPS] = {
    [ADD_S] = {"fadd.s", 2, 's', 's'},       [SUB_S] = {"fsub.s", 2, 's', 's'},
    [MUL_S] = {"fmul.s", 2, 's', 's'},       [DIV_S] = {"fdiv.s", 2, 's', 's'},
    [SQRT_S] = {"fsqrt.s", 1, 's', 's'},     [FMADD_S] = {"fmadd.s", 3, 's', 's'},
    [FMSUB_S] = {"fmsub.s", 3, 's', 's'},    [FNMSUB_S] = {"fnmsub.s", 3, 's', 's'},
    [FNMADD_S] = {"fnmadd.s", 3, 's', 's'},  [MIN_S] = {"fmin.s", 2, 's', 's'},
    [MAX_S] = {"fmax.s", 2, 's', 's'},       [EQ_S] = {"feq.s", 2, 's', 'x'},
    [LT_S] = {"flt.s", 2, 's', 'x'},         [LE_S] = {"fle.s", 2, 's', 'x'},
    [CLASS_S] = {"fclass.s", 1, 's', 'x'},
    [ADD_D] = {"fadd.d", 2, 'd', 'd'},       [SUB_D] = {"fsub.d", 2, 'd', 'd'},
    [MUL_D] = {"fmul.d", 2, 'd', 'd'},       [DIV_D] = {"fdiv.d", 2, 'd', 'd'},
    [SQRT_D] = {"fsqrt.d", 1, 'd', 'd'},     [FMADD_D] = {"fmadd.d", 3, 'd', 'd'},
    [FMSUB_D] = {"fmsub.d", 3, 'd', 'd'},    [FNMSUB_D] = {"fnmsub.d", 3, 'd', 'd'},
    [FNMADD_D] = {"fnmadd.d", 3, 'd', 'd'},  [MIN_D] = {"fmin.d", 2, 'd', 'd'},
    [MAX_D] = {"fmax.d", 2, 'd', 'd'},       [EQ_D] = {"feq.d", 2, 'd', 'x'},
    [LT_D] = {"flt.d", 2, 'd', 'x'},         [LE_D] = {"fle.d", 2, 'd', 'x'},
    [CLASS_D] = {"fclass.d", 1, 'd', 'x'},
    [CVT_S_D] = {"fcvt.s.d", 1, 'd', 's'},   [CVT_D_S] = {"fcvt.d.s", 1, 's', 'd'},
    [CVT_W_S] = {"fcvt.w.s", 1, 's', 'x'},   [CVT_WU_S] = {"fcvt.wu.s", 1, 's', 'x'},
    [CVT_L_S] = {"fcvt.l.s", 1, 's', 'x'},   [CVT_LU_S] = {"fcvt.lu.s", 1, 's', 'x'},
    [CVT_W_D] = {"fcvt.w.d", 1, 'd', 'x'},   [CVT_WU_D] = {"fcvt.wu.d", 1, 'd', 'x'},
    [CVT_L_D] = {"fcvt.l.d", 1, 'd', 'x'},   [CVT_LU_D] = {"fcvt.lu.d", 1, 'd', 'x'},
    [CVT_S_W] = {"fcvt.s.w", 1, 'w', 's'},   [CVT_S_WU] = {"fcvt.s.wu", 1, 'u', 's'},
    [CVT_S_L] = {"fcvt.s.l", 1, 'l', 's'},   [CVT_S_LU] = {"fcvt.s.lu", 1, 'm', 's'},
    [CVT_D_W] = {"fcvt.d.w", 1, 'w', 'd'},   [CVT_D_WU] = {"fcvt.d.wu", 1, 'u', 'd'},
    [CVT_D_L] = {"fcvt.d.l", 1, 'l', 'd'},   [CVT_D_LU] = {"fcvt.d.lu", 1, 'm', 'd'},
};

static const char *const rm_names[5] = {"rne", "rtz", "rdn", "rup", "rmm"};

/* Call the implementation. */
static uint64_t run_impl(enum op op, enum fpu_rm rm, uint64_t a, uint64_t b, uint64_t c,
                         uint32_t *fl)
{
    uint32_t sa = (uint32_t)a, sb = (uint32_t)b, sc = (uint32_t)c;

    switch (op) {
    case ADD_S: return fpu_add_f32(sa, sb, rm, fl);
    case SUB_S: return fpu_sub_f32(sa, sb, rm, fl);
    case MUL_S: return fpu_mul_f32(sa, sb, rm, fl);
    case DIV_S: return fpu_div_f32(sa, sb, rm, fl);
    case SQRT_S: return fpu_sqrt_f32(sa, rm, fl);
    case FMADD_S: return fpu_fma_f32(sa, sb, sc, false, false, rm, fl);
    case FMSUB_S: return fpu_fma_f32(sa, sb, sc, false, true, rm, fl);
    case FNMSUB_S: return fpu_fma_f32(sa, sb, sc, true, false, rm, fl);
    case FNMADD_S: return fpu_fma_f32(sa, sb, sc, true, true, rm, fl);
    case MIN_S: return fpu_min_f32(sa, sb, fl);
    case MAX_S: return fpu_max_f32(sa, sb, fl);
    case EQ_S: return fpu_eq_f32(sa, sb, fl);
    case LT_S: return fpu_lt_f32(sa, sb, fl);
    case LE_S: return fpu_le_f32(sa, sb, fl);
    case CLASS_S: return fpu_class_f32(sa);
    case ADD_D: return fpu_add_f64(a, b, rm, fl);
    case SUB_D: return fpu_sub_f64(a, b, rm, fl);
    case MUL_D: return fpu_mul_f64(a, b, rm, fl);
    case DIV_D: return fpu_div_f64(a, b, rm, fl);
    case SQRT_D: return fpu_sqrt_f64(a, rm, fl);
    case FMADD_D: return fpu_fma_f64(a, b, c, false, false, rm, fl);
    case FMSUB_D: return fpu_fma_f64(a, b, c, false, true, rm, fl);
    case FNMSUB_D: return fpu_fma_f64(a, b, c, true, false, rm, fl);
    case FNMADD_D: return fpu_fma_f64(a, b, c, true, true, rm, fl);
    case MIN_D: return fpu_min_f64(a, b, fl);
    case MAX_D: return fpu_max_f64(a, b, fl);
    case EQ_D: return fpu_eq_f64(a, b, fl);
    case LT_D: return fpu_lt_f64(a, b, fl);
    case LE_D: return fpu_le_f64(a, b, fl);
    case CLASS_D: return fpu_class_f64(a);
    case CVT_S_D: return fpu_cvt_f64_to_f32(a, rm, fl);
    case CVT_D_S: return fpu_cvt_f32_to_f64(sa, rm, fl);
    case CVT_W_S: return fpu_cvt_f32_to_i32(sa, rm, fl);
    case CVT_WU_S: return fpu_cvt_f32_to_u32(sa, rm, fl);
    case CVT_L_S: return fpu_cvt_f32_to_i64(sa, rm, fl);
    case CVT_LU_S: return fpu_cvt_f32_to_u64(sa, rm, fl);
    case CVT_W_D: return fpu_cvt_f64_to_i32(a, rm, fl);
    case CVT_WU_D: return fpu_cvt_f64_to_u32(a, rm, fl);
    case CVT_L_D: return fpu_cvt_f64_to_i64(a, rm, fl);
    case CVT_LU_D: return fpu_cvt_f64_to_u64(a, rm, fl);
    case CVT_S_W: return fpu_cvt_i32_to_f32((int32_t)a, rm, fl);
    case CVT_S_WU: return fpu_cvt_u32_to_f32(sa, rm, fl);
    case CVT_S_L: return fpu_cvt_i64_to_f32((int64_t)a, rm, fl);
    case CVT_S_LU: return fpu_cvt_u64_to_f32(a, rm, fl);
    case CVT_D_W: return fpu_cvt_i32_to_f64((int32_t)a, rm, fl);
    case CVT_D_WU: return fpu_cvt_u32_to_f64(sa, rm, fl);
    case CVT_D_L: return fpu_cvt_i64_to_f64((int64_t)a, rm, fl);
    case CVT_D_LU: return fpu_cvt_u64_to_f64(a, rm, fl);
    case N_OPS: break;
    }
    abort();
}

/* ---- reporting ---- */

static unsigned long n_pass, n_fail;
static unsigned long shown[N_OPS][5]; /* failures printed per op and mode */
enum { MAX_SHOWN = 8 };

static void flags_str(uint32_t f, char *buf)
{
    static const char *const names[5] = {"NX", "UF", "OF", "DZ", "NV"};
    buf[0] = 0;
    for (int i = 4; i >= 0; i--)
        if (f & (1u << i))
            strcat(strcat(buf, buf[0] ? "|" : ""), names[i]);
    if (!buf[0])
        strcpy(buf, "-");
}

static void check(const char *src, enum op op, enum fpu_rm rm, uint64_t a, uint64_t b,
                  uint64_t c, uint64_t got, uint32_t gotf, uint64_t want, uint32_t wantf)
{
    char args[80], gs[24], ws[24];
    int n = ops[op].nargs;

    if (got == want && gotf == wantf) {
        n_pass++;
        return;
    }
    n_fail++;
    if (shown[op][rm]++ >= MAX_SHOWN)
        return;
    int len = snprintf(args, sizeof args, "%#" PRIx64, a);
    if (n >= 2)
        len += snprintf(args + len, sizeof args - (size_t)len, ", %#" PRIx64, b);
    if (n >= 3)
        snprintf(args + len, sizeof args - (size_t)len, ", %#" PRIx64, c);
    flags_str(gotf, gs);
    flags_str(wantf, ws);
    printf("FAIL %s %s %s(%s): got %#" PRIx64 " %s, want %#" PRIx64 " %s\n", src,
           rm_names[rm], ops[op].name, args, got, gs, want, ws);
}

/* ---- hand-written edge cases ---- */

/* binary32 values */
#define S_P0 0x00000000u
#define S_N0 0x80000000u
#define S_ONE 0x3f800000u
#define S_NONE 0xbf800000u
#define S_TWO 0x40000000u
#define S_THREE 0x40400000u
#define S_HALF 0x3f000000u
#define S_INF 0x7f800000u
#define S_NINF 0xff800000u
#define S_QNAN 0x7fc00000u  /* canonical */
#define S_QNANP 0x7fc12345u /* quiet, with a payload */
#define S_NQNAN 0xffc00001u /* quiet, negative, with a payload */
#define S_SNAN 0x7f800001u
#define S_SNANP 0xffa00000u /* signaling, negative */
#define S_MAX 0x7f7fffffu
#define S_NMAX 0xff7fffffu
#define S_MINN 0x00800000u /* smallest normal 2^-126 */
#define S_MAXS 0x007fffffu /* largest subnormal */
#define S_MINS 0x00000001u /* smallest subnormal 2^-149 */

/* binary64 values */
#define D_P0 UINT64_C(0)
#define D_N0 UINT64_C(0x8000000000000000)
#define D_ONE UINT64_C(0x3ff0000000000000)
#define D_NONE UINT64_C(0xbff0000000000000)
#define D_TWO UINT64_C(0x4000000000000000)
#define D_THREE UINT64_C(0x4008000000000000)
#define D_HALF UINT64_C(0x3fe0000000000000)
#define D_INF UINT64_C(0x7ff0000000000000)
#define D_NINF UINT64_C(0xfff0000000000000)
#define D_QNAN UINT64_C(0x7ff8000000000000)
#define D_QNANP UINT64_C(0x7ff8000000012345)
#define D_NQNAN UINT64_C(0xfff8000000000001)
#define D_SNAN UINT64_C(0x7ff0000000000001)
#define D_SNANP UINT64_C(0xfff4000000000000)
#define D_MAX UINT64_C(0x7fefffffffffffff)
#define D_NMAX UINT64_C(0xffefffffffffffff)
#define D_MINN UINT64_C(0x0010000000000000)
#define D_MAXS UINT64_C(0x000fffffffffffff)
#define D_MINS UINT64_C(0x0000000000000001)

#define NX FPU_NX
#define UF FPU_UF
#define OF FPU_OF
#define DZ FPU_DZ
#define NV FPU_NV
#define ALL 5 /* the same result in all five rounding modes */
#define NEG(x) ((uint64_t)0 - (uint64_t)(x)) /* an integer result, as register bits */
#define U64MAX UINT64_MAX

/* One result per rounding mode, in the order RNE RTZ RDN RUP RMM, same flags. */
static const struct modal_case {
    enum op op;
    uint64_t a, b, c;
    uint64_t want[5];
    uint32_t flags;
} modal_cases[] = {
    /* ties at 1 +- half an ulp: RNE goes to even, RMM away from zero */
    {ADD_S, S_ONE, 0x33800000, 0, {S_ONE, S_ONE, S_ONE, 0x3f800001, 0x3f800001}, NX},
    {ADD_S, 0x3f800001, 0x33800000, 0, {0x3f800002, 0x3f800001, 0x3f800001, 0x3f800002, 0x3f800002}, NX},
    {ADD_S, S_NONE, 0xb3800000, 0, {S_NONE, S_NONE, 0xbf800001, S_NONE, 0xbf800001}, NX},
    {ADD_D, D_ONE, 0x3ca0000000000000, 0, {D_ONE, D_ONE, D_ONE, D_ONE + 1, D_ONE + 1}, NX},
    {ADD_D, D_ONE + 1, 0x3ca0000000000000, 0, {D_ONE + 2, D_ONE + 1, D_ONE + 1, D_ONE + 2, D_ONE + 2}, NX},
    {ADD_D, D_NONE, 0xbca0000000000000, 0, {D_NONE, D_NONE, D_NONE + 1, D_NONE, D_NONE + 1}, NX},
    /* far below half an ulp */
    {ADD_S, S_ONE, S_MINS, 0, {S_ONE, S_ONE, S_ONE, 0x3f800001, S_ONE}, NX},
    {ADD_S, S_NONE, S_MINS, 0, {S_NONE, 0xbf7fffff, S_NONE, 0xbf7fffff, S_NONE}, NX},
    {ADD_D, D_ONE, D_MINS, 0, {D_ONE, D_ONE, D_ONE, D_ONE + 1, D_ONE}, NX},
    /* exact zero sums are +0, or -0 when rounding down (IEEE 754 6.3) */
    {ADD_S, S_ONE, S_NONE, 0, {S_P0, S_P0, S_N0, S_P0, S_P0}, 0},
    {ADD_S, S_P0, S_N0, 0, {S_P0, S_P0, S_N0, S_P0, S_P0}, 0},
    {SUB_S, S_ONE, S_ONE, 0, {S_P0, S_P0, S_N0, S_P0, S_P0}, 0},
    {SUB_S, S_P0, S_P0, 0, {S_P0, S_P0, S_N0, S_P0, S_P0}, 0},
    {ADD_D, D_ONE, D_NONE, 0, {D_P0, D_P0, D_N0, D_P0, D_P0}, 0},
    {FMADD_S, S_P0, S_ONE, S_N0, {S_P0, S_P0, S_N0, S_P0, S_P0}, 0},
    {FMSUB_S, S_P0, S_ONE, S_P0, {S_P0, S_P0, S_N0, S_P0, S_P0}, 0},
    {FNMSUB_S, S_P0, S_ONE, S_P0, {S_P0, S_P0, S_N0, S_P0, S_P0}, 0},
    {FMADD_S, S_ONE, S_ONE, S_NONE, {S_P0, S_P0, S_N0, S_P0, S_P0}, 0},
    {FMADD_D, D_ONE, D_ONE, D_NONE, {D_P0, D_P0, D_N0, D_P0, D_P0}, 0},
    /* overflow: infinity or the largest finite value, by mode and sign */
    {ADD_S, S_MAX, S_MAX, 0, {S_INF, S_MAX, S_MAX, S_INF, S_INF}, OF | NX},
    {ADD_S, S_NMAX, S_NMAX, 0, {S_NINF, S_NMAX, S_NINF, S_NMAX, S_NINF}, OF | NX},
    {MUL_S, S_MAX, S_TWO, 0, {S_INF, S_MAX, S_MAX, S_INF, S_INF}, OF | NX},
    {DIV_S, S_MAX, S_HALF, 0, {S_INF, S_MAX, S_MAX, S_INF, S_INF}, OF | NX},
    {ADD_D, D_MAX, D_MAX, 0, {D_INF, D_MAX, D_MAX, D_INF, D_INF}, OF | NX},
    {MUL_D, D_NMAX, D_TWO, 0, {D_NINF, D_NMAX, D_NINF, D_NMAX, D_NINF}, OF | NX},
    {CVT_S_D, D_MAX, 0, 0, {S_INF, S_MAX, S_MAX, S_INF, S_INF}, OF | NX},
    /* products: a tie with an even neighbour, and a plain inexact one */
    {MUL_S, 0x3f800003, 0x3fc00000, 0, {0x3fc00004, 0x3fc00004, 0x3fc00004, 0x3fc00005, 0x3fc00005}, NX},
    {MUL_S, 0x3f800001, 0x3f800001, 0, {0x3f800002, 0x3f800002, 0x3f800002, 0x3f800003, 0x3f800002}, NX},
    {MUL_D, D_ONE + 3, 0x3ff8000000000000, 0,
     {0x3ff8000000000004, 0x3ff8000000000004, 0x3ff8000000000004, 0x3ff8000000000005, 0x3ff8000000000005}, NX},
    /* underflow to a subnormal tie: 2^-150 lies halfway between 0 and 2^-149 */
    {MUL_S, S_MINS, S_HALF, 0, {S_P0, S_P0, S_P0, S_MINS, S_MINS}, UF | NX},
    {MUL_S, 0x80000001, S_HALF, 0, {S_N0, S_N0, 0x80000001, S_N0, 0x80000001}, UF | NX},
    {MUL_D, D_MINS, D_HALF, 0, {D_P0, D_P0, D_P0, D_MINS, D_MINS}, UF | NX},
    {DIV_S, S_MINS, S_TWO, 0, {S_P0, S_P0, S_P0, S_MINS, S_MINS}, UF | NX},
    {DIV_S, 0x00000003, S_TWO, 0, {2, 1, 1, 2, 2}, UF | NX},
    {DIV_S, 0x00000005, S_TWO, 0, {2, 2, 2, 3, 3}, UF | NX},
    {DIV_D, 0x5, D_TWO, 0, {2, 2, 2, 3, 3}, UF | NX},
    {FMADD_S, S_MINS, S_HALF, S_N0, {S_P0, S_P0, S_P0, S_MINS, S_MINS}, UF | NX},
    {CVT_S_D, 0x3690000000000000, 0, 0, {S_P0, S_P0, S_P0, S_MINS, S_MINS}, UF | NX},
    {CVT_S_D, D_MINS, 0, 0, {S_P0, S_P0, S_P0, S_MINS, S_P0}, UF | NX},
    /* (2^p - 1) * 2^(emin-p): representable at full precision, so tiny even where it
     * rounds up to the smallest normal; a tie on the subnormal grid */
    {MUL_S, 0x3f7fffff, S_MINN, 0, {S_MINN, S_MAXS, S_MAXS, S_MINN, S_MINN}, UF | NX},
    {MUL_D, 0x3fefffffffffffff, D_MINN, 0, {D_MINN, D_MAXS, D_MAXS, D_MINN, D_MINN}, UF | NX},
    {CVT_S_D, 0x380fffffe0000000, 0, 0, {S_MINN, S_MAXS, S_MAXS, S_MINN, S_MINN}, UF | NX},
    /* division and square root */
    {DIV_S, S_ONE, S_THREE, 0, {0x3eaaaaab, 0x3eaaaaaa, 0x3eaaaaaa, 0x3eaaaaab, 0x3eaaaaab}, NX},
    {DIV_S, S_NONE, S_THREE, 0, {0xbeaaaaab, 0xbeaaaaaa, 0xbeaaaaab, 0xbeaaaaaa, 0xbeaaaaab}, NX},
    {DIV_D, D_ONE, D_THREE, 0,
     {0x3fd5555555555555, 0x3fd5555555555555, 0x3fd5555555555555, 0x3fd5555555555556, 0x3fd5555555555555}, NX},
    {DIV_D, D_TWO, D_THREE, 0,
     {0x3fe5555555555555, 0x3fe5555555555555, 0x3fe5555555555555, 0x3fe5555555555556, 0x3fe5555555555555}, NX},
    {SQRT_S, S_TWO, 0, 0, {0x3fb504f3, 0x3fb504f3, 0x3fb504f3, 0x3fb504f4, 0x3fb504f3}, NX},
    {SQRT_S, S_MINS, 0, 0, {0x1a3504f3, 0x1a3504f3, 0x1a3504f3, 0x1a3504f4, 0x1a3504f3}, NX},
    {SQRT_D, D_TWO, 0, 0,
     {0x3ff6a09e667f3bcd, 0x3ff6a09e667f3bcc, 0x3ff6a09e667f3bcc, 0x3ff6a09e667f3bcd, 0x3ff6a09e667f3bcd}, NX},
    /* fma rounds once: (1+2^-12)^2 + 2^-70 is just above a tie that rounding the
     * product first (even to double) would turn into an exact tie */
    {FMADD_S, 0x3f800800, 0x3f800800, 0x1c800000, {0x3f801001, 0x3f801000, 0x3f801000, 0x3f801001, 0x3f801001}, NX},
    {FMADD_D, 0x3ff0000002000000, 0x3ff0000004000000, 0x39b0000000000000,
     {0x3ff0000006000001, 0x3ff0000006000000, 0x3ff0000006000000, 0x3ff0000006000001, 0x3ff0000006000001}, NX},
    {FMADD_D, 0x3ff0000002000000, 0x3ff0000004000000, D_P0,
     {0x3ff0000006000000, 0x3ff0000006000000, 0x3ff0000006000000, 0x3ff0000006000001, 0x3ff0000006000001}, NX},
    /* narrowing */
    {CVT_S_D, 0x3fd5555555555555, 0, 0, {0x3eaaaaab, 0x3eaaaaaa, 0x3eaaaaaa, 0x3eaaaaab, 0x3eaaaaab}, NX},
    {CVT_S_D, 0x3ff0000010000000, 0, 0, {S_ONE, S_ONE, S_ONE, 0x3f800001, 0x3f800001}, NX},
    /* float to integer: ties and fractions */
    {CVT_W_S, 0x40200000, 0, 0, {2, 2, 2, 3, 3}, NX},
    {CVT_W_S, 0xc0200000, 0, 0, {NEG(2), NEG(2), NEG(3), NEG(2), NEG(3)}, NX},
    {CVT_W_S, S_HALF, 0, 0, {0, 0, 0, 1, 1}, NX},
    {CVT_W_S, 0x3fc00000, 0, 0, {2, 1, 1, 2, 2}, NX},
    {CVT_W_S, 0xbf000000, 0, 0, {0, 0, NEG(1), 0, NEG(1)}, NX},
    {CVT_L_D, 0xc004000000000000, 0, 0, {NEG(2), NEG(2), NEG(3), NEG(2), NEG(3)}, NX},
    {CVT_LU_D, D_MINS, 0, 0, {0, 0, 0, 1, 0}, NX},
    /* integer to float */
    {CVT_S_W, 16777217, 0, 0, {0x4b800000, 0x4b800000, 0x4b800000, 0x4b800001, 0x4b800001}, NX},
    {CVT_S_W, NEG(16777217), 0, 0, {0xcb800000, 0xcb800000, 0xcb800001, 0xcb800000, 0xcb800001}, NX},
    {CVT_S_WU, 0xffffffff, 0, 0, {0x4f800000, 0x4f7fffff, 0x4f7fffff, 0x4f800000, 0x4f800000}, NX},
    {CVT_S_L, INT64_MAX, 0, 0, {0x5f000000, 0x5effffff, 0x5effffff, 0x5f000000, 0x5f000000}, NX},
    {CVT_S_LU, U64MAX, 0, 0, {0x5f800000, 0x5f7fffff, 0x5f7fffff, 0x5f800000, 0x5f800000}, NX},
    {CVT_D_LU, U64MAX, 0, 0,
     {0x43f0000000000000, 0x43efffffffffffff, 0x43efffffffffffff, 0x43f0000000000000, 0x43f0000000000000}, NX},
    {CVT_D_L, (UINT64_C(1) << 53) + 1, 0, 0,
     {0x4340000000000000, 0x4340000000000000, 0x4340000000000000, 0x4340000000000001, 0x4340000000000001}, NX},
    {CVT_D_L, NEG((UINT64_C(1) << 53) + 1), 0, 0,
     {0xc340000000000000, 0xc340000000000000, 0xc340000000000001, 0xc340000000000000, 0xc340000000000001}, NX},
};

/* A single expected result, for one mode or (rm == ALL) for every mode. */
static const struct single_case {
    enum op op;
    int rm;
    uint64_t a, b, c;
    uint64_t want;
    uint32_t flags;
} single_cases[] = {
    /* a tie between the largest finite value and 2^emax+1: overflow in the modes
     * that round up, only NX in the others (no OF: the rounded value is finite) */
    {ADD_S, FPU_RNE, S_MAX, 0x73000000, 0, S_INF, OF | NX},
    {ADD_S, FPU_RMM, S_MAX, 0x73000000, 0, S_INF, OF | NX},
    {ADD_S, FPU_RTZ, S_MAX, 0x73000000, 0, S_MAX, NX},
    {ADD_S, FPU_RDN, S_MAX, 0x73000000, 0, S_MAX, NX},
    {ADD_S, FPU_RUP, S_MAX, 0x73000000, 0, S_INF, OF | NX},
    {ADD_S, FPU_RNE, S_MAX, 0x72800000, 0, S_MAX, NX},
    {ADD_S, FPU_RMM, S_MAX, 0x72800000, 0, S_MAX, NX},
    {ADD_S, FPU_RUP, S_MAX, 0x72800000, 0, S_INF, OF | NX},
    {ADD_D, FPU_RNE, D_MAX, 0x7c90000000000000, 0, D_INF, OF | NX},
    {ADD_D, FPU_RMM, D_MAX, 0x7c90000000000000, 0, D_INF, OF | NX},
    {ADD_D, FPU_RTZ, D_MAX, 0x7c90000000000000, 0, D_MAX, NX},
    {ADD_D, FPU_RDN, D_MAX, 0x7c90000000000000, 0, D_MAX, NX},
    {ADD_D, FPU_RUP, D_MAX, 0x7c90000000000000, 0, D_INF, OF | NX},
    /* 2^emin minus a quarter ulp or less: rounds up to 2^emin at full precision
     * (not tiny, no UF) in RNE/RMM/RUP, but is tiny where it rounds down */
    {FMADD_S, FPU_RNE, 0x99800000, 0x19800000, S_MINN, S_MINN, NX},
    {FMADD_S, FPU_RMM, 0x99800000, 0x19800000, S_MINN, S_MINN, NX},
    {FMADD_S, FPU_RUP, 0x99800000, 0x19800000, S_MINN, S_MINN, NX},
    {FMADD_S, FPU_RTZ, 0x99800000, 0x19800000, S_MINN, S_MAXS, UF | NX},
    {FMADD_S, FPU_RDN, 0x99800000, 0x19800000, S_MINN, S_MAXS, UF | NX},
    {FMADD_D, FPU_RNE, 0x9e40000000000000, 0x1e40000000000000, D_MINN, D_MINN, NX},
    {FMADD_D, FPU_RUP, 0x9e40000000000000, 0x1e40000000000000, D_MINN, D_MINN, NX},
    {FMADD_D, FPU_RTZ, 0x9e40000000000000, 0x1e40000000000000, D_MINN, D_MAXS, UF | NX},
    /* 2^emin - 2^(emin-p-1): a tie at full precision, which RNE and RMM both round
     * to 2^emin, so not tiny */
    {FMADD_D, FPU_RNE, 0x9e50000000000000, 0x1e50000000000000, D_MINN, D_MINN, NX},
    {FMADD_D, FPU_RMM, 0x9e50000000000000, 0x1e50000000000000, D_MINN, D_MINN, NX},
    {FMADD_D, FPU_RDN, 0x9e50000000000000, 0x1e50000000000000, D_MINN, D_MAXS, UF | NX},
    /* additions */
    {ADD_S, ALL, S_N0, S_N0, 0, S_N0, 0},
    {ADD_S, ALL, S_INF, S_NINF, 0, S_QNAN, NV},
    {ADD_S, ALL, S_INF, S_ONE, 0, S_INF, 0},
    {ADD_S, ALL, S_NINF, S_NINF, 0, S_NINF, 0},
    {ADD_S, ALL, S_INF, S_QNANP, 0, S_QNAN, 0},
    {ADD_S, ALL, S_ONE, S_SNAN, 0, S_QNAN, NV},
    {ADD_S, ALL, S_SNANP, S_QNAN, 0, S_QNAN, NV},
    {ADD_S, ALL, S_NQNAN, S_ONE, 0, S_QNAN, 0},
    {ADD_S, ALL, S_MINS, S_MINS, 0, 0x00000002, 0},
    {ADD_S, ALL, S_MAXS, S_MINS, 0, S_MINN, 0},
    {ADD_S, ALL, S_MINN, 0x80000001, 0, S_MAXS, 0},
    {ADD_S, ALL, 0x3f800001, S_NONE, 0, 0x34000000, 0},
    {SUB_S, ALL, S_INF, S_INF, 0, S_QNAN, NV},
    {SUB_S, ALL, S_N0, S_P0, 0, S_N0, 0},
    {SUB_S, ALL, S_THREE, S_ONE, 0, S_TWO, 0},
    {ADD_D, ALL, D_INF, D_NINF, 0, D_QNAN, NV},
    {ADD_D, ALL, D_ONE, D_SNAN, 0, D_QNAN, NV},
    {ADD_D, ALL, D_NQNAN, D_ONE, 0, D_QNAN, 0},
    {ADD_D, ALL, D_MAXS, D_MINS, 0, D_MINN, 0},
    {ADD_D, ALL, D_N0, D_N0, 0, D_N0, 0},
    {SUB_D, ALL, D_QNANP, D_SNANP, 0, D_QNAN, NV},
    /* multiplications */
    {MUL_S, ALL, S_TWO, S_THREE, 0, 0x40c00000, 0},
    {MUL_S, ALL, S_INF, S_P0, 0, S_QNAN, NV},
    {MUL_S, ALL, S_N0, S_NINF, 0, S_QNAN, NV},
    {MUL_S, ALL, S_INF, 0xc0000000, 0, S_NINF, 0},
    {MUL_S, ALL, S_N0, 0x40a00000, 0, S_N0, 0},
    {MUL_S, ALL, S_QNAN, S_P0, 0, S_QNAN, 0},
    {MUL_S, ALL, S_SNAN, S_ONE, 0, S_QNAN, NV},
    {MUL_S, ALL, S_MINN, S_HALF, 0, 0x00400000, 0}, /* subnormal but exact: no UF */
    {MUL_D, ALL, D_INF, D_N0, 0, D_QNAN, NV},
    {MUL_D, ALL, D_TWO, D_THREE, 0, 0x4018000000000000, 0},
    {MUL_D, ALL, D_MINS, D_ONE, 0, D_MINS, 0},
    /* divisions */
    {DIV_S, ALL, S_ONE, S_P0, 0, S_INF, DZ},
    {DIV_S, ALL, S_NONE, S_P0, 0, S_NINF, DZ},
    {DIV_S, ALL, S_ONE, S_N0, 0, S_NINF, DZ},
    {DIV_S, ALL, S_P0, S_P0, 0, S_QNAN, NV},
    {DIV_S, ALL, S_INF, S_INF, 0, S_QNAN, NV},
    {DIV_S, ALL, S_INF, S_P0, 0, S_INF, 0},
    {DIV_S, ALL, S_P0, S_INF, 0, S_P0, 0},
    {DIV_S, ALL, S_ONE, S_NINF, 0, S_N0, 0},
    {DIV_S, ALL, S_SNAN, S_P0, 0, S_QNAN, NV},
    {DIV_S, ALL, S_QNAN, S_P0, 0, S_QNAN, 0},
    {DIV_S, ALL, 0x40c00000, S_THREE, 0, S_TWO, 0},
    {DIV_S, ALL, S_N0, S_THREE, 0, S_N0, 0},
    {DIV_D, ALL, D_ONE, D_N0, 0, D_NINF, DZ},
    {DIV_D, ALL, D_P0, D_P0, 0, D_QNAN, NV},
    {DIV_D, ALL, D_MINS, D_HALF, 0, 0x2, 0},
    /* square roots */
    {SQRT_S, ALL, 0x40800000, 0, 0, S_TWO, 0},
    {SQRT_S, ALL, S_N0, 0, 0, S_N0, 0},
    {SQRT_S, ALL, S_P0, 0, 0, S_P0, 0},
    {SQRT_S, ALL, S_NONE, 0, 0, S_QNAN, NV},
    {SQRT_S, ALL, S_NINF, 0, 0, S_QNAN, NV},
    {SQRT_S, ALL, S_INF, 0, 0, S_INF, 0},
    {SQRT_S, ALL, 0x80000001, 0, 0, S_QNAN, NV},
    {SQRT_S, ALL, S_SNAN, 0, 0, S_QNAN, NV},
    {SQRT_S, ALL, S_QNANP, 0, 0, S_QNAN, 0},
    {SQRT_S, ALL, S_NQNAN, 0, 0, S_QNAN, 0},
    {SQRT_S, ALL, 0x00000002, 0, 0, 0x1a800000, 0},
    {SQRT_D, ALL, 0x4010000000000000, 0, 0, D_TWO, 0},
    {SQRT_D, ALL, D_NONE, 0, 0, D_QNAN, NV},
    {SQRT_D, ALL, D_N0, 0, 0, D_N0, 0},
    {SQRT_D, ALL, D_MINS, 0, 0, 0x1e60000000000000, 0},
    /* fused multiply-add */
    {FMADD_S, ALL, 0x3f800001, 0x3f7ffffe, S_NONE, 0xa8800000, 0}, /* exact -2^-46 */
    {FMADD_D, ALL, D_ONE + 1, 0x3feffffffffffffe, D_NONE, 0xb970000000000000, 0},
    {FMADD_S, ALL, S_INF, S_P0, S_QNAN, S_QNAN, NV}, /* RISC-V: inf*0 + qNaN is NV */
    {FMADD_S, ALL, S_P0, S_INF, S_QNANP, S_QNAN, NV},
    {FMADD_S, ALL, S_INF, S_P0, S_ONE, S_QNAN, NV},
    {FMADD_S, ALL, S_P0, S_NINF, S_SNAN, S_QNAN, NV},
    {FMADD_S, ALL, S_QNAN, S_ONE, S_ONE, S_QNAN, 0},
    {FMADD_S, ALL, S_ONE, S_ONE, S_SNAN, S_QNAN, NV},
    {FMADD_S, ALL, S_INF, S_ONE, S_NINF, S_QNAN, NV},
    {FMADD_S, ALL, S_INF, S_ONE, S_INF, S_INF, 0},
    {FMSUB_S, ALL, S_INF, S_ONE, S_INF, S_QNAN, NV},
    {FNMSUB_S, ALL, S_INF, S_ONE, S_INF, S_QNAN, NV},
    {FNMADD_S, ALL, S_INF, S_ONE, S_NINF, S_QNAN, NV},
    {FNMADD_S, ALL, S_INF, S_ONE, S_INF, S_NINF, 0},
    {FMADD_S, ALL, S_ONE, S_ONE, S_INF, S_INF, 0},
    {FMADD_S, ALL, S_MAX, S_MAX, S_NINF, S_NINF, 0}, /* no overflow: exact product */
    {FMADD_S, ALL, S_N0, S_ONE, S_N0, S_N0, 0},
    {FNMADD_S, ALL, S_P0, S_ONE, S_P0, S_N0, 0},
    {FMADD_S, ALL, S_TWO, S_THREE, S_ONE, 0x40e00000, 0},
    {FMSUB_S, ALL, S_TWO, S_THREE, S_ONE, 0x40a00000, 0},
    {FNMSUB_S, ALL, S_TWO, S_THREE, S_ONE, 0xc0a00000, 0},
    {FNMADD_S, ALL, S_TWO, S_THREE, S_ONE, 0xc0e00000, 0},
    {FMADD_D, ALL, D_INF, D_P0, D_QNAN, D_QNAN, NV},
    {FMSUB_D, ALL, D_TWO, D_THREE, D_ONE, 0x4014000000000000, 0},
    {FNMADD_D, ALL, D_TWO, D_THREE, D_ONE, 0xc01c000000000000, 0},
    /* fmin / fmax */
    {MIN_S, ALL, S_N0, S_P0, 0, S_N0, 0},
    {MIN_S, ALL, S_P0, S_N0, 0, S_N0, 0},
    {MAX_S, ALL, S_N0, S_P0, 0, S_P0, 0},
    {MAX_S, ALL, S_P0, S_N0, 0, S_P0, 0},
    {MIN_S, ALL, S_QNAN, S_ONE, 0, S_ONE, 0},
    {MIN_S, ALL, S_ONE, S_QNANP, 0, S_ONE, 0},
    {MIN_S, ALL, S_SNAN, S_ONE, 0, S_ONE, NV},
    {MAX_S, ALL, S_ONE, S_SNANP, 0, S_ONE, NV},
    {MAX_S, ALL, S_QNAN, S_QNANP, 0, S_QNAN, 0},
    {MAX_S, ALL, S_SNAN, S_QNAN, 0, S_QNAN, NV},
    {MIN_S, ALL, S_NQNAN, S_NINF, 0, S_NINF, 0},
    {MAX_S, ALL, S_NQNAN, S_N0, 0, S_N0, 0},
    {MIN_S, ALL, S_ONE, S_TWO, 0, S_ONE, 0},
    {MAX_S, ALL, S_NONE, 0xc0000000, 0, S_NONE, 0},
    {MIN_S, ALL, S_NINF, S_MAX, 0, S_NINF, 0},
    {MIN_S, ALL, S_MINS, 0x80000001, 0, 0x80000001, 0},
    {MIN_D, ALL, D_N0, D_P0, 0, D_N0, 0},
    {MAX_D, ALL, D_N0, D_P0, 0, D_P0, 0},
    {MIN_D, ALL, D_QNAN, D_ONE, 0, D_ONE, 0},
    {MAX_D, ALL, D_SNAN, D_ONE, 0, D_ONE, NV},
    {MIN_D, ALL, D_QNANP, D_NQNAN, 0, D_QNAN, 0},
    /* comparisons: feq is quiet, flt/fle signal on any NaN */
    {EQ_S, ALL, S_P0, S_N0, 0, 1, 0},
    {LT_S, ALL, S_N0, S_P0, 0, 0, 0},
    {LE_S, ALL, S_N0, S_P0, 0, 1, 0},
    {LE_S, ALL, S_P0, S_N0, 0, 1, 0},
    {EQ_S, ALL, S_QNAN, S_QNAN, 0, 0, 0},
    {EQ_S, ALL, S_SNAN, S_ONE, 0, 0, NV},
    {EQ_S, ALL, S_ONE, S_SNANP, 0, 0, NV},
    {LT_S, ALL, S_QNAN, S_ONE, 0, 0, NV},
    {LE_S, ALL, S_ONE, S_QNAN, 0, 0, NV},
    {LT_S, ALL, S_ONE, S_TWO, 0, 1, 0},
    {LT_S, ALL, S_TWO, S_ONE, 0, 0, 0},
    {LE_S, ALL, S_TWO, S_TWO, 0, 1, 0},
    {LT_S, ALL, S_NINF, S_INF, 0, 1, 0},
    {EQ_S, ALL, S_INF, S_INF, 0, 1, 0},
    {EQ_S, ALL, S_ONE, 0x3f800001, 0, 0, 0},
    {LT_S, ALL, 0xc0000000, S_NONE, 0, 1, 0},
    {LT_S, ALL, S_MINS, S_P0, 0, 0, 0},
    {LT_S, ALL, 0x80000001, S_P0, 0, 1, 0},
    {EQ_D, ALL, D_P0, D_N0, 0, 1, 0},
    {EQ_D, ALL, D_QNAN, D_ONE, 0, 0, 0},
    {EQ_D, ALL, D_SNAN, D_SNAN, 0, 0, NV},
    {LT_D, ALL, D_QNAN, D_ONE, 0, 0, NV},
    {LE_D, ALL, D_MINS, D_MINS, 0, 1, 0},
    {LT_D, ALL, D_NMAX, D_NINF, 0, 0, 0},
    /* fclass: all ten classes */
    {CLASS_S, ALL, S_NINF, 0, 0, FPU_CLASS_NEG_INF, 0},
    {CLASS_S, ALL, S_NONE, 0, 0, FPU_CLASS_NEG_NORMAL, 0},
    {CLASS_S, ALL, 0x80000001, 0, 0, FPU_CLASS_NEG_SUBNORMAL, 0},
    {CLASS_S, ALL, S_N0, 0, 0, FPU_CLASS_NEG_ZERO, 0},
    {CLASS_S, ALL, S_P0, 0, 0, FPU_CLASS_POS_ZERO, 0},
    {CLASS_S, ALL, S_MAXS, 0, 0, FPU_CLASS_POS_SUBNORMAL, 0},
    {CLASS_S, ALL, S_MINN, 0, 0, FPU_CLASS_POS_NORMAL, 0},
    {CLASS_S, ALL, S_MAX, 0, 0, FPU_CLASS_POS_NORMAL, 0},
    {CLASS_S, ALL, S_INF, 0, 0, FPU_CLASS_POS_INF, 0},
    {CLASS_S, ALL, S_SNAN, 0, 0, FPU_CLASS_SNAN, 0},
    {CLASS_S, ALL, S_SNANP, 0, 0, FPU_CLASS_SNAN, 0},
    {CLASS_S, ALL, S_QNAN, 0, 0, FPU_CLASS_QNAN, 0},
    {CLASS_S, ALL, S_NQNAN, 0, 0, FPU_CLASS_QNAN, 0},
    {CLASS_D, ALL, D_NINF, 0, 0, FPU_CLASS_NEG_INF, 0},
    {CLASS_D, ALL, D_NMAX, 0, 0, FPU_CLASS_NEG_NORMAL, 0},
    {CLASS_D, ALL, D_N0 | D_MAXS, 0, 0, FPU_CLASS_NEG_SUBNORMAL, 0},
    {CLASS_D, ALL, D_N0, 0, 0, FPU_CLASS_NEG_ZERO, 0},
    {CLASS_D, ALL, D_P0, 0, 0, FPU_CLASS_POS_ZERO, 0},
    {CLASS_D, ALL, D_MINS, 0, 0, FPU_CLASS_POS_SUBNORMAL, 0},
    {CLASS_D, ALL, D_MINN, 0, 0, FPU_CLASS_POS_NORMAL, 0},
    {CLASS_D, ALL, D_INF, 0, 0, FPU_CLASS_POS_INF, 0},
    {CLASS_D, ALL, D_SNANP, 0, 0, FPU_CLASS_SNAN, 0},
    {CLASS_D, ALL, D_QNANP, 0, 0, FPU_CLASS_QNAN, 0},
    /* widening is exact; NaNs become canonical */
    {CVT_D_S, ALL, S_ONE, 0, 0, D_ONE, 0},
    {CVT_D_S, ALL, S_MINS, 0, 0, 0x36a0000000000000, 0},
    {CVT_D_S, ALL, S_MAXS, 0, 0, 0x380fffffc0000000, 0},
    {CVT_D_S, ALL, 0xc0400000, 0, 0, 0xc008000000000000, 0},
    {CVT_D_S, ALL, S_SNAN, 0, 0, D_QNAN, NV},
    {CVT_D_S, ALL, S_NQNAN, 0, 0, D_QNAN, 0},
    {CVT_D_S, ALL, S_NINF, 0, 0, D_NINF, 0},
    {CVT_D_S, ALL, S_N0, 0, 0, D_N0, 0},
    {CVT_S_D, ALL, D_SNAN, 0, 0, S_QNAN, NV},
    {CVT_S_D, ALL, D_NQNAN, 0, 0, S_QNAN, 0},
    {CVT_S_D, ALL, D_NINF, 0, 0, S_NINF, 0},
    {CVT_S_D, ALL, D_N0, 0, 0, S_N0, 0},
    {CVT_S_D, ALL, 0x36a0000000000000, 0, 0, S_MINS, 0},
    /* float to integer: the saturation table */
    {CVT_W_S, ALL, S_QNAN, 0, 0, 0x7fffffff, NV},
    {CVT_W_S, ALL, S_NQNAN, 0, 0, 0x7fffffff, NV},
    {CVT_W_S, ALL, S_SNANP, 0, 0, 0x7fffffff, NV},
    {CVT_W_S, ALL, S_INF, 0, 0, 0x7fffffff, NV},
    {CVT_W_S, ALL, S_NINF, 0, 0, NEG(0x80000000), NV},
    {CVT_W_S, ALL, 0x4f000000, 0, 0, 0x7fffffff, NV}, /* 2^31 */
    {CVT_W_S, ALL, 0xcf000000, 0, 0, NEG(0x80000000), 0}, /* -2^31 */
    {CVT_W_S, ALL, 0xcf000001, 0, 0, NEG(0x80000000), NV},
    {CVT_W_S, ALL, 0xc0400000, 0, 0, NEG(3), 0},
    {CVT_W_S, ALL, S_N0, 0, 0, 0, 0},
    {CVT_WU_S, ALL, S_QNAN, 0, 0, U64MAX, NV},
    {CVT_WU_S, ALL, S_INF, 0, 0, U64MAX, NV},
    {CVT_WU_S, ALL, S_NINF, 0, 0, 0, NV},
    {CVT_WU_S, ALL, S_NONE, 0, 0, 0, NV},
    {CVT_WU_S, ALL, 0x4f32d05e, 0, 0, 0xffffffffb2d05e00, 0}, /* 3e9, sign-extended */
    {CVT_WU_S, ALL, 0x4f7fffff, 0, 0, 0xffffffffffffff00, 0},
    {CVT_WU_S, ALL, 0x4f800000, 0, 0, U64MAX, NV}, /* 2^32 */
    {CVT_WU_S, ALL, S_N0, 0, 0, 0, 0},
    {CVT_WU_S, FPU_RNE, 0xbf000000, 0, 0, 0, NX}, /* -0.5 rounds to -0: fine */
    {CVT_WU_S, FPU_RTZ, 0xbf000000, 0, 0, 0, NX},
    {CVT_WU_S, FPU_RUP, 0xbf000000, 0, 0, 0, NX},
    {CVT_WU_S, FPU_RDN, 0xbf000000, 0, 0, 0, NV}, /* -0.5 rounds to -1: invalid */
    {CVT_WU_S, FPU_RMM, 0xbf000000, 0, 0, 0, NV},
    {CVT_L_S, ALL, 0x5f000000, 0, 0, INT64_MAX, NV},
    {CVT_L_S, ALL, 0xdf000000, 0, 0, NEG(UINT64_C(1) << 63), 0},
    {CVT_L_S, ALL, S_SNAN, 0, 0, INT64_MAX, NV},
    {CVT_L_S, ALL, S_NINF, 0, 0, NEG(UINT64_C(1) << 63), NV},
    {CVT_LU_S, ALL, 0x5f800000, 0, 0, U64MAX, NV},
    {CVT_LU_S, ALL, 0x5f7fffff, 0, 0, 0xffffff0000000000, 0},
    {CVT_LU_S, ALL, S_NINF, 0, 0, 0, NV},
    {CVT_LU_S, ALL, S_QNAN, 0, 0, U64MAX, NV},
    {CVT_LU_S, ALL, 0xdf000000, 0, 0, 0, NV},
    {CVT_W_D, FPU_RNE, 0x41dfffffffe00000, 0, 0, 0x7fffffff, NV}, /* 2^31 - 0.5 */
    {CVT_W_D, FPU_RMM, 0x41dfffffffe00000, 0, 0, 0x7fffffff, NV},
    {CVT_W_D, FPU_RUP, 0x41dfffffffe00000, 0, 0, 0x7fffffff, NV},
    {CVT_W_D, FPU_RTZ, 0x41dfffffffe00000, 0, 0, 0x7fffffff, NX},
    {CVT_W_D, FPU_RDN, 0x41dfffffffe00000, 0, 0, 0x7fffffff, NX},
    {CVT_W_D, FPU_RNE, 0xc1e0000000100000, 0, 0, NEG(0x80000000), NX}, /* -2^31 - 0.5 */
    {CVT_W_D, FPU_RMM, 0xc1e0000000100000, 0, 0, NEG(0x80000000), NV},
    {CVT_W_D, FPU_RDN, 0xc1e0000000100000, 0, 0, NEG(0x80000000), NV},
    {CVT_W_D, FPU_RTZ, 0xc1e0000000100000, 0, 0, NEG(0x80000000), NX},
    {CVT_W_D, FPU_RUP, 0xc1e0000000100000, 0, 0, NEG(0x80000000), NX},
    {CVT_W_D, ALL, D_N0, 0, 0, 0, 0},
    {CVT_WU_D, ALL, D_QNAN, 0, 0, U64MAX, NV},
    {CVT_WU_D, ALL, 0x41efffffffe00000, 0, 0, U64MAX, 0}, /* 2^32 - 1 */
    {CVT_WU_D, ALL, 0x41f0000000000000, 0, 0, U64MAX, NV},
    {CVT_L_D, ALL, 0x43e0000000000000, 0, 0, INT64_MAX, NV},
    {CVT_L_D, ALL, 0xc3e0000000000000, 0, 0, NEG(UINT64_C(1) << 63), 0},
    {CVT_L_D, ALL, 0xc3e0000000000001, 0, 0, NEG(UINT64_C(1) << 63), NV},
    {CVT_LU_D, ALL, 0x43e0000000000000, 0, 0, UINT64_C(1) << 63, 0},
    {CVT_LU_D, ALL, 0x43efffffffffffff, 0, 0, 0xfffffffffffff800, 0},
    {CVT_LU_D, ALL, 0x43f0000000000000, 0, 0, U64MAX, NV},
    {CVT_LU_D, ALL, 0x7e37e43c8800759c, 0, 0, U64MAX, NV}, /* 1e300 */
    {CVT_LU_D, FPU_RNE, D_N0 | D_MINS, 0, 0, 0, NX},
    {CVT_LU_D, FPU_RDN, D_N0 | D_MINS, 0, 0, 0, NV},
    {CVT_LU_D, FPU_RMM, D_N0 | D_MINS, 0, 0, 0, NX},
    /* integer to float */
    {CVT_S_W, ALL, 0x80000000, 0, 0, 0xcf000000, 0},
    {CVT_S_W, ALL, 0, 0, 0, S_P0, 0},
    {CVT_S_W, ALL, 0xffffffff, 0, 0, S_NONE, 0},
    {CVT_S_WU, ALL, 0, 0, 0, S_P0, 0},
    {CVT_S_L, ALL, UINT64_C(1) << 63, 0, 0, 0xdf000000, 0},
    {CVT_D_L, ALL, UINT64_C(1) << 63, 0, 0, 0xc3e0000000000000, 0},
    {CVT_D_LU, ALL, 0, 0, 0, D_P0, 0},
    {CVT_D_W, ALL, 0xffffffff, 0, 0, D_NONE, 0},
    {CVT_D_W, ALL, 0x80000000, 0, 0, 0xc1e0000000000000, 0},
    {CVT_D_WU, ALL, 0xffffffff, 0, 0, 0x41efffffffe00000, 0},
};

static void run_hand_cases(void)
{
    for (size_t i = 0; i < sizeof modal_cases / sizeof modal_cases[0]; i++) {
        const struct modal_case *t = &modal_cases[i];
        for (int rm = 0; rm < 5; rm++) {
            uint32_t fl = 0;
            uint64_t got = run_impl(t->op, (enum fpu_rm)rm, t->a, t->b, t->c, &fl);
            check("hand", t->op, (enum fpu_rm)rm, t->a, t->b, t->c, got, fl, t->want[rm], t->flags);
        }
    }
    for (size_t i = 0; i < sizeof single_cases / sizeof single_cases[0]; i++) {
        const struct single_case *t = &single_cases[i];
        for (int rm = 0; rm < 5; rm++) {
            if (t->rm != ALL && t->rm != rm)
                continue;
            uint32_t fl = 0;
            uint64_t got = run_impl(t->op, (enum fpu_rm)rm, t->a, t->b, t->c, &fl);
            check("hand", t->op, (enum fpu_rm)rm, t->a, t->b, t->c, got, fl, t->want, t->flags);
        }
    }
}

/* ---- the oracle ---- */

static float to_f32(uint64_t x)
{
    uint32_t u = (uint32_t)x;
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static double to_f64(uint64_t x)
{
    double d;
    memcpy(&d, &x, sizeof d);
    return d;
}

static uint64_t of_f32(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static uint64_t of_f64(double d)
{
    uint64_t x;
    memcpy(&x, &d, sizeof x);
    return x;
}

static bool is_nan_bits(char kind, uint64_t x)
{
    return kind == 's' ? ((uint32_t)x & 0x7fffffff) > 0x7f800000
                       : (x & ~D_N0) > D_INF;
}

static bool is_snan_bits(char kind, uint64_t x)
{
    return is_nan_bits(kind, x) && !(kind == 's' ? x & 0x00400000 : x & (UINT64_C(1) << 51));
}

/*
 * libm through volatile pointers: without -frounding-math GCC may expand rint and
 * friends inline in ways that are only right in round-to-nearest (rint becomes
 * |x| + 2^52 - 2^52 with the sign copied back, which rounds negatives the wrong
 * way in RDN/RUP).
 */
static double (*volatile host_rint)(double) = rint;
static double (*volatile host_round)(double) = round;
static double (*volatile host_sqrt)(double) = sqrt;
static float (*volatile host_sqrtf)(float) = sqrtf;
static double (*volatile host_fma)(double, double, double) = fma;
static float (*volatile host_fmaf)(float, float, float) = fmaf;

static unsigned long midpoints[N_OPS]; /* RMM oracle cases that were exact midpoints */

static const int host_modes[4] = {FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD};

static uint32_t host_flags(int ex)
{
    return (ex & FE_INEXACT ? FPU_NX : 0) | (ex & FE_UNDERFLOW ? FPU_UF : 0) |
           (ex & FE_OVERFLOW ? FPU_OF : 0) | (ex & FE_DIVBYZERO ? FPU_DZ : 0) |
           (ex & FE_INVALID ? FPU_NV : 0);
}

/*
 * One rounding operation on the host FPU in host rounding mode fe, with the host
 * exception flags it raised. Operands go through volatiles so the compiler can
 * neither fold them nor move the operation outside the fesetround window.
 */
static uint64_t host_eval(enum op op, int fe, uint64_t a, uint64_t b, uint64_t c,
                          uint32_t *fl)
{
    volatile float fa = to_f32(a), fb = to_f32(b), fc = to_f32(c);
    volatile double da = to_f64(a), db = to_f64(b), dc = to_f64(c);
    volatile int32_t ia = (int32_t)a;
    volatile uint32_t ua = (uint32_t)a;
    volatile int64_t la = (int64_t)a;
    volatile uint64_t ma = a;
    volatile uint64_t r = 0;

    fesetround(fe);
    feclearexcept(FE_ALL_EXCEPT);
    switch (op) {
    case ADD_S: r = of_f32(fa + fb); break;
    case SUB_S: r = of_f32(fa - fb); break;
    case MUL_S: r = of_f32(fa * fb); break;
    case DIV_S: r = of_f32(fa / fb); break;
    case SQRT_S: r = of_f32(host_sqrtf(fa)); break;
    case FMADD_S: r = of_f32(host_fmaf(fa, fb, fc)); break;
    case FMSUB_S: r = of_f32(host_fmaf(fa, fb, -fc)); break;
    case FNMSUB_S: r = of_f32(host_fmaf(-fa, fb, fc)); break;
    case FNMADD_S: r = of_f32(host_fmaf(-fa, fb, -fc)); break;
    case ADD_D: r = of_f64(da + db); break;
    case SUB_D: r = of_f64(da - db); break;
    case MUL_D: r = of_f64(da * db); break;
    case DIV_D: r = of_f64(da / db); break;
    case SQRT_D: r = of_f64(host_sqrt(da)); break;
    case FMADD_D: r = of_f64(host_fma(da, db, dc)); break;
    case FMSUB_D: r = of_f64(host_fma(da, db, -dc)); break;
    case FNMSUB_D: r = of_f64(host_fma(-da, db, dc)); break;
    case FNMADD_D: r = of_f64(host_fma(-da, db, -dc)); break;
    case CVT_S_D: r = of_f32((float)da); break;
    case CVT_D_S: r = of_f64((double)fa); break;
    case CVT_S_W: r = of_f32((float)ia); break;
    case CVT_S_WU: r = of_f32((float)(int64_t)ua); break;
    case CVT_S_L: r = of_f32((float)la); break;
    case CVT_S_LU: /* see below */
        r = ma >> 63 ? of_f32((float)(int64_t)((ma >> 1) | (ma & 1)) * 2) : of_f32((float)la);
        break;
    case CVT_D_W: r = of_f64((double)ia); break;
    case CVT_D_WU: r = of_f64((double)(int64_t)ua); break;
    case CVT_D_L: r = of_f64((double)la); break;
    case CVT_D_LU:
        /* Compilers expand unsigned 64-bit conversions inline in ways that assume
         * round-to-nearest (clang's gives -0 for 0 when rounding down), so use the
         * signed instruction: halve with the lost bit ORed into bit 0, which rounds
         * the same in every mode, and double the result exactly. */
        r = ma >> 63 ? of_f64((double)(int64_t)((ma >> 1) | (ma & 1)) * 2) : of_f64((double)la);
        break;
    default: abort();
    }
    *fl = host_flags(fetestexcept(FE_ALL_EXCEPT));
    fesetround(FE_TONEAREST);
    return r;
}

/* s = a + b; true when the sum is exact (Knuth's TwoSum error is zero). */
static bool exact_sum(wide a, wide b, wide *s)
{
    volatile wide sum = a + b;
    volatile wide bv = sum - a;
    volatile wide err = (a - (sum - bv)) + (b - bv);
    *s = sum;
    return err == 0;
}

/* The fraction bits of a binary128 value below its top 7+53 significant bits. */
static uint64_t wide_low_bits(wide x)
{
    uint64_t w[2];
    memcpy(w, &x, sizeof w); /* little-endian: w[0] holds the low 64 fraction bits */
    return w[0] & ((UINT64_C(1) << 53) - 1);
}

/*
 * The exact value of a rounding operation, in binary128, if the check below can
 * prove it exact (every value that is a midpoint of the target format is: a
 * midpoint has at most p+1 significant bits). Returns false otherwise.
 */
static bool exact_value(enum op op, uint64_t a, uint64_t b, uint64_t c, wide *x)
{
    bool s = ops[op].in == 's';
    wide wa = s ? (wide)to_f32(a) : (wide)to_f64(a);
    wide wb = s ? (wide)to_f32(b) : (wide)to_f64(b);
    wide wc = s ? (wide)to_f32(c) : (wide)to_f64(c);

    switch (op) {
    case ADD_S: case ADD_D: return exact_sum(wa, wb, x);
    case SUB_S: case SUB_D: return exact_sum(wa, -wb, x);
    case MUL_S: case MUL_D: *x = wa * wb; return true; /* 106 bits fit in 113 */
    case FMADD_S: case FMADD_D: return exact_sum(wa * wb, wc, x);
    case FMSUB_S: case FMSUB_D: return exact_sum(wa * wb, -wc, x);
    case FNMSUB_S: case FNMSUB_D: return exact_sum(-(wa * wb), wc, x);
    case FNMADD_S: case FNMADD_D: return exact_sum(-(wa * wb), -wc, x);
    case DIV_S: case DIV_D: {
        /* a quotient of at most 60 bits times b is exact in 113 bits */
        wide q = wa / wb;
        *x = q;
        return wide_low_bits(q) == 0 && q * wb == wa;
    }
    case SQRT_S: case SQRT_D: {
        /* an exact root of a p-bit number has at most (p+1)/2 bits, so the host's
         * double root finds it if there is one */
        wide r = s ? (wide)sqrt((double)to_f32(a)) : (wide)sqrt(to_f64(a));
        *x = r;
        return r * r == wa;
    }
    case CVT_S_D: *x = wa; return true;
    case CVT_S_W: case CVT_D_W: *x = (wide)(int32_t)a; return true;
    case CVT_S_WU: case CVT_D_WU: *x = (wide)(uint32_t)a; return true;
    case CVT_S_L: case CVT_D_L: *x = (wide)(int64_t)a; return true;
    case CVT_S_LU: case CVT_D_LU: *x = (wide)a; return true;
    default: return false;
    }
}

/*
 * RMM for a rounding operation: RNE's result and flags, unless the exact value is
 * the midpoint of the RDN and RUP results, where RMM takes the one away from zero.
 * RNE and RMM flags agree at midpoints: both are inexact, the only midpoint that
 * can overflow (between the largest finite value and 2^(emax+1)) overflows in
 * both, and tininess-after-rounding differs only at the midpoint just below
 * 2^emin at full precision, which both round up to 2^emin.
 */
static uint64_t host_rmm(enum op op, uint64_t a, uint64_t b, uint64_t c, uint32_t *fl)
{
    char k = ops[op].out;
    uint32_t ignored;
    uint64_t r = host_eval(op, FE_TONEAREST, a, b, c, fl);

    if (is_nan_bits(k, r) || !(*fl & FPU_NX))
        return r;
    uint64_t lo = host_eval(op, FE_DOWNWARD, a, b, c, &ignored);
    uint64_t hi = host_eval(op, FE_UPWARD, a, b, c, &ignored);
    wide wlo = k == 's' ? (wide)to_f32(lo) : (wide)to_f64(lo);
    wide whi = k == 's' ? (wide)to_f32(hi) : (wide)to_f64(hi);
    wide x;

    if (exact_value(op, a, b, c, &x) && x == (wlo + whi) / 2) {
        midpoints[op]++;
        return x > 0 ? hi : lo;
    }
    return r;
}

/* Float to integer, restated from the spec on host doubles. */
static uint64_t oracle_to_int(enum op op, enum fpu_rm rm, uint64_t a, uint32_t *fl)
{
    bool s = ops[op].in == 's';
    volatile double x = s ? (double)to_f32(a) : to_f64(a); /* exact */
    int width = (op == CVT_W_S || op == CVT_WU_S || op == CVT_W_D || op == CVT_WU_D) ? 32 : 64;
    bool sgn = op == CVT_W_S || op == CVT_L_S || op == CVT_W_D || op == CVT_L_D;
    double lo = sgn ? -ldexp(1, width - 1) : 0, hi = ldexp(1, sgn ? width - 1 : width);
    uint64_t maxv = sgn ? (UINT64_C(1) << (width - 1)) - 1 : UINT64_MAX >> (64 - width);
    uint64_t minv = sgn ? NEG(UINT64_C(1) << (width - 1)) : 0, r;
    volatile double rounded;

    *fl = 0;
    if (rm == FPU_RMM) {
        rounded = host_round(x);
    } else {
        fesetround(host_modes[rm]);
        rounded = host_rint(x);
        fesetround(FE_TONEAREST);
    }
    if (isnan(x) || rounded >= hi) {
        *fl = FPU_NV;
        r = maxv;
    } else if (rounded < lo) {
        *fl = FPU_NV;
        r = minv;
    } else {
        r = sgn ? (uint64_t)(int64_t)rounded : (uint64_t)rounded;
        *fl = rounded != x ? FPU_NX : 0;
    }
    return width == 32 ? (uint64_t)(int64_t)(int32_t)(uint32_t)r : r;
}

/* fmin/fmax, comparisons and fclass, restated from the spec on host floats. */
static uint64_t oracle_other(enum op op, uint64_t a, uint64_t b, uint32_t *fl)
{
    char k = ops[op].in;
    double x = k == 's' ? (double)to_f32(a) : to_f64(a); /* exact, NaN-ness kept */
    double y = k == 's' ? (double)to_f32(b) : to_f64(b);
    bool xn = is_nan_bits(k, a), yn = is_nan_bits(k, b);
    bool any_snan = is_snan_bits(k, a) || (ops[op].nargs > 1 && is_snan_bits(k, b));
    uint64_t qnan = k == 's' ? S_QNAN : D_QNAN;

    *fl = 0;
    switch (op) {
    case MIN_S: case MIN_D: case MAX_S: case MAX_D: {
        bool want_max = op == MAX_S || op == MAX_D;
        if (any_snan)
            *fl = FPU_NV;
        if (xn || yn)
            return xn && yn ? qnan : xn ? b : a;
        if (x == y) /* equal, or zeros of either sign: -0 is the smaller */
            return (signbit(x) != 0) != want_max ? a : b;
        return (x < y) != want_max ? a : b;
    }
    case EQ_S: case EQ_D:
        if (any_snan)
            *fl = FPU_NV;
        return !xn && !yn && x == y;
    case LT_S: case LT_D: case LE_S: case LE_D:
        if (xn || yn) {
            *fl = FPU_NV;
            return 0;
        }
        return op == LT_S || op == LT_D ? x < y : x <= y;
    case CLASS_S: case CLASS_D: {
        bool neg = signbit(x) != 0;
        if (xn)
            return any_snan ? FPU_CLASS_SNAN : FPU_CLASS_QNAN;
        /* classify in the operand's own format: a binary32 subnormal is a normal double */
        float xf = (float)x;
        switch (k == 's' ? fpclassify(xf) : fpclassify(x)) {
        case FP_INFINITE: return neg ? FPU_CLASS_NEG_INF : FPU_CLASS_POS_INF;
        case FP_ZERO: return neg ? FPU_CLASS_NEG_ZERO : FPU_CLASS_POS_ZERO;
        case FP_SUBNORMAL: return neg ? FPU_CLASS_NEG_SUBNORMAL : FPU_CLASS_POS_SUBNORMAL;
        default: return neg ? FPU_CLASS_NEG_NORMAL : FPU_CLASS_POS_NORMAL;
        }
    }
    default: abort();
    }
}

static uint64_t oracle(enum op op, enum fpu_rm rm, uint64_t a, uint64_t b, uint64_t c,
                       uint32_t *fl)
{
    const struct opinfo *oi = &ops[op];
    uint64_t r;

    if (oi->out == 'x')
        return op == EQ_S || op == EQ_D || op == LT_S || op == LT_D || op == LE_S ||
                       op == LE_D || op == CLASS_S || op == CLASS_D
                   ? oracle_other(op, a, b, fl)
                   : oracle_to_int(op, rm, a, fl);
    if (op == MIN_S || op == MAX_S || op == MIN_D || op == MAX_D)
        return oracle_other(op, a, b, fl);

    r = rm == FPU_RMM ? host_rmm(op, a, b, c, fl) : host_eval(op, host_modes[rm], a, b, c, fl);
    if (is_nan_bits(oi->out, r))
        r = oi->out == 's' ? S_QNAN : D_QNAN; /* RISC-V: always the canonical NaN */
    if (oi->nargs == 3) {
        /* RISC-V: inf * 0 + c is invalid even for a quiet NaN c (IEEE: optional) */
        bool s = oi->in == 's';
        double x = s ? to_f32(a) : to_f64(a), y = s ? to_f32(b) : to_f64(b);
        if ((isinf(x) && y == 0) || (x == 0 && isinf(y)))
            *fl |= FPU_NV;
    }
    return r;
}

/* ---- random operands, biased toward the edges ---- */

static uint64_t rng_state;

static uint64_t rnd(void) /* splitmix64 */
{
    uint64_t z = (rng_state += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

static int rnd_below(int n) { return (int)(rnd() % (uint64_t)n); }

/* A fraction field of fb bits: random, or a pattern that makes ties and carries. */
static uint64_t gen_frac(int fb)
{
    uint64_t mask = (UINT64_C(1) << fb) - 1;
    switch (rnd_below(10)) {
    case 0: return 0;
    case 1: return mask;
    case 2: return UINT64_C(1) << rnd_below(fb);
    case 3: return mask >> rnd_below(fb);                 /* low ones */
    case 4: return mask & ~(mask >> rnd_below(fb));       /* high ones */
    case 5: return (UINT64_C(1) << rnd_below(fb)) | (UINT64_C(1) << rnd_below(fb)) | 1;
    case 6: return (UINT64_C(1) << rnd_below(fb)) | (UINT64_C(1) << (fb - 1));
    default: return rnd() & mask;
    }
}

/* A float of precision p, random sign, exponent field `field` (clamped to finite).
 * (Every rnd() call is its own full expression or inside a callee, so the random
 * sequence does not depend on the compiler's order of evaluating arguments.) */
static uint64_t make_fp(int p, long field)
{
    int fb = p - 1, eb = p == 24 ? 8 : 11;
    long max = (1L << eb) - 2;
    uint64_t sign = rnd() & 1 ? UINT64_C(1) << (fb + eb) : 0;

    if (field < 0)
        field = 0;
    if (field > max)
        field = max;
    uint64_t frac = gen_frac(fb);
    if (field == 0 && frac == 0)
        frac = 1;
    return sign | (uint64_t)field << fb | frac;
}

/* Any float of precision p, every class represented, exponents mostly at the edges. */
static uint64_t gen_fp(int p)
{
    int fb = p - 1, eb = p == 24 ? 8 : 11;
    long bias = (1L << (eb - 1)) - 1, max = (1L << eb) - 2;
    uint64_t expall = ((UINT64_C(1) << eb) - 1) << fb;
    bool neg = rnd() & 1;
    uint64_t sign = neg ? UINT64_C(1) << (fb + eb) : 0;
    int r = rnd_below(64);

    if (r == 0)
        return sign;
    if (r == 1)
        return sign | expall;
    if (r == 2) /* quiet NaN */
        return sign | expall | (UINT64_C(1) << (fb - 1)) | (rnd() & ((UINT64_C(1) << (fb - 1)) - 1));
    if (r == 3) /* signaling NaN */
        return sign | expall | (gen_frac(fb - 1) | 1);
    if (r < 10)
        return make_fp(p, 0);
    if (r < 18)
        return make_fp(p, 1 + rnd_below(p + 2));
    if (r < 26)
        return make_fp(p, max - rnd_below(p + 2));
    if (r < 44)
        return make_fp(p, bias - (p + 2) + rnd_below(2 * p + 5));
    return make_fp(p, rnd_below((int)max + 1));
}

static long field_of(int p, uint64_t x)
{
    int fb = p - 1, eb = p == 24 ? 8 : 11;
    return (long)((x >> fb) & ((UINT64_C(1) << eb) - 1));
}

/* An integer operand: small, near a power of two, or few bits (ties). */
static uint64_t gen_int(int bits)
{
    uint64_t v;
    switch (rnd_below(6)) {
    case 0:
        v = rnd();
        v >>= rnd_below(64);
        break;
    case 1:
        v = UINT64_C(1) << rnd_below(64);
        v += (uint64_t)(rnd_below(5) - 2);
        break;
    case 2:
        v = UINT64_C(1) << rnd_below(64);
        v |= UINT64_C(1) << rnd_below(64);
        v |= rnd() & 1;
        break;
    case 3: v = (uint64_t)rnd_below(7) - 3; break;
    default: v = rnd(); break;
    }
    if (rnd() & 1)
        v = NEG(v);
    return bits == 32 ? (uint32_t)v : v;
}

/* A float whose exponent puts it in or near an integer conversion's range. */
static uint64_t gen_cvt_operand(int p)
{
    long bias = p == 24 ? 127 : 1023;
    if (rnd_below(4) == 0)
        return gen_fp(p);
    return make_fp(p, bias - 2 + rnd_below(68));
}

/* ---- operands whose exact result is a midpoint (a tie) of the target format ---- */

static wide w_pow2(int e)
{
    uint64_t w[2] = {0, (uint64_t)(e + 16383) << 48};
    wide x;
    memcpy(&x, w, sizeof x);
    return x;
}

static int w_exp(wide x) /* exponent of a normal binary128 value */
{
    uint64_t w[2];
    memcpy(w, &x, sizeof w);
    return (int)((w[1] >> 48) & 0x7fff) - 16383;
}

/* x with its significand cut to p bits (towards zero). */
static wide w_trunc(wide x, int p)
{
    uint64_t w[2];
    int cut = 113 - p; /* of the 112 fraction bits, keep the top p - 1 */
    memcpy(w, &x, sizeof w);
    if (cut >= 64) {
        w[0] = 0;
        w[1] &= ~((UINT64_C(1) << (cut - 64)) - 1);
    } else {
        w[0] &= ~((UINT64_C(1) << cut) - 1);
    }
    memcpy(&x, w, sizeof x);
    return x;
}

/* The bits of x in format p, if x is exactly representable there. */
static bool fp_exact(int p, wide x, uint64_t *bits)
{
    if (p == 24) {
        float f = (float)x;
        *bits = of_f32(f);
        return (wide)f == x;
    }
    double d = (double)x;
    *bits = of_f64(d);
    return (wide)d == x;
}

/* A random odd number of exactly n bits (1 <= n <= 63). */
static uint64_t odd_bits(int n)
{
    uint64_t top = UINT64_C(1) << (n - 1);
    return (rnd() & (top - 1)) | top | 1;
}

static int bit_length(uint64_t x) { return 64 - __builtin_clzll(x); }

static wide w_rand_sign(wide x) { return rnd() & 1 ? -x : x; }

/* A finite nonzero float of precision p with a moderate exponent, as binary128. */
static wide w_gen_finite(int p, uint64_t *bits)
{
    long bias = p == 24 ? 127 : 1023;
    *bits = make_fp(p, bias - 2 * p + rnd_below(4 * p));
    return p == 24 ? (wide)to_f32(*bits) : (wide)to_f64(*bits);
}

/* The ops gen_midpoint has a construction for (all rounding ops whose exact result
 * can be a midpoint: a square root never is one, nor a widening conversion). */
static bool builds_midpoints(enum op op)
{
    const struct opinfo *oi = &ops[op];
    return (oi->out == 's' || oi->out == 'd') && op != SQRT_S && op != SQRT_D &&
           op != MIN_S && op != MAX_S && op != MIN_D && op != MAX_D && op != CVT_D_S &&
           op != CVT_D_W && op != CVT_D_WU;
}

/*
 * Operands for op whose exact result is a midpoint between two neighbours of the
 * result format (where the test can build one), so RNE and RMM must differ.
 * Returns false when op has no such construction or a build did not fit.
 */
static bool gen_midpoint(enum op op, uint64_t *a, uint64_t *b, uint64_t *c)
{
    const struct opinfo *oi = &ops[op];
    int p = oi->out == 's' ? 24 : 53, emin = p == 24 ? -126 : -1022;
    int emax = -emin + 1;

    switch (op) {
    case MUL_S: case MUL_D: { /* odd A * odd B with exactly p+1 bits */
        int nb = 2 + rnd_below(p - 2);
        uint64_t B = odd_bits(nb), A = odd_bits(p + 2 - nb);
        if (bit_length(A * B) != p + 1) /* at most 2p bits: no overflow */
            A = odd_bits(p + 1 - nb);
        int ea = emin + rnd_below(emax - emin), eb = emin + rnd_below(emax - emin) - ea;
        return bit_length(A * B) == p + 1 &&
               fp_exact(p, w_rand_sign((wide)A * w_pow2(ea - bit_length(A))), a) &&
               fp_exact(p, w_rand_sign((wide)B * w_pow2(eb)), b);
    }
    case DIV_S: case DIV_D: { /* (M*B)/B = M * 2^(emin-p): a subnormal midpoint */
        int nb = 1 + rnd_below(p / 2);
        uint64_t B = odd_bits(nb), M = odd_bits(1 + rnd_below(p - nb));
        int k = rnd_below(emax);
        return fp_exact(p, w_rand_sign((wide)(M * B) * w_pow2(emin - p + k)), a) &&
               fp_exact(p, w_rand_sign((wide)B * w_pow2(k)), b);
    }
    case ADD_S: case ADD_D: case SUB_S: case SUB_D: { /* b = T - a */
        uint64_t y;
        wide x = w_gen_finite(p, a), s = w_gen_finite(p, &y);
        s = x + s * w_pow2(-rnd_below(p + 2));
        if (s == 0 || w_exp(s) < emin || w_exp(s) > emax - 1)
            return false;
        wide h = w_trunc(s, p), t = h + (s > 0 ? 1 : -1) * w_pow2(w_exp(h) - p);
        return fp_exact(p, op == ADD_S || op == ADD_D ? t - x : x - t, b);
    }
    case FMADD_S: case FMSUB_S: case FNMSUB_S: case FNMADD_S:
    case FMADD_D: case FMSUB_D: case FNMSUB_D: case FNMADD_D: { /* c = T - a*b */
        wide prod = w_gen_finite(p, a);
        prod *= w_gen_finite(p, b);
        if (op == FNMSUB_S || op == FNMADD_S || op == FNMSUB_D || op == FNMADD_D)
            prod = -prod;
        if (w_exp(prod) < emin || w_exp(prod) > emax - 1)
            return false;
        wide h = w_trunc(prod, p), t = h + (prod > 0 ? 1 : -1) * w_pow2(w_exp(h) - p);
        bool minus = op == FMSUB_S || op == FNMADD_S || op == FMSUB_D || op == FNMADD_D;
        return fp_exact(p, minus ? prod - t : t - prod, c);
    }
    case CVT_S_D: { /* halfway between a binary32 and its successor */
        uint64_t x = make_fp(24, rnd_below(254));
        wide lo = to_f32(x), hi = nextafterf(to_f32(x), lo > 0 ? INFINITY : -INFINITY);
        return isfinite((float)hi) && fp_exact(53, (lo + hi) / 2, a);
    }
    case CVT_S_W: case CVT_S_WU: case CVT_S_L: case CVT_S_LU: case CVT_D_L: case CVT_D_LU: {
        int width = op == CVT_S_W || op == CVT_S_WU ? 32 : 64;
        bool is_signed = op == CVT_S_W || op == CVT_S_L || op == CVT_D_L;
        int room = width - (is_signed ? 1 : 0) - (p + 1);
        uint64_t v = odd_bits(p + 1) << rnd_below(room + 1);
        if (is_signed && rnd() & 1)
            v = NEG(v);
        *a = width == 32 ? (uint32_t)v : v;
        return true;
    }
    default:
        return false;
    }
}

/*
 * Operands for op whose result lies within a few units of the last place of 2^emin
 * (where tininess after rounding differs from before) or of the overflow threshold.
 * The last operand is solved for from a random target T, rounded to the format.
 */
static bool gen_boundary(enum op op, uint64_t *a, uint64_t *b, uint64_t *c)
{
    const struct opinfo *oi = &ops[op];
    int p = oi->out == 's' ? 24 : 53, emin = p == 24 ? -126 : -1022;
    int edge = rnd() & 1 ? emin : -emin + 2; /* 2^emin or 2^(emax+1) */
    int units = rnd_below(9) - 4, scale = -(p - 2) - rnd_below(p + 8);
    wide t = w_pow2(edge) * (1 - (wide)units * w_pow2(scale));
    wide x, y;

    t = w_rand_sign(t);
    switch (op) {
    case ADD_S: case ADD_D: case SUB_S: case SUB_D:
        x = w_gen_finite(p, a) * w_pow2(edge - p - rnd_below(4));
        if (!fp_exact(p, x, a))
            return false;
        return fp_exact(p, p == 24 ? (wide)(float)(op == ADD_S ? t - x : x - t)
                                   : (wide)(double)(op == ADD_D ? t - x : x - t), b);
    case MUL_S: case MUL_D: case DIV_S: case DIV_D:
        x = w_gen_finite(p, a);
        y = op == MUL_S || op == MUL_D ? t / x : x / t;
        return fp_exact(p, p == 24 ? (wide)(float)y : (wide)(double)y, b);
    case FMADD_S: case FMSUB_S: case FNMSUB_S: case FNMADD_S:
    case FMADD_D: case FMSUB_D: case FNMSUB_D: case FNMADD_D:
        x = w_gen_finite(p, a);
        x *= w_gen_finite(p, b);
        if (op == FNMSUB_S || op == FNMADD_S || op == FNMSUB_D || op == FNMADD_D)
            x = -x;
        y = op == FMSUB_S || op == FNMADD_S || op == FMSUB_D || op == FNMADD_D ? x - t : t - x;
        return fp_exact(p, p == 24 ? (wide)(float)y : (wide)(double)y, c);
    case CVT_S_D:
        return fp_exact(53, (wide)(double)t, a);
    default:
        return false;
    }
}

/* Operands for op; the second and third are often tied to the first so that sums
 * cancel, products and quotients reach the subnormal and overflow ranges, and fma
 * addends land on the product's exponent. */
static void gen_operands(enum op op, uint64_t *a, uint64_t *b, uint64_t *c)
{
    const struct opinfo *oi = &ops[op];
    int p = oi->in == 's' ? 24 : 53;
    long bias = p == 24 ? 127 : 1023, max = p == 24 ? 254 : 2046;
    bool is_int_out = oi->out == 'x' && oi->nargs == 1 && op != CLASS_S && op != CLASS_D;

    *b = *c = 0;
    if (rnd_below(8) == 0 && gen_midpoint(op, a, b, c))
        return;
    *b = *c = 0;
    if (rnd_below(8) == 0 && gen_boundary(op, a, b, c))
        return;
    *b = *c = 0; /* a failed build may have left some */
    if (oi->in != 's' && oi->in != 'd') {
        *a = gen_int(oi->in == 'w' || oi->in == 'u' ? 32 : 64);
        return;
    }
    *a = is_int_out ? gen_cvt_operand(p) : gen_fp(p);
    if (oi->nargs == 1)
        return;
    *b = gen_fp(p);
    *c = gen_fp(p);
    long fa = field_of(p, *a), spread = p + 3;
    switch (rnd_below(4)) {
    case 0: /* b near a in magnitude (cancellation, ties, exact results) */
        *b = make_fp(p, fa - spread + rnd_below(2 * (int)spread + 1));
        if (rnd_below(4) == 0)
            *b = (*b & ~((UINT64_C(1) << (p - 1)) - 1)) | (*a & ((UINT64_C(1) << (p - 1)) - 1));
        break;
    case 1: { /* a*b or a/b near the bottom or the top of the exponent range */
        long target = rnd() & 1 ? -(long)p - 2 + rnd_below(p + 6) : max - 3 + rnd_below(7);
        long fb = op == DIV_S || op == DIV_D ? fa - target + bias : target - fa + bias;
        *b = make_fp(p, fb);
        break;
    }
    default:
        break;
    }
    if (oi->nargs == 3 && rnd_below(2)) { /* c near the product */
        long pf = fa + field_of(p, *b) - bias;
        *c = make_fp(p, pf - 2 * p + rnd_below(4 * p + 1));
    }
}

static void run_random(unsigned long per_mode)
{
    unsigned long total_midpoints = 0;

    for (int op = 0; op < N_OPS; op++) {
        for (int rm = 0; rm < 5; rm++) {
            for (unsigned long i = 0; i < per_mode; i++) {
                uint64_t a = 0, b = 0, c = 0;
                uint32_t gotf = 0, wantf = 0;
                gen_operands((enum op)op, &a, &b, &c);
                uint64_t got = run_impl((enum op)op, (enum fpu_rm)rm, a, b, c, &gotf);
                uint64_t want = oracle((enum op)op, (enum fpu_rm)rm, a, b, c, &wantf);
                check("random", (enum op)op, (enum fpu_rm)rm, a, b, c, got, gotf, want, wantf);
            }
        }
        /* keep the RMM check honest: every op gen_midpoint builds ties for must
         * actually have met some */
        if (per_mode >= 100 && builds_midpoints((enum op)op) && midpoints[op] == 0) {
            n_fail++;
            printf("FAIL random %s: no RMM case was an exact midpoint\n", ops[op].name);
        }
        total_midpoints += midpoints[op];
    }
    printf("random: %lu cases per op and mode, %lu RMM cases at exact midpoints\n", per_mode,
           total_midpoints);
}

/* The oracle must not be trusted blindly: spot-check it on known answers. */
static void check_oracle(void)
{
    uint32_t fl;
    uint64_t r = oracle(ADD_S, FPU_RMM, S_ONE, 0x33800000, 0, &fl); /* 1 + 2^-24, a tie */
    check("oracle", ADD_S, FPU_RMM, S_ONE, 0x33800000, 0, r, fl, 0x3f800001, NX);
    r = oracle(ADD_S, FPU_RNE, S_ONE, 0x33800000, 0, &fl);
    check("oracle", ADD_S, FPU_RNE, S_ONE, 0x33800000, 0, r, fl, S_ONE, NX);
    r = oracle(MUL_D, FPU_RMM, D_MINS, D_HALF, 0, &fl);
    check("oracle", MUL_D, FPU_RMM, D_MINS, D_HALF, 0, r, fl, D_MINS, UF | NX);
    r = oracle(FMADD_D, FPU_RTZ, 0x9e40000000000000, 0x1e40000000000000, D_MINN, &fl);
    check("oracle", FMADD_D, FPU_RTZ, 0x9e40000000000000, 0x1e40000000000000, D_MINN, r, fl,
          D_MAXS, UF | NX);
    r = oracle(CVT_D_L, FPU_RMM, (UINT64_C(1) << 53) + 1, 0, 0, &fl);
    check("oracle", CVT_D_L, FPU_RMM, (UINT64_C(1) << 53) + 1, 0, 0, r, fl, 0x4340000000000001, NX);
}

int main(int argc, char **argv)
{
    double scale = argc > 1 ? atof(argv[1]) : 1.0;
    rng_state = argc > 2 ? strtoull(argv[2], NULL, 0) : UINT64_C(0x5eed0f0f1);

    if (fegetround() != FE_TONEAREST) {
        printf("FAIL host is not in round-to-nearest\n");
        return 1;
    }
    check_oracle();
    run_hand_cases();
    run_random((unsigned long)(20000 * scale));

    for (int op = 0; op < N_OPS; op++)
        for (int rm = 0; rm < 5; rm++)
            if (shown[op][rm] > MAX_SHOWN)
                printf("FAIL ... %lu more failures of %s %s not shown\n",
                       shown[op][rm] - MAX_SHOWN, ops[op].name, rm_names[rm]);
    printf("%lu passed, %lu failed\n", n_pass, n_fail);
    return n_fail != 0;
}
