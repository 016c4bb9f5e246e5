/*
 * Arguments of debugger commands: numbers, address expressions (NUMBER, SYMBOL, $REG,
 * each +/- NUMBER), privileges, key=value options; and the instruction display that
 * several commands share.
 */
#include "repl_internal.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "../cpu/csr.h"
#include "../cpu/disasm.h"

bool parse_number(const char *s, uint64_t *v)
{
    if (!s || !*s || *s == '-' || *s == '+')
        return false;
    char *end;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 0);
    if (errno || *end)
        return false;
    *v = x;
    return true;
}

int parse_priv(const char *s)
{
    static const struct { const char *name; int priv; } names[] = {
        {"U", PRIV_U}, {"u", PRIV_U}, {"user", PRIV_U}, {"S", PRIV_S}, {"s", PRIV_S},
        {"supervisor", PRIV_S}, {"M", PRIV_M}, {"m", PRIV_M}, {"machine", PRIV_M},
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (strcmp(names[i].name, s) == 0)
            return names[i].priv;
    return -1;
}

bool parse_key(const char *s, const char *key, const char **value)
{
    size_t n = strlen(key);
    if (strncmp(s, key, n) != 0 || s[n] != '=')
        return false;
    *value = s + n + 1;
    return true;
}

/* $name: an x register by ABI or xN name, or pc. */
static bool register_value(struct repl *r, const char *name, uint64_t *v)
{
    const struct hart *h = &r->d->m->harts[r->hart];
    if (strcmp(name, "pc") == 0) {
        *v = h->pc;
        return true;
    }
    if (strcmp(name, "fp") == 0)
        name = "s0";
    for (unsigned i = 0; i < 32; i++) {
        char xname[8];
        snprintf(xname, sizeof(xname), "x%u", i);
        if (strcmp(name, disasm_xreg(i)) == 0 || strcmp(name, xname) == 0) {
            *v = h->x[i];
            return true;
        }
    }
    return false;
}

/* One term: a number, $register or a symbol. */
static bool term(struct repl *r, const char *s, uint64_t *v)
{
    if (parse_number(s, v))
        return true;
    if (s[0] == '$') {
        if (register_value(r, s + 1, v))
            return true;
        repl_error(r, "'%s': no such register (use ABI names such as $sp, $a0, $pc)", s);
        return false;
    }
    if ((s[0] >= '0' && s[0] <= '9') || !*s) {
        repl_error(r, "'%s': not a number", s);
        return false;
    }
    if (dbg_symbol_lookup(r->d, r->hart, s, v))
        return true;
    repl_error(r, "'%s': no such symbol", s);
    return false;
}

bool parse_addr(struct repl *r, const char *s, uint64_t *v)
{
    char buf[256];
    if (strlen(s) >= sizeof(buf)) {
        repl_error(r, "'%.20s...': address expression too long", s);
        return false;
    }
    snprintf(buf, sizeof(buf), "%s", s);
    char *op = strpbrk(buf + 1, "+-");
    uint64_t off = 0;
    char sign = 0;
    if (op) {
        sign = *op;
        *op = 0;
        if (!parse_number(op + 1, &off)) {
            repl_error(r, "'%s': the offset after '%c' is not a number", s, sign);
            return false;
        }
    }
    if (!term(r, buf, v))
        return false;
    *v = sign == '-' ? *v - off : *v + off;
    return true;
}

void repl_sym_suffix(struct repl *r, uint64_t addr, char *buf, size_t len)
{
    char name[160];
    if (dbg_symbolize(r->d, r->hart, addr, name, sizeof(name)))
        dbg_fmt(buf, len, " <%s>", name);
    else if (len)
        buf[0] = 0;
}

static bool disasm_symbol(void *ctx, uint64_t addr, char *buf, size_t len)
{
    struct repl *r = ctx;
    return dbg_symbolize(r->d, r->hart, addr, buf, len);
}

void repl_disasm(struct repl *r, const struct insn *d, char *buf, size_t len)
{
    disasm(d, buf, len, disasm_symbol, r);
}

bool repl_fetch_insn(struct repl *r, uint64_t pc, struct insn *out)
{
    uint16_t lo, hi = 0;
    if (!dbg_read(r->d, r->hart, pc, false, &lo, 2))
        return false;
    if ((lo & 3) == 3 && !dbg_read(r->d, r->hart, pc + 2, false, &hi, 2))
        return false;
    decode((uint32_t)hi << 16 | lo, pc, out);
    return true;
}

void repl_disas_line(struct repl *r, uint64_t pc, const char *marker, uint64_t *next)
{
    struct insn d;
    char sym[160], text[192];
    repl_sym_suffix(r, pc, sym, sizeof(sym));
    if (!repl_fetch_insn(r, pc, &d)) {
        repl_print(r, "%-2s 0x%" PRIx64 "%s:  <cannot read memory>", marker, pc, sym);
        *next = pc + 4;
        return;
    }
    repl_disasm(r, &d, text, sizeof(text));
    char *operands = strchr(text, '\t');
    if (operands)
        *operands++ = 0;
    char bits[16];
    snprintf(bits, sizeof(bits), d.len == 2 ? "    %04" PRIx32 : "%08" PRIx32, d.raw);
    char line[DBG_LINE];
    dbg_fmt(line, sizeof(line), "%-2s 0x%" PRIx64 "%s:  %s  %-10s %s", marker, pc, sym, bits,
            text, operands ? operands : "");
    size_t n = strlen(line);
    while (n && line[n - 1] == ' ')
        line[--n] = 0;
    repl_print(r, "%s", line);
    *next = pc + d.len;
}

bool repl_pick_satp(struct repl *r, const char *arg, uint64_t *satp, int *pid)
{
    const char *v;
    uint64_t n;
    *pid = -1;
    *satp = r->d->m->harts[r->hart].csr.satp;
    if (!arg)
        return true;
    if (parse_key(arg, "satp", &v)) {
        if (parse_number(v, satp))
            return true;
        repl_error(r, "satp=%s: not a number", v);
        return false;
    }
    if (!parse_key(arg, "pid", &v)) {
        repl_error(r, "'%s': expected satp=VALUE or pid=N", arg);
        return false;
    }
    struct dbg_proc p;
    if (!parse_number(v, &n)) {
        repl_error(r, "pid=%s: not a number", v);
        return false;
    }
    if (!dbg_kernel_info(r->d)) {
        repl_error(r, "pid=N needs the bundled kernel's kernel_debug_info symbol");
        return false;
    }
    if (!dbg_proc_by_pid(r->d, (int)n, &p)) {
        repl_error(r, "no process with pid %" PRIu64 " (see ps)", n);
        return false;
    }
    /* The kernel's satp for this table: Sv39 (the bundled kernel's mode), ASID 0, unless
     * the process runs on a hart right now (then that hart's exact satp). */
    *satp = (uint64_t)SATP_MODE_SV39 << SATP_MODE_SHIFT | p.pagetable >> 12;
    for (int i = 0; i < r->d->m->cfg.harts; i++)
        if (satp_root(r->d->m->harts[i].csr.satp) == p.pagetable &&
            satp_mode(r->d->m->harts[i].csr.satp) != SATP_MODE_BARE)
            *satp = r->d->m->harts[i].csr.satp;
    *pid = p.pid;
    return true;
}
