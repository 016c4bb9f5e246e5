/*
 * The debugger core (dbg.h): breakpoints compiled into decoded blocks through the hart's
 * debug hooks, watchpoints on the slow path of loads and stores, and run control on top
 * of machine_run / machine_step.
 *
 * Stopping: a hook that wants the machine to stop records the reason (the first one of a
 * run wins) and calls machine_request_stop(); the running hart leaves at its next block
 * boundary (a breakpoint leaves at once, before its instruction) and no other hart
 * starts. machine_run then returns STOP_DEBUG.
 */
#include "dbg_internal.h"

#include <stdlib.h>
#include <string.h>

#include "../cpu/icache.h"

/* ------------------------------------------------------------------ hooks */

static bool has_break(const struct dbg *d, uint64_t pc)
{
    size_t lo = 0, hi = d->nbreak_pcs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->break_pcs[mid] == pc)
            return true;
        if (d->break_pcs[mid] < pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

static bool hook_has_break(void *ctx, uint64_t pc)
{
    return has_break(ctx, pc);
}

static bool cond_holds(const struct dbg_cond *c, const struct hart *h)
{
    uint64_t satp = h->csr.satp;
    if (c->hart >= 0 && (uint64_t)c->hart != h->hartid)
        return false;
    if (c->priv >= 0 && c->priv != (int)h->priv)
        return false;
    if (c->asid >= 0 && satp_asid(satp) != (uint64_t)c->asid)
        return false;
    return !c->root || satp_root(satp) == c->root;
}

/* EV_BREAK for other subscribers (a viewer, an exporter): the machine stops here. */
static void emit_break(struct dbg *d, const struct dbg_stop *s)
{
    struct event ev = {.kind = EV_BREAK, .hart = s->hart};
    if (s->hart >= 0) {
        ev.pc = s->kind == DBG_STOP_BREAK ? s->va : d->m->harts[s->hart].pc;
        ev.priv = (int)d->m->harts[s->hart].priv;
    }
    ev.u.brk.id = s->id;
    ev.u.brk.stop = (int)s->kind;
    ev.u.brk.addr = s->kind == DBG_STOP_EVENT ? ev.pc : s->va;
    events_deliver(&d->m->hub, &ev);
}

void dbg_note_stop(struct dbg *d, const struct dbg_stop *s)
{
    if (d->stop.kind == DBG_STOP_NONE) {
        d->stop = *s;
        if (events_wanted(&d->m->hub, EV_BREAK))
            emit_break(d, s);
    }
    machine_request_stop(d->m);
}

/* Does a breakpoint at pc stop h now? Counts the hits of those whose conditions hold. */
static bool break_check(struct dbg *d, struct hart *h, uint64_t pc)
{
    bool stop = false;
    for (size_t i = 0; i < d->npoints; i++) {
        struct dbg_point *p = &d->points[i];
        if (p->kind != DBG_POINT_BREAK || p->addr != pc || !cond_holds(&p->cond, h))
            continue;
        p->hits++;
        if (!stop) {
            struct dbg_stop s = {.kind = DBG_STOP_BREAK, .hart = (int)h->hartid, .id = p->id,
                                 .va = pc};
            dbg_note_stop(d, &s);
        }
        stop = true;
    }
    return stop;
}

static bool hook_break_hit(void *ctx, struct hart *h, uint64_t pc)
{
    return break_check(ctx, h, pc);
}

static bool overlaps(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
    return a < b + blen && b < a + alen;
}

static uint64_t page_span(uint64_t addr, uint64_t len)
{
    return ((addr + len - 1) | (BUS_PAGE_SIZE - 1)) - (addr & ~(BUS_PAGE_SIZE - 1)) + 1;
}

/* The old value of a watched access: what memory holds before it (RAM only). */
static void read_old_value(struct dbg *d, struct dbg_stop *s)
{
    uint64_t old = 0;
    if (s->size <= 8 && bus_read_ram(&d->m->bus, s->pa, &old, s->size)) {
        s->has_old = true;
        s->old_value = old;
    }
}

static void watch_hit(struct dbg *d, struct hart *h, struct dbg_point *p, uint64_t va,
                      uint64_t pa, unsigned size, bool write)
{
    p->hits++;
    struct dbg_stop s = {.kind = DBG_STOP_WATCH, .hart = (int)h->hartid, .id = p->id,
                         .va = va, .pa = pa, .size = size, .write = write,
                         .before = d->watch_before};
    read_old_value(d, &s);
    dbg_note_stop(d, &s);
    h->leave = true;
}

/* Is this the access the hart stopped before, now being done? */
static bool resuming_access(struct dbg *d, const struct hart *h, uint64_t va)
{
    if (d->resume.hart != (int)h->hartid)
        return false;
    if (d->resume.retired == h->retired && d->resume.va == va)
        return true;
    d->resume.hart = -1;   /* the hart has moved on */
    return false;
}

/* Does point p watch an access of kind want to [a, a+size)? */
static bool watch_matches(const struct dbg_point *p, unsigned want, uint64_t a,
                          unsigned size)
{
    return p->kind == DBG_POINT_WATCH && (p->access & want) && overlaps(p->addr, p->len, a,
                                                                        size);
}

static unsigned hook_access(void *ctx, struct hart *h, uint64_t va, uint64_t pa,
                            unsigned size, enum mmu_access acc)
{
    struct dbg *d = ctx;
    bool page = false, hit = false;
    unsigned want = acc == MMU_STORE ? DBG_WATCH_WRITE : DBG_WATCH_READ;
    for (size_t i = 0; i < d->npoints; i++) {
        struct dbg_point *p = &d->points[i];
        if (p->kind != DBG_POINT_WATCH)
            continue;
        uint64_t a = p->physical ? pa : va;
        uint64_t first = p->addr & ~(BUS_PAGE_SIZE - 1);
        page = page || overlaps(first, page_span(p->addr, p->len), a & ~(BUS_PAGE_SIZE - 1),
                                BUS_PAGE_SIZE);
        if (!watch_matches(p, want, a, size) || resuming_access(d, h, va))
            continue;
        if (hit)
            p->hits++;   /* the first one found reports the stop */
        else
            watch_hit(d, h, p, va, pa, size, acc == MMU_STORE);
        hit = true;
    }
    return (page ? HART_DEBUG_WATCHED_PAGE : 0u) |
           (hit && d->watch_before ? HART_DEBUG_STOP_BEFORE : 0u);
}

/* A device read or wrote guest RAM (EV_DMA, from dbg_events.c): physical watchpoints
 * see it. The device has already done it, so the machine stops after the transfer. */
void dbg_watch_dma(struct dbg *d, const struct event *ev)
{
    unsigned want = ev->u.dma.write ? DBG_WATCH_WRITE : DBG_WATCH_READ;
    for (size_t i = 0; i < d->npoints; i++) {
        struct dbg_point *p = &d->points[i];
        if (!p->physical || !watch_matches(p, want, ev->u.dma.pa, (unsigned)ev->u.dma.len))
            continue;
        p->hits++;
        uint64_t first = p->addr > ev->u.dma.pa ? p->addr : ev->u.dma.pa;
        struct dbg_stop s = {.kind = DBG_STOP_WATCH, .hart = -1, .id = p->id, .va = first,
                             .pa = first, .size = (unsigned)(p->len < 8 ? p->len : 8),
                             .write = ev->u.dma.write, .device = ev->u.dma.device};
        dbg_note_stop(d, &s);
    }
}

void dbg_watch_stop_before(struct dbg *d, bool before)
{
    d->watch_before = before;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* After any change of points: the sorted breakpoint pcs, the hooks on every hart, and
 * decoded code dropped so that blocks are decoded again with (or without) hooks. */
static void points_changed(struct dbg *d)
{
    size_t n = 0;
    bool watching = false;
    for (size_t i = 0; i < d->npoints; i++) {
        if (d->points[i].kind == DBG_POINT_BREAK)
            d->break_pcs[n++] = d->points[i].addr;
        watching = watching || d->points[i].kind == DBG_POINT_WATCH;
    }
    qsort(d->break_pcs, n, sizeof(*d->break_pcs), cmp_u64);
    d->nbreak_pcs = n;
    d->hooks.watching = watching;
    struct machine *m = d->m;
    for (int i = 0; i < m->cfg.harts; i++) {
        m->harts[i].debug = n || watching ? &d->hooks : NULL;
        mmu_flush_fast(&m->harts[i].tlb);   /* watched pages must leave the fast TLB */
    }
    icache_flush(m->icache);
    dbg_events_update(d);
}

/* The instruction observer (hart.on_step), called in one-at-a-time runs: dbg_step, and
 * every run under --trace insn. It chains to the tracer that was there before. */
static void hook_on_step(void *ctx, struct hart *h, const struct insn *insn, int result,
                         enum priv ran_at)
{
    struct dbg *d = ctx;
    int i = (int)h->hartid;
    if (d->prev_on_step[i])
        d->prev_on_step[i](d->prev_on_step_ctx[i], h, insn, result, ran_at);
    if (d->stepping == i) {
        if (d->step_fn)
            d->step_fn(d->step_ctx, h, insn, result, ran_at,
                       d->step_irq_valid ? &d->step_irq : NULL);
        d->step_irq_valid = false;
        if (++d->steps >= d->step_target)
            h->leave = true;   /* machine_step counts retired ones; traps count here */
    }
    /* Blocks are not used here, so breakpoints are checked before the next one. */
    if (d->nbreak_pcs && has_break(d, h->pc) && break_check(d, h, h->pc))
        h->leave = true;
}

/* ------------------------------------------------------------------ life */

struct dbg *dbg_new(struct machine *m)
{
    struct dbg *d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    d->break_pcs = calloc(DBG_MAX_POINTS, sizeof(*d->break_pcs));
    if (!d->break_pcs) {
        free(d);
        return NULL;
    }
    d->m = m;
    d->next_id = 1;
    d->stepping = -1;
    d->resume.hart = -1;
    d->last_trap_hart = -1;
    d->hooks = (struct hart_debug){.ctx = d, .has_break = hook_has_break,
                                   .break_hit = hook_break_hit, .access = hook_access};
    for (int i = 0; i < m->cfg.harts; i++) {
        struct hart *h = &m->harts[i];
        d->prev_on_step[i] = h->on_step;
        d->prev_on_step_ctx[i] = h->on_step_ctx;
        h->on_step = hook_on_step;
        h->on_step_ctx = d;
    }
    dbg_events_update(d);
    return d;
}

void dbg_free(struct dbg *d)
{
    if (!d)
        return;
    struct machine *m = d->m;
    d->npoints = 0;
    points_changed(d);
    for (int i = 0; i < m->cfg.harts; i++) {
        m->harts[i].on_step = d->prev_on_step[i];
        m->harts[i].on_step_ctx = d->prev_on_step_ctx[i];
    }
    for (int i = 0; i < d->npollers; i++)
        machine_remove_poller(m, d->pollers[i].fn, d->pollers[i].ctx);
    dbg_events_detach(d);
    dbg_trace_free(d);
    dbg_symbols_free(d);
    free(d->break_pcs);
    free(d);
}

/* ------------------------------------------------------------------ points */

static struct dbg_point *new_point(struct dbg *d, enum dbg_point_kind kind, unsigned flags)
{
    if (d->npoints == DBG_MAX_POINTS)
        return NULL;
    struct dbg_point *p = &d->points[d->npoints++];
    *p = (struct dbg_point){.kind = kind, .flags = flags, .priv = -1, .code = -1,
                            .cond = DBG_COND_ANY};
    p->id = (flags & DBG_INTERNAL) ? 0 : d->next_id++;
    return p;
}

int dbg_break_insert(struct dbg *d, uint64_t pc, const struct dbg_cond *c, unsigned flags)
{
    struct dbg_point *p = new_point(d, DBG_POINT_BREAK, flags);
    if (!p)
        return -1;
    p->addr = pc;
    p->cond = c ? *c : DBG_COND_ANY;
    points_changed(d);
    return p->id;
}

int dbg_watch_insert(struct dbg *d, uint64_t addr, uint64_t len, bool physical,
                     unsigned access)
{
    struct dbg_point *p = new_point(d, DBG_POINT_WATCH, 0);
    if (!p)
        return -1;
    p->addr = addr;
    p->len = len ? len : 1;
    p->physical = physical;
    p->access = access;
    points_changed(d);
    return p->id;
}

int dbg_event_insert(struct dbg *d, enum dbg_event_break what, int priv, int64_t code)
{
    struct dbg_point *p = new_point(d, DBG_POINT_EVENT, 0);
    if (!p)
        return -1;
    p->event = what;
    p->priv = priv;
    p->code = code;
    points_changed(d);
    return p->id;
}

/* Remove the points for which `drop` says so; true if any went. */
static bool remove_points(struct dbg *d, bool (*drop)(const struct dbg_point *, int),
                          int arg)
{
    size_t k = 0;
    for (size_t i = 0; i < d->npoints; i++)
        if (!drop(&d->points[i], arg))
            d->points[k++] = d->points[i];
    bool changed = k != d->npoints;
    d->npoints = k;
    if (changed)
        points_changed(d);
    return changed;
}

static bool drop_id(const struct dbg_point *p, int id) { return p->id == id && id > 0; }
static bool drop_user(const struct dbg_point *p, int unused)
{
    (void)unused;
    return !(p->flags & DBG_INTERNAL);
}
static bool drop_internal(const struct dbg_point *p, int unused)
{
    (void)unused;
    return p->flags & DBG_INTERNAL;
}

bool dbg_delete(struct dbg *d, int id) { return remove_points(d, drop_id, id); }
void dbg_delete_all(struct dbg *d) { remove_points(d, drop_user, 0); }
size_t dbg_point_count(const struct dbg *d) { return d->npoints; }

const struct dbg_point *dbg_point_get(const struct dbg *d, size_t i)
{
    return i < d->npoints ? &d->points[i] : NULL;
}

/* ------------------------------------------------------------------ run control */

bool dbg_machine_ended(const struct dbg *d)
{
    return d->m->stop != STOP_NONE && d->m->stop != STOP_DEBUG;
}

void dbg_request_stop(struct dbg *d)
{
    machine_request_stop(d->m);
}

bool dbg_add_poller(struct dbg *d, dbg_poll_fn fn, void *ctx)
{
    if (d->npollers == DBG_MAX_POLLERS || !machine_add_poller(d->m, fn, ctx))
        return false;
    d->pollers[d->npollers].fn = fn;
    d->pollers[d->npollers].ctx = ctx;
    d->npollers++;
    return true;
}

void dbg_remove_poller(struct dbg *d, dbg_poll_fn fn, void *ctx)
{
    int k = 0;
    for (int i = 0; i < d->npollers; i++)
        if (d->pollers[i].fn != fn || d->pollers[i].ctx != ctx)
            d->pollers[k++] = d->pollers[i];
    d->npollers = k;
    machine_remove_poller(d->m, fn, ctx);
}

void dbg_on_step(struct dbg *d, dbg_step_fn fn, void *ctx)
{
    d->step_fn = fn;
    d->step_ctx = ctx;
}

static void begin_run(struct dbg *d)
{
    d->stop = (struct dbg_stop){.kind = DBG_STOP_NONE, .hart = -1};
    d->step_irq_valid = false;
}

/* Turn what happened into the answer; temporary points that stopped us and every
 * internal one go. */
static enum dbg_stop_kind finish_run(struct dbg *d, enum dbg_stop_kind quiet,
                                     struct dbg_stop *why)
{
    if (dbg_machine_ended(d)) {
        d->stop.kind = DBG_STOP_MACHINE;
        d->stop.machine = d->m->stop;
    } else if (d->stop.kind == DBG_STOP_NONE) {
        d->stop.kind = d->m->stop == STOP_DEBUG ? DBG_STOP_REQUEST : quiet;
    }
    bool temporary = false;
    for (size_t i = 0; i < d->npoints && d->stop.id > 0; i++)
        temporary = temporary ||
                    (d->points[i].id == d->stop.id && (d->points[i].flags & DBG_TEMPORARY));
    if (temporary)
        dbg_delete(d, d->stop.id);
    remove_points(d, drop_internal, 0);
    if (d->stop.kind == DBG_STOP_WATCH && d->stop.before) {
        /* h->retired is exact only now that the hart has left its block */
        d->resume.hart = d->stop.hart;
        d->resume.retired = d->m->harts[d->stop.hart].retired;
        d->resume.va = d->stop.va;
    }
    if (why)
        *why = d->stop;
    return d->stop.kind;
}

static bool waits(const struct hart *h)
{
    return h->wfi && !h->irq_pending;
}

enum dbg_stop_kind dbg_continue(struct dbg *d, struct dbg_stop *why)
{
    struct machine *m = d->m;
    begin_run(d);
    if (dbg_machine_ended(d))
        return finish_run(d, DBG_STOP_REQUEST, why);
    /* A hart on a breakpoint runs that instruction first (one at a time: no hook). */
    for (int i = 0; i < m->cfg.harts; i++) {
        if (!d->nbreak_pcs || !has_break(d, m->harts[i].pc) || waits(&m->harts[i]))
            continue;
        machine_step(m, i, 1);
        if (d->stop.kind != DBG_STOP_NONE || m->stop != STOP_NONE)
            return finish_run(d, DBG_STOP_REQUEST, why);
    }
    machine_run(m);
    return finish_run(d, DBG_STOP_REQUEST, why);
}

static bool all_wait(const struct machine *m)
{
    for (int i = 0; i < m->cfg.harts; i++)
        if (!waits(&m->harts[i]))
            return false;
    return true;
}

/* Steps are run in chunks so that time and devices move between them. */
#define DBG_STEP_CHUNK 100

enum dbg_stop_kind dbg_step(struct dbg *d, int hart, uint64_t n, struct dbg_stop *why)
{
    struct machine *m = d->m;
    begin_run(d);
    if (dbg_machine_ended(d))
        return finish_run(d, DBG_STOP_STEP, why);
    d->stepping = hart;
    d->steps = 0;
    int idle_rounds = 0;
    while (d->steps < n && d->stop.kind == DBG_STOP_NONE) {
        uint64_t before = d->steps;
        d->step_target = n - d->steps < DBG_STEP_CHUNK ? n : d->steps + DBG_STEP_CHUNK;
        machine_step(m, hart, d->step_target - d->steps);
        if (m->stop != STOP_NONE)
            break;   /* the end, or a stop asked for (a breakpoint, Ctrl-C) */
        if (d->steps > before)
            idle_rounds = 0;
        else if (!all_wait(m) || ++idle_rounds > 2)
            break;   /* it waits for an interrupt only the other harts' time can bring */
    }
    d->stepping = -1;
    return finish_run(d, DBG_STOP_STEP, why);
}

/* ------------------------------------------------------------------ memory */

/* Translate va through satp for reading: as S-mode, as U-mode for U pages, and as a
 * fetch for execute-only pages; the first that works. *w keeps the first attempt when
 * all fail. */
static bool translate_satp(struct dbg *d, int hart, uint64_t satp, uint64_t va,
                           enum mmu_access acc, uint64_t *pa, struct walk *w)
{
    if (satp_mode(satp) == SATP_MODE_BARE) {
        if (w)
            memset(w, 0, sizeof(*w));
        *pa = va;
        return true;
    }
    struct hart *h = &d->m->harts[hart];
    static const struct { int priv; enum mmu_access acc; bool same; } tries[] = {
        {PRIV_S, MMU_LOAD, true}, {PRIV_U, MMU_LOAD, true},
        {PRIV_S, MMU_FETCH, false}, {PRIV_U, MMU_FETCH, false},
    };
    struct walk first, cur;
    for (size_t i = 0; i < sizeof(tries) / sizeof(tries[0]); i++) {
        enum mmu_access a = tries[i].same ? acc : tries[i].acc;
        if (!tries[i].same && acc != MMU_LOAD)
            continue;
        int exc = mmu_walk_debug(h, satp, va, a, tries[i].priv, i ? &cur : &first);
        if (exc == EXC_NONE) {
            if (w)
                *w = i ? cur : first;
            *pa = (i ? cur : first).pa;
            return true;
        }
    }
    if (w)
        *w = first;
    return false;
}

bool dbg_translate(struct dbg *d, int hart, uint64_t va, enum mmu_access acc, uint64_t *pa,
                   struct walk *w)
{
    return translate_satp(d, hart, d->m->harts[hart].csr.satp, va, acc, pa, w);
}

/* Reads of the reset ROM (code the harts run first) have no side effects either. */
static bool read_rom(struct machine *m, uint64_t pa, void *buf, size_t n)
{
    uint64_t base = virt_memmap[VIRT_MROM].base;
    if (pa < base || pa - base > m->rom.size || n > m->rom.size - (pa - base))
        return false;
    memcpy(buf, m->rom.data + (pa - base), n);
    return true;
}

/* Copy between buf and guest RAM (or the ROM, for reading) at addr, page by page. */
static bool copy_mem(struct dbg *d, int hart, uint64_t satp, uint64_t addr, bool physical,
                     void *buf, size_t len, bool write)
{
    uint8_t *p = buf;
    while (len) {
        uint64_t room = BUS_PAGE_SIZE - (addr & (BUS_PAGE_SIZE - 1));
        size_t n = len < room ? len : (size_t)room;
        uint64_t pa = addr;
        if (!physical && !translate_satp(d, hart, satp, addr, write ? MMU_STORE : MMU_LOAD,
                                         &pa, NULL))
            return false;
        bool ok = write ? bus_write_ram(&d->m->bus, pa, p, n)
                        : bus_read_ram(&d->m->bus, pa, p, n) || read_rom(d->m, pa, p, n);
        if (!ok)
            return false;
        p += n;
        addr += n;
        len -= n;
    }
    return true;
}

bool dbg_read_satp(struct dbg *d, int hart, uint64_t satp, uint64_t addr, void *buf,
                   size_t len)
{
    return copy_mem(d, hart, satp, addr, false, buf, len, false);
}

bool dbg_read(struct dbg *d, int hart, uint64_t addr, bool physical, void *buf, size_t len)
{
    return copy_mem(d, hart, d->m->harts[hart].csr.satp, addr, physical, buf, len, false);
}

bool dbg_write(struct dbg *d, int hart, uint64_t addr, bool physical, const void *buf,
               size_t len)
{
    return copy_mem(d, hart, d->m->harts[hart].csr.satp, addr, physical, (void *)buf, len,
                    true);
}

bool dbg_read_kernel(struct dbg *d, int hart, uint64_t addr, void *buf, size_t len)
{
    if (bus_read_ram(&d->m->bus, addr, buf, len))
        return true;
    return dbg_read(d, hart, addr, false, buf, len);
}

bool dbg_read_string(struct dbg *d, int hart, uint64_t satp, uint64_t addr, char *buf,
                     size_t len)
{
    size_t n = 0;
    while (n + 1 < len) {
        char c;
        if (!dbg_read_satp(d, hart, satp, addr + n, &c, 1))
            break;
        buf[n++] = c;
        if (!c)
            return true;
    }
    buf[n] = 0;
    return n > 0;
}
