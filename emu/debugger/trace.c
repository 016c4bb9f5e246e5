/*
 * Event traces: one line per traced event, kept in a ring (the last DBG_TRACE_RING
 * lines) and optionally printed as it happens. U-mode ecalls are named with the bundled
 * kernel's system calls and their return values are matched when the xRET that returns
 * to the caller comes back; S-mode ecalls are named as SBI calls.
 *
 *   hart 0 U    ecall     pid 3 (sh) write(1, 0x2f80, 6)
 *   hart 0 U    return    pid 3 (sh) write(1, 0x2f80, 6) = 6
 *   hart 0 S    satp      Bare -> Sv39 asid 0 root 0x87f65000, entering pid 3 (sh)
 */
#include "dbg_internal.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ the ring */

void dbg_fmt(char *buf, size_t len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, len, fmt, ap);
    va_end(ap);
}

void dbg_trace_add(struct dbg *d, const char *line)
{
    struct dbg_trace *t = &d->trace;
    if (t->live) {
        if (d->guest_mid_line)
            fputc('\n', t->live);
        d->guest_mid_line = false;
        fprintf(t->live, "%s\n", line);
        fflush(t->live);
    }
    if (!t->lines)
        return;
    size_t slot = (t->head + t->count) % DBG_TRACE_RING;
    if (t->count == DBG_TRACE_RING)
        t->head = (t->head + 1) % DBG_TRACE_RING;
    else
        t->count++;
    dbg_fmt(t->lines[slot], DBG_LINE, "%s", line);
}

void dbg_trace_set(struct dbg *d, unsigned kinds, bool on)
{
    struct dbg_trace *t = &d->trace;
    if (on && !t->lines)
        t->lines = calloc(DBG_TRACE_RING, sizeof(*t->lines));
    t->kinds = on ? t->kinds | kinds : t->kinds & ~kinds;
    dbg_events_update(d);
}

unsigned dbg_trace_kinds(const struct dbg *d) { return d->trace.kinds; }
void dbg_trace_live(struct dbg *d, FILE *live) { d->trace.live = live; }

void dbg_trace_show(struct dbg *d, FILE *out, size_t n)
{
    const struct dbg_trace *t = &d->trace;
    size_t first = n && n < t->count ? t->count - n : 0;
    for (size_t i = first; i < t->count; i++)
        fprintf(out, "%s\n", t->lines[(t->head + i) % DBG_TRACE_RING]);
}

bool dbg_trace_save(struct dbg *d, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    dbg_trace_show(d, f, 0);
    return fclose(f) == 0;
}

void dbg_trace_free(struct dbg *d)
{
    free(d->trace.lines);
    d->trace.lines = NULL;
    d->trace.count = d->trace.head = 0;
}

/* ------------------------------------------------------------------ formatting */

const char *dbg_priv_name(int priv)
{
    static const char *const names[4] = {"U", "S", "?", "M"};
    return names[priv & 3];
}

void dbg_format_satp(uint64_t satp, char *buf, size_t len)
{
    if (satp_mode(satp) == SATP_MODE_BARE)
        dbg_fmt(buf, len, "Bare");
    else
        dbg_fmt(buf, len, "%s asid %" PRIu64 " root 0x%" PRIx64, mmu_mode_name(satp_mode(satp)),
                satp_asid(satp), satp_root(satp));
}

/* " <symbol>" for addr, or "" */
static void sym_suffix(struct dbg *d, int hart, uint64_t addr, char *buf, size_t len)
{
    char name[128];
    if (hart >= 0 && dbg_symbolize(d, hart, addr, name, sizeof(name)))
        dbg_fmt(buf, len, " <%s>", name);
    else if (len)
        buf[0] = 0;
}

static void trap_text(struct dbg *d, const struct event *ev, char *buf, size_t len)
{
    char sym[160], who[64] = "";
    uint64_t cause = ev->u.trap.cause;
    sym_suffix(d, ev->hart, ev->u.trap.epc, sym, sizeof(sym));
    if (ev->u.trap.from == PRIV_U)
        dbg_proc_label(d, ev->hart, who, sizeof(who));
    if (ev->u.trap.interrupt)
        dbg_fmt(buf, len, "%s (%" PRIu64 ") at 0x%" PRIx64 "%s%s%s", trap_cause_name(cause),
                (uint64_t)(cause & ~CAUSE_INTERRUPT), ev->u.trap.epc, sym,
                who[0] ? " in " : "", who);
    else
        dbg_fmt(buf, len, "%s (%" PRIu64 ") at 0x%" PRIx64 "%s, tval 0x%" PRIx64 "%s%s",
                trap_cause_name(cause), cause, ev->u.trap.epc, sym, ev->u.trap.tval,
                who[0] ? " in " : "", who);
}

static void satp_text(struct dbg *d, const struct event *ev, char *buf, size_t len)
{
    char from[96], to[96], who[64] = "";
    dbg_format_satp(ev->u.satp.old_value, from, sizeof(from));
    dbg_format_satp(ev->u.satp.new_value, to, sizeof(to));
    struct dbg_proc p;
    uint64_t v = ev->u.satp.new_value, kernel;
    if (satp_mode(v) != SATP_MODE_BARE && dbg_proc_by_root(d, satp_root(v), &p))
        dbg_fmt(who, sizeof(who), ", entering pid %d (%s)", p.pid, p.name);
    else if (satp_mode(v) != SATP_MODE_BARE && dbg_kernel_satp(d, &kernel) &&
             satp_root(kernel) == satp_root(v))
        dbg_fmt(who, sizeof(who), ", the kernel's page table");
    dbg_fmt(buf, len, "%s -> %s%s", from, to, who);
}

static void mmio_text(const struct event *ev, char *buf, size_t len)
{
    dbg_fmt(buf, len, "%s %s 0x%" PRIx64 " (%d byte%s) = 0x%" PRIx64, ev->u.mmio.device,
            ev->u.mmio.write ? "write" : "read", ev->u.mmio.addr, ev->u.mmio.size,
            ev->u.mmio.size == 1 ? "" : "s", ev->u.mmio.value);
}

static void walk_text(struct dbg *d, const struct event *ev, char *buf, size_t len)
{
    static const char *const access[3] = {"fetch", "load", "store"};
    const struct walk *w = &d->m->harts[ev->hart].mmu.last_walk;
    const char *acc = access[ev->u.walk.access % 3];
    if (ev->u.walk.result == MMU_OK)
        dbg_fmt(buf, len, "%s 0x%" PRIx64 " -> 0x%" PRIx64 " (%s, %d levels)", acc,
                ev->u.walk.va, ev->u.walk.pa, mmu_mode_name((unsigned)(w->satp >> 60)),
                w->nsteps);
    else
        dbg_fmt(buf, len, "%s 0x%" PRIx64 " faults: %s (level %d)", acc, ev->u.walk.va,
                mmu_reason_name((enum mmu_reason)ev->u.walk.result),
                w->nsteps ? w->step[w->nsteps - 1].level : -1);
}

/* The ecall's call text: a system call from U-mode, an SBI call from S/M-mode. */
static void ecall_text(struct dbg *d, const struct event *ev, char *buf, size_t len)
{
    if (ev->priv == PRIV_U)
        dbg_format_syscall(d, ev->hart, d->m->harts[ev->hart].csr.satp, ev->u.ecall.a, buf,
                           len);
    else
        dbg_format_sbi(ev->u.ecall.a, buf, len);
}

void dbg_event_text(struct dbg *d, const struct event *ev, char *buf, size_t len)
{
    char who[64] = "", call[DBG_LINE];
    switch (ev->kind) {
    case EV_TRAP: trap_text(d, ev, buf, len); break;
    case EV_XRET: {
        char sym[160];
        sym_suffix(d, ev->hart, ev->u.xret.epc, sym, sizeof(sym));
        dbg_fmt(buf, len, "%s to 0x%" PRIx64 "%s", ev->u.xret.sret ? "sret" : "mret",
                ev->u.xret.epc, sym);
        break;
    }
    case EV_SATP: satp_text(d, ev, buf, len); break;
    case EV_ECALL:
        ecall_text(d, ev, call, sizeof(call));
        if (ev->priv == PRIV_U)
            dbg_proc_label(d, ev->hart, who, sizeof(who));
        dbg_fmt(buf, len, "%s%s%s", who, who[0] ? " " : "", call);
        break;
    case EV_MMIO: mmio_text(ev, buf, len); break;
    case EV_PAGEWALK: walk_text(d, ev, buf, len); break;
    default: dbg_fmt(buf, len, "event %d", (int)ev->kind); break;
    }
}

/* "hart 0 U->S trap      " */
static void emit(struct dbg *d, const struct event *ev, const char *privs, const char *what,
                 const char *text)
{
    char line[DBG_LINE], h[16] = "     -";
    if (ev->hart >= 0)
        dbg_fmt(h, sizeof(h), "hart %d", ev->hart);
    dbg_fmt(line, sizeof(line), "%s %-4s %-9s %s", h, privs, what, text);
    dbg_trace_add(d, line);
}

/* ------------------------------------------------------------------ ecall returns */

/* The slot of the call that (hart, pid/root, sbi) has outstanding, else a free or the
 * oldest one when `take`. A process has at most one system call outstanding; a hart at
 * most one SBI call. */
static struct dbg_pending_call *pending_slot(struct dbg *d, int hart, int pid, uint64_t root,
                                             bool sbi, bool take)
{
    struct dbg_pending_call *free_slot = NULL, *oldest = NULL;
    for (int i = 0; i < DBG_PENDING_CALLS; i++) {
        struct dbg_pending_call *c = &d->pending[i];
        if (!c->used) {
            free_slot = free_slot ? free_slot : c;
            continue;
        }
        bool same = c->sbi == sbi &&
                    (sbi ? c->hart == hart
                         : (pid >= 0 && c->pid >= 0 ? c->pid == pid : c->root == root));
        if (same)
            return c;
        if (!oldest || c->seq < oldest->seq)
            oldest = c;
    }
    return !take ? NULL : free_slot ? free_slot : oldest;
}

static void ecall_event(struct dbg *d, const struct event *ev)
{
    struct hart *h = &d->m->harts[ev->hart];
    bool sbi = ev->priv != PRIV_U;
    struct dbg_proc p;
    int pid = !sbi && dbg_proc_current(d, ev->hart, &p) ? p.pid : -1;
    struct dbg_pending_call *c = pending_slot(d, ev->hart, pid, satp_root(h->csr.satp), sbi,
                                              true);
    if (c->used)
        d->npending[c->sbi]--;
    d->npending[sbi]++;
    *c = (struct dbg_pending_call){.used = true, .hart = ev->hart, .priv = ev->priv,
                                   .pid = pid, .root = satp_root(h->csr.satp),
                                   .seq = ++d->pending_seq, .sbi = sbi};
    ecall_text(d, ev, c->call, sizeof(c->call));
    if (pid >= 0)
        dbg_fmt(c->who, sizeof(c->who), "pid %d (%s) ", p.pid, p.name);
    char text[DBG_LINE];
    dbg_fmt(text, sizeof(text), "%s%s", c->who, c->call);
    emit(d, ev, dbg_priv_name(ev->priv), sbi ? "sbi" : "ecall", text);
}

/* An xRET back to U or S may complete the outstanding call of that process or hart. */
static void return_event(struct dbg *d, const struct event *ev)
{
    struct hart *h = &d->m->harts[ev->hart];
    int to = ev->u.xret.to;
    if (to == PRIV_M)
        return;
    bool sbi = to != PRIV_U;
    if (!d->npending[sbi])
        return;   /* most xRETs: no call is outstanding */
    struct dbg_proc p;
    int pid = !sbi && dbg_proc_current(d, ev->hart, &p) ? p.pid : -1;
    struct dbg_pending_call *c = pending_slot(d, ev->hart, pid, satp_root(h->csr.satp), sbi,
                                              false);
    if (!c)
        return;
    char text[DBG_LINE], ret[96];
    uint64_t a0 = h->x[10], a1 = h->x[11];
    bool legacy = sbi && strncmp(c->call, "legacy ", 7) == 0;
    if (sbi && !legacy)
        dbg_format_sbi_return(a0, a1, ret, sizeof(ret));
    else
        dbg_fmt(ret, sizeof(ret), "%" PRId64, (int64_t)a0);
    dbg_fmt(text, sizeof(text), "%s%s = %s", c->who, c->call, ret);
    c->used = false;
    d->npending[sbi]--;
    emit(d, ev, dbg_priv_name(to), sbi ? "sbi-ret" : "return", text);
}

/* ------------------------------------------------------------------ the tracer */

void dbg_trace_event(struct dbg *d, const struct event *ev)
{
    unsigned k = d->trace.kinds;
    char text[DBG_LINE], privs[8];
    switch (ev->kind) {
    case EV_TRAP: {
        bool irq = ev->u.trap.interrupt;
        if (!(k & (irq ? DBG_TRACE_INTERRUPT : DBG_TRACE_TRAP)))
            return;
        dbg_fmt(privs, sizeof(privs), "%s->%s", dbg_priv_name(ev->u.trap.from),
                dbg_priv_name(ev->u.trap.to));
        trap_text(d, ev, text, sizeof(text));
        emit(d, ev, privs, irq ? "interrupt" : "trap", text);
        return;
    }
    case EV_XRET:
        if (k & DBG_TRACE_XRET) {
            dbg_fmt(privs, sizeof(privs), "%s->%s", dbg_priv_name(ev->u.xret.from),
                    dbg_priv_name(ev->u.xret.to));
            dbg_event_text(d, ev, text, sizeof(text));
            emit(d, ev, privs, ev->u.xret.sret ? "sret" : "mret", text);
        }
        if (k & DBG_TRACE_ECALL)
            return_event(d, ev);
        return;
    case EV_ECALL:
        if (k & DBG_TRACE_ECALL)
            ecall_event(d, ev);
        return;
    default: break;
    }
    static const unsigned want[EV_KIND_COUNT] = {
        [EV_SATP] = DBG_TRACE_SATP, [EV_MMIO] = DBG_TRACE_MMIO,
        [EV_PAGEWALK] = DBG_TRACE_PAGEWALK,
    };
    static const char *const names[EV_KIND_COUNT] = {
        [EV_SATP] = "satp", [EV_MMIO] = "mmio", [EV_PAGEWALK] = "pagewalk",
    };
    if (!(k & want[ev->kind]))
        return;
    dbg_event_text(d, ev, text, sizeof(text));
    emit(d, ev, ev->hart >= 0 ? dbg_priv_name(ev->priv) : "", names[ev->kind], text);
}
