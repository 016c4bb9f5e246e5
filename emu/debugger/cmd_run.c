/*
 * Run control commands: continue, step, next, until, hart, info harts; and how a stop
 * is told.
 */
#include "repl_internal.h"

#include <inttypes.h>
#include <signal.h>
#include <string.h>

#include "../cpu/disasm.h"

/* ------------------------------------------------------------------ around a run */

/* Ctrl-C while the guest runs (when the console does not hold the terminal raw). */
static struct dbg *interrupt_target;

static void on_sigint(int sig)
{
    (void)sig;
    if (interrupt_target)
        dbg_request_stop(interrupt_target);
}

struct run_guard {
    struct sigaction old;
    bool guest_input;
};

/* guest_input: the run may be long (continue, next, until), so the terminal is the
 * guest's console meanwhile; steps keep it for the prompt (typed-ahead lines). */
static void run_begin(struct repl *r, struct run_guard *g, bool guest_input)
{
    fflush(r->out);
    interrupt_target = r->d;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, &g->old);
    g->guest_input = guest_input && r->running;
    if (g->guest_input)
        r->running(r->console_ctx);
}

static void run_end(struct repl *r, struct run_guard *g)
{
    if (g->guest_input && r->prompt)
        r->prompt(r->console_ctx);
    sigaction(SIGINT, &g->old, NULL);
    interrupt_target = NULL;
    fflush(stdout);
}

/* Nothing can run once the machine ended: say so and refuse. */
static bool can_run(struct repl *r)
{
    if (!dbg_machine_ended(r->d))
        return true;
    repl_error(r, "the machine has ended; nothing can run any more (quit to leave)");
    return false;
}

/* ------------------------------------------------------------------ telling a stop */

static void describe_machine_stop(struct repl *r, enum machine_stop why)
{
    const struct machine *m = r->d->m;
    switch (why) {
    case STOP_FINISHER:
        repl_print(r, "the machine ended: the guest wrote the test finisher, exit status %d",
                   m->exit_code);
        break;
    case STOP_HTIF:
        repl_print(r, "the machine ended: the guest exited through HTIF, exit status %d",
                   m->exit_code);
        break;
    case STOP_INSN_LIMIT:
        repl_print(r, "the machine ended: --max-insns reached (%" PRIu64 " instructions)",
                   m->retired);
        break;
    case STOP_DEADLOCK:
        repl_print(r, "the machine ended: every hart waits in WFI and no timer is armed");
        break;
    case STOP_RESET:
        repl_print(r, "the machine ended: the guest asked for a reset (not supported)");
        break;
    case STOP_STUCK:
        repl_print(r, "the machine ended: a hart's trap handler traps at its own address "
                      "forever (see info harts)");
        break;
    case STOP_QUIT:
        repl_print(r, "the machine ended: Ctrl-A x on the console");
        break;
    default:
        repl_print(r, "the machine ended (%d)", (int)why);
        break;
    }
}

static const char *event_break_name(enum dbg_event_break e)
{
    static const char *const names[] = {
        [DBG_EV_ECALL] = "ecall", [DBG_EV_SATP] = "satp", [DBG_EV_TRAP] = "trap",
        [DBG_EV_SRET_USER] = "sret user", [DBG_EV_PRIV] = "priv",
        [DBG_EV_INTERRUPT] = "interrupt",
    };
    return names[e];
}

static void describe_watch(struct repl *r, const struct dbg_stop *s)
{
    char sym[160], value[96] = "";
    uint64_t now = 0;
    bool readable = s->size <= 8 && bus_read_ram(&r->d->m->bus, s->pa, &now, s->size);
    if (s->device) {   /* DMA: only physical addresses, and the transfer is done */
        repl_print(r, "watchpoint %d: %s DMA %s at pa 0x%" PRIx64 " (now 0x%" PRIx64 ")",
                   s->id, s->device, s->write ? "write" : "read", s->pa, now);
        return;
    }
    repl_sym_suffix(r, s->va, sym, sizeof(sym));
    if (s->before)
        snprintf(value, sizeof(value), ", not done yet (0x%" PRIx64 " now)", now);
    else if (s->write && s->has_old && readable)
        snprintf(value, sizeof(value), ": 0x%" PRIx64 " -> 0x%" PRIx64, s->old_value, now);
    else if (!s->write && readable)
        snprintf(value, sizeof(value), " = 0x%" PRIx64, now);
    repl_print(r, "hart %d: watchpoint %d: %s of %u byte%s at 0x%" PRIx64 "%s (pa 0x%" PRIx64
               ")%s", s->hart, s->id, s->write ? "store" : "load", s->size,
               s->size == 1 ? "" : "s", s->va, sym, s->pa, value);
}

void repl_report_stop(struct repl *r, const struct dbg_stop *s)
{
    if (s->hart >= 0)
        r->hart = s->hart;
    char text[DBG_LINE], sym[160];
    switch (s->kind) {
    case DBG_STOP_BREAK:
        repl_sym_suffix(r, s->va, sym, sizeof(sym));
        if (s->id > 0)
            repl_print(r, "hart %d: breakpoint %d at 0x%" PRIx64 "%s", s->hart, s->id, s->va,
                       sym);
        break;
    case DBG_STOP_WATCH: describe_watch(r, s); break;
    case DBG_STOP_EVENT: {
        const struct dbg_point *p = NULL;
        for (size_t i = 0; i < dbg_point_count(r->d); i++)
            if (dbg_point_get(r->d, i)->id == s->id)
                p = dbg_point_get(r->d, i);
        dbg_event_text(r->d, &s->ev, text, sizeof(text));
        repl_print(r, "hart %d: event breakpoint %d (%s): %s", s->hart, s->id,
                   p ? event_break_name(p->event) : "event", text);
        break;
    }
    case DBG_STOP_REQUEST: repl_print(r, "stopped (hart %d)", r->hart); break;
    case DBG_STOP_MACHINE: describe_machine_stop(r, s->machine); return;
    default: return;   /* steps: each was shown */
    }
    uint64_t next;
    repl_disas_line(r, r->d->m->harts[r->hart].pc, "=>", &next);
}

/* ------------------------------------------------------------------ stepping */

/* "[0x80006598]=0x0" for what a store wrote. */
static void stored(const struct hart *h, const struct insn *d, char *buf, size_t len)
{
    unsigned size = d->op == OP_SB ? 1 : d->op == OP_SH ? 2 : d->op == OP_SW || d->op == OP_FSW
                                                                ? 4 : 8;
    uint64_t v = opcode_table[d->op].regs[2] == 'f' ? h->f[d->rs2] : h->x[d->rs2];
    if (size < 8)
        v &= (1ull << (8 * size)) - 1;
    snprintf(buf, len, "[0x%" PRIx64 "]=0x%" PRIx64, h->x[d->rs1] + (uint64_t)(int64_t)d->imm,
             v);
}

/* "a0=0x..." for the register the instruction wrote (or the memory a store did). */
static void written(const struct hart *h, const struct insn *d, char *buf, size_t len)
{
    buf[0] = 0;
    if (d->op == OP_ILLEGAL)
        return;
    if (opcode_table[d->op].fmt == FMT_STORE) {
        stored(h, d, buf, len);
        return;
    }
    char file = opcode_table[d->op].regs[0];
    if (file == 'x' && d->rd != HART_XSINK)
        snprintf(buf, len, "%s=0x%" PRIx64, disasm_xreg(d->rd), h->x[d->rd]);
    else if (file == 'f')
        snprintf(buf, len, "%s=0x%" PRIx64, disasm_freg(d->rd), h->f[d->rd]);
}

/* "-> trap: load page fault (13), tval 0x3000; now S at 0x80001000 <uservec>" */
static void trap_effect(struct repl *r, struct hart *h, const struct insn *d, char *buf,
                        size_t len, enum priv ran_at)
{
    bool m = h->priv == PRIV_M;
    uint64_t cause = m ? h->csr.mcause : h->csr.scause;
    char sym[160], call[DBG_LINE] = "";
    repl_sym_suffix(r, h->pc, sym, sizeof(sym));
    if (d->op == OP_ECALL) {
        uint64_t a[8];
        memcpy(a, &h->x[10], sizeof(a));
        if (ran_at == PRIV_U)
            dbg_format_syscall(r->d, (int)h->hartid, h->csr.satp, a, call, sizeof(call));
        else
            dbg_format_sbi(a, call, sizeof(call));
    }
    dbg_fmt(buf, len, "-> trap: %s (%" PRIu64 ")%s%s, tval 0x%" PRIx64 "; now %s at 0x%" PRIx64
            "%s", trap_cause_name(cause), cause, call[0] ? ": " : "", call,
            m ? h->csr.mtval : h->csr.stval, dbg_priv_name(h->priv), h->pc, sym);
}

static void show_step(void *ctx, struct hart *h, const struct insn *d, int result,
                      enum priv ran_at, const struct event *irq)
{
    struct repl *r = ctx;
    char text[192], sym[160], effect[DBG_LINE];
    if (irq) {
        repl_sym_suffix(r, irq->u.trap.epc, sym, sizeof(sym));
        repl_print(r, "   -> %s (%" PRIu64 ") at 0x%" PRIx64 "%s, taken in %s-mode",
                   trap_cause_name(irq->u.trap.cause),
                   (uint64_t)(irq->u.trap.cause & ~CAUSE_INTERRUPT), irq->u.trap.epc, sym,
                   dbg_priv_name(irq->u.trap.to));
    }
    repl_disasm(r, d, text, sizeof(text));
    char *operands = strchr(text, '\t');
    if (operands)
        *operands++ = 0;
    repl_sym_suffix(r, d->pc, sym, sizeof(sym));
    if (result == EXEC_TRAPPED)
        trap_effect(r, h, d, effect, sizeof(effect), ran_at);
    else
        written(h, d, effect, sizeof(effect));
    char where[192], line[DBG_LINE];
    dbg_fmt(where, sizeof(where), "0x%" PRIx64 "%s", d->pc, sym);
    dbg_fmt(line, sizeof(line), "%s %-28s %-10s %-24s %s", dbg_priv_name(ran_at), where, text,
            operands ? operands : "", effect);
    size_t n = strlen(line);
    while (n && line[n - 1] == ' ')
        line[--n] = 0;
    repl_print(r, "%s", line);
}

/* ------------------------------------------------------------------ commands */

static bool count_arg(struct repl *r, int argc, char **argv, uint64_t *n)
{
    *n = 1;
    if (argc < 2)
        return true;
    if (argc > 2 || !parse_number(argv[1], n) || *n == 0) {
        repl_error(r, "%s: expected a positive count, not '%s'", argv[0], argv[argc - 1]);
        return false;
    }
    return true;
}

void cmd_continue(struct repl *r, int argc, char **argv)
{
    uint64_t n;
    if (!count_arg(r, argc, argv, &n) || !can_run(r))
        return;
    struct run_guard g;
    struct dbg_stop s;
    run_begin(r, &g, true);
    for (uint64_t i = 0; i < n; i++) {
        dbg_continue(r->d, &s);
        if (s.kind == DBG_STOP_MACHINE || s.kind == DBG_STOP_REQUEST)
            break;
    }
    run_end(r, &g);
    repl_report_stop(r, &s);
}

static void step_hart(struct repl *r, uint64_t n)
{
    struct run_guard g;
    struct dbg_stop s;
    dbg_on_step(r->d, show_step, r);
    run_begin(r, &g, false);
    dbg_step(r->d, r->hart, n, &s);
    run_end(r, &g);
    dbg_on_step(r->d, NULL, NULL);
    const struct hart *h = &r->d->m->harts[r->hart];
    if (s.kind == DBG_STOP_STEP && h->wfi && !h->irq_pending)
        repl_print(r, "hart %d waits for an interrupt (WFI); continue runs the other harts",
                   r->hart);
    repl_report_stop(r, &s);
}

void cmd_step(struct repl *r, int argc, char **argv)
{
    uint64_t n;
    if (count_arg(r, argc, argv, &n) && can_run(r))
        step_hart(r, n);
}

/* Run the whole machine until the current hart reaches pc (an internal breakpoint). */
static void run_to(struct repl *r, uint64_t pc, const struct dbg_cond *c)
{
    struct run_guard g;
    struct dbg_stop s;
    if (dbg_break_insert(r->d, pc, c, DBG_INTERNAL) < 0) {
        repl_error(r, "too many breakpoints (delete some)");
        return;
    }
    run_begin(r, &g, true);
    dbg_continue(r->d, &s);
    run_end(r, &g);
    repl_report_stop(r, &s);
}

/* The condition "this hart, in this address space, at this privilege" (U-mode code may
 * continue on another hart after a system call). */
static struct dbg_cond here(struct repl *r)
{
    const struct hart *h = &r->d->m->harts[r->hart];
    struct dbg_cond c = DBG_COND_ANY;
    c.priv = (int)h->priv;
    c.hart = h->priv == PRIV_U ? -1 : r->hart;
    if (satp_mode(h->csr.satp) != SATP_MODE_BARE)
        c.root = satp_root(h->csr.satp);
    return c;
}

void cmd_next(struct repl *r, int argc, char **argv)
{
    (void)argv;
    if (argc > 1) {
        repl_error(r, "next takes no arguments (step N steps into calls)");
        return;
    }
    if (!can_run(r))
        return;
    const struct hart *h = &r->d->m->harts[r->hart];
    struct insn d;
    bool over = repl_fetch_insn(r, h->pc, &d) &&
                (((d.op == OP_JAL || d.op == OP_JALR) && d.rd == 1) || d.op == OP_ECALL);
    if (!over) {
        step_hart(r, 1);
        return;
    }
    struct dbg_cond c = here(r);
    run_to(r, h->pc + d.len, &c);
}

void cmd_until(struct repl *r, int argc, char **argv)
{
    uint64_t pc;
    if (argc != 2) {
        repl_error(r, "usage: until ADDR|SYMBOL");
        return;
    }
    if (!parse_addr(r, argv[1], &pc) || !can_run(r))
        return;
    struct dbg_cond c = DBG_COND_ANY;
    c.hart = r->hart;
    run_to(r, pc, &c);
}

void cmd_hart(struct repl *r, int argc, char **argv)
{
    uint64_t n;
    if (argc != 2 || !parse_number(argv[1], &n)) {
        repl_error(r, "usage: hart N (current: %d)", r->hart);
        return;
    }
    if (n >= (uint64_t)r->d->m->cfg.harts) {
        repl_error(r, "no hart %" PRIu64 ": this machine has %d (-smp)", n,
                   r->d->m->cfg.harts);
        return;
    }
    r->hart = (int)n;
    uint64_t next;
    repl_print(r, "hart %d", r->hart);
    repl_disas_line(r, r->d->m->harts[r->hart].pc, "=>", &next);
}

void repl_show_harts(struct repl *r)
{
    const struct machine *m = r->d->m;
    int saved = r->hart;
    for (int i = 0; i < m->cfg.harts; i++) {
        const struct hart *h = &m->harts[i];
        char sym[160], satp[96], who[64], state[32] = "";
        r->hart = i;   /* symbols and the process as hart i sees them */
        repl_sym_suffix(r, h->pc, sym, sizeof(sym));
        dbg_format_satp(h->csr.satp, satp, sizeof(satp));
        dbg_proc_label(r->d, i, who, sizeof(who));
        if (h->stuck)
            snprintf(state, sizeof(state), "  [stuck]");
        else if (h->wfi)
            snprintf(state, sizeof(state), "  [wfi]");
        repl_print(r, "%c hart %d  %s  pc 0x%" PRIx64 "%s  satp %s%s%s%s", i == saved ? '*' : ' ',
                   i, dbg_priv_name(h->priv), h->pc, sym, satp, who[0] ? "  " : "", who, state);
    }
    r->hart = saved;
}

void cmd_info(struct repl *r, int argc, char **argv)
{
    if (argc == 2 && (strcmp(argv[1], "harts") == 0 || strcmp(argv[1], "threads") == 0))
        repl_show_harts(r);
    else if (argc == 2 && (strncmp(argv[1], "break", 5) == 0 || strcmp(argv[1], "watch") == 0))
        repl_show_points(r);
    else
        repl_error(r, "usage: info harts | info break");
}
