/*
 * `explain`: the last trap of a hart in plain words, then the facts behind them.
 *
 *   store page fault at 0x3000 in U-mode (pid 3, sh): the leaf PTE at level 0 has no W
 *   bit — a copy-on-write page?
 *
 * Page faults are explained from the walk the debugger recorded when the trap happened
 * (dbg_events.c), so a kernel that fixed the page table since does not hide the reason.
 */
#include "repl_internal.h"

#include <inttypes.h>
#include <string.h>

#include "../cpu/disasm.h"

/* Short names for the headline ("store page fault", not "store/AMO page fault"). */
static const char *short_cause(uint64_t cause)
{
    switch (cause) {
    case EXC_INSN_PAGE_FAULT: return "instruction page fault";
    case EXC_LOAD_PAGE_FAULT: return "load page fault";
    case EXC_STORE_PAGE_FAULT: return "store page fault";
    case EXC_STORE_ACCESS: return "store access fault";
    case EXC_STORE_MISALIGNED: return "misaligned store/AMO";
    default: return trap_cause_name(cause);
    }
}

/* Why a recorded page-fault walk failed, as a sentence. */
static void walk_reason(const struct dbg_trap_record *t, char *buf, size_t len)
{
    const struct walk *w = &t->walk;
    const struct walk_step *s = w->nsteps ? &w->step[w->nsteps - 1] : NULL;
    int level = s ? s->level : -1;
    uint8_t f = s ? s->flags : 0;
    switch (w->reason) {
    case MMU_OK:
        dbg_fmt(buf, len, "the walk succeeds (pa 0x%" PRIx64 "); the access was checked with "
                "other permissions (MPRV?)", w->pa);
        break;
    case MMU_ERR_INVALID:
        dbg_fmt(buf, len, "the PTE at level %d has V=0: nothing is mapped there%s", level,
                w->va < 4096 ? " — a null pointer?" : level > 0 ? " (a whole region is missing)"
                                                            : "");
        break;
    case MMU_ERR_NOT_WRITABLE:
        dbg_fmt(buf, len, "the leaf PTE at level %d has no W bit%s", level,
                (f & PTE_U) && (f & PTE_R) ? " — a copy-on-write page?" : "");
        break;
    case MMU_ERR_NOT_READABLE:
        dbg_fmt(buf, len, "the leaf PTE at level %d has no R bit", level);
        break;
    case MMU_ERR_NOT_EXECUTABLE:
        dbg_fmt(buf, len, "the leaf PTE at level %d has no X bit — running data?", level);
        break;
    case MMU_ERR_SUPERVISOR_PAGE:
        dbg_fmt(buf, len, "the leaf PTE at level %d has no U bit: U-mode may not use kernel "
                "pages", level);
        break;
    case MMU_ERR_USER_PAGE:
        if (w->acc == MMU_FETCH)
            dbg_fmt(buf, len, "the leaf PTE at level %d has the U bit: S-mode never runs user "
                    "code", level);
        else
            dbg_fmt(buf, len, "the leaf PTE at level %d has the U bit and sstatus.SUM=0: the "
                    "kernel touched user memory without setting SUM", level);
        break;
    case MMU_ERR_NONCANONICAL:
        dbg_fmt(buf, len, "the address is not canonical for %s: the bits above the top "
                "virtual address bit must all copy it", mmu_mode_name(satp_mode(w->satp)));
        break;
    case MMU_ERR_NO_LEAF:
        dbg_fmt(buf, len, "the PTE at level 0 points to another table (R=W=X=0): no leaf");
        break;
    case MMU_ERR_A_CLEAR: case MMU_ERR_D_CLEAR:
        dbg_fmt(buf, len, "the leaf PTE at level %d has %s=0 and --mmu-ad fault leaves setting "
                "it to the kernel", level, w->reason == MMU_ERR_A_CLEAR ? "A" : "D");
        break;
    default:
        dbg_fmt(buf, len, "the PTE at level %d: %s", level, mmu_reason_name(w->reason));
        break;
    }
}

/* Access faults: PMP, or nothing at that physical address, or a device refusing. */
static void access_reason(struct repl *r, const struct dbg_trap_record *t, char *buf,
                          size_t len)
{
    struct walk w;
    uint64_t tval = t->ev.u.trap.tval;
    int priv = t->ev.u.trap.from == PRIV_M ? PRIV_M : t->ev.u.trap.from;
    uint64_t cause = t->ev.u.trap.cause;
    enum mmu_access acc = cause == EXC_INSN_ACCESS ? MMU_FETCH
                          : cause == EXC_LOAD_ACCESS ? MMU_LOAD : MMU_STORE;
    mmu_walk_debug(&r->d->m->harts[t->ev.hart], t->satp, tval, acc, priv, &w);
    if (w.reason == MMU_ERR_PMP || w.reason == MMU_ERR_PTE_PMP) {
        dbg_fmt(buf, len, "%s (PMP entry %d)", mmu_reason_name(w.reason), w.pmp_entry);
        return;
    }
    uint64_t pa = w.exception == EXC_NONE ? w.pa : tval;
    const struct bus_region *reg = bus_find_region(&r->d->m->bus, pa);
    if (bus_is_ram(&r->d->m->bus, pa, 1))
        dbg_fmt(buf, len, "physical address 0x%" PRIx64 " is RAM; a page-crossing access or a "
                "walk of the page table failed", pa);
    else if (reg)
        dbg_fmt(buf, len, "the device %s (at 0x%" PRIx64 ") refused this access: its registers "
                "take only some offsets and sizes", reg->name, reg->base);
    else
        dbg_fmt(buf, len, "there is no memory or device at physical address 0x%" PRIx64, pa);
}

static void illegal_reason(struct repl *r, const struct dbg_trap_record *t, char *buf,
                           size_t len)
{
    struct insn d;
    uint32_t bits = (uint32_t)t->ev.u.trap.tval;
    decode(bits, t->ev.u.trap.epc, &d);
    if (d.op == OP_ILLEGAL) {
        dbg_fmt(buf, len, "the bits 0x%0*" PRIx32 " are not an RV64GC instruction",
                (bits & 3) == 3 ? 8 : 4, bits);
        return;
    }
    char text[128];
    repl_disasm(r, &d, text, sizeof(text));
    for (char *p = text; *p; p++)
        if (*p == '\t')
            *p = ' ';
    const struct opcode_info *oi = &opcode_table[d.op];
    const char *why = oi->fmt == FMT_CSR || oi->fmt == FMT_CSRI
                          ? "this CSR access is not allowed here (privilege, read-only, or "
                            "gated by mstatus.FS/TVM or counteren)"
                      : (oi->flags & OPF_FP) ? "floating point while mstatus.FS is Off"
                                              : "a privileged instruction at this privilege";
    dbg_fmt(buf, len, "`%s`: %s", text, why);
}

static void headline(struct repl *r, const struct dbg_trap_record *t, const char *who)
{
    const struct event *ev = &t->ev;
    uint64_t cause = ev->u.trap.cause, tval = ev->u.trap.tval;
    char why[DBG_LINE] = "", where[96];
    const char *from = dbg_priv_name(ev->u.trap.from);
    snprintf(where, sizeof(where), "in %s-mode%s%s%s", from, who[0] ? " (" : "", who,
             who[0] ? ")" : "");
    if (ev->u.trap.interrupt) {
        repl_print(r, "a %s arrived while the hart ran at 0x%" PRIx64 " %s; it was taken in "
                      "%s-mode", trap_cause_name(cause), ev->u.trap.epc, where,
                   dbg_priv_name(ev->u.trap.to));
        return;
    }
    switch (cause) {
    case EXC_INSN_PAGE_FAULT: case EXC_LOAD_PAGE_FAULT: case EXC_STORE_PAGE_FAULT:
        if (t->has_walk)
            walk_reason(t, why, sizeof(why));
        break;
    case EXC_INSN_ACCESS: case EXC_LOAD_ACCESS: case EXC_STORE_ACCESS:
        access_reason(r, t, why, sizeof(why));
        break;
    case EXC_ILLEGAL_INSN: illegal_reason(r, t, why, sizeof(why)); break;
    case EXC_LOAD_MISALIGNED: case EXC_STORE_MISALIGNED:
        snprintf(why, sizeof(why), "LR/SC and AMOs need a naturally aligned address");
        break;
    case EXC_BREAKPOINT: snprintf(why, sizeof(why), "an ebreak instruction"); break;
    case EXC_ECALL_U: snprintf(why, sizeof(why), "a system call (not an error)"); break;
    case EXC_ECALL_S: snprintf(why, sizeof(why), "an SBI call (not an error)"); break;
    default: break;
    }
    bool addressed = cause != EXC_ILLEGAL_INSN && cause != EXC_BREAKPOINT &&
                     cause != EXC_ECALL_U && cause != EXC_ECALL_S && cause != EXC_ECALL_M;
    char at[48] = "";
    if (addressed)
        snprintf(at, sizeof(at), " at 0x%" PRIx64, tval);
    else
        snprintf(at, sizeof(at), " at pc 0x%" PRIx64, ev->u.trap.epc);
    repl_print(r, "%s%s %s%s%s", short_cause(cause), at, where, why[0] ? ": " : "", why);
}

/* The record to explain: the hart asked for, else the current hart's, else the last. */
static const struct dbg_trap_record *pick(struct repl *r, int argc, char **argv)
{
    struct dbg *d = r->d;
    uint64_t n;
    if (argc == 3 && strcmp(argv[1], "hart") == 0 && parse_number(argv[2], &n)) {
        if (n >= (uint64_t)d->m->cfg.harts) {
            repl_error(r, "no hart %" PRIu64 ": this machine has %d", n, d->m->cfg.harts);
            return NULL;
        }
        if (!d->last_trap[n].valid)
            repl_print(r, "hart %" PRIu64 " has taken no trap since the debugger started", n);
        return d->last_trap[n].valid ? &d->last_trap[n] : NULL;
    }
    if (argc != 1) {
        repl_error(r, "usage: explain [hart N]");
        return NULL;
    }
    if (d->last_trap[r->hart].valid)
        return &d->last_trap[r->hart];
    if (d->last_trap_hart >= 0)
        return &d->last_trap[d->last_trap_hart];
    repl_print(r, "no trap has happened since the debugger started");
    return NULL;
}

static void explain_record(struct repl *r, const struct dbg_trap_record *t)
{
    const struct event *ev = &t->ev;
    int saved = r->hart;
    r->hart = ev->hart;
    char who[64] = "", sym[160], satp[96];
    struct dbg_proc p;
    if (ev->u.trap.from == PRIV_U && satp_mode(t->satp) != SATP_MODE_BARE &&
        dbg_proc_by_root(r->d, satp_root(t->satp), &p))
        snprintf(who, sizeof(who), "pid %d, %s", p.pid, p.name);
    headline(r, t, who);
    repl_sym_suffix(r, ev->u.trap.epc, sym, sizeof(sym));
    repl_print(r, "  hart %d, cause %" PRIu64 " (%s), epc 0x%" PRIx64 "%s, tval 0x%" PRIx64,
               ev->hart, (uint64_t)(ev->u.trap.cause & ~CAUSE_INTERRUPT),
               trap_cause_name(ev->u.trap.cause), ev->u.trap.epc, sym, ev->u.trap.tval);
    bool to_s = ev->u.trap.to == PRIV_S;
    const struct hart *h = &r->d->m->harts[ev->hart];
    uint64_t tvec = (to_s ? h->csr.stvec : h->csr.mtvec) & ~(uint64_t)3;
    repl_sym_suffix(r, tvec, sym, sizeof(sym));
    repl_print(r, "  %s-mode -> %s-mode (%s), handler %s 0x%" PRIx64 "%s",
               dbg_priv_name(ev->u.trap.from), dbg_priv_name(ev->u.trap.to),
               to_s ? "delegated by medeleg/mideleg" : "not delegated",
               to_s ? "stvec" : "mtvec", tvec, sym);
    if (t->has_walk) {
        dbg_format_satp(t->satp, satp, sizeof(satp));
        repl_print(r, "  the walk at the time of the trap (%s):", satp);
        repl_walk_lines(r, &t->walk);
    }
    r->hart = saved;
}

void cmd_explain(struct repl *r, int argc, char **argv)
{
    const struct dbg_trap_record *t = pick(r, argc, argv);
    if (!t)
        return;
    explain_record(r, t);
    const struct dbg_trap_record *f = &r->d->last_fault[t->ev.hart];
    if (f->valid && memcmp(&f->ev, &t->ev, sizeof(f->ev)) != 0) {
        repl_print(r, "the last fault on hart %d before it:", t->ev.hart);
        explain_record(r, f);
    }
}
