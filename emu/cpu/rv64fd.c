/*
 * F and D (unpriv spec 20191213 ch. 11-12): register file plumbing around the IEEE
 * arithmetic in fpu.c — mstatus.FS, rounding-mode resolution, NaN-boxing (§12.2), fflags.
 */
#include "exec.h"
#include "fpu.h"

#include <string.h>

#define BOX_HI 0xffffffff00000000ull
#define RM_DYN 7

/* A single held in a 64-bit register is valid only NaN-boxed; otherwise it reads as the
 * canonical NaN (§12.2). */
static uint32_t unbox(uint64_t v)
{
    return (v & BOX_HI) == BOX_HI ? (uint32_t)v : FPU_CANONICAL_NAN_F32;
}

/* The rounding mode that applies: the static one, or frm for dynamic. */
static enum fpu_rm fp_rm(const struct hart *h, const struct insn *d)
{
    return (enum fpu_rm)(d->rm == RM_DYN ? (unsigned)h->csr.frm : d->rm);
}

/* Is FP usable with this rounding mode? A reserved static rm (5, 6) or a dynamic rm
 * with a reserved frm is illegal (§11.2). */
static bool fp_ready(const struct hart *h, enum fpu_rm rm)
{
    return __builtin_expect(hart_fs(h) != FS_OFF, 1) && (unsigned)rm <= FPU_RMM;
}

static bool fp_on(struct hart *h)
{
    return hart_fs(h) != FS_OFF;
}

static void raise_flags(struct hart *h, uint32_t flags)
{
    if (flags) {
        h->csr.fflags |= flags;
        hart_fs_dirty(h);
    }
}

static void write_s(struct hart *h, const struct insn *d, uint64_t v, uint32_t flags)
{
    h->f[d->rd] = BOX_HI | (uint32_t)v;
    h->csr.fflags |= flags;
    hart_fs_dirty(h);
}

static void write_d(struct hart *h, const struct insn *d, uint64_t v, uint32_t flags)
{
    h->f[d->rd] = v;
    h->csr.fflags |= flags;
    hart_fs_dirty(h);
}

static void write_x(struct hart *h, const struct insn *d, uint64_t v, uint32_t flags)
{
    h->x[d->rd] = v;
    raise_flags(h, flags);
}

#define S1 unbox(h->f[d->rs1])
#define S2 unbox(h->f[d->rs2])
#define S3 unbox(h->f[insn_rs3(d)])
#define D1 h->f[d->rs1]
#define D2 h->f[d->rs2]
#define D3 h->f[insn_rs3(d)]

/* An FP instruction with a rounding mode: `expr` may use rm and &h->fp_flags. */
#define FP_RM(fn, writer, expr)                          \
    int fn(struct hart *h, const struct insn *d)         \
    {                                                    \
        enum fpu_rm rm = fp_rm(h, d);                    \
        if (!fp_ready(h, rm))                            \
            return hart_illegal(h, d);                   \
        h->fp_flags = 0;                                 \
        uint64_t result = (expr);                        \
        writer(h, d, result, h->fp_flags);               \
        return hart_next(h, d);                          \
    }

/* An FP instruction without a rounding mode. */
#define FP_NORM(fn, writer, expr)                        \
    int fn(struct hart *h, const struct insn *d)         \
    {                                                    \
        if (!fp_on(h))                                   \
            return hart_illegal(h, d);                   \
        h->fp_flags = 0;                                 \
        uint64_t result = (expr);                        \
        writer(h, d, result, h->fp_flags);               \
        return hart_next(h, d);                          \
    }

FP_RM(exec_fadd_s, write_s, fpu_add_f32(S1, S2, rm, &h->fp_flags))
FP_RM(exec_fsub_s, write_s, fpu_sub_f32(S1, S2, rm, &h->fp_flags))
FP_RM(exec_fmul_s, write_s, fpu_mul_f32(S1, S2, rm, &h->fp_flags))
FP_RM(exec_fdiv_s, write_s, fpu_div_f32(S1, S2, rm, &h->fp_flags))
FP_RM(exec_fsqrt_s, write_s, fpu_sqrt_f32(S1, rm, &h->fp_flags))
FP_RM(exec_fmadd_s, write_s, fpu_fma_f32(S1, S2, S3, false, false, rm, &h->fp_flags))
FP_RM(exec_fmsub_s, write_s, fpu_fma_f32(S1, S2, S3, false, true, rm, &h->fp_flags))
FP_RM(exec_fnmsub_s, write_s, fpu_fma_f32(S1, S2, S3, true, false, rm, &h->fp_flags))
FP_RM(exec_fnmadd_s, write_s, fpu_fma_f32(S1, S2, S3, true, true, rm, &h->fp_flags))
FP_RM(exec_fadd_d, write_d, fpu_add_f64(D1, D2, rm, &h->fp_flags))
FP_RM(exec_fsub_d, write_d, fpu_sub_f64(D1, D2, rm, &h->fp_flags))
FP_RM(exec_fmul_d, write_d, fpu_mul_f64(D1, D2, rm, &h->fp_flags))
FP_RM(exec_fdiv_d, write_d, fpu_div_f64(D1, D2, rm, &h->fp_flags))
FP_RM(exec_fsqrt_d, write_d, fpu_sqrt_f64(D1, rm, &h->fp_flags))
FP_RM(exec_fmadd_d, write_d, fpu_fma_f64(D1, D2, D3, false, false, rm, &h->fp_flags))
FP_RM(exec_fmsub_d, write_d, fpu_fma_f64(D1, D2, D3, false, true, rm, &h->fp_flags))
FP_RM(exec_fnmsub_d, write_d, fpu_fma_f64(D1, D2, D3, true, false, rm, &h->fp_flags))
FP_RM(exec_fnmadd_d, write_d, fpu_fma_f64(D1, D2, D3, true, true, rm, &h->fp_flags))

FP_RM(exec_fcvt_s_d, write_s, fpu_cvt_f64_to_f32(D1, rm, &h->fp_flags))
FP_RM(exec_fcvt_d_s, write_d, fpu_cvt_f32_to_f64(S1, rm, &h->fp_flags))
FP_RM(exec_fcvt_w_s, write_x, fpu_cvt_f32_to_i32(S1, rm, &h->fp_flags))
FP_RM(exec_fcvt_wu_s, write_x, fpu_cvt_f32_to_u32(S1, rm, &h->fp_flags))
FP_RM(exec_fcvt_l_s, write_x, fpu_cvt_f32_to_i64(S1, rm, &h->fp_flags))
FP_RM(exec_fcvt_lu_s, write_x, fpu_cvt_f32_to_u64(S1, rm, &h->fp_flags))
FP_RM(exec_fcvt_w_d, write_x, fpu_cvt_f64_to_i32(D1, rm, &h->fp_flags))
FP_RM(exec_fcvt_wu_d, write_x, fpu_cvt_f64_to_u32(D1, rm, &h->fp_flags))
FP_RM(exec_fcvt_l_d, write_x, fpu_cvt_f64_to_i64(D1, rm, &h->fp_flags))
FP_RM(exec_fcvt_lu_d, write_x, fpu_cvt_f64_to_u64(D1, rm, &h->fp_flags))
FP_RM(exec_fcvt_s_w, write_s, fpu_cvt_i32_to_f32((int32_t)h->x[d->rs1], rm, &h->fp_flags))
FP_RM(exec_fcvt_s_wu, write_s, fpu_cvt_u32_to_f32((uint32_t)h->x[d->rs1], rm, &h->fp_flags))
FP_RM(exec_fcvt_s_l, write_s, fpu_cvt_i64_to_f32((int64_t)h->x[d->rs1], rm, &h->fp_flags))
FP_RM(exec_fcvt_s_lu, write_s, fpu_cvt_u64_to_f32(h->x[d->rs1], rm, &h->fp_flags))
FP_RM(exec_fcvt_d_w, write_d, fpu_cvt_i32_to_f64((int32_t)h->x[d->rs1], rm, &h->fp_flags))
FP_RM(exec_fcvt_d_wu, write_d, fpu_cvt_u32_to_f64((uint32_t)h->x[d->rs1], rm, &h->fp_flags))
FP_RM(exec_fcvt_d_l, write_d, fpu_cvt_i64_to_f64((int64_t)h->x[d->rs1], rm, &h->fp_flags))
FP_RM(exec_fcvt_d_lu, write_d, fpu_cvt_u64_to_f64(h->x[d->rs1], rm, &h->fp_flags))

#define SIGN_S 0x80000000u
#define SIGN_D 0x8000000000000000ull

FP_NORM(exec_fsgnj_s, write_s, (S1 & ~SIGN_S) | (S2 & SIGN_S))
FP_NORM(exec_fsgnjn_s, write_s, (S1 & ~SIGN_S) | (~S2 & SIGN_S))
FP_NORM(exec_fsgnjx_s, write_s, S1 ^ (S2 & SIGN_S))
FP_NORM(exec_fsgnj_d, write_d, (D1 & ~SIGN_D) | (D2 & SIGN_D))
FP_NORM(exec_fsgnjn_d, write_d, (D1 & ~SIGN_D) | (~D2 & SIGN_D))
FP_NORM(exec_fsgnjx_d, write_d, D1 ^ (D2 & SIGN_D))
FP_NORM(exec_fmin_s, write_s, fpu_min_f32(S1, S2, &h->fp_flags))
FP_NORM(exec_fmax_s, write_s, fpu_max_f32(S1, S2, &h->fp_flags))
FP_NORM(exec_fmin_d, write_d, fpu_min_f64(D1, D2, &h->fp_flags))
FP_NORM(exec_fmax_d, write_d, fpu_max_f64(D1, D2, &h->fp_flags))
FP_NORM(exec_feq_s, write_x, fpu_eq_f32(S1, S2, &h->fp_flags))
FP_NORM(exec_flt_s, write_x, fpu_lt_f32(S1, S2, &h->fp_flags))
FP_NORM(exec_fle_s, write_x, fpu_le_f32(S1, S2, &h->fp_flags))
FP_NORM(exec_feq_d, write_x, fpu_eq_f64(D1, D2, &h->fp_flags))
FP_NORM(exec_flt_d, write_x, fpu_lt_f64(D1, D2, &h->fp_flags))
FP_NORM(exec_fle_d, write_x, fpu_le_f64(D1, D2, &h->fp_flags))
FP_NORM(exec_fclass_s, write_x, fpu_class_f32(S1))
FP_NORM(exec_fclass_d, write_x, fpu_class_f64(D1))

/* Transfers move raw bits and do not look at NaN-boxing (§12.2). */
FP_NORM(exec_fmv_x_w, write_x, sext32(h->f[d->rs1]))
FP_NORM(exec_fmv_w_x, write_s, (uint32_t)h->x[d->rs1])
FP_NORM(exec_fmv_x_d, write_x, h->f[d->rs1])
FP_NORM(exec_fmv_d_x, write_d, h->x[d->rs1])

static __attribute__((noinline)) int fload_slow(struct hart *h, const struct insn *d,
                                                uint64_t va, unsigned size)
{
    uint64_t v, tval;
    int exc = mem_load_slow(h, va, size, &v, &tval);
    if (exc != EXC_NONE)
        return hart_exception(h, d, (enum exception)exc, tval);
    h->f[d->rd] = size == 4 ? BOX_HI | v : v;
    hart_fs_dirty(h);
    return hart_next(h, d);
}

static inline int fload(struct hart *h, const struct insn *d, unsigned size)
{
    if (!fp_on(h))
        return hart_illegal(h, d);
    uint64_t va = h->x[d->rs1] + (uint64_t)(int64_t)d->imm;
    const void *p = mmu_fast_lookup(&h->tlb, MMU_LOAD, va, size);
    if (__builtin_expect(!p, 0))
        return fload_slow(h, d, va, size);
    uint64_t v = 0;
    memcpy(&v, p, size);
    h->f[d->rd] = size == 4 ? BOX_HI | v : v;
    hart_fs_dirty(h);
    return hart_next(h, d);
}

static inline int fstore(struct hart *h, const struct insn *d, unsigned size)
{
    if (!fp_on(h))
        return hart_illegal(h, d);
    uint64_t va = h->x[d->rs1] + (uint64_t)(int64_t)d->imm;
    void *p = mmu_fast_lookup(&h->tlb, MMU_STORE, va, size);
    if (__builtin_expect(!p, 0))
        return exec_store_slow(h, d, va, size, h->f[d->rs2]);
    memcpy(p, &h->f[d->rs2], size);
    return hart_next(h, d);
}

int exec_flw(struct hart *h, const struct insn *d) { return fload(h, d, 4); }
int exec_fld(struct hart *h, const struct insn *d) { return fload(h, d, 8); }
int exec_fsw(struct hart *h, const struct insn *d) { return fstore(h, d, 4); }
int exec_fsd(struct hart *h, const struct insn *d) { return fstore(h, d, 8); }
