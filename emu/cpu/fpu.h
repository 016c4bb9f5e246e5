/*
 * fpu: IEEE 754 binary32/binary64 arithmetic as the RISC-V F and D extensions
 * define it (unprivileged spec, chapters "F" and "D"), on raw bit patterns.
 *
 * Every function is pure: operands and result are the raw IEEE bits (single in a
 * uint32_t, double in a uint64_t), exception flags are ORed into *flags using the
 * RISC-V fflags bit layout, and nothing else is read or written. Rules common to
 * all of them:
 *   - rm is an already-resolved static rounding mode (the caller maps DYN to frm
 *     and traps reserved encodings before calling).
 *   - Every NaN result is the canonical NaN (0x7fc00000 / 0x7ff8000000000000);
 *     NaN payloads never propagate. A signaling NaN operand raises NV.
 *   - Tininess is detected after rounding; UF is raised only for a tiny and inexact
 *     result; OF always comes with NX. Subnormals are fully supported (no FTZ/DAZ).
 *
 * The fused multiply-adds take two negation switches, giving the four RISC-V forms:
 *     fmadd  =  a*b + c   (false, false)      fnmsub = -(a*b) + c  (true, false)
 *     fmsub  =  a*b - c   (false, true)       fnmadd = -(a*b) - c  (true, true)
 *
 * Host requirement: the host FPU stays in its default environment (round to nearest
 * even). fpu.c uses host division and square root on operands in [1, 4) as a first
 * estimate and makes the result exact with integer arithmetic; it never changes the
 * host rounding mode and never reads host exception flags.
 */
#ifndef RVSCOPE_CPU_FPU_H
#define RVSCOPE_CPU_FPU_H

#include <stdbool.h>
#include <stdint.h>

/* Rounding modes, numbered as in the RISC-V rm field and frm CSR. */
enum fpu_rm {
    FPU_RNE = 0, /* round to nearest, ties to even */
    FPU_RTZ = 1, /* round towards zero */
    FPU_RDN = 2, /* round down (towards -infinity) */
    FPU_RUP = 3, /* round up (towards +infinity) */
    FPU_RMM = 4, /* round to nearest, ties to max magnitude (away from zero) */
};

/* Exception flags, the bits of the RISC-V fflags CSR. */
enum {
    FPU_NX = 1,  /* inexact */
    FPU_UF = 2,  /* underflow */
    FPU_OF = 4,  /* overflow */
    FPU_DZ = 8,  /* divide by zero */
    FPU_NV = 16, /* invalid operation */
};

/* fclass result bits (one is set for any input). */
enum {
    FPU_CLASS_NEG_INF = 1 << 0,
    FPU_CLASS_NEG_NORMAL = 1 << 1,
    FPU_CLASS_NEG_SUBNORMAL = 1 << 2,
    FPU_CLASS_NEG_ZERO = 1 << 3,
    FPU_CLASS_POS_ZERO = 1 << 4,
    FPU_CLASS_POS_SUBNORMAL = 1 << 5,
    FPU_CLASS_POS_NORMAL = 1 << 6,
    FPU_CLASS_POS_INF = 1 << 7,
    FPU_CLASS_SNAN = 1 << 8,
    FPU_CLASS_QNAN = 1 << 9,
};

#define FPU_CANONICAL_NAN_F32 UINT32_C(0x7fc00000)
#define FPU_CANONICAL_NAN_F64 UINT64_C(0x7ff8000000000000)

/* ---- single precision (binary32) ---- */

/* a + b, correctly rounded per rm. */
uint32_t fpu_add_f32(uint32_t a, uint32_t b, enum fpu_rm rm, uint32_t *flags);
/* a - b, correctly rounded per rm. */
uint32_t fpu_sub_f32(uint32_t a, uint32_t b, enum fpu_rm rm, uint32_t *flags);
/* a * b, correctly rounded per rm. */
uint32_t fpu_mul_f32(uint32_t a, uint32_t b, enum fpu_rm rm, uint32_t *flags);
/* a / b, correctly rounded per rm; DZ for finite nonzero / zero. */
uint32_t fpu_div_f32(uint32_t a, uint32_t b, enum fpu_rm rm, uint32_t *flags);
/* sqrt(a), correctly rounded per rm; sqrt(-0) = -0, NV for a < 0. */
uint32_t fpu_sqrt_f32(uint32_t a, enum fpu_rm rm, uint32_t *flags);
/* (+-a*b) +- c with one rounding; NV for inf*0 even when c is a quiet NaN. */
uint32_t fpu_fma_f32(uint32_t a, uint32_t b, uint32_t c, bool negate_product,
                     bool negate_addend, enum fpu_rm rm, uint32_t *flags);
/* fmin.s: minimumNumber (a NaN operand yields the other; -0 < +0). */
uint32_t fpu_min_f32(uint32_t a, uint32_t b, uint32_t *flags);
/* fmax.s: maximumNumber (a NaN operand yields the other; -0 < +0). */
uint32_t fpu_max_f32(uint32_t a, uint32_t b, uint32_t *flags);
/* feq.s: quiet equality; NV only for a signaling NaN; -0 == +0. */
bool fpu_eq_f32(uint32_t a, uint32_t b, uint32_t *flags);
/* flt.s: signaling a < b; NV for any NaN operand. */
bool fpu_lt_f32(uint32_t a, uint32_t b, uint32_t *flags);
/* fle.s: signaling a <= b; NV for any NaN operand. */
bool fpu_le_f32(uint32_t a, uint32_t b, uint32_t *flags);
/* fclass.s: exactly one FPU_CLASS_* bit. */
uint32_t fpu_class_f32(uint32_t a);

/* ---- double precision (binary64) ---- */

/* a + b, correctly rounded per rm. */
uint64_t fpu_add_f64(uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags);
/* a - b, correctly rounded per rm. */
uint64_t fpu_sub_f64(uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags);
/* a * b, correctly rounded per rm. */
uint64_t fpu_mul_f64(uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags);
/* a / b, correctly rounded per rm; DZ for finite nonzero / zero. */
uint64_t fpu_div_f64(uint64_t a, uint64_t b, enum fpu_rm rm, uint32_t *flags);
/* sqrt(a), correctly rounded per rm; sqrt(-0) = -0, NV for a < 0. */
uint64_t fpu_sqrt_f64(uint64_t a, enum fpu_rm rm, uint32_t *flags);
/* (+-a*b) +- c with one rounding; NV for inf*0 even when c is a quiet NaN. */
uint64_t fpu_fma_f64(uint64_t a, uint64_t b, uint64_t c, bool negate_product,
                     bool negate_addend, enum fpu_rm rm, uint32_t *flags);
/* fmin.d: minimumNumber (a NaN operand yields the other; -0 < +0). */
uint64_t fpu_min_f64(uint64_t a, uint64_t b, uint32_t *flags);
/* fmax.d: maximumNumber (a NaN operand yields the other; -0 < +0). */
uint64_t fpu_max_f64(uint64_t a, uint64_t b, uint32_t *flags);
/* feq.d: quiet equality; NV only for a signaling NaN; -0 == +0. */
bool fpu_eq_f64(uint64_t a, uint64_t b, uint32_t *flags);
/* flt.d: signaling a < b; NV for any NaN operand. */
bool fpu_lt_f64(uint64_t a, uint64_t b, uint32_t *flags);
/* fle.d: signaling a <= b; NV for any NaN operand. */
bool fpu_le_f64(uint64_t a, uint64_t b, uint32_t *flags);
/* fclass.d: exactly one FPU_CLASS_* bit. */
uint32_t fpu_class_f64(uint64_t a);

/* ---- conversions between formats ---- */

/* fcvt.d.s: exact widening (rm is accepted but cannot matter); NV for sNaN. */
uint64_t fpu_cvt_f32_to_f64(uint32_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.s.d: narrowing, rounded per rm (may overflow or underflow). */
uint32_t fpu_cvt_f64_to_f32(uint64_t a, enum fpu_rm rm, uint32_t *flags);

/*
 * ---- float to integer (fcvt.{w,wu,l,lu}.{s,d}) ----
 * The value is rounded to an integer per rm; a rounded value outside the target
 * range is clipped to the nearest bound with NV and without NX (spec table "fcvt
 * invalid inputs": NaN and +inf give the largest value, -inf the smallest, 0 for
 * unsigned). A negative value that rounds to 0 is a valid unsigned 0 (NX only).
 * The result is the 64-bit register value: the 32-bit forms sign-extend their
 * 32-bit result, so fcvt.wu.s of 3e9 gives 0xffffffffb2d05e00.
 */

/* fcvt.w.s */
uint64_t fpu_cvt_f32_to_i32(uint32_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.wu.s (result sign-extended from bit 31) */
uint64_t fpu_cvt_f32_to_u32(uint32_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.l.s */
uint64_t fpu_cvt_f32_to_i64(uint32_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.lu.s */
uint64_t fpu_cvt_f32_to_u64(uint32_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.w.d */
uint64_t fpu_cvt_f64_to_i32(uint64_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.wu.d (result sign-extended from bit 31) */
uint64_t fpu_cvt_f64_to_u32(uint64_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.l.d */
uint64_t fpu_cvt_f64_to_i64(uint64_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.lu.d */
uint64_t fpu_cvt_f64_to_u64(uint64_t a, enum fpu_rm rm, uint32_t *flags);

/*
 * ---- integer to float (fcvt.{s,d}.{w,wu,l,lu}) ----
 * Rounded per rm with NX when inexact (the 32-bit-to-double forms are always
 * exact). The caller passes the low 32 bits of the register for the .w/.wu forms.
 */

/* fcvt.s.w */
uint32_t fpu_cvt_i32_to_f32(int32_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.s.wu */
uint32_t fpu_cvt_u32_to_f32(uint32_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.s.l */
uint32_t fpu_cvt_i64_to_f32(int64_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.s.lu */
uint32_t fpu_cvt_u64_to_f32(uint64_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.d.w */
uint64_t fpu_cvt_i32_to_f64(int32_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.d.wu */
uint64_t fpu_cvt_u32_to_f64(uint32_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.d.l */
uint64_t fpu_cvt_i64_to_f64(int64_t a, enum fpu_rm rm, uint32_t *flags);
/* fcvt.d.lu */
uint64_t fpu_cvt_u64_to_f64(uint64_t a, enum fpu_rm rm, uint32_t *flags);

#endif
