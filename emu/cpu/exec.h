/*
 * What instruction handlers share (rv64i.c, rv64m.c, rv64a.c, rv64fd.c): the decoder's
 * types, memory access, and the few helpers and handler shapes they all use.
 */
#ifndef RVSCOPE_EXEC_H
#define RVSCOPE_EXEC_H

#include "decode.h"
#include "mem.h"

/* The low 32 bits of v, sign-extended: the result of every RV64 W operation. */
static inline uint64_t sext32(uint64_t v)
{
    return (uint64_t)(int64_t)(int32_t)(uint32_t)v;
}

/* A register-register operation: a = rs1, b = rs2, rd = expr. */
#define EXEC_RR(fn, expr)                                         \
    int fn(struct hart *h, const struct insn *d)                  \
    {                                                             \
        uint64_t a = h->x[d->rs1], b = h->x[d->rs2];              \
        h->x[d->rd] = (expr);                                     \
        return hart_next(h, d);                                   \
    }

/* A register-immediate operation: a = rs1, b = the sign-extended immediate. */
#define EXEC_RI(fn, expr)                                         \
    int fn(struct hart *h, const struct insn *d)                  \
    {                                                             \
        uint64_t a = h->x[d->rs1], b = (uint64_t)(int64_t)d->imm; \
        h->x[d->rd] = (expr);                                     \
        return hart_next(h, d);                                   \
    }

/* The slow path of any store (integer or FP): a fast-TLB miss, a device, a page
 * crossing. Out of line, so the fast paths' tail calls stay jumps. */
int exec_store_slow(struct hart *h, const struct insn *d, uint64_t va, unsigned size,
                    uint64_t value);

#endif
