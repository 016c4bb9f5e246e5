/* The PLIC (RISC-V PLIC spec 1.0.0; register layout in plic.h). */
#include "plic.h"

#include <assert.h>

#define PLIC_PRIORITY_BASE 0x000000
#define PLIC_PENDING_BASE 0x001000
#define PLIC_ENABLE_BASE 0x002000
#define PLIC_ENABLE_STRIDE 0x80
#define PLIC_CONTEXT_BASE 0x200000
#define PLIC_CONTEXT_STRIDE 0x1000
#define PLIC_THRESHOLD 0x0
#define PLIC_CLAIM 0x4
#define MIP_SEIP (1ull << 9)
#define MIP_MEIP (1ull << 11)

static bool bit_test(const uint32_t *words, unsigned i) { return words[i / 32] >> (i % 32) & 1; }
static void bit_set(uint32_t *words, unsigned i) { words[i / 32] |= 1u << (i % 32); }
static void bit_clear(uint32_t *words, unsigned i) { words[i / 32] &= ~(1u << (i % 32)); }

/* The highest-priority source that is pending and enabled for ctx and whose priority
 * exceeds `floor`; ties go to the lowest id (spec §"Interrupt Identifiers"). 0 if none. */
static unsigned best_source(const struct plic *p, int ctx, uint32_t floor)
{
    unsigned best = 0;
    uint32_t best_prio = floor;
    for (unsigned w = 0; w < PLIC_WORDS; w++) {
        uint32_t live = p->pending[w] & p->enable[ctx][w];
        while (live) {
            unsigned s = w * 32 + (unsigned)__builtin_ctz(live);
            live &= live - 1;
            if (p->priority[s] > best_prio) {
                best = s;
                best_prio = p->priority[s];
            }
        }
    }
    return best;
}

/* Recompute every context's EIP (a pending, enabled source with priority above the
 * threshold) and drive the harts' MEIP/SEIP lines that changed. */
static void plic_update(struct plic *p)
{
    for (int ctx = 0; ctx < 2 * p->harts; ctx++) {
        bool eip = best_source(p, ctx, p->threshold[ctx]) != 0;
        if (eip == p->eip[ctx])
            continue;
        p->eip[ctx] = eip;
        p->irq.set_hart_line(p->irq.ctx, ctx / 2, ctx % 2 ? MIP_SEIP : MIP_MEIP, eip);
    }
}

/* The gateway of a level-triggered source: a high line becomes a request unless one is
 * already pending or being serviced. */
static void gateway(struct plic *p, unsigned s)
{
    if (bit_test(p->level, s) && !bit_test(p->pending, s) && !bit_test(p->in_service, s))
        bit_set(p->pending, s);
}

void plic_set_source(struct plic *p, unsigned source, bool level)
{
    if (source == 0 || source > PLIC_NDEV)
        return;
    if (level)
        bit_set(p->level, source);
    else
        bit_clear(p->level, source);
    gateway(p, source);
    plic_update(p);
}

static void plic_line_set(void *ctx, unsigned source, bool level)
{
    plic_set_source(ctx, source, level);
}

struct irq_line plic_irq_line(struct plic *p, unsigned source)
{
    return (struct irq_line){.set = plic_line_set, .ctx = p, .source = source};
}

/* Claim (spec §"Interrupt Claim Process"): the best pending enabled source regardless of
 * the threshold (priority 0 never interrupts); its request leaves the pending bits and
 * the gateway holds further requests until the completion. */
static uint32_t plic_claim(struct plic *p, int ctx)
{
    unsigned s = best_source(p, ctx, 0);
    if (s) {
        bit_clear(p->pending, s);
        bit_set(p->in_service, s);
        plic_update(p);
    }
    return s;
}

/* Completion (spec §"Interrupt Completion"): ignored unless the id names a source
 * enabled for this context; a line still high makes a new request. */
static void plic_complete(struct plic *p, int ctx, uint32_t id)
{
    if (id == 0 || id > PLIC_NDEV || !bit_test(p->enable[ctx], id))
        return;
    bit_clear(p->in_service, id);
    gateway(p, id);
    plic_update(p);
}

/* Which register a (4-byte aligned) offset names: the source or word in *index, the
 * context in *ctx. REG_NONE for reserved space and sources or contexts that do not
 * exist. */
enum plic_reg { REG_PRIORITY, REG_PENDING, REG_ENABLE, REG_THRESHOLD, REG_CLAIM, REG_NONE };

static enum plic_reg plic_decode(const struct plic *p, uint64_t offset, unsigned *index,
                                 int *ctx)
{
    int contexts = 2 * p->harts;
    if (offset < PLIC_PENDING_BASE) {
        *index = (unsigned)(offset / 4);
        return *index < PLIC_SOURCES ? REG_PRIORITY : REG_NONE;
    }
    if (offset < PLIC_ENABLE_BASE) {
        *index = (unsigned)((offset - PLIC_PENDING_BASE) / 4);
        return *index < PLIC_WORDS ? REG_PENDING : REG_NONE;
    }
    if (offset < PLIC_CONTEXT_BASE) {
        uint64_t rel = offset - PLIC_ENABLE_BASE;
        *ctx = (int)(rel / PLIC_ENABLE_STRIDE);
        *index = (unsigned)(rel % PLIC_ENABLE_STRIDE / 4);
        return *ctx < contexts && *index < PLIC_WORDS ? REG_ENABLE : REG_NONE;
    }
    uint64_t rel = offset - PLIC_CONTEXT_BASE;
    if (rel / PLIC_CONTEXT_STRIDE >= (uint64_t)contexts)
        return REG_NONE;
    *ctx = (int)(rel / PLIC_CONTEXT_STRIDE);
    switch (rel % PLIC_CONTEXT_STRIDE) {
    case PLIC_THRESHOLD: return REG_THRESHOLD;
    case PLIC_CLAIM: return REG_CLAIM;
    default: return REG_NONE;
    }
}

static bool plic_read(void *opaque, uint64_t offset, int size, uint64_t *value)
{
    struct plic *p = opaque;
    unsigned i = 0;
    int ctx = 0;
    if (size != 4 || offset % 4)
        return false;
    switch (plic_decode(p, offset, &i, &ctx)) {
    case REG_PRIORITY: *value = p->priority[i]; break;
    case REG_PENDING: *value = p->pending[i]; break;
    case REG_ENABLE: *value = p->enable[ctx][i]; break;
    case REG_THRESHOLD: *value = p->threshold[ctx]; break;
    case REG_CLAIM: *value = plic_claim(p, ctx); break;
    default: return false;
    }
    return true;
}

static bool plic_write(void *opaque, uint64_t offset, int size, uint64_t value)
{
    struct plic *p = opaque;
    unsigned i = 0;
    int ctx = 0;
    uint32_t v = (uint32_t)value;
    if (size != 4 || offset % 4)
        return false;
    switch (plic_decode(p, offset, &i, &ctx)) {
    case REG_PRIORITY:
        /* WARL: the low 3 bits; source 0 does not exist and stays 0. */
        p->priority[i] = i == 0 ? 0 : v & PLIC_MAX_PRIORITY;
        break;
    case REG_PENDING:
        return true;   /* read-only: a pending bit is cleared only by a claim */
    case REG_ENABLE:
        p->enable[ctx][i] = i == 0 ? v & ~1u : v;   /* bit 0 (source 0) is hardwired 0 */
        if (i == PLIC_WORDS - 1 && PLIC_SOURCES % 32)
            p->enable[ctx][i] &= (1u << (PLIC_SOURCES % 32)) - 1;
        break;
    case REG_THRESHOLD: p->threshold[ctx] = v & PLIC_MAX_PRIORITY; break;
    case REG_CLAIM: plic_complete(p, ctx, v); return true;
    default: return false;
    }
    plic_update(p);
    return true;
}

/* Reset: registers to zero, every output low; lines that are still high become
 * requests again. */
static void plic_reset(void *opaque)
{
    struct plic *p = opaque;
    for (unsigned s = 0; s < PLIC_SOURCES; s++)
        p->priority[s] = 0;
    for (unsigned w = 0; w < PLIC_WORDS; w++) {
        p->pending[w] = 0;
        p->in_service[w] = 0;
        for (int c = 0; c < PLIC_MAX_CONTEXTS; c++)
            p->enable[c][w] = 0;
    }
    for (int c = 0; c < PLIC_MAX_CONTEXTS; c++) {
        p->threshold[c] = 0;
        p->eip[c] = true;   /* force plic_update to drive every line low */
    }
    for (unsigned s = 1; s < PLIC_SOURCES; s++)
        gateway(p, s);
    plic_update(p);
}

void plic_init(struct plic *p, int harts, struct irq_sink irq)
{
    assert(harts >= 1 && harts <= PLIC_MAX_HARTS);
    *p = (struct plic){0};
    p->harts = harts;
    p->irq = irq;
    p->dev = (struct device){.name = "plic", .opaque = p, .read = plic_read,
                             .write = plic_write, .reset = plic_reset};
}
