/* RV64M multiply and divide (unpriv spec 20191213 ch. 7), including the defined results
 * for division by zero and signed overflow (table 7.1). */
#include "decode.h"

static uint64_t sext32(uint64_t v) { return (uint64_t)(int64_t)(int32_t)(uint32_t)v; }

#define MUL_OP(fn, expr)                                  \
    int fn(struct hart *h, const struct insn *d)          \
    {                                                     \
        uint64_t a = h->x[d->rs1], b = h->x[d->rs2];      \
        h->x[d->rd] = (expr);                             \
        return hart_next(h, d);                           \
    }

MUL_OP(exec_mul, a * b)
MUL_OP(exec_mulh, (uint64_t)(((__int128)(int64_t)a * (__int128)(int64_t)b) >> 64))
MUL_OP(exec_mulhsu, (uint64_t)(((__int128)(int64_t)a * (__int128)(unsigned __int128)b) >> 64))
MUL_OP(exec_mulhu, (uint64_t)(((unsigned __int128)a * b) >> 64))
MUL_OP(exec_mulw, sext32((uint32_t)a * (uint32_t)b))

static uint64_t div_s64(int64_t a, int64_t b)
{
    if (b == 0)
        return ~0ull;
    if (a == INT64_MIN && b == -1)
        return (uint64_t)a;
    return (uint64_t)(a / b);
}

static uint64_t rem_s64(int64_t a, int64_t b)
{
    if (b == 0)
        return (uint64_t)a;
    if (a == INT64_MIN && b == -1)
        return 0;
    return (uint64_t)(a % b);
}

static uint64_t div_s32(int32_t a, int32_t b)
{
    if (b == 0)
        return ~0ull;
    if (a == INT32_MIN && b == -1)
        return sext32((uint32_t)a);
    return sext32((uint32_t)(a / b));
}

static uint64_t rem_s32(int32_t a, int32_t b)
{
    if (b == 0)
        return sext32((uint32_t)a);
    if (a == INT32_MIN && b == -1)
        return 0;
    return sext32((uint32_t)(a % b));
}

MUL_OP(exec_div, div_s64((int64_t)a, (int64_t)b))
MUL_OP(exec_divu, b ? a / b : ~0ull)
MUL_OP(exec_rem, rem_s64((int64_t)a, (int64_t)b))
MUL_OP(exec_remu, b ? a % b : a)
MUL_OP(exec_divw, div_s32((int32_t)a, (int32_t)b))
MUL_OP(exec_divuw, (uint32_t)b ? sext32((uint32_t)a / (uint32_t)b) : ~0ull)
MUL_OP(exec_remw, rem_s32((int32_t)a, (int32_t)b))
MUL_OP(exec_remuw, sext32((uint32_t)b ? (uint32_t)a % (uint32_t)b : (uint32_t)a))
