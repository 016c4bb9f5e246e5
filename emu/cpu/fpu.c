/*
 * fpu.c: the arithmetic operations (add, sub, mul, div, sqrt, fused multiply-add)
 * for binary32 and binary64, exact in all five RISC-V rounding modes.
 *
 * Each operation handles NaN, infinity and zero operands first, then computes the
 * result significand exactly (or jammed, see fpu_core.h) in integers and hands it
 * to round_pack, the only place that rounds. The two formats share every line:
 * the generic cores are inlined into the f32 and f64 wrappers at the bottom.
 *
 * Division and square root take a first estimate from the host FPU on operands
 * scaled into [1, 4), where nothing can overflow, underflow or be subnormal, then
 * make it exact with a 128-bit integer product (see div_sig and sqrt_sig).
 */
#include "cpu/fpu.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "cpu/fpu_core.h"

/* The estimates need each host double operation rounded once, to double. */
_Static_assert(FLT_EVAL_METHOD == 0, "fpu.c needs FLT_EVAL_METHOD == 0 (SSE2, not x87)");
_Static_assert(sizeof(double) == 8 && DBL_MANT_DIG == 53, "fpu.c needs an IEEE binary64 double");

static inline double bits_to_double(uint64_t x)
{
    double d;
    memcpy(&d, &x, sizeof d);
    return d;
}

static inline uint64_t double_to_bits(double d)
{
    uint64_t x;
    memcpy(&x, &d, sizeof x);
    return x;
}

/* ---- add / sub ---- */

/* NaN or infinite operands of an addition. */
FPU_INLINE uint64_t add_special(int p, uint64_t a, uint64_t b, uint32_t *flags)
{
    uint64_t ma = f_mag(p, a), mb = f_mag(p, b);

    if (ma > f_inf(p) || mb > f_inf(p))
        return f_nan_result(p, a, b, flags);
    if (ma == mb && a != b) { /* inf - inf */
        *flags |= FPU_NV;
        return f_qnan(p);
    }
    return ma == f_inf(p) ? a : b;
}

/*
 * a + b. The larger magnitude's significand goes to bit 62 (one bit of headroom
 * for the carry), the smaller is aligned below it with jamming. A cancellation of
 * more than one bit only happens when the exponents differ by at most one, where
 * the alignment lost nothing, so the jammed bit always stays far below the
 * rounding position.
 */
FPU_INLINE uint64_t add_core(int p, uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags)
{
    uint64_t ma = f_mag(p, a), mb = f_mag(p, b);

    if (ma >= f_inf(p) || mb >= f_inf(p))
        return add_special(p, a, b, flags);
    if (ma == 0 || mb == 0) {
        if (ma != 0 || mb != 0)
            return ma != 0 ? a : b; /* x + 0 is x exactly */
        /* IEEE 754-2008 6.3: +0 + -0 is +0, except -0 when rounding down */
        return a == b ? a : (rm == FPU_RDN ? f_sign(p) : 0);
    }
    if (ma < mb) {
        uint64_t t = a;
        a = b, b = t, t = ma, ma = mb, mb = t;
    }

    bool neg = (a & f_sign(p)) != 0;
    struct unpacked ua = f_unpack(p, ma), ub = f_unpack(p, mb);
    uint64_t big = ua.sig >> 1, small = shr_jam64(ub.sig >> 1, ua.exp - ub.exp), sum;
    int exp = ua.exp;

    if (((a ^ b) & f_sign(p)) == 0) {
        sum = big + small;
        if (sum >> 63)
            exp++;
        else
            sum <<= 1;
    } else {
        sum = big - small;
        if (sum == 0) /* exact cancellation: +0, or -0 when rounding down */
            return rm == FPU_RDN ? f_sign(p) : 0;
        int lz = clz64(sum);
        sum <<= lz;
        exp += 1 - lz;
    }
    return round_pack(p, neg, exp, sum, rm, flags);
}

/* ---- mul ---- */

/* a * b: the 128-bit product of the significands is exact. */
FPU_INLINE uint64_t mul_core(int p, uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags)
{
    uint64_t ma = f_mag(p, a), mb = f_mag(p, b);
    bool neg = ((a ^ b) & f_sign(p)) != 0;
    uint64_t sign = neg ? f_sign(p) : 0;

    if (ma >= f_inf(p) || mb >= f_inf(p)) {
        if (ma > f_inf(p) || mb > f_inf(p))
            return f_nan_result(p, a, b, flags);
        if (ma == 0 || mb == 0) { /* inf * 0 */
            *flags |= FPU_NV;
            return f_qnan(p);
        }
        return sign | f_inf(p);
    }
    if (ma == 0 || mb == 0)
        return sign;

    struct unpacked ua = f_unpack(p, ma), ub = f_unpack(p, mb);
    u128 prod = (u128)ua.sig * ub.sig; /* bit 127 or 126 is the leading one */
    int exp = ua.exp + ub.exp + 1;

    if (!(prod >> 127)) {
        prod <<= 1;
        exp--;
    }
    uint64_t sig = (uint64_t)(prod >> 64) | ((uint64_t)prod != 0);
    return round_pack(p, neg, exp, sig, rm, flags);
}

/* ---- div ---- */

/*
 * The quotient of two significands (bit 63 set, at most 53 significant bits),
 * as a jammed significand: returns sig (bit 63 set) with na/nb = sig * 2^(*exp - 63).
 *
 * The host divides A/B (the 53-bit significands scaled into [1, 2)) rounding to
 * nearest, giving Q with |A/B - Q| <= ulp(Q)/2; the 128-bit comparison of A with
 * Q*B gives the sign of A/B - Q exactly. 8Q plus that sign is then a round-to-odd
 * value with three extra bits: A/B lies strictly inside (8Q-4, 8Q+4) in units of
 * ulp(Q)/8 (a quotient of 53-bit numbers is never a 54-bit midpoint), and within
 * (8Q-2, 8Q) when Q is a power of two and A/B is below it. No rounding boundary of
 * 53 or fewer bits falls inside the open interval that holds both A/B and 8Q+sign,
 * so round_pack rounds them identically.
 */
FPU_INLINE uint64_t div_sig(uint64_t na, uint64_t nb, int *exp)
{
    uint64_t A = na >> 11, B = nb >> 11; /* in [2^52, 2^53) */
    const uint64_t one = UINT64_C(0x3ff) << 52, frac = (UINT64_C(1) << 52) - 1;
    uint64_t qbits = double_to_bits(bits_to_double(one | (A & frac)) /
                                    bits_to_double(one | (B & frac)));
    int qexp = (int)(qbits >> 52) - 0x3ff; /* 0 or -1: A/B is in (1/2, 2) */
    uint64_t Q = (qbits & frac) | (UINT64_C(1) << 52);
    u128 lhs = (u128)A << (52 - qexp), rhs = (u128)Q * B;
    uint64_t v = (Q << 3) + (lhs > rhs) - (lhs < rhs);
    int lz = clz64(v);

    *exp = qexp + 8 - lz;
    return v << lz;
}

FPU_INLINE uint64_t div_core(int p, uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags)
{
    uint64_t ma = f_mag(p, a), mb = f_mag(p, b);
    bool neg = ((a ^ b) & f_sign(p)) != 0;
    uint64_t sign = neg ? f_sign(p) : 0;

    if (ma >= f_inf(p) || mb >= f_inf(p)) {
        if (ma > f_inf(p) || mb > f_inf(p))
            return f_nan_result(p, a, b, flags);
        if (ma == mb) { /* inf / inf */
            *flags |= FPU_NV;
            return f_qnan(p);
        }
        return ma == f_inf(p) ? sign | f_inf(p) : sign;
    }
    if (mb == 0) {
        if (ma == 0) { /* 0 / 0 */
            *flags |= FPU_NV;
            return f_qnan(p);
        }
        *flags |= FPU_DZ;
        return sign | f_inf(p);
    }
    if (ma == 0)
        return sign;

    struct unpacked ua = f_unpack(p, ma), ub = f_unpack(p, mb);
    int qexp;
    uint64_t sig = div_sig(ua.sig, ub.sig, &qexp);
    return round_pack(p, neg, ua.exp - ub.exp + qexp, sig, rm, flags);
}

/* ---- sqrt ---- */

/*
 * The square root of a significand times 2^odd (odd is 0 or 1), as a jammed
 * significand: sqrt(n * 2^(odd-63)) = sig * 2^(*exp - 63). Same method as div_sig:
 * the host's round-to-nearest root S of X in [1, 4) is compared exactly with
 * the 128-bit S*S. The result lies in [1, 2) and a square root is never a 54-bit
 * midpoint, so 8S plus the sign of X - S^2 rounds like the true root.
 */
FPU_INLINE uint64_t sqrt_sig(uint64_t n, int odd, int *exp)
{
    uint64_t X = n >> 11; /* in [2^52, 2^53) */
    const uint64_t frac = (UINT64_C(1) << 52) - 1;
    double x = bits_to_double((UINT64_C(0x3ff) + (uint64_t)odd) << 52 | (X & frac));
    uint64_t S = (double_to_bits(sqrt(x)) & frac) | (UINT64_C(1) << 52);
    u128 lhs = (u128)X << (52 + odd), rhs = (u128)S * S;
    uint64_t v = (S << 3) + (lhs > rhs) - (lhs < rhs);
    int lz = clz64(v);

    *exp = 8 - lz;
    return v << lz;
}

FPU_INLINE uint64_t sqrt_core(int p, uint64_t a, enum fpu_rm rm, uint32_t *flags)
{
    uint64_t ma = f_mag(p, a);

    if (ma > f_inf(p))
        return f_nan_result(p, a, a, flags);
    if (ma == 0)
        return a; /* sqrt(-0) = -0 */
    if (a & f_sign(p)) {
        *flags |= FPU_NV;
        return f_qnan(p);
    }
    if (ma == f_inf(p))
        return a;

    struct unpacked ua = f_unpack(p, ma);
    int odd = ua.exp & 1, sexp;
    uint64_t sig = sqrt_sig(ua.sig, odd, &sexp);
    return round_pack(p, false, (ua.exp - odd) / 2 + sexp, sig, rm, flags);
}

/* ---- fused multiply-add ---- */

/*
 * NaN, infinite and zero operands of (+-a*b) + c, where a and b already carry the
 * product's sign and c the addend's. Returns true with *out set when one of them
 * decides the result.
 */
FPU_INLINE bool fma_special(int p, uint64_t a, uint64_t b, uint64_t c, enum fpu_rm rm,
                            uint32_t *flags, uint64_t *out)
{
    uint64_t ma = f_mag(p, a), mb = f_mag(p, b), mc = f_mag(p, c), inf = f_inf(p);
    uint64_t psign = (a ^ b) & f_sign(p);
    bool inf_times_zero = (ma == inf && mb == 0) || (mb == inf && ma == 0);

    if (ma > inf || mb > inf || mc > inf) {
        /* RISC-V: inf * 0 + qNaN is invalid too (IEEE leaves it optional). */
        if (inf_times_zero || f_is_snan(p, a) || f_is_snan(p, b) || f_is_snan(p, c))
            *flags |= FPU_NV;
        *out = f_qnan(p);
        return true;
    }
    if (inf_times_zero || ((ma == inf || mb == inf) && mc == inf && psign != (c & f_sign(p)))) {
        *flags |= FPU_NV;
        *out = f_qnan(p);
        return true;
    }
    if (ma == inf || mb == inf) {
        *out = psign | inf;
        return true;
    }
    if (mc == inf) {
        *out = c;
        return true;
    }
    if (ma == 0 || mb == 0) { /* an exact zero product: the sum is c ... */
        if (mc != 0 || psign == (c & f_sign(p)))
            *out = c;
        else /* ... or +0 + -0: +0, or -0 when rounding down */
            *out = rm == FPU_RDN ? f_sign(p) : 0;
        return true;
    }
    return false;
}

/*
 * (+-a*b) + c rounded once. The exact 128-bit product and c's significand are put
 * in a 128-bit frame with one bit of headroom and added with the smaller aligned
 * and jammed; as in add_core, a cancellation of more than a bit or two only
 * happens when the alignment lost nothing.
 */
FPU_INLINE uint64_t fma_core(int p, uint64_t a, uint64_t b, uint64_t c, bool neg_prod,
                             bool neg_add, enum fpu_rm rm, uint32_t *flags)
{
    uint64_t out;

    a ^= neg_prod ? f_sign(p) : 0;
    c ^= neg_add ? f_sign(p) : 0;
    /* the common case, all finite and nonzero (mag - 1 wraps for zero), skips the checks */
    uint64_t lim = f_inf(p) - 1;
    if ((f_mag(p, a) - 1 >= lim || f_mag(p, b) - 1 >= lim || f_mag(p, c) - 1 >= lim) &&
        fma_special(p, a, b, c, rm, flags, &out))
        return out;

    bool pneg = ((a ^ b) & f_sign(p)) != 0, cneg = (c & f_sign(p)) != 0;
    struct unpacked ua = f_unpack(p, f_mag(p, a)), ub = f_unpack(p, f_mag(p, b));
    u128 prod = ((u128)ua.sig * ub.sig) >> 1; /* low bits are zero: nothing lost */
    int pexp = ua.exp + ub.exp + 1;           /* value = prod * 2^(pexp - 126) */

    if (f_mag(p, c) == 0) { /* x + 0 = x: round the product alone */
        int lz = clz64((uint64_t)(prod >> 64)); /* 1 or 2: prod >= 2^125 */
        prod <<= lz;
        uint64_t sig = (uint64_t)(prod >> 64) | ((uint64_t)prod != 0);
        return round_pack(p, pneg, pexp + 1 - lz, sig, rm, flags);
    }

    struct unpacked uc = f_unpack(p, f_mag(p, c));
    u128 add = (u128)uc.sig << 63; /* value = add * 2^(cexp - 126) */
    int exp = pexp;
    bool neg = pneg;

    if (pexp >= uc.exp) {
        add = shr_jam128(add, pexp - uc.exp);
    } else {
        prod = shr_jam128(prod, uc.exp - pexp);
        exp = uc.exp;
    }

    u128 sum;
    if (pneg == cneg) {
        sum = prod + add;
    } else if (prod >= add) {
        sum = prod - add;
    } else {
        sum = add - prod;
        neg = cneg;
    }
    if (sum == 0) /* exact cancellation: +0, or -0 when rounding down */
        return rm == FPU_RDN ? f_sign(p) : 0;

    uint64_t hi = (uint64_t)(sum >> 64);
    int lz = hi ? clz64(hi) : 64 + clz64((uint64_t)sum);
    sum <<= lz;
    uint64_t sig = (uint64_t)(sum >> 64) | ((uint64_t)sum != 0);
    return round_pack(p, neg, exp + 1 - lz, sig, rm, flags);
}

/* ---- public wrappers ---- */

uint32_t fpu_add_f32(uint32_t a, uint32_t b, enum fpu_rm rm, uint32_t *flags)
{
    return (uint32_t)add_core(P32, a, b, rm, flags);
}

uint32_t fpu_sub_f32(uint32_t a, uint32_t b, enum fpu_rm rm, uint32_t *flags)
{
    return (uint32_t)add_core(P32, a, b ^ f_sign(P32), rm, flags);
}

uint32_t fpu_mul_f32(uint32_t a, uint32_t b, enum fpu_rm rm, uint32_t *flags)
{
    return (uint32_t)mul_core(P32, a, b, rm, flags);
}

uint32_t fpu_div_f32(uint32_t a, uint32_t b, enum fpu_rm rm, uint32_t *flags)
{
    return (uint32_t)div_core(P32, a, b, rm, flags);
}

uint32_t fpu_sqrt_f32(uint32_t a, enum fpu_rm rm, uint32_t *flags)
{
    return (uint32_t)sqrt_core(P32, a, rm, flags);
}

uint32_t fpu_fma_f32(uint32_t a, uint32_t b, uint32_t c, bool negate_product,
                     bool negate_addend, enum fpu_rm rm, uint32_t *flags)
{
    return (uint32_t)fma_core(P32, a, b, c, negate_product, negate_addend, rm, flags);
}

uint64_t fpu_add_f64(uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags)
{
    return add_core(P64, a, b, rm, flags);
}

uint64_t fpu_sub_f64(uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags)
{
    return add_core(P64, a, b ^ f_sign(P64), rm, flags);
}

uint64_t fpu_mul_f64(uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags)
{
    return mul_core(P64, a, b, rm, flags);
}

uint64_t fpu_div_f64(uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags)
{
    return div_core(P64, a, b, rm, flags);
}

uint64_t fpu_sqrt_f64(uint64_t a, enum fpu_rm rm, uint32_t *flags)
{
    return sqrt_core(P64, a, rm, flags);
}

uint64_t fpu_fma_f64(uint64_t a, uint64_t b, uint64_t c, bool negate_product,
                     bool negate_addend, enum fpu_rm rm, uint32_t *flags)
{
    return fma_core(P64, a, b, c, negate_product, negate_addend, rm, flags);
}
