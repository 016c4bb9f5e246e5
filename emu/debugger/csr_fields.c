/*
 * `csr [NAME]`: CSR values with their fields named (priv spec 1.12 ch. 3-4): status
 * bits, satp's mode/ASID/root, causes by name, interrupt bits, delegation sets, trap
 * vectors and return addresses with symbols. Values come from csr_peek() (no side
 * effects, no privilege checks).
 */
#include "repl_internal.h"

#include <inttypes.h>
#include <stdarg.h>
#include <string.h>

#include "../cpu/csr.h"

struct text {
    char buf[512];
    size_t pos;
};

static void add(struct text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void add(struct text *t, const char *fmt, ...)
{
    if (t->pos + 1 >= sizeof(t->buf))
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(t->buf + t->pos, sizeof(t->buf) - t->pos, fmt, ap);
    va_end(ap);
    if (n > 0)
        t->pos = t->pos + (size_t)n < sizeof(t->buf) ? t->pos + (size_t)n : sizeof(t->buf) - 1;
}

/* ------------------------------------------------------------------ decoders */

static const char *const fs_names[4] = {"Off", "Initial", "Clean", "Dirty"};

static void status_fields(struct text *t, uint64_t v, bool machine)
{
    static const struct { const char *name; unsigned bit; bool m_only; } bits[] = {
        {"SIE", 1, false}, {"MIE", 3, true}, {"SPIE", 5, false}, {"MPIE", 7, true},
        {"MPRV", 17, true}, {"SUM", 18, false}, {"MXR", 19, false}, {"TVM", 20, true},
        {"TW", 21, true}, {"TSR", 22, true},
    };
    for (size_t i = 0; i < sizeof(bits) / sizeof(bits[0]); i++)
        if (machine || !bits[i].m_only)
            add(t, "%s=%u ", bits[i].name, (unsigned)(v >> bits[i].bit) & 1);
    add(t, "SPP=%s ", (v & MSTATUS_SPP) ? "S" : "U");
    if (machine)
        add(t, "MPP=%s ", dbg_priv_name((int)((v & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT)));
    add(t, "FS=%s SD=%u", fs_names[(v >> MSTATUS_FS_SHIFT) & 3], (unsigned)(v >> 63));
}

static void satp_fields(struct text *t, uint64_t v)
{
    add(t, "MODE=%s ASID=%" PRIu64 " PPN=0x%" PRIx64, mmu_mode_name(satp_mode(v)),
        satp_asid(v), (uint64_t)(v & SATP_PPN_MASK));
    if (satp_mode(v) != SATP_MODE_BARE)
        add(t, " (root page table at 0x%" PRIx64 ")", satp_root(v));
}

static void cause_fields(struct text *t, uint64_t v)
{
    add(t, "%s %" PRIu64 ": %s", (v & CAUSE_INTERRUPT) ? "interrupt" : "exception",
        (uint64_t)(v & ~CAUSE_INTERRUPT), trap_cause_name(v));
}

/* Interrupt bits (mip, mie, sip, sie, mideleg) by name. */
static void irq_fields(struct text *t, uint64_t v)
{
    static const char *const names[12] = {
        [IRQ_S_SOFT] = "SSI", [IRQ_M_SOFT] = "MSI", [IRQ_S_TIMER] = "STI",
        [IRQ_M_TIMER] = "MTI", [IRQ_S_EXT] = "SEI", [IRQ_M_EXT] = "MEI",
    };
    bool any = false;
    for (unsigned i = 0; i < 12; i++) {
        if (!((v >> i) & 1))
            continue;
        add(t, "%s%s", any ? " " : "", names[i] ? names[i] : "?");
        any = true;
    }
    if (!any)
        add(t, "none");
}

static void deleg_fields(struct text *t, uint64_t v)
{
    bool any = false;
    for (unsigned i = 0; i < 16; i++) {
        if (!((v >> i) & 1))
            continue;
        add(t, "%s%u %s", any ? ", " : "", i, trap_cause_name(i));
        any = true;
    }
    if (!any)
        add(t, "none (every exception goes to M-mode)");
}

static void tvec_fields(struct repl *r, struct text *t, uint64_t v)
{
    char sym[160];
    repl_sym_suffix(r, v & ~3ull, sym, sizeof(sym));
    add(t, "BASE=0x%" PRIx64 "%s MODE=%s", (uint64_t)(v & ~3ull), sym,
        (v & 3) == 0 ? "Direct" : (v & 3) == 1 ? "Vectored" : "reserved");
}

static void misa_fields(struct text *t, uint64_t v)
{
    add(t, "RV%d ", (int)(16 << (v >> 62)));
    for (int i = 0; i < 26; i++)
        if ((v >> i) & 1)
            add(t, "%c", 'A' + i);
}

static void counter_fields(struct text *t, uint64_t v)
{
    add(t, "CY=%u TM=%u IR=%u", (unsigned)v & 1, (unsigned)(v >> 1) & 1,
        (unsigned)(v >> 2) & 1);
}

/* The fields of CSR num with value v, or nothing for a plain number. */
static void fields(struct repl *r, uint16_t num, uint64_t v, struct text *t)
{
    char sym[160];
    switch (num) {
    case CSR_MSTATUS: status_fields(t, v, true); break;
    case CSR_SSTATUS: status_fields(t, v, false); break;
    case CSR_SATP: satp_fields(t, v); break;
    case CSR_MCAUSE: case CSR_SCAUSE: cause_fields(t, v); break;
    case CSR_MIP: case CSR_MIE: case CSR_SIP: case CSR_SIE: case CSR_MIDELEG:
        irq_fields(t, v);
        break;
    case CSR_MEDELEG: deleg_fields(t, v); break;
    case CSR_MTVEC: case CSR_STVEC: tvec_fields(r, t, v); break;
    case CSR_MEPC: case CSR_SEPC:
        repl_sym_suffix(r, v, sym, sizeof(sym));
        add(t, "%s", sym[0] ? sym + 1 : "");
        break;
    case CSR_MISA: misa_fields(t, v); break;
    case CSR_MCOUNTEREN: case CSR_SCOUNTEREN: case CSR_MCOUNTINHIBIT:
        counter_fields(t, v);
        break;
    case CSR_MENVCFG:
        add(t, "STCE=%u FIOM=%u", (unsigned)(v >> 63), (unsigned)v & 1);
        break;
    default: break;
    }
}

/* ------------------------------------------------------------------ the command */

/* The CSRs `csr` shows without a name, in this order (also the completion words). */
static const char *const main_csrs[] = {
    "mstatus", "misa", "medeleg", "mideleg", "mie", "mip", "mtvec", "mepc", "mcause",
    "mtval", "mscratch", "menvcfg", "sstatus", "sie", "sip", "stvec", "sepc", "scause",
    "stval", "sscratch", "satp", "stimecmp", "mcounteren", "scounteren", "mhartid",
    "pmpcfg0", "pmpaddr0", "fcsr", "time", "instret",
};
#define N_MAIN (sizeof(main_csrs) / sizeof(main_csrs[0]))

const char *repl_csr_word_at(size_t i)
{
    return i < N_MAIN ? main_csrs[i] : NULL;
}

static void show_csr(struct repl *r, uint16_t num)
{
    uint64_t v;
    char name[32];
    struct text t = {.pos = 0};
    t.buf[0] = 0;
    if (!csr_name(num, name, sizeof(name)) || !csr_peek(&r->d->m->harts[r->hart], num, &v)) {
        repl_error(r, "CSR 0x%03x is not implemented", num);
        return;
    }
    fields(r, num, v, &t);
    repl_print(r, "%-10s 0x%016" PRIx64 "%s%s", name, v, t.buf[0] ? "  " : "", t.buf);
}

void cmd_csr(struct repl *r, int argc, char **argv)
{
    if (argc > 2) {
        repl_error(r, "usage: csr [NAME]");
        return;
    }
    if (argc == 1) {
        for (size_t i = 0; i < N_MAIN; i++)
            show_csr(r, (uint16_t)csr_number(main_csrs[i]));
        return;
    }
    uint64_t num;
    int n = csr_number(argv[1]);
    if (n >= 0)
        show_csr(r, (uint16_t)n);
    else if (parse_number(argv[1], &num) && num < 4096)
        show_csr(r, (uint16_t)num);
    else
        repl_error(r, "'%s': no such CSR (names as in the spec: mstatus, satp, ...)", argv[1]);
}
