/*
 * Command-line tracing (trace_export.h). Text lines are the debugger's own (trace.c,
 * printed live); this file adds the Chrome trace-event export:
 *
 *   {"displayTimeUnit": "ns", "otherData": {...}, "traceEvents": [
 *     {"ph": "M", "name": "process_name", "pid": 1, "args": {"name": "hart 0"}},
 *     {"ph": "X", "name": "S", "pid": 1, "tid": 1, "ts": 12.34, "dur": 5.6},
 *     {"ph": "i", "name": "write", "pid": 1, "tid": 1, "s": "t", "ts": ..., "args": {...}},
 *   ...]}
 *
 * Hart N is process N+1 with two threads: tid 1 "privilege" (U/S/M slices) and tid 2
 * "process" (one slice per satp value: "pid 2 sh", "kernel", or "satp 0x..."). A slice
 * is written when it ends, so the file holds only complete events; the closing "]}" is
 * written by trace_export_finish or, if the program leaves another way, at exit.
 *
 * Time: guest time in microseconds. mtime (10 MHz) gives the base, and within a round
 * the hart's retired instructions refine it (one tick per MACHINE_INSNS_PER_TICK of
 * them, as machine.c advances mtime), kept monotonic per hart.
 */
#include "trace_export.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "dbg_internal.h"

#define TID_PRIV 1
#define TID_PROC 2
#define UNITS_PER_US (MACHINE_INSNS_PER_TICK * 10)   /* mtime runs at 10 ticks per us */

struct hart_track {
    uint64_t base_mtime, base_retired;   /* the hart's retired count when mtime was read */
    uint64_t last;                       /* latest time given out, in instructions */
    int priv;
    uint64_t priv_since;
    bool proc_open;
    char proc[64];
    uint64_t proc_satp;                  /* the open slice's address space */
    uint64_t proc_since;
};

struct trace_export {
    struct machine *m;
    struct dbg *d;
    FILE *text;                 /* --trace-out, or NULL (stderr: not ours to close) */
    FILE *json;
    bool first;                 /* no event written yet (no comma before the next) */
    struct hart_track harts[HART_MAX];
};

static struct trace_export *at_exit_export;   /* completed by trace_export_at_exit */

/* ------------------------------------------------------------------ kinds */

static const struct { const char *name; unsigned kind; } kind_names[] = {
    {"insn", TRACE_KIND_INSN},         {"satp", DBG_TRACE_SATP},
    {"ecall", DBG_TRACE_ECALL},        {"trap", DBG_TRACE_TRAP},
    {"interrupt", DBG_TRACE_INTERRUPT}, {"xret", DBG_TRACE_XRET},
    {"mmio", DBG_TRACE_MMIO},          {"pagewalk", DBG_TRACE_PAGEWALK},
};
#define N_KIND_NAMES (sizeof(kind_names) / sizeof(kind_names[0]))

bool trace_parse_kinds(const char *list, unsigned *kinds, char *err, size_t len)
{
    const char *p = list;
    for (;;) {
        size_t n = strcspn(p, ",");
        size_t k = 0;
        while (k < N_KIND_NAMES &&
               (strlen(kind_names[k].name) != n || strncmp(kind_names[k].name, p, n) != 0))
            k++;
        if (k == N_KIND_NAMES) {
            dbg_fmt(err, len, "--trace %s: unknown kind '%.*s' (available: insn, satp, "
                    "ecall, trap, interrupt, xret, mmio, pagewalk)", list, (int)n, p);
            return false;
        }
        *kinds |= kind_names[k].kind;
        if (!p[n])
            return true;
        p += n + 1;
    }
}

/* ------------------------------------------------------------------ JSON */

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '"' || *c == '\\')
            fprintf(f, "\\%c", *c);
        else if (*c == '\n')
            fputs("\\n", f);
        else if (*c < 0x20 || *c >= 0x7f)   /* guest bytes need not be UTF-8 */
            fprintf(f, "\\u%04x", *c);
        else
            fputc(*c, f);
    }
    fputc('"', f);
}

/* Start an event object: the comma, ph, name, pid and tid. The caller closes it. */
static void json_event(struct trace_export *t, const char *ph, const char *name, int hart,
                       int tid)
{
    fputs(t->first ? "\n" : ",\n", t->json);
    t->first = false;
    fprintf(t->json, "{\"ph\":\"%s\",\"name\":", ph);
    json_string(t->json, name);
    fprintf(t->json, ",\"pid\":%d,\"tid\":%d", hart + 1, tid);
}

static void json_time(FILE *f, const char *key, uint64_t units)
{
    fprintf(f, ",\"%s\":%" PRIu64 ".%02" PRIu64, key, units / UNITS_PER_US,
            units % UNITS_PER_US * 100 / UNITS_PER_US);
}

static void metadata(struct trace_export *t, const char *what, int hart, int tid,
                     const char *name)
{
    json_event(t, "M", what, hart, tid);
    fputs(",\"ts\":0,\"args\":{\"name\":", t->json);
    json_string(t->json, name);
    fputs("}}", t->json);
}

static void slice(struct trace_export *t, int hart, int tid, const char *name,
                  uint64_t from, uint64_t to)
{
    json_event(t, "X", name, hart, tid);
    fprintf(t->json, ",\"cat\":\"%s\"", tid == TID_PRIV ? "privilege" : "process");
    json_time(t->json, "ts", from);
    json_time(t->json, "dur", to - from);
    fputs("}", t->json);
}

/* ------------------------------------------------------------------ tracks */

/* The hart's present guest time, in instructions (see the top of the file). */
static uint64_t hart_time(struct trace_export *t, int hart)
{
    struct hart_track *k = &t->harts[hart];
    const struct hart *h = &t->m->harts[hart];
    if (t->m->mtime != k->base_mtime) {
        k->base_mtime = t->m->mtime;
        k->base_retired = h->retired;
    }
    uint64_t now = k->base_mtime * MACHINE_INSNS_PER_TICK + (h->retired - k->base_retired);
    if (now > k->last)
        k->last = now;
    return k->last;
}

/* What the process track calls an address space: the bundled kernel's process, the
 * kernel's own table, or the raw satp. Bare: none (false). */
static bool space_name(struct trace_export *t, uint64_t satp, char *buf, size_t len)
{
    struct dbg_proc p;
    uint64_t kernel;
    if (satp_mode(satp) == SATP_MODE_BARE)
        return false;
    if (dbg_proc_by_root(t->d, satp_root(satp), &p))
        dbg_fmt(buf, len, "pid %d %s", p.pid, p.name);
    else if (dbg_kernel_satp(t->d, &kernel) && satp_root(kernel) == satp_root(satp))
        dbg_fmt(buf, len, "kernel");
    else
        dbg_fmt(buf, len, "satp 0x%" PRIx64, satp);
    return true;
}

static void set_priv(struct trace_export *t, int hart, int priv, uint64_t now)
{
    struct hart_track *k = &t->harts[hart];
    if (priv == k->priv)
        return;
    slice(t, hart, TID_PRIV, dbg_priv_name(k->priv), k->priv_since, now);
    k->priv = priv;
    k->priv_since = now;
}

/* Open the process slice of satp. Its name is settled when it closes (close_space). */
static void open_space(struct trace_export *t, int hart, uint64_t satp, uint64_t now)
{
    struct hart_track *k = &t->harts[hart];
    k->proc_open = space_name(t, satp, k->proc, sizeof(k->proc));
    k->proc_satp = satp;
    k->proc_since = now;
}

/* Write the open process slice. A table nobody could name when it opened may have a
 * name now: the kernel's own is known only once a process exists (dbg_kernel_satp). */
static void close_space(struct trace_export *t, int hart, uint64_t now, bool machine_alive)
{
    struct hart_track *k = &t->harts[hart];
    if (!k->proc_open)
        return;
    if (machine_alive && strncmp(k->proc, "satp ", 5) == 0)
        space_name(t, k->proc_satp, k->proc, sizeof(k->proc));
    slice(t, hart, TID_PROC, k->proc, k->proc_since, now);
}

static void set_space(struct trace_export *t, int hart, uint64_t satp, uint64_t now)
{
    close_space(t, hart, now, true);
    open_space(t, hart, satp, now);
}

/* Write the slices still open, ending at each hart's last time (the machine's present
 * time when it can still be read), and the closing brackets. */
static void json_close(struct trace_export *t, bool machine_alive)
{
    for (int i = 0; i < t->m->cfg.harts; i++) {
        struct hart_track *k = &t->harts[i];
        uint64_t now = machine_alive ? hart_time(t, i) : k->last;
        slice(t, i, TID_PRIV, dbg_priv_name(k->priv), k->priv_since, now);
        close_space(t, i, now, machine_alive);
    }
    fputs("\n]}\n", t->json);
    fclose(t->json);
    t->json = NULL;
}

/* ------------------------------------------------------------------ events */

static void instant_head(struct trace_export *t, const struct event *ev, const char *name,
                         const char *cat, uint64_t now)
{
    json_event(t, "i", name, ev->hart, TID_PRIV);
    fprintf(t->json, ",\"cat\":\"%s\",\"s\":\"t\"", cat);
    json_time(t->json, "ts", now);
}

static void ecall_instant(struct trace_export *t, const struct event *ev, uint64_t now)
{
    char text[DBG_LINE], name[64];
    dbg_event_text(t->d, ev, text, sizeof(text));
    const uint64_t *a = ev->u.ecall.a;
    const char *sys = ev->priv == PRIV_U ? dbg_syscall_name(a[7]) : NULL;
    if (sys)
        dbg_fmt(name, sizeof(name), "%s", sys);
    else if (ev->priv == PRIV_U)
        dbg_fmt(name, sizeof(name), "syscall %" PRIu64, a[7]);
    else   /* an SBI call: its text up to the arguments, "TIME set_timer" */
        dbg_fmt(name, sizeof(name), "%.*s", (int)strcspn(text, "("), text);
    instant_head(t, ev, name, "ecall", now);
    fputs(",\"args\":{\"call\":", t->json);
    json_string(t->json, text);
    fprintf(t->json, ",\"priv\":\"%s\"", dbg_priv_name(ev->priv));
    for (int i = 0; i < 8; i++)
        if (i < 6 || i == 7 || ev->priv != PRIV_U)   /* a6 only matters to SBI */
            fprintf(t->json, ",\"a%d\":\"0x%" PRIx64 "\"", i, a[i]);
    fputs("}}", t->json);
}

static void trap_instant(struct trace_export *t, const struct event *ev, uint64_t now)
{
    char text[DBG_LINE];
    dbg_event_text(t->d, ev, text, sizeof(text));
    uint64_t cause = ev->u.trap.cause;
    instant_head(t, ev, trap_cause_name(cause), ev->u.trap.interrupt ? "interrupt" : "trap",
                 now);
    fprintf(t->json,
            ",\"args\":{\"cause\":%" PRIu64 ",\"tval\":\"0x%" PRIx64 "\",\"epc\":\"0x%" PRIx64
            "\",\"from\":\"%s\",\"to\":\"%s\",\"text\":",
            (uint64_t)(cause & ~CAUSE_INTERRUPT), ev->u.trap.tval, ev->u.trap.epc,
            dbg_priv_name(ev->u.trap.from), dbg_priv_name(ev->u.trap.to));
    json_string(t->json, text);
    fputs("}}", t->json);
}

static void on_event(void *ctx, const struct event *ev)
{
    struct trace_export *t = ctx;
    if (!t->json || ev->hart < 0 || ev->hart >= t->m->cfg.harts)
        return;
    uint64_t now = hart_time(t, ev->hart);
    switch (ev->kind) {
    case EV_TRAP:
        trap_instant(t, ev, now);
        set_priv(t, ev->hart, ev->u.trap.to, now);
        break;
    case EV_XRET: set_priv(t, ev->hart, ev->u.xret.to, now); break;
    case EV_SATP: set_space(t, ev->hart, ev->u.satp.new_value, now); break;
    case EV_ECALL: ecall_instant(t, ev, now); break;
    default: break;
    }
}

/* ------------------------------------------------------------------ life */

static void trace_export_at_exit(void)
{
    if (at_exit_export && at_exit_export->json)
        json_close(at_exit_export, false);
}

static bool json_open(struct trace_export *t, const char *path, char *err, size_t len)
{
    t->json = fopen(path, "w");
    if (!t->json) {
        dbg_fmt(err, len, "--trace-file %s: cannot write this file", path);
        return false;
    }
    t->first = true;
    fprintf(t->json, "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"emulator\":\"rvscope\","
                     "\"harts\":%d,\"clock\":\"guest time: mtime (10 MHz) / 10, refined by "
                     "retired instructions (%d per mtime tick)\"},\"traceEvents\":[",
            t->m->cfg.harts, MACHINE_INSNS_PER_TICK);
    for (int i = 0; i < t->m->cfg.harts; i++) {
        char name[32];
        struct hart_track *k = &t->harts[i];
        dbg_fmt(name, sizeof(name), "hart %d", i);
        metadata(t, "process_name", i, 0, name);
        metadata(t, "thread_name", i, TID_PRIV, "privilege");
        metadata(t, "thread_name", i, TID_PROC, "process (satp)");
        uint64_t now = hart_time(t, i);
        k->priv = (int)t->m->harts[i].priv;
        k->priv_since = now;
        open_space(t, i, t->m->harts[i].csr.satp, now);
    }
    uint32_t mask = 1u << EV_TRAP | 1u << EV_XRET | 1u << EV_SATP | 1u << EV_ECALL;
    if (!events_subscribe(&t->m->hub, mask, on_event, t)) {
        dbg_fmt(err, len, "--trace-file %s: too many event subscribers", path);
        return false;
    }
    at_exit_export = t;
    static bool registered;
    if (!registered)
        registered = atexit(trace_export_at_exit) == 0;
    return true;
}

struct trace_export *trace_export_start(struct machine *m, const struct boot_info *boot,
                                        unsigned kinds, const char *text_path,
                                        const char *json_path, char *err, size_t len)
{
    struct trace_export *t = calloc(1, sizeof(*t));
    struct dbg *d = t ? dbg_new(m) : NULL;
    if (!d) {
        free(t);
        dbg_fmt(err, len, "out of memory for tracing");
        return NULL;
    }
    t->m = m;
    t->d = d;
    dbg_add_symbols(d, "kernel", &boot->kernel.symbols, boot->kernel.low, boot->kernel.high);
    dbg_add_symbols(d, "firmware", &boot->firmware.symbols, boot->firmware.low,
                    boot->firmware.high);
    kinds &= ~TRACE_KIND_INSN;
    if (kinds) {
        t->text = text_path ? fopen(text_path, "w") : NULL;
        if (text_path && !t->text) {
            dbg_fmt(err, len, "--trace-out %s: cannot write this file", text_path);
            trace_export_finish(t);
            return NULL;
        }
        dbg_trace_live(d, t->text ? t->text : stderr);
        dbg_trace_set(d, kinds, true);
    }
    if (json_path && !json_open(t, json_path, err, len)) {
        trace_export_finish(t);
        return NULL;
    }
    return t;
}

void trace_export_finish(struct trace_export *t)
{
    if (!t)
        return;
    events_unsubscribe(&t->m->hub, on_event, t);
    if (t->json)
        json_close(t, true);
    if (at_exit_export == t)
        at_exit_export = NULL;
    if (t->text)
        fclose(t->text);
    dbg_free(t->d);
    free(t);
}
