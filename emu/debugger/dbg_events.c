/*
 * The debugger as an event subscriber (events.h): it listens to exactly the kinds its
 * event breakpoints and traces need (plus traps, for `explain`), keeps each hart's last
 * trap, stops the machine when an event breakpoint matches, and hands events to the
 * tracer (trace.c).
 */
#include "dbg_internal.h"

#include <string.h>

static void on_event(void *ctx, const struct event *ev);

static uint32_t bit(enum event_kind k) { return 1u << k; }

static uint32_t point_mask(const struct dbg_point *p)
{
    if (p->kind == DBG_POINT_WATCH)
        return p->physical ? bit(EV_DMA) : 0;   /* devices see physical addresses only */
    if (p->kind != DBG_POINT_EVENT)
        return 0;
    switch (p->event) {
    case DBG_EV_ECALL: return bit(EV_ECALL);
    case DBG_EV_SATP: return bit(EV_SATP);
    case DBG_EV_SRET_USER: return bit(EV_XRET);
    case DBG_EV_PRIV: return bit(EV_XRET) | bit(EV_TRAP);
    default: return bit(EV_TRAP);
    }
}

void dbg_events_update(struct dbg *d)
{
    uint32_t mask = bit(EV_TRAP);   /* always: explain needs the last trap */
    unsigned t = d->trace.kinds;
    if (t & DBG_TRACE_SATP)
        mask |= bit(EV_SATP);
    if (t & DBG_TRACE_ECALL)
        mask |= bit(EV_ECALL) | bit(EV_XRET);   /* xRETs carry the return values */
    if (t & DBG_TRACE_XRET)
        mask |= bit(EV_XRET);
    if (t & DBG_TRACE_MMIO)
        mask |= bit(EV_MMIO);
    if (t & DBG_TRACE_PAGEWALK)
        mask |= bit(EV_PAGEWALK);
    for (size_t i = 0; i < d->npoints; i++)
        mask |= point_mask(&d->points[i]);
    if (mask == d->sub_mask)
        return;
    struct event_hub *hub = &d->m->hub;
    events_unsubscribe(hub, on_event, d);
    d->sub_mask = events_subscribe(hub, mask, on_event, d) ? mask : 0;
}

void dbg_events_detach(struct dbg *d)
{
    events_unsubscribe(&d->m->hub, on_event, d);
    d->sub_mask = 0;
}

static bool is_page_fault(uint64_t cause)
{
    return cause == EXC_INSN_PAGE_FAULT || cause == EXC_LOAD_PAGE_FAULT ||
           cause == EXC_STORE_PAGE_FAULT;
}

/* Keep the trap for `explain`; a page fault's walk is made now, while the page table
 * still looks the way the hart saw it. */
static void record_trap(struct dbg *d, const struct event *ev)
{
    if (ev->hart < 0 || ev->hart >= d->m->cfg.harts)
        return;
    struct hart *h = &d->m->harts[ev->hart];
    struct dbg_trap_record *r = &d->last_trap[ev->hart];
    r->valid = true;
    r->ev = *ev;
    r->satp = h->csr.satp;
    r->has_walk = false;
    r->has_proc = false;
    uint64_t cause = ev->u.trap.cause;
    if (!ev->u.trap.interrupt && is_page_fault(cause)) {
        enum mmu_access acc = cause == EXC_INSN_PAGE_FAULT   ? MMU_FETCH
                              : cause == EXC_LOAD_PAGE_FAULT ? MMU_LOAD
                                                             : MMU_STORE;
        int priv = ev->u.trap.from == PRIV_M ? PRIV_S : ev->u.trap.from;   /* MPRV */
        mmu_walk_debug(h, r->satp, ev->u.trap.tval, acc, priv, &r->walk);
        r->has_walk = true;
    }
    d->last_trap_hart = ev->hart;
    bool call = cause == EXC_ECALL_U || cause == EXC_ECALL_S || cause == EXC_ECALL_M ||
                cause == EXC_BREAKPOINT;
    if (!ev->u.trap.interrupt && !call)
        d->last_fault[ev->hart] = *r;
    if (d->stepping == ev->hart && ev->u.trap.interrupt) {
        d->step_irq = *ev;
        d->step_irq_valid = true;
    }
}

static bool privilege_change(const struct event *ev, int *to)
{
    if (ev->kind == EV_TRAP) {
        *to = ev->u.trap.to;
        return ev->u.trap.from != ev->u.trap.to;
    }
    if (ev->kind == EV_XRET) {
        *to = ev->u.xret.to;
        return ev->u.xret.from != ev->u.xret.to;
    }
    return false;
}

static bool event_matches(const struct dbg_point *p, const struct event *ev)
{
    int to;
    switch (p->event) {
    case DBG_EV_ECALL:
        return ev->kind == EV_ECALL && (p->priv < 0 || p->priv == ev->priv) &&
               (p->code < 0 || (uint64_t)p->code == ev->u.ecall.a[7]);
    case DBG_EV_SATP:
        return ev->kind == EV_SATP;
    case DBG_EV_TRAP:
        return ev->kind == EV_TRAP && (p->code < 0 || (uint64_t)p->code == ev->u.trap.cause);
    case DBG_EV_SRET_USER:
        return ev->kind == EV_XRET && ev->u.xret.sret && ev->u.xret.to == PRIV_U;
    case DBG_EV_PRIV:
        return privilege_change(ev, &to) && to == p->priv;
    case DBG_EV_INTERRUPT:
        return ev->kind == EV_TRAP && ev->u.trap.interrupt &&
               (p->code < 0 || (uint64_t)p->code == (ev->u.trap.cause & ~CAUSE_INTERRUPT));
    }
    return false;
}

static void check_points(struct dbg *d, const struct event *ev)
{
    bool stopped = false;
    for (size_t i = 0; i < d->npoints; i++) {
        struct dbg_point *p = &d->points[i];
        if (p->kind != DBG_POINT_EVENT || !event_matches(p, ev))
            continue;
        p->hits++;
        if (stopped)
            continue;
        stopped = true;
        struct dbg_stop s = {.kind = DBG_STOP_EVENT, .hart = ev->hart, .id = p->id,
                             .ev = *ev};
        dbg_note_stop(d, &s);
        if (ev->hart >= 0 && ev->hart < d->m->cfg.harts)
            d->m->harts[ev->hart].leave = true;
    }
}

static void on_event(void *ctx, const struct event *ev)
{
    struct dbg *d = ctx;
    if (ev->kind == EV_TRAP)
        record_trap(d, ev);
    if (ev->kind == EV_DMA) {
        dbg_watch_dma(d, ev);
        return;
    }
    dbg_trace_event(d, ev);
    check_points(d, ev);
}
