/*
 * Looking at a hart and its memory: regs, fregs, x/NFU, disas, bt, sym, addr.
 */
#include "repl_internal.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "../cpu/disasm.h"

static struct hart *cur(struct repl *r)
{
    return &r->d->m->harts[r->hart];
}

void cmd_regs(struct repl *r, int argc, char **argv)
{
    (void)argv;
    if (argc > 1) {
        repl_error(r, "regs takes no arguments (csr NAME shows a CSR)");
        return;
    }
    const struct hart *h = cur(r);
    char sym[160], line[160];
    repl_sym_suffix(r, h->pc, sym, sizeof(sym));
    repl_print(r, "hart %d  pc 0x%016" PRIx64 "%s  priv %s", r->hart, h->pc, sym,
               dbg_priv_name(h->priv));
    for (unsigned i = 0; i < 32; i += 4) {
        size_t pos = 0;
        for (unsigned j = i; j < i + 4; j++)
            pos += (size_t)snprintf(line + pos, sizeof(line) - pos, "%-4s 0x%016" PRIx64 "%s",
                                    disasm_xreg(j), h->x[j], j < i + 3 ? "  " : "");
        repl_print(r, "%s", line);
    }
}

/* A register's value as a double, or as the single NaN-boxed in it. */
static void fp_text(uint64_t bits, char *buf, size_t len)
{
    if (bits >> 32 == 0xffffffffu) {
        uint32_t s = (uint32_t)bits;
        float f;
        memcpy(&f, &s, 4);
        snprintf(buf, len, "(s) %g", (double)f);
    } else {
        double d;
        memcpy(&d, &bits, 8);
        snprintf(buf, len, "(d) %g", d);
    }
}

void cmd_fregs(struct repl *r, int argc, char **argv)
{
    (void)argv;
    if (argc > 1) {
        repl_error(r, "fregs takes no arguments");
        return;
    }
    const struct hart *h = cur(r);
    static const char *const rm[8] = {"rne", "rtz", "rdn", "rup", "rmm", "?5", "?6", "dyn"};
    static const char flags[] = "NZOUX";   /* NV DZ OF UF NX, fflags bits 4..0 */
    char fl[6];
    for (int b = 0; b < 5; b++)
        fl[b] = (h->csr.fflags >> (4 - b)) & 1 ? flags[b] : '-';
    fl[5] = 0;
    repl_print(r, "fcsr 0x%02" PRIx64 "  frm %s  fflags %s (NV DZ OF UF NX)  mstatus.FS %d",
               h->csr.frm << 5 | h->csr.fflags, rm[h->csr.frm & 7], fl, (int)hart_fs(h));
    for (unsigned i = 0; i < 32; i += 2) {
        char a[48], b[48];
        fp_text(h->f[i], a, sizeof(a));
        fp_text(h->f[i + 1], b, sizeof(b));
        repl_print(r, "%-4s 0x%016" PRIx64 " %-18s  %-4s 0x%016" PRIx64 " %s", disasm_freg(i),
                   h->f[i], a, disasm_freg(i + 1), h->f[i + 1], b);
    }
}

/* ------------------------------------------------------------------ x/NFU */

struct xfmt {
    uint64_t count;
    char format;      /* x d u c s i */
    unsigned size;    /* 1 2 4 8 */
};

static bool parse_xfmt(struct repl *r, const char *spec, struct xfmt *f)
{
    *f = (struct xfmt){1, 'x', 4};
    if (!spec)
        return true;
    const char *p = spec;
    if (*p >= '0' && *p <= '9') {
        char *end;
        f->count = strtoull(p, &end, 10);
        p = end;
    }
    for (; *p; p++) {
        if (strchr("xduasci", *p))
            f->format = *p == 'a' ? 'x' : *p;
        else if (strchr("bhwg", *p))
            f->size = *p == 'b' ? 1 : *p == 'h' ? 2 : *p == 'w' ? 4 : 8;
        else {
            repl_error(r, "x/%s: '%c' is neither a format (x d u c s i) nor a size (b h w g)",
                       spec, *p);
            return false;
        }
    }
    if (f->format == 'c')
        f->size = 1;
    if (f->count == 0 || f->count > 4096) {
        repl_error(r, "x/%s: the count must be 1 to 4096", spec);
        return false;
    }
    return true;
}

/* Why addr cannot be read, for the error line. */
static void unreadable(struct repl *r, uint64_t addr, bool physical)
{
    struct walk w;
    uint64_t pa;
    if (physical || !dbg_translate(r->d, r->hart, addr, MMU_LOAD, &pa, &w)) {
        if (physical) {
            const struct bus_region *reg = bus_find_region(&r->d->m->bus, addr);
            repl_error(r, "p:0x%" PRIx64 " is not RAM%s%s%s", addr, reg ? " (" : "",
                       reg ? reg->name : "", reg ? "; device registers are not read)" : "");
        } else {
            repl_error(r, "0x%" PRIx64 " is not mapped: %s (pt walk 0x%" PRIx64 " shows why)",
                       addr, mmu_reason_name(w.reason), addr);
        }
        return;
    }
    repl_error(r, "0x%" PRIx64 " maps to 0x%" PRIx64 ", which is not RAM", addr, pa);
}

static void x_string(struct repl *r, uint64_t addr, bool physical, uint64_t count)
{
    for (uint64_t i = 0; i < count; i++) {
        char s[256], sym[160];
        size_t n = 0;
        for (; n + 1 < sizeof(s); n++)
            if (!dbg_read(r->d, r->hart, addr + n, physical, &s[n], 1) || !s[n])
                break;
        if (n == 0 && !dbg_read(r->d, r->hart, addr, physical, &s[0], 1)) {
            unreadable(r, addr, physical);
            return;
        }
        s[n] = 0;
        repl_sym_suffix(r, addr, sym, sizeof(sym));
        fprintf(r->out, "%s0x%" PRIx64 "%s:  \"", physical ? "p:" : "", addr, sym);
        for (size_t k = 0; k < n; k++) {
            unsigned char c = (unsigned char)s[k];
            if (c >= 32 && c < 127 && c != '"' && c != '\\')
                fputc(c, r->out);
            else
                fprintf(r->out, c == '\n' ? "\\n" : "\\x%02x", c);
        }
        fprintf(r->out, "\"\n");
        addr += n + 1;
    }
}

static void x_value(struct repl *r, char format, unsigned size, uint64_t v)
{
    int64_t sv = size == 8 ? (int64_t)v : (int64_t)(v << (64 - 8 * size)) >> (64 - 8 * size);
    switch (format) {
    case 'd': fprintf(r->out, "  %" PRId64, sv); break;
    case 'u': fprintf(r->out, "  %" PRIu64, v); break;
    case 'c':
        if (v >= 32 && v < 127)
            fprintf(r->out, "  '%c'", (int)v);
        else
            fprintf(r->out, "  %3" PRIu64, v);
        break;
    default: fprintf(r->out, "  0x%0*" PRIx64, (int)size * 2, v); break;
    }
}

void cmd_x(struct repl *r, int argc, char **argv)
{
    const char *slash = strchr(argv[0], '/');
    struct xfmt f;
    if (!slash && argc == 3 && argv[1][0] == '/') {   /* "x /4gx ADDR" */
        slash = argv[1];
        argv++;
        argc--;
    }
    if (argc != 2) {
        repl_error(r, "usage: x/NFU ADDR (for example x/4gx $sp, x/s 0x1000, x/8i $pc)");
        return;
    }
    if (!parse_xfmt(r, slash ? slash + 1 : NULL, &f))
        return;
    bool physical = strncmp(argv[1], "p:", 2) == 0;
    uint64_t addr, next;
    if (!parse_addr(r, argv[1] + (physical ? 2 : 0), &addr))
        return;
    if (f.format == 's') {
        x_string(r, addr, physical, f.count);
        return;
    }
    if (f.format == 'i') {
        if (physical) {
            repl_error(r, "x/i reads instructions virtually (the current hart's view)");
            return;
        }
        for (uint64_t i = 0; i < f.count; i++, addr = next)
            repl_disas_line(r, addr, "", &next);
        return;
    }
    unsigned per_line = f.size >= 4 ? 16 / f.size : 8;
    for (uint64_t i = 0; i < f.count; i++) {
        uint64_t v = 0, a = addr + i * f.size;
        if (!dbg_read(r->d, r->hart, a, physical, &v, f.size)) {
            if (i % per_line)
                fputc('\n', r->out);
            unreadable(r, a, physical);
            return;
        }
        if (i % per_line == 0) {
            char sym[160];
            repl_sym_suffix(r, a, sym, sizeof(sym));
            fprintf(r->out, "%s%s0x%" PRIx64 "%s:", i ? "\n" : "", physical ? "p:" : "", a,
                    sym);
        }
        x_value(r, f.format, f.size, v);
    }
    fputc('\n', r->out);
}

/* ------------------------------------------------------------------ disas */

void cmd_disas(struct repl *r, int argc, char **argv)
{
    uint64_t pc = cur(r)->pc, n = 10, next;
    if (argc > 3) {
        repl_error(r, "usage: disas [ADDR] [N]");
        return;
    }
    if (argc > 1 && !parse_addr(r, argv[1], &pc))
        return;
    if (argc > 2 && (!parse_number(argv[2], &n) || n == 0 || n > 4096)) {
        repl_error(r, "disas: N '%s' must be a number from 1 to 4096", argv[2]);
        return;
    }
    for (uint64_t i = 0; i < n; i++, pc = next) {
        const struct symbol *s = dbg_symbol_find(r->d, r->hart, pc);
        if (s && s->value == pc)
            repl_print(r, "%s<%s>:", i ? "\n" : "", s->name);
        repl_disas_line(r, pc, pc == cur(r)->pc ? "=>" : "", &next);
    }
}

/* ------------------------------------------------------------------ bt */

/* Is ra a return address: inside a function (by its symbol), right after a call that
 * links ra (jal/jalr, or their compressed forms)? Stack words and stale ra values that
 * are not say no. */
static bool is_code(struct repl *r, uint64_t ra)
{
    const struct symbol *s = dbg_symbol_find(r->d, r->hart, ra);
    if (!s || !s->is_func || (s->size && ra >= s->value + s->size))
        return false;
    for (unsigned len = 2; len <= 4; len += 2) {
        struct insn d;
        if (ra - len >= s->value && repl_fetch_insn(r, ra - len, &d) && d.len == len &&
            (d.op == OP_JAL || d.op == OP_JALR) && d.rd == 1)
            return true;
    }
    return false;
}

/* Has the function around pc set up its frame (addi s0,sp,N) before pc? At its first
 * instructions s0 is still the caller's frame pointer and ra the return address. */
static bool frame_ready(struct repl *r, uint64_t pc)
{
    const struct symbol *s = dbg_symbol_find(r->d, r->hart, pc);
    if (!s || !s->is_func)
        return true;
    struct insn d;
    for (uint64_t a = s->value; a < pc && a < s->value + 64; a += d.len) {
        if (!repl_fetch_insn(r, a, &d))
            return true;
        if (d.op == OP_ADDI && d.rd == 8 && d.rs1 == 2)
            return true;
    }
    return false;
}

static void frame_line(struct repl *r, int n, uint64_t pc, uint64_t fp)
{
    char sym[160];
    repl_sym_suffix(r, pc, sym, sizeof(sym));
    repl_print(r, "#%-2d 0x%" PRIx64 "%s  (fp 0x%" PRIx64 ")", n, pc, sym, fp);
}

/* The frame-pointer chain of GCC's RISC-V frames: the return address at fp-8 and the
 * caller's fp at fp-16. A leaf function saves only s0, at fp-8: then ra is live. */
void cmd_bt(struct repl *r, int argc, char **argv)
{
    (void)argv;
    if (argc > 1) {
        repl_error(r, "bt takes no arguments");
        return;
    }
    const struct hart *h = cur(r);
    uint64_t fp = h->x[8], pc = h->pc;
    int n = 1;
    frame_line(r, 0, pc, fp);
    bool prologue = !frame_ready(r, pc) && is_code(r, h->x[1]);
    if (prologue)
        frame_line(r, n++, h->x[1], fp);   /* its frame is not set up: ra is the caller */
    if (!fp) {
        if (!prologue)
            repl_print(r, "(s0 is 0: no frame chain here; code built without "
                          "-fno-omit-frame-pointer has none)");
        return;
    }
    for (; n < 64; n++) {
        uint64_t words[2];   /* fp-16: saved s0, fp-8: saved ra */
        if (fp < 16 || (fp & 7) || !dbg_read(r->d, r->hart, fp - 16, false, words, 16))
            break;
        uint64_t ra = words[1], caller_fp = words[0];
        /* A leaf: fp-8 holds the caller's fp, an aligned stack address above this
         * frame. Anything else there (main's ra is park, a label: not code) is no
         * leaf's, and a live ra would name a caller that is not on the stack. */
        if (n == 1 && !is_code(r, ra) && is_code(r, h->x[1]) && words[1] > fp &&
            !(words[1] & 7)) {
            ra = h->x[1];
            caller_fp = words[1];
        }
        if (!ra || !is_code(r, ra))
            break;
        frame_line(r, n, ra, caller_fp);
        if (caller_fp <= fp)
            break;   /* the stack grows down: callers' frames are above */
        fp = caller_fp;
    }
}

/* ------------------------------------------------------------------ sym, addr */

static void symbol_facts(struct repl *r, uint64_t addr, const struct symbol *s)
{
    const char *from = dbg_symbol_source(r->d, r->hart, addr);
    char size[48] = "";
    if (s->size)
        snprintf(size, sizeof(size), ", %" PRIu64 " bytes", s->size);
    repl_print(r, "  %s %s at 0x%" PRIx64 "%s, in %s",
               s->is_func ? "function" : s->size ? "object" : "label",
               s->name, s->value, size, from ? from : "?");
}

void cmd_sym(struct repl *r, int argc, char **argv)
{
    uint64_t addr;
    if (argc != 2) {
        repl_error(r, "usage: sym ADDR");
        return;
    }
    if (!parse_addr(r, argv[1], &addr))
        return;
    const struct symbol *s = dbg_symbol_find(r->d, r->hart, addr);
    char name[160];
    if (!s || !dbg_symbolize(r->d, r->hart, addr, name, sizeof(name))) {
        repl_print(r, "0x%" PRIx64 ": no symbol", addr);
        return;
    }
    repl_print(r, "0x%" PRIx64 " is %s", addr, name);
    symbol_facts(r, addr, s);
}

void cmd_addr(struct repl *r, int argc, char **argv)
{
    uint64_t addr;
    if (argc != 2) {
        repl_error(r, "usage: addr SYMBOL");
        return;
    }
    if (!dbg_symbol_lookup(r->d, r->hart, argv[1], &addr)) {
        repl_error(r, "'%s': no such symbol", argv[1]);
        return;
    }
    repl_print(r, "%s = 0x%" PRIx64, argv[1], addr);
    const struct symbol *s = dbg_symbol_find(r->d, r->hart, addr);
    if (s && s->value == addr && strcmp(s->name, argv[1]) == 0)
        symbol_facts(r, addr, s);
}
