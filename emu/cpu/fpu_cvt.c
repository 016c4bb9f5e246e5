/*
 * fpu_cvt.c: conversions (float<->float, float<->integer), comparisons, fmin/fmax
 * and fclass for binary32 and binary64, with the RISC-V rules (unprivileged spec,
 * "F" chapter: "Single-Precision Floating-Point Conversion and Move Instructions",
 * "Single-Precision Floating-Point Compare Instructions").
 */
#include "cpu/fpu.h"

#include "cpu/fpu_core.h"

/* ---- float <-> float ---- */

/* fcvt.d.s: every binary32 value is a binary64 value, so this never rounds. */
uint64_t fpu_cvt_f32_to_f64(uint32_t a, enum fpu_rm rm, uint32_t *flags)
{
    uint64_t mag = f_mag(P32, a), sign = (uint64_t)(a >> 31) << 63;

    (void)rm;
    if (mag > f_inf(P32)) {
        f_signal_snan(P32, a, flags);
        return f_qnan(P64);
    }
    if (mag == f_inf(P32))
        return sign | f_inf(P64);
    if (mag == 0)
        return sign;

    struct unpacked u = f_unpack(P32, mag);
    return sign | (uint64_t)(u.exp + f_bias(P64)) << 52 | ((u.sig >> 11) & f_frac_mask(P64));
}

/* fcvt.s.d */
uint32_t fpu_cvt_f64_to_f32(uint64_t a, enum fpu_rm rm, uint32_t *flags)
{
    uint64_t mag = f_mag(P64, a);
    bool neg = (a >> 63) != 0;

    if (mag > f_inf(P64)) {
        f_signal_snan(P64, a, flags);
        return (uint32_t)f_qnan(P32);
    }
    if (mag == f_inf(P64))
        return (neg ? UINT32_C(0x80000000) : 0) | (uint32_t)f_inf(P32);
    if (mag == 0)
        return neg ? UINT32_C(0x80000000) : 0;

    struct unpacked u = f_unpack(P64, mag);
    return (uint32_t)round_pack(P32, neg, u.exp, u.sig, rm, flags);
}

/* ---- float -> integer ---- */

/*
 * Round a (format p) to an integer per rm and clip it to a width-bit integer,
 * signed or not (spec table "Domains of float-to-integer conversions"). Returns the
 * 64-bit register value: 32-bit results are sign-extended from bit 31.
 */
FPU_INLINE uint64_t to_int(int p, uint64_t a, int width, bool is_signed, enum fpu_rm rm,
                           uint32_t *flags)
{
    uint64_t mag = f_mag(p, a);
    bool neg = (a & f_sign(p)) != 0;
    /* largest magnitudes allowed for a positive and a negative result */
    uint64_t pos_limit = is_signed ? (UINT64_C(1) << (width - 1)) - 1
                                   : UINT64_MAX >> (64 - width);
    uint64_t neg_limit = is_signed ? UINT64_C(1) << (width - 1) : 0;
    uint64_t m = 0, result;
    bool inexact = false, huge = true; /* huge: |a| >= 2^64, inf or NaN */

    if (mag == 0)
        return 0;
    if (mag > f_inf(p))
        neg = false; /* NaN converts like +infinity */
    if (mag < f_inf(p)) {
        struct unpacked u = f_unpack(p, mag);
        huge = u.exp > 63;
        if (u.exp == 63) {
            m = u.sig;
        } else if (u.exp < 63) {
            int k = 63 - u.exp;
            uint64_t sig = u.sig;
            if (k > 63) { /* |a| < 1/2: only a sticky bit below the half is kept */
                sig = shr_jam64(sig, k - 63);
                k = 63;
            }
            m = shift_round(sig, k, neg, rm, &inexact);
        }
    }

    if (huge || (neg ? m > neg_limit : m > pos_limit)) {
        *flags |= FPU_NV;
        result = neg ? (uint64_t)0 - neg_limit : pos_limit;
    } else {
        if (inexact)
            *flags |= FPU_NX;
        result = neg ? (uint64_t)0 - m : m;
    }
    if (width == 32)
        result = (uint64_t)(int64_t)(int32_t)(uint32_t)result;
    return result;
}

uint64_t fpu_cvt_f32_to_i32(uint32_t a, enum fpu_rm rm, uint32_t *flags)
{
    return to_int(P32, a, 32, true, rm, flags);
}

uint64_t fpu_cvt_f32_to_u32(uint32_t a, enum fpu_rm rm, uint32_t *flags)
{
    return to_int(P32, a, 32, false, rm, flags);
}

uint64_t fpu_cvt_f32_to_i64(uint32_t a, enum fpu_rm rm, uint32_t *flags)
{
    return to_int(P32, a, 64, true, rm, flags);
}

uint64_t fpu_cvt_f32_to_u64(uint32_t a, enum fpu_rm rm, uint32_t *flags)
{
    return to_int(P32, a, 64, false, rm, flags);
}

uint64_t fpu_cvt_f64_to_i32(uint64_t a, enum fpu_rm rm, uint32_t *flags)
{
    return to_int(P64, a, 32, true, rm, flags);
}

uint64_t fpu_cvt_f64_to_u32(uint64_t a, enum fpu_rm rm, uint32_t *flags)
{
    return to_int(P64, a, 32, false, rm, flags);
}

uint64_t fpu_cvt_f64_to_i64(uint64_t a, enum fpu_rm rm, uint32_t *flags)
{
    return to_int(P64, a, 64, true, rm, flags);
}

uint64_t fpu_cvt_f64_to_u64(uint64_t a, enum fpu_rm rm, uint32_t *flags)
{
    return to_int(P64, a, 64, false, rm, flags);
}

/* ---- integer -> float ---- */

/* (-1)^neg * mag rounded to format p. */
FPU_INLINE uint64_t from_int(int p, bool neg, uint64_t mag, enum fpu_rm rm, uint32_t *flags)
{
    if (mag == 0)
        return 0;
    int lz = clz64(mag);
    return round_pack(p, neg, 63 - lz, mag << lz, rm, flags);
}

/* The magnitude of a signed value, without overflow for INT64_MIN. */
static inline uint64_t abs64(int64_t v)
{
    return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

uint32_t fpu_cvt_i32_to_f32(int32_t a, enum fpu_rm rm, uint32_t *flags)
{
    return (uint32_t)from_int(P32, a < 0, abs64(a), rm, flags);
}

uint32_t fpu_cvt_u32_to_f32(uint32_t a, enum fpu_rm rm, uint32_t *flags)
{
    return (uint32_t)from_int(P32, false, a, rm, flags);
}

uint32_t fpu_cvt_i64_to_f32(int64_t a, enum fpu_rm rm, uint32_t *flags)
{
    return (uint32_t)from_int(P32, a < 0, abs64(a), rm, flags);
}

uint32_t fpu_cvt_u64_to_f32(uint64_t a, enum fpu_rm rm, uint32_t *flags)
{
    return (uint32_t)from_int(P32, false, a, rm, flags);
}

uint64_t fpu_cvt_i32_to_f64(int32_t a, enum fpu_rm rm, uint32_t *flags)
{
    return from_int(P64, a < 0, abs64(a), rm, flags);
}

uint64_t fpu_cvt_u32_to_f64(uint32_t a, enum fpu_rm rm, uint32_t *flags)
{
    return from_int(P64, false, a, rm, flags);
}

uint64_t fpu_cvt_i64_to_f64(int64_t a, enum fpu_rm rm, uint32_t *flags)
{
    return from_int(P64, a < 0, abs64(a), rm, flags);
}

uint64_t fpu_cvt_u64_to_f64(uint64_t a, enum fpu_rm rm, uint32_t *flags)
{
    return from_int(P64, false, a, rm, flags);
}

/* ---- comparisons, min/max ---- */

/* a < b for non-NaN a and b; -0 and +0 are equal if zeros_equal, else -0 < +0. */
FPU_INLINE bool ordered_less(int p, uint64_t a, uint64_t b, bool zeros_equal)
{
    bool na = (a & f_sign(p)) != 0, nb = (b & f_sign(p)) != 0;
    uint64_t ma = f_mag(p, a), mb = f_mag(p, b);

    if (zeros_equal && ma == 0 && mb == 0)
        return false;
    if (na != nb)
        return na;
    return na ? ma > mb : ma < mb;
}

/* feq: quiet, so only a signaling NaN is invalid. */
FPU_INLINE bool eq_core(int p, uint64_t a, uint64_t b, uint32_t *flags)
{
    if (f_is_nan(p, a) || f_is_nan(p, b)) {
        f_signal_snan(p, a, flags);
        f_signal_snan(p, b, flags);
        return false;
    }
    return a == b || (f_mag(p, a) == 0 && f_mag(p, b) == 0);
}

/* flt / fle: signaling, so any NaN is invalid. */
FPU_INLINE bool less_core(int p, uint64_t a, uint64_t b, bool or_equal, uint32_t *flags)
{
    if (f_is_nan(p, a) || f_is_nan(p, b)) {
        *flags |= FPU_NV;
        return false;
    }
    if (or_equal)
        return !ordered_less(p, b, a, true);
    return ordered_less(p, a, b, true);
}

/*
 * fmin/fmax (spec 2.2+: IEEE 754-2019 minimumNumber/maximumNumber): a single NaN
 * operand yields the other operand, two NaNs the canonical NaN, a signaling NaN
 * raises NV, and -0 is less than +0.
 */
FPU_INLINE uint64_t minmax_core(int p, uint64_t a, uint64_t b, bool want_max, uint32_t *flags)
{
    bool an = f_is_nan(p, a), bn = f_is_nan(p, b);

    if (an || bn) {
        uint64_t nan = f_nan_result(p, a, b, flags);
        return an && bn ? nan : an ? b : a;
    }
    return ordered_less(p, a, b, false) != want_max ? a : b;
}

FPU_INLINE uint32_t class_core(int p, uint64_t a)
{
    uint64_t mag = f_mag(p, a);
    bool neg = (a & f_sign(p)) != 0;

    if (mag > f_inf(p))
        return f_is_snan(p, a) ? FPU_CLASS_SNAN : FPU_CLASS_QNAN;
    if (mag == f_inf(p))
        return neg ? FPU_CLASS_NEG_INF : FPU_CLASS_POS_INF;
    if (mag == 0)
        return neg ? FPU_CLASS_NEG_ZERO : FPU_CLASS_POS_ZERO;
    if (mag <= f_frac_mask(p))
        return neg ? FPU_CLASS_NEG_SUBNORMAL : FPU_CLASS_POS_SUBNORMAL;
    return neg ? FPU_CLASS_NEG_NORMAL : FPU_CLASS_POS_NORMAL;
}

uint32_t fpu_min_f32(uint32_t a, uint32_t b, uint32_t *flags)
{
    return (uint32_t)minmax_core(P32, a, b, false, flags);
}

uint32_t fpu_max_f32(uint32_t a, uint32_t b, uint32_t *flags)
{
    return (uint32_t)minmax_core(P32, a, b, true, flags);
}

bool fpu_eq_f32(uint32_t a, uint32_t b, uint32_t *flags) { return eq_core(P32, a, b, flags); }

bool fpu_lt_f32(uint32_t a, uint32_t b, uint32_t *flags)
{
    return less_core(P32, a, b, false, flags);
}

bool fpu_le_f32(uint32_t a, uint32_t b, uint32_t *flags)
{
    return less_core(P32, a, b, true, flags);
}

uint32_t fpu_class_f32(uint32_t a) { return class_core(P32, a); }

uint64_t fpu_min_f64(uint64_t a, uint64_t b, uint32_t *flags)
{
    return minmax_core(P64, a, b, false, flags);
}

uint64_t fpu_max_f64(uint64_t a, uint64_t b, uint32_t *flags)
{
    return minmax_core(P64, a, b, true, flags);
}

bool fpu_eq_f64(uint64_t a, uint64_t b, uint32_t *flags) { return eq_core(P64, a, b, flags); }

bool fpu_lt_f64(uint64_t a, uint64_t b, uint32_t *flags)
{
    return less_core(P64, a, b, false, flags);
}

bool fpu_le_f64(uint64_t a, uint64_t b, uint32_t *flags)
{
    return less_core(P64, a, b, true, flags);
}

uint32_t fpu_class_f64(uint64_t a) { return class_core(P64, a); }
