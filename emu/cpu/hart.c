/*
 * The hart's run loop: look up the decoded block for pc, run its instructions through
 * their handlers, and check interrupts at block boundaries (DESIGN.md §2).
 */
#include "hart.h"

#include <string.h>

#include "decode.h"
#include "icache.h"

#define MISA_RV64 (2ull << 62)
#define MISA_EXT(c) (1ull << ((c) - 'A'))
#define RVSCOPE_MISA (MISA_RV64 | MISA_EXT('I') | MISA_EXT('M') | MISA_EXT('A') | \
                      MISA_EXT('F') | MISA_EXT('D') | MISA_EXT('C') | MISA_EXT('S') | \
                      MISA_EXT('U'))

void hart_init(struct hart *h, uint64_t hartid, struct bus *bus, struct icache *ic,
               struct hart_cluster *cluster, struct event_hub *hub, const uint64_t *mtime)
{
    memset(h, 0, sizeof(*h));
    h->hartid = hartid;
    h->bus = bus;
    h->icache = ic;
    h->cluster = cluster;
    h->hub = hub;
    h->mtime = mtime;
    hart_reset(h, 0);
}

void hart_reset(struct hart *h, uint64_t pc)
{
    memset(h->x, 0, sizeof(h->x));
    memset(h->f, 0, sizeof(h->f));
    memset(&h->csr, 0, sizeof(h->csr));
    h->pc = pc;
    h->priv = PRIV_M;
    h->csr.mstatus = MSTATUS_XL64;   /* UXL = SXL = 2: XLEN is 64 in U and S */
    h->csr.mcycle_at = h->csr.minstret_at = h->retired;
    h->resv_valid = false;
    h->wfi = false;
    h->irq_lines = 0;
    hart_update_irqs(h);
    mmu_flush_fast(&h->tlb);
    mmu_reset(h);
}

uint64_t hart_misa(void)
{
    return RVSCOPE_MISA;
}

void hart_set_irq_line(struct hart *h, uint64_t mip_bit, bool level)
{
    h->irq_lines = level ? h->irq_lines | mip_bit : h->irq_lines & ~mip_bit;
    hart_update_irqs(h);
}

/* Sstc (stimecmp): STIP follows time >= stimecmp while menvcfg.STCE is set. */
#define MENVCFG_STCE (1ull << 63)

void hart_update_timer(struct hart *h)
{
    if (h->csr.menvcfg & MENVCFG_STCE)
        hart_set_irq_line(h, MIP_STIP, *h->mtime >= h->csr.stimecmp);
    else if (h->irq_lines & MIP_STIP)
        hart_set_irq_line(h, MIP_STIP, false);
}

int hart_exception(struct hart *h, const struct insn *d, enum exception cause, uint64_t tval)
{
    if (cause == EXC_DEBUG_STOP) {   /* a watchpoint: stop before the instruction */
        h->pc = d->pc;
        h->leave = true;
        h->debug_stopped = true;
        return hart_leave(d, EXEC_TRAPPED);
    }
    trap_take_exception(h, cause, tval, d->pc);
    return hart_leave(d, EXEC_TRAPPED);
}

int hart_illegal(struct hart *h, const struct insn *d)
{
    return hart_exception(h, d, EXC_ILLEGAL_INSN, d->raw);
}

int exec_illegal(struct hart *h, const struct insn *d)
{
    return hart_illegal(h, d);
}

/* Interrupts and WFI at a block boundary. Returns false when the hart must stop (it
 * waits for an interrupt). A debugger stopping on an interrupt's event sets h->leave:
 * the callers check it where an interrupt is handled. */
static bool hart_boundary(struct hart *h)
{
    if (__builtin_expect(h->irq_pending != 0, 0)) {
        h->wfi = false;   /* WFI resumes on pending & enabled, whatever the global enables */
        trap_take_pending_interrupt(h);
    }
    return !h->wfi;
}

/* Placed after a single-stepped instruction: where hart_next() lands. */
static int exec_step_done(struct hart *h, const struct insn *d)
{
    (void)h;
    return hart_leave(d, EXEC_NEXT);
}

/* --trace insn and single-stepping: one uncached instruction at a time. */
static uint64_t hart_run_traced(struct hart *h, uint64_t budget)
{
    uint64_t start = h->retired;
    while (h->retired - start < budget && !h->leave && hart_boundary(h) && !h->leave) {
        struct insn step[2] = {{0}};
        if (!icache_fetch_one(h, &step[0]))
            continue;
        step[1].fn = exec_step_done;
        step[1].idx = 1;
        struct insn d = step[0];
        enum priv ran_at = h->priv;
        h->debug_stopped = false;
        int r = d.fn(h, step) & ((1 << EXEC_CODE_BITS) - 1);
        if (h->debug_stopped)
            break;   /* it did not run: observers see it when it does */
        if (r == EXEC_NEXT) {
            h->pc = d.pc + d.len;
            r = EXEC_RETIRED;
        }
        if (r == EXEC_RETIRED)
            h->retired++;
        if (h->on_step)
            h->on_step(h->on_step_ctx, h, &d, r, ran_at);
    }
    return h->retired - start;
}

uint64_t hart_run(struct hart *h, uint64_t budget)
{
    if (h->trace_insn)
        return hart_run_traced(h, budget);
    uint64_t start = h->retired;
    uint64_t end = start + budget;
    icache_collect(h->icache);
    struct block *b = NULL;
    while (h->retired < end && !h->leave && hart_boundary(h)) {
        if (!b || h->irq_pending) {   /* an interrupt may have moved pc */
            if (h->leave)
                break;                /* a debugger stopped on the interrupt */
            b = icache_block_for_pc(h);
        }
        if (!b)
            continue;
        int r = b->insns[0].fn(h, b->insns);
        int code = r & ((1 << EXEC_CODE_BITS) - 1);
        h->retired += (uint64_t)(r >> EXEC_CODE_BITS) + (code == EXEC_RETIRED);
        b = code == EXEC_TRAPPED ? NULL : icache_chain(h, b);
    }
    return h->retired - start;
}
