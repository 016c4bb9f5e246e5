/*
 * Control and status registers (priv spec 1.12 ch. 2-3, unpriv spec ch. 9-10, Sstc).
 * The table below is the only list of CSRs; Zicsr instructions look rows up by number.
 */
#include "csr.h"

#include <stdio.h>
#include <string.h>

#include "decode.h"

enum csr_gate {
    GATE_NONE,
    GATE_FP,        /* illegal while mstatus.FS is Off */
    GATE_COUNTER,   /* S/U access needs the mcounteren (and for U, scounteren) bit */
    GATE_SATP,      /* S-mode access illegal while mstatus.TVM is set */
    GATE_STIMECMP,  /* S-mode access needs menvcfg.STCE and mcounteren.TM (Sstc) */
};

struct csr_def;
typedef uint64_t (*csr_read_fn)(struct hart *h, const struct csr_def *c, uint16_t num);
typedef void (*csr_write_fn)(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v);

struct csr_def {
    uint16_t num;          /* first number of the row */
    uint16_t count;        /* consecutive numbers covered (hpm counters, pmpaddr) */
    const char *name;      /* for a range, the prefix; the index is appended */
    uint16_t name_base;    /* index of the first number in a range's names */
    enum csr_gate gate;
    size_t field;          /* plain CSRs: offset in struct csrs */
    uint64_t wmask;        /* plain CSRs: writable bits */
    csr_read_fn read;      /* NULL: plain */
    csr_write_fn write;    /* NULL: plain; writes to read-only numbers trap before this */
};

#define FIELD(f) offsetof(struct csrs, f)
#define NO_FIELD ((size_t)-1)

#define MSTATUS_WMASK (MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SPP | \
                       MSTATUS_MPP | MSTATUS_FS | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR |  \
                       MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR)
#define SSTATUS_WMASK (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM | \
                       MSTATUS_MXR)
#define SSTATUS_RMASK (SSTATUS_WMASK | MSTATUS_UXL | MSTATUS_SD)
#define MTVEC_MODE_VECTORED 1
#define MEDELEG_WMASK 0xb3ffull   /* every exception but ecall-from-M and the reserved */
#define S_INTERRUPTS (MIP_SSIP | MIP_STIP | MIP_SEIP)
#define ALL_INTERRUPTS (S_INTERRUPTS | MIP_MSIP | MIP_MTIP | MIP_MEIP)
#define MENVCFG_FIOM 1ull
#define MENVCFG_STCE (1ull << 63)
#define COUNT_CY 1ull
#define COUNT_TM 2ull
#define COUNT_IR 4ull

static uint64_t *field_ptr(struct hart *h, const struct csr_def *c)
{
    return (uint64_t *)((char *)&h->csr + c->field);
}

/* --- counters: value = base + retired since `at`, frozen while inhibited --- */

static uint64_t counter_value(const struct hart *h, uint64_t base, uint64_t at, uint64_t bit)
{
    if (h->csr.mcountinhibit & bit)
        return base;
    return base + (h->retired_now - at);
}

static uint64_t read_cycle(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    (void)num;
    return counter_value(h, h->csr.mcycle_base, h->csr.mcycle_at, COUNT_CY);
}

static uint64_t read_instret(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    (void)num;
    return counter_value(h, h->csr.minstret_base, h->csr.minstret_at, COUNT_IR);
}

/* The writing instruction itself does not count (unpriv spec §10.1: the write takes
 * effect after the instruction completes). */
static void write_mcycle(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    h->csr.mcycle_base = v;
    h->csr.mcycle_at = h->retired_now + 1;
}

static void write_minstret(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    h->csr.minstret_base = v;
    h->csr.minstret_at = h->retired_now + 1;
}

static void write_mcountinhibit(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    h->csr.mcycle_base = counter_value(h, h->csr.mcycle_base, h->csr.mcycle_at, COUNT_CY);
    h->csr.minstret_base = counter_value(h, h->csr.minstret_base, h->csr.minstret_at, COUNT_IR);
    h->csr.mcycle_at = h->csr.minstret_at = h->retired_now;
    h->csr.mcountinhibit = v & (COUNT_CY | COUNT_IR);
}

static uint64_t read_time(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    (void)num;
    return *h->mtime;
}

static uint64_t read_zero(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)h;
    (void)c;
    (void)num;
    return 0;
}

/* WARL registers whose every write is dropped (misa, hpm counters and events, ...). */
static void write_ignore(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)h;
    (void)c;
    (void)num;
    (void)v;
}

/* --- status and interrupts --- */

static void write_mstatus_bits(struct hart *h, uint64_t mask, uint64_t v)
{
    uint64_t old = h->csr.mstatus;
    if (((v & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT) == 2)   /* reserved: MPP keeps its value */
        v = (v & ~MSTATUS_MPP) | (old & MSTATUS_MPP);
    uint64_t st = (old & ~mask) | (v & mask);
    st &= ~MSTATUS_SD;
    if ((st & MSTATUS_FS) == MSTATUS_FS)
        st |= MSTATUS_SD;
    h->csr.mstatus = st;
    uint64_t translation = MSTATUS_MPRV | MSTATUS_MPP | MSTATUS_SUM | MSTATUS_MXR;
    if ((old ^ st) & translation)
        mmu_flush_fast(&h->tlb);
}

static void write_mstatus(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    write_mstatus_bits(h, MSTATUS_WMASK, v);
}

static uint64_t read_sstatus(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    (void)num;
    return h->csr.mstatus & SSTATUS_RMASK;
}

static void write_sstatus(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    write_mstatus_bits(h, SSTATUS_WMASK, v);
}

static uint64_t read_misa(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)h;
    (void)c;
    (void)num;
    return hart_misa();
}

static uint64_t read_hartid(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    (void)num;
    return h->hartid;
}

/* Software may write SSIP, SEIP and (without Sstc's STCE) STIP; the M-level bits and
 * Sstc's STIP come from devices through irq_lines. */
static uint64_t mip_wmask(const struct hart *h)
{
    return (h->csr.menvcfg & MENVCFG_STCE) ? MIP_SSIP | MIP_SEIP : S_INTERRUPTS;
}

static uint64_t read_mip(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    (void)num;
    return hart_mip(h);
}

static void write_mip(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    uint64_t m = mip_wmask(h);
    h->csr.mip = (h->csr.mip & ~m) | (v & m);
}

/* sip/sie show only what mideleg hands to S-mode (priv spec §4.1.3). */
static uint64_t read_sip(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    (void)num;
    return hart_mip(h) & h->csr.mideleg;
}

static void write_sip(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    uint64_t m = MIP_SSIP & h->csr.mideleg;
    h->csr.mip = (h->csr.mip & ~m) | (v & m);
}

static uint64_t read_sie(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    (void)num;
    return h->csr.mie & h->csr.mideleg;
}

static void write_sie(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    uint64_t m = S_INTERRUPTS & h->csr.mideleg;
    h->csr.mie = (h->csr.mie & ~m) | (v & m);
}

/* xtvec: MODE 0 (direct) and 1 (vectored); a reserved MODE leaves the register as is. */
static void write_tvec(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)num;
    if ((v & 3) <= MTVEC_MODE_VECTORED)
        *field_ptr(h, c) = v;
}

static void write_epc(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)num;
    *field_ptr(h, c) = v & ~1ull;   /* IALIGN is 16 with C */
}

static void write_menvcfg(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    h->csr.menvcfg = v & (MENVCFG_FIOM | MENVCFG_STCE);
    hart_update_timer(h);
}

static void write_stimecmp(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    h->csr.stimecmp = v;
    hart_update_timer(h);
}

static void emit_satp(struct hart *h, uint64_t old)
{
    struct event ev = {.kind = EV_SATP, .hart = (int)h->hartid, .pc = h->pc, .priv = h->priv};
    ev.u.satp.old_value = old;
    ev.u.satp.new_value = h->csr.satp;
    events_deliver(h->hub, &ev);
}

static void write_satp(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    (void)num;
    uint64_t old = h->csr.satp;
    mmu_write_satp(h, v);
    if (events_wanted(h->hub, EV_SATP))
        emit_satp(h, old);
}

/* --- floating-point CSRs (unpriv spec §11.2); writes make FS Dirty --- */

static uint64_t read_fcsr(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    switch (num) {
    case CSR_FFLAGS: return h->csr.fflags;
    case CSR_FRM: return h->csr.frm;
    default: return h->csr.frm << 5 | h->csr.fflags;
    }
}

static void write_fcsr(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    switch (num) {
    case CSR_FFLAGS: h->csr.fflags = v & 0x1f; break;
    case CSR_FRM: h->csr.frm = v & 7; break;
    default: h->csr.fflags = v & 0x1f; h->csr.frm = (v >> 5) & 7; break;
    }
    hart_fs_dirty(h);
}

/* --- PMP storage (priv spec §3.7); the checks themselves live in emu/mmu --- */

#define PMP_L 0x80
#define PMP_A_TOR 0x08
#define PMP_A 0x18
#define PMP_ENTRIES 16

static uint64_t read_pmpcfg(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    unsigned first = (num - CSR_PMPCFG0) * 4;   /* pmpcfg0 holds entries 0-7, pmpcfg2 8-15 */
    uint64_t v = 0;
    for (unsigned i = 0; i < 8 && first + i < PMP_ENTRIES; i++)
        v |= (uint64_t)h->csr.pmpcfg[first + i] << (8 * i);
    return v;
}

static void write_pmpcfg(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    unsigned first = (num - CSR_PMPCFG0) * 4;
    for (unsigned i = 0; i < 8 && first + i < PMP_ENTRIES; i++) {
        uint8_t b = (uint8_t)(v >> (8 * i)) & 0x9f;   /* bits 6:5 are reserved */
        if ((b & 3) == 2)                             /* W without R is reserved */
            b &= (uint8_t)~2;
        if (!(h->csr.pmpcfg[first + i] & PMP_L))
            h->csr.pmpcfg[first + i] = b;
    }
    mmu_flush_fast(&h->tlb);
}

static uint64_t read_pmpaddr(struct hart *h, const struct csr_def *c, uint16_t num)
{
    (void)c;
    return h->csr.pmpaddr[num - CSR_PMPADDR0];
}

/* A locked entry, or the next one when it is a locked TOR entry, keeps its address. */
static void write_pmpaddr(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    (void)c;
    unsigned i = num - CSR_PMPADDR0;
    if (h->csr.pmpcfg[i] & PMP_L)
        return;
    if (i + 1 < PMP_ENTRIES && (h->csr.pmpcfg[i + 1] & PMP_L) &&
        (h->csr.pmpcfg[i + 1] & PMP_A) == PMP_A_TOR)
        return;
    h->csr.pmpaddr[i] = v & ((1ull << 54) - 1);
    mmu_flush_fast(&h->tlb);
}

/* --- the table --- */

#define PLAIN(n, nm, f, mask, g) {n, 1, nm, 0, g, FIELD(f), mask, NULL, NULL}
#define FIELD_FN(n, nm, f, g, rd, wr) {n, 1, nm, 0, g, FIELD(f), 0, rd, wr}
#define FN(n, nm, g, rd, wr) {n, 1, nm, 0, g, NO_FIELD, 0, rd, wr}
#define RANGE(n, cnt, nm, base, g, rd, wr) {n, cnt, nm, base, g, NO_FIELD, 0, rd, wr}

static const struct csr_def csr_table[] = {
    FN(CSR_FFLAGS, "fflags", GATE_FP, read_fcsr, write_fcsr),
    FN(CSR_FRM, "frm", GATE_FP, read_fcsr, write_fcsr),
    FN(CSR_FCSR, "fcsr", GATE_FP, read_fcsr, write_fcsr),
    FN(CSR_CYCLE, "cycle", GATE_COUNTER, read_cycle, NULL),
    FN(CSR_TIME, "time", GATE_COUNTER, read_time, NULL),
    FN(CSR_INSTRET, "instret", GATE_COUNTER, read_instret, NULL),
    RANGE(0xc03, 29, "hpmcounter", 3, GATE_COUNTER, read_zero, NULL),

    FN(CSR_SSTATUS, "sstatus", GATE_NONE, read_sstatus, write_sstatus),
    FN(CSR_SIE, "sie", GATE_NONE, read_sie, write_sie),
    FIELD_FN(CSR_STVEC, "stvec", stvec, GATE_NONE, NULL, write_tvec),
    PLAIN(CSR_SCOUNTEREN, "scounteren", scounteren, 0xffffffffull, GATE_NONE),
    PLAIN(CSR_SENVCFG, "senvcfg", senvcfg, MENVCFG_FIOM, GATE_NONE),
    PLAIN(CSR_SSCRATCH, "sscratch", sscratch, ~0ull, GATE_NONE),
    FIELD_FN(CSR_SEPC, "sepc", sepc, GATE_NONE, NULL, write_epc),
    PLAIN(CSR_SCAUSE, "scause", scause, ~0ull, GATE_NONE),
    PLAIN(CSR_STVAL, "stval", stval, ~0ull, GATE_NONE),
    FN(CSR_SIP, "sip", GATE_NONE, read_sip, write_sip),
    FIELD_FN(CSR_STIMECMP, "stimecmp", stimecmp, GATE_STIMECMP, NULL, write_stimecmp),
    FIELD_FN(CSR_SATP, "satp", satp, GATE_SATP, NULL, write_satp),

    FN(CSR_MVENDORID, "mvendorid", GATE_NONE, read_zero, NULL),
    FN(CSR_MARCHID, "marchid", GATE_NONE, read_zero, NULL),
    FN(CSR_MIMPID, "mimpid", GATE_NONE, read_zero, NULL),
    FN(CSR_MHARTID, "mhartid", GATE_NONE, read_hartid, NULL),
    FN(CSR_MCONFIGPTR, "mconfigptr", GATE_NONE, read_zero, NULL),
    FIELD_FN(CSR_MSTATUS, "mstatus", mstatus, GATE_NONE, NULL, write_mstatus),
    FN(CSR_MISA, "misa", GATE_NONE, read_misa, write_ignore),
    PLAIN(CSR_MEDELEG, "medeleg", medeleg, MEDELEG_WMASK, GATE_NONE),
    PLAIN(CSR_MIDELEG, "mideleg", mideleg, S_INTERRUPTS, GATE_NONE),
    PLAIN(CSR_MIE, "mie", mie, ALL_INTERRUPTS, GATE_NONE),
    FIELD_FN(CSR_MTVEC, "mtvec", mtvec, GATE_NONE, NULL, write_tvec),
    PLAIN(CSR_MCOUNTEREN, "mcounteren", mcounteren, 0xffffffffull, GATE_NONE),
    FIELD_FN(CSR_MENVCFG, "menvcfg", menvcfg, GATE_NONE, NULL, write_menvcfg),
    FIELD_FN(CSR_MCOUNTINHIBIT, "mcountinhibit", mcountinhibit, GATE_NONE, NULL, write_mcountinhibit),
    RANGE(0x323, 29, "mhpmevent", 3, GATE_NONE, read_zero, write_ignore),
    PLAIN(CSR_MSCRATCH, "mscratch", mscratch, ~0ull, GATE_NONE),
    FIELD_FN(CSR_MEPC, "mepc", mepc, GATE_NONE, NULL, write_epc),
    PLAIN(CSR_MCAUSE, "mcause", mcause, ~0ull, GATE_NONE),
    PLAIN(CSR_MTVAL, "mtval", mtval, ~0ull, GATE_NONE),
    FN(CSR_MIP, "mip", GATE_NONE, read_mip, write_mip),
    FN(0x3a0, "pmpcfg0", GATE_NONE, read_pmpcfg, write_pmpcfg),
    FN(0x3a2, "pmpcfg2", GATE_NONE, read_pmpcfg, write_pmpcfg),
    /* Entries 16-63 are not implemented: read-only zero (priv spec §3.7.1). */
    FN(0x3a4, "pmpcfg4", GATE_NONE, read_zero, write_ignore),
    FN(0x3a6, "pmpcfg6", GATE_NONE, read_zero, write_ignore),
    FN(0x3a8, "pmpcfg8", GATE_NONE, read_zero, write_ignore),
    FN(0x3aa, "pmpcfg10", GATE_NONE, read_zero, write_ignore),
    FN(0x3ac, "pmpcfg12", GATE_NONE, read_zero, write_ignore),
    FN(0x3ae, "pmpcfg14", GATE_NONE, read_zero, write_ignore),
    RANGE(CSR_PMPADDR0, 16, "pmpaddr", 0, GATE_NONE, read_pmpaddr, write_pmpaddr),
    RANGE(0x3c0, 48, "pmpaddr", 16, GATE_NONE, read_zero, write_ignore),
    FN(CSR_MCYCLE, "mcycle", GATE_NONE, read_cycle, write_mcycle),
    FN(CSR_MINSTRET, "minstret", GATE_NONE, read_instret, write_minstret),
    RANGE(0xb03, 29, "mhpmcounter", 3, GATE_NONE, read_zero, write_ignore),
};

#define CSR_COUNT (sizeof(csr_table) / sizeof(csr_table[0]))

static const struct csr_def *csr_find(uint16_t num)
{
    static int16_t index[4096];
    static bool ready;
    if (!ready) {
        memset(index, 0xff, sizeof(index));
        for (unsigned i = 0; i < CSR_COUNT; i++)
            for (unsigned k = 0; k < csr_table[i].count; k++)
                index[csr_table[i].num + k] = (int16_t)i;
        ready = true;
    }
    int16_t i = index[num & 0xfff];
    return i < 0 ? NULL : &csr_table[i];
}

static uint64_t csr_read(struct hart *h, const struct csr_def *c, uint16_t num)
{
    return c->read ? c->read(h, c, num) : *field_ptr(h, c);
}

static void csr_write(struct hart *h, const struct csr_def *c, uint16_t num, uint64_t v)
{
    if (c->write)
        c->write(h, c, num, v);
    else if (c->field != NO_FIELD)
        *field_ptr(h, c) = (*field_ptr(h, c) & ~c->wmask) | (v & c->wmask);
    hart_update_irqs(h);
}

/* Counter access from S and U (priv spec §3.1.11, §4.1.5). */
static bool counter_allowed(const struct hart *h, uint16_t num)
{
    uint64_t bit = 1ull << (num & 31);
    if (h->priv < PRIV_M && !(h->csr.mcounteren & bit))
        return false;
    if (h->priv == PRIV_U && !(h->csr.scounteren & bit))
        return false;
    return true;
}

/* May the hart access this CSR now? (priv spec §2.1: bits 9:8 are the lowest privilege,
 * bits 11:10 == 3 mark a read-only CSR.) */
static bool csr_allowed(const struct hart *h, const struct csr_def *c, uint16_t num, bool write)
{
    if ((unsigned)h->priv < ((num >> 8) & 3u))
        return false;
    if (write && (num >> 10) == 3)
        return false;
    switch (c->gate) {
    case GATE_FP: return hart_fs(h) != FS_OFF;
    case GATE_COUNTER: return counter_allowed(h, num);
    case GATE_SATP: return !(h->priv == PRIV_S && (h->csr.mstatus & MSTATUS_TVM));
    case GATE_STIMECMP:
        return h->priv == PRIV_M ||
               ((h->csr.menvcfg & MENVCFG_STCE) && (h->csr.mcounteren & COUNT_TM));
    default: return true;
    }
}

enum csr_op { CSR_OP_WRITE, CSR_OP_SET, CSR_OP_CLEAR };

static int csr_access(struct hart *h, const struct insn *d, enum csr_op op, uint64_t src,
                      bool writes)
{
    uint16_t num = (uint16_t)(d->imm & 0xfff);
    const struct csr_def *c = csr_find(num);
    if (!c || !csr_allowed(h, c, num, writes))
        return hart_illegal(h, d);
    h->retired_now = h->retired + d->idx;
    h->pc = d->pc + d->len;   /* before the write: a satp event reports the next pc */
    uint64_t old = csr_read(h, c, num);
    if (writes) {
        uint64_t v = op == CSR_OP_WRITE ? src : op == CSR_OP_SET ? old | src : old & ~src;
        csr_write(h, c, num, v);
    }
    h->x[d->rd] = old;
    return hart_leave(d, EXEC_RETIRED);
}

/* csrrs/csrrc with rs1 = x0 and the immediate forms with uimm = 0 do not write, so they
 * are legal on read-only CSRs (unpriv spec §9.1). */
int exec_csrrw(struct hart *h, const struct insn *d) { return csr_access(h, d, CSR_OP_WRITE, h->x[d->rs1], true); }
int exec_csrrs(struct hart *h, const struct insn *d) { return csr_access(h, d, CSR_OP_SET, h->x[d->rs1], d->rs1 != 0); }
int exec_csrrc(struct hart *h, const struct insn *d) { return csr_access(h, d, CSR_OP_CLEAR, h->x[d->rs1], d->rs1 != 0); }
int exec_csrrwi(struct hart *h, const struct insn *d) { return csr_access(h, d, CSR_OP_WRITE, d->rs1, true); }
int exec_csrrsi(struct hart *h, const struct insn *d) { return csr_access(h, d, CSR_OP_SET, d->rs1, d->rs1 != 0); }
int exec_csrrci(struct hart *h, const struct insn *d) { return csr_access(h, d, CSR_OP_CLEAR, d->rs1, d->rs1 != 0); }

bool csr_name(uint16_t num, char *buf, size_t len)
{
    const struct csr_def *c = csr_find(num);
    if (!c)
        return false;
    if (c->count == 1)
        snprintf(buf, len, "%s", c->name);
    else
        snprintf(buf, len, "%s%u", c->name, (unsigned)(c->name_base + (num - c->num)));
    return true;
}

int csr_number(const char *name)
{
    char buf[32];
    for (unsigned i = 0; i < CSR_COUNT; i++)
        for (unsigned k = 0; k < csr_table[i].count; k++) {
            uint16_t num = (uint16_t)(csr_table[i].num + k);
            if (csr_name(num, buf, sizeof(buf)) && strcmp(buf, name) == 0)
                return num;
        }
    return -1;
}

bool csr_peek(struct hart *h, uint16_t num, uint64_t *value)
{
    const struct csr_def *c = csr_find(num);
    if (!c)
        return false;
    h->retired_now = h->retired;
    *value = csr_read(h, c, num);
    return true;
}

bool csr_poke(struct hart *h, uint16_t num, uint64_t value)
{
    const struct csr_def *c = csr_find(num);
    if (!c || (num >> 10) == 3)   /* bits 11:10 == 3: read-only (priv spec §2.1) */
        return false;
    h->retired_now = h->retired;
    csr_write(h, c, num, value);
    return true;
}
