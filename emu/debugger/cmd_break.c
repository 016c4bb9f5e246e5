/*
 * Breakpoint commands: break (pc and event breakpoints), tbreak, delete, watch, and the
 * list `info break` prints.
 */
#include "repl_internal.h"

#include <inttypes.h>
#include <string.h>

/* Short names of trap causes for `break trap NAME` and `break interrupt NAME`. */
static const struct { const char *name; uint64_t cause; } cause_words[] = {
    {"insn_misaligned", EXC_INSN_MISALIGNED}, {"insn_access", EXC_INSN_ACCESS},
    {"illegal", EXC_ILLEGAL_INSN}, {"breakpoint", EXC_BREAKPOINT},
    {"load_misaligned", EXC_LOAD_MISALIGNED}, {"load_access", EXC_LOAD_ACCESS},
    {"store_misaligned", EXC_STORE_MISALIGNED}, {"store_access", EXC_STORE_ACCESS},
    {"ecall_u", EXC_ECALL_U}, {"ecall_s", EXC_ECALL_S}, {"ecall_m", EXC_ECALL_M},
    {"insn_page_fault", EXC_INSN_PAGE_FAULT}, {"load_page_fault", EXC_LOAD_PAGE_FAULT},
    {"store_page_fault", EXC_STORE_PAGE_FAULT},
    {"ssoft", CAUSE_INTERRUPT | IRQ_S_SOFT}, {"msoft", CAUSE_INTERRUPT | IRQ_M_SOFT},
    {"stimer", CAUSE_INTERRUPT | IRQ_S_TIMER}, {"mtimer", CAUSE_INTERRUPT | IRQ_M_TIMER},
    {"sext", CAUSE_INTERRUPT | IRQ_S_EXT}, {"mext", CAUSE_INTERRUPT | IRQ_M_EXT},
};
#define N_CAUSE_WORDS (sizeof(cause_words) / sizeof(cause_words[0]))

bool repl_cause_by_name(const char *name, bool interrupts_only, uint64_t *cause)
{
    for (size_t i = 0; i < N_CAUSE_WORDS; i++)
        if (strcmp(cause_words[i].name, name) == 0 &&
            (!interrupts_only || (cause_words[i].cause & CAUSE_INTERRUPT))) {
            *cause = cause_words[i].cause;
            return true;
        }
    return false;
}

const char *repl_cause_word_at(size_t i)
{
    return i < N_CAUSE_WORDS ? cause_words[i].name : NULL;
}

static const char *cause_word(uint64_t cause)
{
    for (size_t i = 0; i < N_CAUSE_WORDS; i++)
        if (cause_words[i].cause == cause)
            return cause_words[i].name;
    return NULL;
}

static void announce(struct repl *r, int id, const char *what)
{
    if (id < 0)
        repl_error(r, "too many breakpoints (at most %d; delete some)", DBG_MAX_POINTS);
    else
        repl_print(r, "%s %d", what, id);
}

/* ------------------------------------------------------------------ event breakpoints */

static void ecall_break(struct repl *r, int argc, char **argv)
{
    int priv = -1;
    int64_t code = -1;
    uint64_t n;
    if (argc > 3) {
        repl_error(r, "usage: break ecall [NAME|NUMBER]");
        return;
    }
    if (argc == 3) {
        int sys = dbg_syscall_number(argv[2]);
        int64_t ext = dbg_sbi_extension(argv[2]);
        if (sys >= 0) {
            code = sys;
            priv = PRIV_U;
        } else if (ext >= 0) {
            code = ext;
            priv = PRIV_S;
        } else if (parse_number(argv[2], &n)) {
            code = (int64_t)n;
        } else {
            repl_error(r, "break ecall %s: not a system call, an SBI extension or a number",
                       argv[2]);
            return;
        }
    }
    announce(r, dbg_event_insert(r->d, DBG_EV_ECALL, priv, code), "event breakpoint");
}

static void trap_break(struct repl *r, int argc, char **argv, bool irq)
{
    int64_t code = -1;
    uint64_t n;
    if (argc > 3) {
        repl_error(r, "usage: break %s [CAUSE]", argv[1]);
        return;
    }
    if (argc == 3) {
        if (!repl_cause_by_name(argv[2], irq, &n) && !parse_number(argv[2], &n)) {
            repl_error(r, "break %s %s: unknown cause (press Tab for the names, or give a "
                          "number)", argv[1], argv[2]);
            return;
        }
        code = (int64_t)(irq ? n & ~CAUSE_INTERRUPT : n);   /* xcause as an int64 */
    }
    announce(r, dbg_event_insert(r->d, irq ? DBG_EV_INTERRUPT : DBG_EV_TRAP, -1, code),
             "event breakpoint");
}

/* The event forms of break (argv[1] names an event); false when it is not one. */
static bool event_break(struct repl *r, int argc, char **argv)
{
    const char *what = argv[1];
    if (strcmp(what, "ecall") == 0) {
        ecall_break(r, argc, argv);
    } else if (strcmp(what, "trap") == 0 || strcmp(what, "interrupt") == 0) {
        trap_break(r, argc, argv, what[0] == 'i');
    } else if (strcmp(what, "satp") == 0) {
        if (argc != 2)
            repl_error(r, "usage: break satp");
        else
            announce(r, dbg_event_insert(r->d, DBG_EV_SATP, -1, -1), "event breakpoint");
    } else if (strcmp(what, "sret") == 0) {
        if (argc != 3 || strcmp(argv[2], "user") != 0)
            repl_error(r, "usage: break sret user");
        else
            announce(r, dbg_event_insert(r->d, DBG_EV_SRET_USER, PRIV_U, -1),
                     "event breakpoint");
    } else if (strcmp(what, "priv") == 0) {
        int p = argc == 3 ? parse_priv(argv[2]) : -1;
        if (p < 0)
            repl_error(r, "usage: break priv U|S|M");
        else
            announce(r, dbg_event_insert(r->d, DBG_EV_PRIV, p, -1), "event breakpoint");
    } else {
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ pc breakpoints */

static bool parse_cond(struct repl *r, int argc, char **argv, struct dbg_cond *c)
{
    *c = DBG_COND_ANY;
    for (int i = 0; i < argc; i++) {
        const char *v;
        uint64_t n;
        if (parse_key(argv[i], "priv", &v)) {
            if ((c->priv = parse_priv(v)) < 0) {
                repl_error(r, "priv=%s: use U, S or M", v);
                return false;
            }
            continue;
        }
        bool hart = parse_key(argv[i], "hart", &v), asid = !hart && parse_key(argv[i], "asid", &v);
        bool pid = !hart && !asid && parse_key(argv[i], "pid", &v);
        if (!hart && !asid && !pid) {
            repl_error(r, "'%s': conditions are hart=N priv=U|S|M asid=N pid=N", argv[i]);
            return false;
        }
        if (!parse_number(v, &n)) {
            repl_error(r, "'%s': not a number", argv[i]);
            return false;
        }
        if (hart && n >= (uint64_t)r->d->m->cfg.harts) {
            repl_error(r, "hart=%" PRIu64 ": this machine has %d harts", n, r->d->m->cfg.harts);
            return false;
        }
        if (hart)
            c->hart = (int)n;
        else if (asid)
            c->asid = (int)(n & SATP_ASID_MASK);
        else {
            uint64_t satp;
            int found;
            if (!repl_pick_satp(r, argv[i], &satp, &found))
                return false;
            c->root = satp_root(satp);
        }
    }
    return true;
}

static void pc_break(struct repl *r, int argc, char **argv, unsigned flags)
{
    uint64_t pc = r->d->m->harts[r->hart].pc;
    int first_cond = 1;
    if (argc > 1 && strcmp(argv[1], "if") != 0) {
        const char *where = argv[1][0] == '*' ? argv[1] + 1 : argv[1];
        if (!parse_addr(r, where, &pc))
            return;
        first_cond = 2;
    }
    struct dbg_cond c;
    if (first_cond < argc && strcmp(argv[first_cond], "if") != 0) {
        repl_error(r, "'%s': conditions come after 'if' (break ADDR if hart=N ...)",
                   argv[first_cond]);
        return;
    }
    if (first_cond < argc)
        first_cond++;
    if (!parse_cond(r, argc - first_cond, argv + first_cond, &c))
        return;
    int id = dbg_break_insert(r->d, pc, &c, flags);
    if (id < 0) {
        announce(r, id, "");
        return;
    }
    char sym[160];
    repl_sym_suffix(r, pc, sym, sizeof(sym));
    repl_print(r, "%s %d at 0x%" PRIx64 "%s", flags & DBG_TEMPORARY ? "temporary breakpoint"
                                                                     : "breakpoint",
               id, pc, sym);
}

void cmd_break(struct repl *r, int argc, char **argv)
{
    if (argc > 1 && event_break(r, argc, argv))
        return;
    pc_break(r, argc, argv, 0);
}

void cmd_tbreak(struct repl *r, int argc, char **argv)
{
    pc_break(r, argc, argv, DBG_TEMPORARY);
}

void cmd_delete(struct repl *r, int argc, char **argv)
{
    if (argc == 1) {
        dbg_delete_all(r->d);
        repl_print(r, "deleted every breakpoint and watchpoint");
        return;
    }
    for (int i = 1; i < argc; i++) {
        uint64_t n;
        if (!parse_number(argv[i], &n) || n == 0 || n > INT32_MAX)
            repl_error(r, "delete %s: not a breakpoint number", argv[i]);
        else if (!dbg_delete(r->d, (int)n))
            repl_error(r, "no breakpoint %" PRIu64 " (see info break)", n);
    }
}

void cmd_watch(struct repl *r, int argc, char **argv)
{
    unsigned access = DBG_WATCH_WRITE;
    int i = 1;
    if (i < argc && (strcmp(argv[i], "r") == 0 || strcmp(argv[i], "w") == 0 ||
                     strcmp(argv[i], "rw") == 0)) {
        access = (strchr(argv[i], 'r') ? DBG_WATCH_READ : 0) |
                 (strchr(argv[i], 'w') ? DBG_WATCH_WRITE : 0);
        i++;
    }
    if (i >= argc || argc - i > 2) {
        repl_error(r, "usage: watch [r|w|rw] ADDR|p:ADDR [LEN]");
        return;
    }
    bool physical = strncmp(argv[i], "p:", 2) == 0;
    uint64_t addr, len = 8;
    if (!parse_addr(r, argv[i] + (physical ? 2 : 0), &addr))
        return;
    if (i + 1 < argc && (!parse_number(argv[i + 1], &len) || len == 0 || len > (1u << 20))) {
        repl_error(r, "watch: LEN '%s' must be a number from 1 to 1048576", argv[i + 1]);
        return;
    }
    int id = dbg_watch_insert(r->d, addr, len, physical, access);
    if (id < 0) {
        announce(r, id, "");
        return;
    }
    char sym[160];
    repl_sym_suffix(r, addr, sym, sizeof(sym));
    repl_print(r, "watchpoint %d: %s %s0x%" PRIx64 "%s, %" PRIu64 " byte%s", id,
               access == DBG_WATCH_READ ? "loads of" : access == DBG_WATCH_WRITE ? "stores to"
                                                                                  : "accesses to",
               physical ? "p:" : "", addr, sym, len, len == 1 ? "" : "s");
}

/* ------------------------------------------------------------------ info break */

static void describe_cond(const struct dbg_cond *c, char *buf, size_t len)
{
    struct { const char *key; int64_t v; } parts[] = {
        {"hart", c->hart}, {"priv", c->priv}, {"asid", c->asid},
    };
    size_t pos = 0;
    buf[0] = 0;
    for (size_t i = 0; i < 3; i++) {
        if (parts[i].v < 0)
            continue;
        if (i == 1)
            pos += (size_t)snprintf(buf + pos, len - pos, " priv=%s",
                                    dbg_priv_name((int)parts[i].v));
        else
            pos += (size_t)snprintf(buf + pos, len - pos, " %s=%" PRId64, parts[i].key,
                                    parts[i].v);
    }
    if (c->root)
        snprintf(buf + pos, len - pos, " root=0x%" PRIx64, c->root);
}

static void describe_event(const struct dbg_point *p, char *buf, size_t len)
{
    static const char *const names[] = {
        [DBG_EV_ECALL] = "ecall", [DBG_EV_SATP] = "satp", [DBG_EV_TRAP] = "trap",
        [DBG_EV_SRET_USER] = "sret user", [DBG_EV_PRIV] = "priv",
        [DBG_EV_INTERRUPT] = "interrupt",
    };
    const char *name = NULL;
    if (p->event == DBG_EV_ECALL && p->code >= 0)
        name = p->priv == PRIV_U   ? dbg_syscall_name((uint64_t)p->code)
               : p->priv == PRIV_S ? dbg_sbi_extension_name((uint64_t)p->code)
                                   : NULL;
    else if (p->event == DBG_EV_TRAP && p->code >= 0)
        name = cause_word((uint64_t)p->code);
    else if (p->event == DBG_EV_INTERRUPT && p->code >= 0)
        name = cause_word((uint64_t)p->code | CAUSE_INTERRUPT);
    if (p->event == DBG_EV_PRIV)
        snprintf(buf, len, "priv %s", dbg_priv_name(p->priv));
    else if (name)
        snprintf(buf, len, "%s %s%s", names[p->event], name,
                 p->event == DBG_EV_ECALL && p->priv == PRIV_S ? " (SBI)" : "");
    else if (p->code >= 0)
        snprintf(buf, len, "%s %" PRId64 "%s", names[p->event], p->code,
                 p->event == DBG_EV_ECALL && p->priv == PRIV_S ? " (SBI)" : "");
    else
        snprintf(buf, len, "%s", names[p->event]);
}

void repl_show_points(struct repl *r)
{
    bool any = false;
    for (size_t i = 0; i < dbg_point_count(r->d); i++) {
        const struct dbg_point *p = dbg_point_get(r->d, i);
        if (p->flags & DBG_INTERNAL)
            continue;
        if (!any)
            repl_print(r, "Num  Type        Hits  What");
        any = true;
        char what[DBG_LINE], sym[160], cond[128];
        const char *type = p->kind == DBG_POINT_EVENT ? "event"
                           : p->kind == DBG_POINT_WATCH
                               ? (p->access == DBG_WATCH_READ    ? "watch r"
                                  : p->access == DBG_WATCH_WRITE ? "watch w"
                                                                 : "watch rw")
                           : (p->flags & DBG_TEMPORARY) ? "tbreak" : "breakpoint";
        repl_sym_suffix(r, p->addr, sym, sizeof(sym));
        if (p->kind == DBG_POINT_EVENT) {
            describe_event(p, what, sizeof(what));
        } else if (p->kind == DBG_POINT_WATCH) {
            dbg_fmt(what, sizeof(what), "%s0x%" PRIx64 "%s, %" PRIu64 " byte%s",
                    p->physical ? "p:" : "", p->addr, p->physical ? "" : sym, p->len,
                    p->len == 1 ? "" : "s");
        } else {
            describe_cond(&p->cond, cond, sizeof(cond));
            dbg_fmt(what, sizeof(what), "0x%" PRIx64 "%s%s%s", p->addr, sym,
                    cond[0] ? "  if" : "", cond);
        }
        repl_print(r, "%-4d %-10s %5" PRIu64 "  %s", p->id, type, p->hits, what);
    }
    if (!any)
        repl_print(r, "no breakpoints or watchpoints");
}
