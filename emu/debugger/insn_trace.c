#include "insn_trace.h"

#include <inttypes.h>
#include <string.h>

#include "../cpu/disasm.h"

static const char priv_letter[4] = {'U', 'S', '?', 'M'};

static bool symbol_name(void *ctx, uint64_t addr, char *buf, size_t len)
{
    const struct symtab *t = ctx;
    const struct symbol *s = t ? symtab_find_addr(t, addr) : NULL;
    if (!s)
        return false;
    if (addr == s->value)
        snprintf(buf, len, "%s", s->name);
    else
        snprintf(buf, len, "%s+0x%" PRIx64, s->name, addr - s->value);
    return true;
}

/* The register the instruction wrote, as " rd=value", or "". */
static void written(const struct hart *h, const struct insn *d, char *buf, size_t len)
{
    buf[0] = 0;
    if (d->op == OP_ILLEGAL)
        return;
    char file = opcode_table[d->op].regs[0];
    if (file == 'x' && d->rd != HART_XSINK)
        snprintf(buf, len, " %s=0x%016" PRIx64, disasm_xreg(d->rd), h->x[d->rd]);
    else if (file == 'f')
        snprintf(buf, len, " %s=0x%016" PRIx64, disasm_freg(d->rd), h->f[d->rd]);
}

static void trace_step(void *ctx, struct hart *h, const struct insn *d, int result,
                       enum priv ran_at)
{
    struct insn_trace *t = ctx;
    char text[160], effect[160];
    disasm(d, text, sizeof(text), symbol_name, (void *)t->symbols);
    char *operands = strchr(text, '\t');
    if (operands)
        *operands++ = 0;
    if (result == EXEC_TRAPPED) {
        uint64_t cause = h->priv == PRIV_M ? h->csr.mcause : h->csr.scause;
        uint64_t tval = h->priv == PRIV_M ? h->csr.mtval : h->csr.stval;
        snprintf(effect, sizeof(effect), " -> trap: %s, tval=0x%" PRIx64,
                 trap_cause_name(cause), tval);
    } else {
        written(h, d, effect, sizeof(effect));
    }
    char line[512];
    int n = snprintf(line, sizeof(line), "hart %" PRIu64 " %c 0x%016" PRIx64 " (%*s%0*" PRIx32
                     ") %-10s %-28s%s", h->hartid, priv_letter[ran_at & 3], d->pc,
                     d->len == 2 ? 4 : 0, "", d->len == 2 ? 4 : 8, d->raw, text,
                     operands ? operands : "", effect);
    if (n >= (int)sizeof(line))
        n = (int)sizeof(line) - 1;
    while (n > 0 && line[n - 1] == ' ')   /* no trailing blanks when nothing was written */
        line[--n] = 0;
    fprintf(t->out, "%s\n", line);
}

void insn_trace_attach(struct hart *h, struct insn_trace *t)
{
    h->trace_insn = true;
    h->on_step = trace_step;
    h->on_step_ctx = t;
}
