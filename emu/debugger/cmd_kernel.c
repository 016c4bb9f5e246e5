/*
 * Page tables, trapframes, processes and traces: pt walk, pt dump, tf, ps, usersyms,
 * trace. The walks come from the MMU's own side-effect-free walk (mmu_walk_debug), so
 * what is shown is exactly what the hart would do.
 */
#include "repl_internal.h"

#include <inttypes.h>
#include <string.h>

#include "../cpu/disasm.h"

/* PTE bits spelled out in the spec's order: "V R W X U G A D", '-' for a clear one. */
static void pte_letters(uint64_t pte, char out[20])
{
    static const char letters[] = "VRWXUGAD";
    for (int i = 0; i < 8; i++) {
        out[2 * i] = (pte >> i) & 1 ? letters[i] : '-';
        out[2 * i + 1] = ' ';
    }
    out[15] = 0;
}

static void size_text(uint64_t bytes, char *buf, size_t len)
{
    static const char *const units[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB"};
    int u = 0;
    while (u < 5 && bytes >= 1024 && bytes % 1024 == 0) {
        bytes /= 1024;
        u++;
    }
    snprintf(buf, len, "%" PRIu64 " %s", bytes, units[u]);
}

/* ------------------------------------------------------------------ pt walk */

static const char *const access_names[3] = {"fetch", "load", "store"};

static void walk_step_line(struct repl *r, const struct walk_step *s)
{
    char flags[20], what[160], size[32];
    pte_letters(s->pte, flags);
    if (s->decision == WALK_DESCEND) {
        snprintf(what, sizeof(what), "-> next table at 0x%" PRIx64, s->next);
    } else if (s->decision == WALK_LEAF) {
        size_text(1ull << (12 + 9 * s->level), size, sizeof(size));
        snprintf(what, sizeof(what), "-> leaf: %s page, pa 0x%" PRIx64, size, s->next);
    } else {
        snprintf(what, sizeof(what), "fault: %s", mmu_reason_name(s->reason));
    }
    unsigned rsw = (unsigned)(s->pte >> 8) & 3;
    repl_print(r, "  level %d  VPN[%d]=%-3u  PTE at 0x%" PRIx64 " = 0x%016" PRIx64 "  %s%s  %s",
               s->level, s->level, s->vpn, s->pte_pa, s->pte, flags, rsw ? " RSW" : "", what);
}

void repl_walk_lines(struct repl *r, const struct walk *w)
{
    for (int i = 0; i < w->nsteps; i++)
        walk_step_line(r, &w->step[i]);
}

static void walk_outcome(struct repl *r, const struct walk *w)
{
    if (w->exception == EXC_NONE) {
        char ad[64] = "";
        if (w->ad_set)
            snprintf(ad, sizeof(ad), " (the walk sets%s%s)", (w->ad_set & PTE_A) ? " A" : "",
                     (w->ad_set & PTE_D) ? " D" : "");
        repl_print(r, "  => pa 0x%" PRIx64 "%s", w->pa, ad);
        return;
    }
    if (w->nsteps == 0 || w->step[w->nsteps - 1].decision != WALK_FAULT)
        repl_print(r, "  %s", mmu_reason_name(w->reason));
    repl_print(r, "  => %s (trap %d), tval 0x%" PRIx64, trap_cause_name((uint64_t)w->exception),
               w->exception, w->va);
}

/* pt walk VA [satp=X|pid=N] [load|store|fetch] [U|S] */
static void pt_walk(struct repl *r, int argc, char **argv)
{
    uint64_t va, satp;
    int pid = -1, priv = -1;
    enum mmu_access acc = MMU_LOAD;
    const char *space = NULL;
    if (argc < 3) {
        repl_error(r, "usage: pt walk VA [satp=X|pid=N] [load|store|fetch] [U|S]");
        return;
    }
    if (!parse_addr(r, argv[2], &va))
        return;
    bool acc_given = false;
    for (int i = 3; i < argc; i++) {
        int a = -1;
        for (int k = 0; k < 3; k++)
            a = strcmp(argv[i], access_names[k]) == 0 ? k : a;
        if (a >= 0 && !acc_given) {
            acc = (enum mmu_access)a;
            acc_given = true;
        } else if (parse_priv(argv[i]) >= 0 && priv < 0) {
            priv = parse_priv(argv[i]);
        } else if (!space && a < 0 && parse_priv(argv[i]) < 0) {
            space = argv[i];
        } else {
            repl_error(r, "pt walk: unexpected '%s'", argv[i]);
            return;
        }
    }
    if (!repl_pick_satp(r, space, &satp, &pid))
        return;
    const struct hart *h = &r->d->m->harts[r->hart];
    if (priv < 0)
        priv = pid >= 0 || h->priv == PRIV_U ? PRIV_U : PRIV_S;
    if (priv == PRIV_M) {
        repl_error(r, "M-mode accesses are not translated; give U or S");
        return;
    }
    char satp_text[96], who[64] = "";
    dbg_format_satp(satp, satp_text, sizeof(satp_text));
    struct dbg_proc p;
    if (satp_mode(satp) != SATP_MODE_BARE && dbg_proc_by_root(r->d, satp_root(satp), &p))
        snprintf(who, sizeof(who), ", pid %d (%s)", p.pid, p.name);
    repl_print(r, "walk of 0x%" PRIx64 ": %s-mode %s, satp 0x%" PRIx64 " (%s)%s", va,
               dbg_priv_name(priv), access_names[acc], satp, satp_text, who);
    struct walk w;
    mmu_walk_debug(&r->d->m->harts[r->hart], satp, va, acc, priv, &w);
    if (satp_mode(satp) == SATP_MODE_BARE)
        repl_print(r, "  satp is Bare: no translation");
    repl_walk_lines(r, &w);
    walk_outcome(r, &w);
}

/* ------------------------------------------------------------------ pt dump */

#define DUMP_MAX_TABLES 4096
#define DUMP_MAX_LINES 1000

struct dump {
    struct repl *r;
    int levels;
    unsigned tables, lines, mappings;
    bool cut;
    bool open;                   /* a range is being merged */
    uint64_t va, pa, size;
    uint8_t flags;
};

static void dump_flush(struct dump *s)
{
    if (!s->open)
        return;
    s->open = false;
    if (s->lines++ == DUMP_MAX_LINES) {
        s->cut = true;
        return;
    }
    if (s->lines > DUMP_MAX_LINES)
        return;
    char flags[20], size[32];
    pte_letters(s->flags, flags);
    size_text(s->size, size, sizeof(size));
    repl_print(s->r, "  0x%016" PRIx64 "-0x%016" PRIx64 " -> 0x%" PRIx64 "-0x%" PRIx64 "  %s  %s",
               s->va, s->va + s->size - 1, s->pa, s->pa + s->size - 1, flags + 2, size);
}

static void dump_leaf(struct dump *s, uint64_t va, uint64_t pa, uint64_t size, uint8_t flags)
{
    s->mappings++;
    if (s->open && va == s->va + s->size && pa == s->pa + s->size && flags == s->flags) {
        s->size += size;
        return;
    }
    dump_flush(s);
    s->open = true;
    s->va = va;
    s->pa = pa;
    s->size = size;
    s->flags = flags;
}

/* Every valid PTE of the table at pa (level `level`, covering virtual addresses from
 * base), depth first in address order. */
static void dump_table(struct dump *s, uint64_t pa, int level, uint64_t base)
{
    if (++s->tables > DUMP_MAX_TABLES) {
        s->cut = true;
        return;
    }
    unsigned top = 12 + 9 * (unsigned)s->levels;
    for (uint64_t i = 0; i < 512; i++) {
        uint64_t pte;
        if (!bus_read_ram(&s->r->d->m->bus, pa + 8 * i, &pte, 8) || !(pte & PTE_V))
            continue;
        uint64_t va = base | i << (12 + 9 * level);
        va = (uint64_t)((int64_t)(va << (64 - top)) >> (64 - top));   /* canonical */
        uint64_t target = (pte >> 10 & ((1ull << 44) - 1)) << 12;
        if (pte & (PTE_R | PTE_X))
            dump_leaf(s, va, target, 1ull << (12 + 9 * level), (uint8_t)pte);
        else if (level > 0)
            dump_table(s, target, level - 1, va);
    }
}

static void pt_dump(struct repl *r, int argc, char **argv)
{
    uint64_t satp;
    int pid;
    if (argc > 3) {
        repl_error(r, "usage: pt dump [satp=X|pid=N]");
        return;
    }
    if (!repl_pick_satp(r, argc == 3 ? argv[2] : NULL, &satp, &pid))
        return;
    int levels = satp_mode(satp) == SATP_MODE_SV39 ? 3 : satp_mode(satp) == SATP_MODE_SV48 ? 4
                 : satp_mode(satp) == SATP_MODE_SV57 ? 5 : 0;
    char text[96], who[64] = "";
    dbg_format_satp(satp, text, sizeof(text));
    if (!levels) {
        repl_print(r, "satp 0x%" PRIx64 " (%s): no page table, addresses are physical", satp,
                   text);
        return;
    }
    struct dbg_proc p;
    if (dbg_proc_by_root(r->d, satp_root(satp), &p))
        snprintf(who, sizeof(who), ", pid %d (%s)", p.pid, p.name);
    repl_print(r, "page table of satp 0x%" PRIx64 " (%s)%s:", satp, text, who);
    repl_print(r, "  virtual                                  -> physical                 "
                  "R W X U G A D  size");
    struct dump s = {.r = r, .levels = levels};
    dump_table(&s, satp_root(satp), levels - 1, 0);
    dump_flush(&s);
    if (s.cut)
        repl_print(r, "  ... (stopped after %d lines or %d tables)", DUMP_MAX_LINES,
                   DUMP_MAX_TABLES);
    repl_print(r, "  %u leaf PTEs in %u ranges", s.mappings, s.lines);
}

void cmd_pt(struct repl *r, int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "walk") == 0)
        pt_walk(r, argc, argv);
    else if (argc >= 2 && strcmp(argv[1], "dump") == 0)
        pt_dump(r, argc, argv);
    else
        repl_error(r, "usage: pt walk VA [satp=X|pid=N] | pt dump [satp=X|pid=N]");
}

/* ------------------------------------------------------------------ tf */

static void tf_show(struct repl *r, const uint8_t *tf, uint64_t satp)
{
    uint64_t v[TF_SIZE / 8];
    memcpy(v, tf, TF_SIZE);
    char sym[160], text[96];
    repl_sym_suffix(r, v[TF_EPC / 8], sym, sizeof(sym));
    repl_print(r, "  epc            0x%016" PRIx64 "%s  (the user pc sret returns to)",
               v[TF_EPC / 8], sym);
    dbg_format_satp(v[TF_KERNEL_SATP / 8], text, sizeof(text));
    repl_print(r, "  kernel_satp    0x%016" PRIx64 "  %s", v[TF_KERNEL_SATP / 8], text);
    repl_print(r, "  kernel_sp      0x%016" PRIx64, v[TF_KERNEL_SP / 8]);
    repl_sym_suffix(r, v[TF_KERNEL_TRAP / 8], sym, sizeof(sym));
    repl_print(r, "  kernel_trap    0x%016" PRIx64 "%s", v[TF_KERNEL_TRAP / 8], sym);
    repl_print(r, "  kernel_hartid  %" PRIu64, v[TF_KERNEL_HARTID / 8]);
    for (unsigned i = 1; i < 32; i += 4) {
        char line[160];
        size_t pos = 0;
        for (unsigned j = i; j < i + 4 && j < 32; j++)
            pos += (size_t)snprintf(line + pos, sizeof(line) - pos, "%s%-4s 0x%016" PRIx64,
                                    j > i ? "  " : "  ", disasm_xreg(j), v[TF_REGS / 8 + j]);
        repl_print(r, "%s", line);
    }
    uint64_t a[8];
    memcpy(a, &v[TF_REGS / 8 + 10], sizeof(a));
    char call[DBG_LINE];
    if (dbg_syscall_name(a[7])) {
        dbg_format_syscall(r->d, r->hart, satp, a, call, sizeof(call));
        repl_print(r, "  system call (a7=%" PRIu64 "): %s", a[7], call);
    } else {
        repl_print(r, "  a7=%" PRIu64 " is not a system call number (a trap or an interrupt "
                      "brought it in)", a[7]);
    }
}

/* A process whose trap has begun but whose registers uservec has not saved yet: a hart
 * runs its page table in S-mode inside the trampoline page, with a sepc the trapframe
 * does not hold. Its trapframe then still shows the previous trap, which would mislead. */
static void note_unsaved_trap(struct repl *r, const struct dbg_proc *p, const uint8_t *tf)
{
    uint64_t uservec, epc;
    if (!dbg_symbol_lookup(r->d, r->hart, "uservec", &uservec))
        return;
    memcpy(&epc, tf + TF_EPC, 8);
    for (int i = 0; i < r->d->m->cfg.harts; i++) {
        const struct hart *h = &r->d->m->harts[i];
        uint64_t pc_pa;   /* the trampoline runs at a high alias of its linked page */
        if (satp_mode(h->csr.satp) == SATP_MODE_BARE || satp_root(h->csr.satp) != p->pagetable ||
            h->priv != PRIV_S || h->csr.sepc == epc ||
            !dbg_translate(r->d, i, h->pc, MMU_FETCH, &pc_pa, NULL) || (pc_pa ^ uservec) >> 12)
            continue;
        repl_print(r, "  note: hart %d has just trapped from 0x%" PRIx64 " and is at uservec, "
                      "which has not saved the registers yet: these are from the previous trap",
                   i, h->csr.sepc);
    }
}

void cmd_tf(struct repl *r, int argc, char **argv)
{
    struct dbg_proc p;
    uint64_t addr, satp = r->d->m->harts[r->hart].csr.satp;
    const char *v;
    bool have_proc = false, physical = false;
    if (argc > 2) {
        repl_error(r, "usage: tf [ADDR|pid=N]");
        return;
    }
    if (argc == 2 && parse_key(argv[1], "pid", &v)) {
        uint64_t pid;
        if (!parse_number(v, &pid) || !dbg_kernel_info(r->d) ||
            !dbg_proc_by_pid(r->d, (int)pid, &p)) {
            repl_error(r, "pid=%s: no such process (see ps)", v);
            return;
        }
        have_proc = true;
    } else if (argc == 2) {
        physical = strncmp(argv[1], "p:", 2) == 0;
        if (!parse_addr(r, argv[1] + (physical ? 2 : 0), &addr))
            return;
    } else if (!dbg_proc_current(r->d, r->hart, &p)) {
        repl_error(r, "no current process on hart %d (give tf ADDR or tf pid=N)", r->hart);
        return;
    } else {
        have_proc = true;
    }
    uint8_t tf[TF_SIZE];
    bool ok;
    if (have_proc) {
        addr = p.trapframe;
        satp = (uint64_t)SATP_MODE_SV39 << SATP_MODE_SHIFT | p.pagetable >> 12;
        ok = dbg_read_kernel(r->d, r->hart, addr, tf, sizeof(tf));
    } else {
        ok = dbg_read(r->d, r->hart, addr, physical, tf, sizeof(tf));
    }
    if (!ok) {   /* bad input is one error line: no heading before it */
        repl_error(r, "cannot read %d bytes at %s0x%" PRIx64, TF_SIZE, physical ? "p:" : "",
                   addr);
        return;
    }
    if (have_proc)
        repl_print(r, "trapframe of pid %d (%s) at 0x%" PRIx64, p.pid, p.name, addr);
    else
        repl_print(r, "trapframe at %s0x%" PRIx64, physical ? "p:" : "", addr);
    tf_show(r, tf, satp);
    if (have_proc)
        note_unsaved_trap(r, &p, tf);
}

/* ------------------------------------------------------------------ ps, usersyms */

void cmd_ps(struct repl *r, int argc, char **argv)
{
    (void)argv;
    if (argc > 1) {
        repl_error(r, "ps takes no arguments");
        return;
    }
    if (!dbg_kernel_info(r->d)) {
        repl_error(r, "no process table: the guest has no kernel_debug_info symbol "
                      "(guest/include/kdebug.h)");
        return;
    }
    struct dbg_proc procs[256];
    int n = dbg_procs(r->d, procs, 256);
    if (n == 0) {
        repl_print(r, "no processes yet (every slot of the process table is unused)");
        return;
    }
    repl_print(r, "  PID  PPID  STATE     NAME              SATP");
    for (int i = 0; i < n; i++) {
        char on[32] = "";
        uint64_t satp = (uint64_t)SATP_MODE_SV39 << SATP_MODE_SHIFT | procs[i].pagetable >> 12;
        for (int k = 0; k < r->d->m->cfg.harts; k++) {
            struct dbg_proc cur;
            if (dbg_proc_current(r->d, k, &cur) && cur.pid == procs[i].pid)
                snprintf(on, sizeof(on), "  (on hart %d)", k);
        }
        repl_print(r, "%5d %5d  %-9s %-16s  0x%016" PRIx64 "%s", procs[i].pid, procs[i].ppid,
                   dbg_proc_state_name(procs[i].state), procs[i].name, satp, on);
    }
}

void cmd_usersyms(struct repl *r, int argc, char **argv)
{
    char err[600];
    if (argc != 2) {
        repl_error(r, "usage: usersyms DIR");
        return;
    }
    if (!dbg_set_user_dir(r->d, argv[1], err, sizeof(err)))
        repl_error(r, "%s", err);
    else
        repl_print(r, "user programs' symbols come from %s", argv[1]);
}

/* ------------------------------------------------------------------ trace */

static const struct { const char *name; unsigned kind; } trace_kinds[] = {
    {"satp", DBG_TRACE_SATP}, {"ecall", DBG_TRACE_ECALL},
    {"trap", DBG_TRACE_TRAP | DBG_TRACE_XRET},   /* exceptions and the xRETs ending them */
    {"interrupt", DBG_TRACE_INTERRUPT}, {"mmio", DBG_TRACE_MMIO},
    {"pagewalk", DBG_TRACE_PAGEWALK},
    {"all", DBG_TRACE_SATP | DBG_TRACE_ECALL | DBG_TRACE_TRAP | DBG_TRACE_XRET |
            DBG_TRACE_INTERRUPT | DBG_TRACE_MMIO | DBG_TRACE_PAGEWALK},
};
#define N_TRACE_KINDS (sizeof(trace_kinds) / sizeof(trace_kinds[0]))

static void trace_status(struct repl *r)
{
    char list[128] = "";
    size_t pos = 0;
    for (size_t i = 0; i + 1 < N_TRACE_KINDS; i++)
        if (dbg_trace_kinds(r->d) & trace_kinds[i].kind)
            pos += (size_t)snprintf(list + pos, sizeof(list) - pos, " %s", trace_kinds[i].name);
    repl_print(r, "tracing:%s", pos ? list : " nothing");
}

static void trace_switch(struct repl *r, int argc, char **argv, bool on)
{
    unsigned kinds = 0;
    if (argc < 3) {
        repl_error(r, "usage: trace %s satp|ecall|trap|interrupt|mmio|pagewalk|all...",
                   argv[1]);
        return;
    }
    for (int i = 2; i < argc; i++) {
        size_t k = 0;
        while (k < N_TRACE_KINDS && strcmp(trace_kinds[k].name, argv[i]) != 0)
            k++;
        if (k == N_TRACE_KINDS) {
            repl_error(r, "trace: unknown kind '%s' (satp ecall trap interrupt mmio pagewalk "
                          "all)", argv[i]);
            return;
        }
        kinds |= trace_kinds[k].kind;
    }
    dbg_trace_set(r->d, kinds, on);
    trace_status(r);
}

void cmd_trace(struct repl *r, int argc, char **argv)
{
    uint64_t n = 0;
    if (argc == 1)
        trace_status(r);
    else if (strcmp(argv[1], "on") == 0 || strcmp(argv[1], "off") == 0)
        trace_switch(r, argc, argv, argv[1][1] == 'n');
    else if (strcmp(argv[1], "show") == 0 && argc <= 3 &&
             (argc == 2 || parse_number(argv[2], &n)))
        dbg_trace_show(r->d, r->out, (size_t)n);
    else if (strcmp(argv[1], "save") == 0 && argc == 3) {
        if (dbg_trace_save(r->d, argv[2]))
            repl_print(r, "trace saved to %s", argv[2]);
        else
            repl_error(r, "%s: cannot write the trace there", argv[2]);
    } else
        repl_error(r, "usage: trace on|off KIND... | trace show [N] | trace save FILE");
}
