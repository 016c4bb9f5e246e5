/* RV64A atomics (unpriv spec 20191213 ch. 8). LR/SC use a reservation on a doubleword
 * granule that any store to it, any trap, and any SC clear (mem.c, trap.c). Harts run
 * one at a time, so every AMO is trivially atomic; aq/rl need no extra ordering. */
#include "exec.h"

static int lr(struct hart *h, const struct insn *d, unsigned size)
{
    uint64_t va = h->x[d->rs1], pa, v = 0;
    int exc = mem_translate_atomic(h, va, size, MMU_LOAD, &pa);
    if (exc == EXC_NONE && !bus_load(h->bus, pa, (int)size, &v))
        exc = EXC_LOAD_ACCESS;
    if (exc != EXC_NONE)
        return hart_exception(h, d, (enum exception)exc, va);
    mem_reserve(h, pa);
    h->x[d->rd] = size == 4 ? sext32(v) : v;
    return hart_next(h, d);
}

static uint64_t amo_swap(uint64_t old, uint64_t src) { (void)old; return src; }

static int sc(struct hart *h, const struct insn *d, unsigned size)
{
    uint64_t va = h->x[d->rs1], pa, old;
    int exc = mem_translate_atomic(h, va, size, MMU_STORE, &pa);
    if (exc != EXC_NONE)
        return hart_exception(h, d, (enum exception)exc, va);
    bool ok = mem_reservation_matches(h, pa);
    h->resv_valid = false;   /* every SC ends the reservation, success or not */
    if (ok) {
        exc = mem_amo_pa(h, pa, size, amo_swap, h->x[d->rs2], &old);
        if (exc != EXC_NONE)
            return hart_exception(h, d, (enum exception)exc, va);
    }
    h->x[d->rd] = ok ? 0 : 1;
    return hart_next(h, d);
}

int exec_lr_w(struct hart *h, const struct insn *d) { return lr(h, d, 4); }
int exec_lr_d(struct hart *h, const struct insn *d) { return lr(h, d, 8); }
int exec_sc_w(struct hart *h, const struct insn *d) { return sc(h, d, 4); }
int exec_sc_d(struct hart *h, const struct insn *d) { return sc(h, d, 8); }

static int amo(struct hart *h, const struct insn *d, unsigned size, amo_op op)
{
    uint64_t va = h->x[d->rs1], pa, old;
    int exc = mem_translate_atomic(h, va, size, MMU_STORE, &pa);
    if (exc == EXC_NONE)
        exc = mem_amo_pa(h, pa, size, op, h->x[d->rs2], &old);
    if (exc != EXC_NONE)
        return hart_exception(h, d, (enum exception)exc, va);
    h->x[d->rd] = size == 4 ? sext32(old) : old;
    return hart_next(h, d);
}

static uint64_t amo_add(uint64_t a, uint64_t b) { return a + b; }
static uint64_t amo_xor(uint64_t a, uint64_t b) { return a ^ b; }
static uint64_t amo_and(uint64_t a, uint64_t b) { return a & b; }
static uint64_t amo_or(uint64_t a, uint64_t b) { return a | b; }
static uint64_t amo_min_d(uint64_t a, uint64_t b) { return (int64_t)a < (int64_t)b ? a : b; }
static uint64_t amo_max_d(uint64_t a, uint64_t b) { return (int64_t)a > (int64_t)b ? a : b; }
static uint64_t amo_minu_d(uint64_t a, uint64_t b) { return a < b ? a : b; }
static uint64_t amo_maxu_d(uint64_t a, uint64_t b) { return a > b ? a : b; }
static uint64_t amo_min_w(uint64_t a, uint64_t b) { return (int32_t)a < (int32_t)b ? a : b; }
static uint64_t amo_max_w(uint64_t a, uint64_t b) { return (int32_t)a > (int32_t)b ? a : b; }
static uint64_t amo_minu_w(uint64_t a, uint64_t b) { return (uint32_t)a < (uint32_t)b ? a : b; }
static uint64_t amo_maxu_w(uint64_t a, uint64_t b) { return (uint32_t)a > (uint32_t)b ? a : b; }

int exec_amoswap_w(struct hart *h, const struct insn *d) { return amo(h, d, 4, amo_swap); }
int exec_amoadd_w(struct hart *h, const struct insn *d) { return amo(h, d, 4, amo_add); }
int exec_amoxor_w(struct hart *h, const struct insn *d) { return amo(h, d, 4, amo_xor); }
int exec_amoand_w(struct hart *h, const struct insn *d) { return amo(h, d, 4, amo_and); }
int exec_amoor_w(struct hart *h, const struct insn *d) { return amo(h, d, 4, amo_or); }
int exec_amomin_w(struct hart *h, const struct insn *d) { return amo(h, d, 4, amo_min_w); }
int exec_amomax_w(struct hart *h, const struct insn *d) { return amo(h, d, 4, amo_max_w); }
int exec_amominu_w(struct hart *h, const struct insn *d) { return amo(h, d, 4, amo_minu_w); }
int exec_amomaxu_w(struct hart *h, const struct insn *d) { return amo(h, d, 4, amo_maxu_w); }
int exec_amoswap_d(struct hart *h, const struct insn *d) { return amo(h, d, 8, amo_swap); }
int exec_amoadd_d(struct hart *h, const struct insn *d) { return amo(h, d, 8, amo_add); }
int exec_amoxor_d(struct hart *h, const struct insn *d) { return amo(h, d, 8, amo_xor); }
int exec_amoand_d(struct hart *h, const struct insn *d) { return amo(h, d, 8, amo_and); }
int exec_amoor_d(struct hart *h, const struct insn *d) { return amo(h, d, 8, amo_or); }
int exec_amomin_d(struct hart *h, const struct insn *d) { return amo(h, d, 8, amo_min_d); }
int exec_amomax_d(struct hart *h, const struct insn *d) { return amo(h, d, 8, amo_max_d); }
int exec_amominu_d(struct hart *h, const struct insn *d) { return amo(h, d, 8, amo_minu_d); }
int exec_amomaxu_d(struct hart *h, const struct insn *d) { return amo(h, d, 8, amo_maxu_d); }
