/*
 * fpu_core.h: private to fpu.c and fpu_cvt.c. The format descriptions, unpacking,
 * and the one rounding routine every operation ends in.
 *
 * Both formats are handled by the same inline code, parameterised by the precision
 * p (24 for binary32, 53 for binary64, implicit bit included). Every helper is
 * forced inline so that p folds to a constant in each public wrapper.
 *
 * Internal number representation ("unpacked"): a finite nonzero value is
 *     sig * 2^(exp - 63),   with bit 63 of sig set,
 * that is, exp is the exponent of the leading bit. Operations compute an exact sig,
 * or one whose low bits are "jammed": bit 0 is ORed with every bit shifted out, so
 * that it still tells round_pack whether anything nonzero lies below.
 */
#ifndef RVSCOPE_CPU_FPU_CORE_H
#define RVSCOPE_CPU_FPU_CORE_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/fpu.h"

#define FPU_INLINE static inline __attribute__((always_inline))

__extension__ typedef unsigned __int128 u128;

enum { P32 = 24, P64 = 53 };

/* ---- format constants, from the precision p ---- */

FPU_INLINE int f_ebits(int p) { return p == P32 ? 8 : 11; }
FPU_INLINE int f_bias(int p) { return (1 << (f_ebits(p) - 1)) - 1; }
FPU_INLINE int f_emin(int p) { return 1 - f_bias(p); }
FPU_INLINE uint64_t f_sign(int p) { return UINT64_C(1) << (p + f_ebits(p) - 1); }
FPU_INLINE uint64_t f_frac_mask(int p) { return (UINT64_C(1) << (p - 1)) - 1; }
FPU_INLINE uint64_t f_exp_max(int p) { return (UINT64_C(1) << f_ebits(p)) - 1; }
FPU_INLINE uint64_t f_inf(int p) { return f_exp_max(p) << (p - 1); }
FPU_INLINE uint64_t f_quiet_bit(int p) { return UINT64_C(1) << (p - 2); }
FPU_INLINE uint64_t f_qnan(int p) { return f_inf(p) | f_quiet_bit(p); }

/* ---- classification of raw bits; mag is the value without its sign bit ---- */

FPU_INLINE uint64_t f_mag(int p, uint64_t x) { return x & ~f_sign(p); }
FPU_INLINE bool f_is_nan(int p, uint64_t x) { return f_mag(p, x) > f_inf(p); }
FPU_INLINE bool f_is_snan(int p, uint64_t x)
{
    return f_is_nan(p, x) && !(x & f_quiet_bit(p));
}

/* NV if x is a signaling NaN. */
FPU_INLINE void f_signal_snan(int p, uint64_t x, uint32_t *flags)
{
    if (f_is_snan(p, x))
        *flags |= FPU_NV;
}

/* The canonical NaN; NV if either operand was a signaling NaN (spec: "NaN
 * Generation and Propagation": payloads are not propagated). */
FPU_INLINE uint64_t f_nan_result(int p, uint64_t a, uint64_t b, uint32_t *flags)
{
    f_signal_snan(p, a, flags);
    f_signal_snan(p, b, flags);
    return f_qnan(p);
}

/* ---- bit helpers ---- */

FPU_INLINE int clz64(uint64_t x) { return __builtin_clzll(x); } /* x != 0 */

/* x >> d with every lost bit ORed into bit 0 ("jamming"); any d >= 0. */
FPU_INLINE uint64_t shr_jam64(uint64_t x, int d)
{
    if (d == 0)
        return x;
    if (d < 64)
        return (x >> d) | ((x << (64 - d)) != 0);
    return x != 0;
}

FPU_INLINE u128 shr_jam128(u128 x, int d)
{
    if (d == 0)
        return x;
    if (d < 128)
        return (x >> d) | ((x << (128 - d)) != 0);
    return x != 0;
}

/* ---- unpacking ---- */

struct unpacked {
    uint64_t sig; /* bit 63 set */
    int exp;      /* exponent of bit 63 */
};

/* mag: a finite nonzero magnitude (no sign bit). Subnormals are normalised. */
FPU_INLINE struct unpacked f_unpack(int p, uint64_t mag)
{
    uint64_t frac = mag & f_frac_mask(p);
    int field = (int)(mag >> (p - 1));
    struct unpacked u;

    if (field != 0) {
        u.sig = (frac | (UINT64_C(1) << (p - 1))) << (64 - p);
        u.exp = field - f_bias(p);
    } else {
        int lz = clz64(frac);
        u.sig = frac << lz;
        u.exp = f_emin(p) + (64 - p) - lz;
    }
    return u;
}

/* ---- rounding ---- */

/*
 * x >> k (1 <= k <= 63) rounded to an integer per rm; neg is the sign of the value
 * x stands for (it decides RDN/RUP). *inexact says whether any bit was dropped.
 */
FPU_INLINE uint64_t shift_round(uint64_t x, int k, bool neg, enum fpu_rm rm, bool *inexact)
{
    uint64_t q = x >> k;
    uint64_t rem = x & ((UINT64_C(1) << k) - 1);
    uint64_t half = UINT64_C(1) << (k - 1);
    bool up;

    switch (rm) {
    case FPU_RNE:
        up = rem > half || (rem == half && (q & 1));
        break;
    case FPU_RMM:
        up = rem >= half;
        break;
    case FPU_RDN:
        up = neg && rem != 0;
        break;
    case FPU_RUP:
        up = !neg && rem != 0;
        break;
    default: /* FPU_RTZ */
        up = false;
        break;
    }
    *inexact = rem != 0;
    return q + up;
}

/* The result of an overflow: infinity or the largest finite value by rm and sign
 * (IEEE 754-2008 7.4). Raises OF and NX. Returns the magnitude. */
FPU_INLINE uint64_t overflow_mag(int p, bool neg, enum fpu_rm rm, uint32_t *flags)
{
    bool to_inf = rm == FPU_RNE || rm == FPU_RMM || (rm == FPU_RDN && neg) ||
                  (rm == FPU_RUP && !neg);

    *flags |= FPU_OF | FPU_NX;
    return to_inf ? f_inf(p) : f_inf(p) - 1;
}

/*
 * Round the value (-1)^neg * sig * 2^(exp - 63) (bit 63 of sig set, low bits
 * possibly jammed) to format p per rm and pack it, raising NX/UF/OF.
 *
 * The mantissa is packed by adding it to the biased exponent field minus one, so a
 * rounding carry into bit p moves the exponent up by itself (largest subnormal ->
 * smallest normal, largest finite -> infinity). RISC-V detects tininess after
 * rounding (spec: "F" chapter, "tininess is detected after rounding"): a result
 * whose unbounded-exponent rounding is below 2^emin is tiny, so an exp of emin-1
 * that rounds up to 2^emin at full precision is not.
 */
FPU_INLINE uint64_t round_pack(int p, bool neg, int exp, uint64_t sig, enum fpu_rm rm,
                               uint32_t *flags)
{
    const int emax = f_bias(p), emin = f_emin(p), k = 64 - p;
    uint64_t sign = neg ? f_sign(p) : 0, m;
    bool inexact;

    if (exp >= emin && exp <= emax) {
        m = shift_round(sig, k, neg, rm, &inexact);
        m += (uint64_t)(exp + emax - 1) << (p - 1);
        if (inexact) {
            *flags |= FPU_NX;
            if ((m >> (p - 1)) == f_exp_max(p))
                *flags |= FPU_OF;
        }
        return sign | m;
    }
    if (exp > emax)
        return sign | overflow_mag(p, neg, rm, flags);

    m = shift_round(shr_jam64(sig, emin - exp), k, neg, rm, &inexact);
    if (inexact) {
        bool tiny = true, ignored;
        if (exp == emin - 1)
            tiny = (shift_round(sig, k, neg, rm, &ignored) >> p) == 0;
        *flags |= tiny ? FPU_NX | FPU_UF : FPU_NX;
    }
    return sign | m;
}

#endif
