#include "disasm.h"
#include "../strbuf.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>

#include "csr.h"

static const char *const xnames[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3",
    "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11",
    "t3", "t4", "t5", "t6",
};

static const char *const fnames[32] = {
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1",
    "fa2", "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7",
    "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
};

const char *disasm_xreg(unsigned r) { return r == HART_XSINK ? xnames[0] : xnames[r & 31]; }
const char *disasm_freg(unsigned r) { return fnames[r & 31]; }

static const char *reg(char file, unsigned r)
{
    return file == 'f' ? disasm_freg(r) : disasm_xreg(r);
}

static void put_target(struct strbuf *o, uint64_t addr, disasm_symbol_fn sym, void *ctx)
{
    char name[128];
    strbuf_printf(o, "%" PRIx64, addr);
    if (sym && sym(ctx, addr, name, sizeof(name)))
        strbuf_printf(o, " <%s>", name);
}

static void put_csr(struct strbuf *o, uint32_t num)
{
    char name[32];
    if (csr_name((uint16_t)num, name, sizeof(name)))
        strbuf_printf(o, "%s", name);
    else
        strbuf_printf(o, "0x%x", num);
}

/* Rounding modes (unpriv spec §11.2); 101 and 110 are reserved and print as objdump
 * prints them. */
static const char *const rm_names[8] = {
    "rne", "rtz", "rdn", "rup", "rmm", "unknown", "unknown", "dyn",
};
static const char *const aqrl_suffix[4] = {"", ".rl", ".aq", ".aqrl"};

/* A FENCE predecessor or successor set (§2.7); objdump prints an empty one as
 * "unknown". */
static void put_fence_set(struct strbuf *o, unsigned set)
{
    static const char letters[4] = {'i', 'o', 'r', 'w'};
    if (!set) {
        strbuf_printf(o, "unknown");
        return;
    }
    for (int b = 3; b >= 0; b--)
        if (set & (1u << b))
            strbuf_printf(o, "%c", letters[3 - b]);
}

/* ",rm" unless rm is what an assembler writes when none is given: dyn, or rne for
 * conversions that are always exact. */
static void put_rm(struct strbuf *o, const struct insn *d, const struct opcode_info *oi)
{
    unsigned implied = (oi->flags & OPF_EXACT) ? 0 : 7;
    if ((oi->flags & OPF_RM) && d->rm != implied)
        strbuf_printf(o, ",%s", rm_names[d->rm & 7]);
}

/* Operands after the mnemonic, by format. */
static void put_operands(struct strbuf *o, const struct insn *d, const struct opcode_info *oi,
                         disasm_symbol_fn sym, void *ctx)
{
    const char *r = oi->regs;
    switch (oi->fmt) {
    case FMT_R:
        strbuf_printf(o, "%s,%s", reg(r[0], d->rd), reg(r[1], d->rs1));
        if (r[2] != '-')
            strbuf_printf(o, ",%s", reg(r[2], d->rs2));
        put_rm(o, d, oi);
        break;
    case FMT_R4:
        strbuf_printf(o, "%s,%s,%s,%s", reg('f', d->rd), reg('f', d->rs1), reg('f', d->rs2),
            reg('f', insn_rs3(d)));
        put_rm(o, d, oi);
        break;
    case FMT_I: strbuf_printf(o, "%s,%s,%d", reg(r[0], d->rd), reg(r[1], d->rs1), d->imm); break;
    case FMT_SHIFT: strbuf_printf(o, "%s,%s,0x%x", reg(r[0], d->rd), reg(r[1], d->rs1), (unsigned)d->imm); break;
    case FMT_LOAD: strbuf_printf(o, "%s,%d(%s)", reg(r[0], d->rd), d->imm, reg(r[1], d->rs1)); break;
    case FMT_STORE: strbuf_printf(o, "%s,%d(%s)", reg(r[2], d->rs2), d->imm, reg(r[1], d->rs1)); break;
    case FMT_JALR: strbuf_printf(o, "%s,%d(%s)", reg('x', d->rd), d->imm, reg('x', d->rs1)); break;
    case FMT_U: strbuf_printf(o, "%s,0x%x", reg('x', d->rd), ((uint32_t)d->imm >> 12) & 0xfffff); break;
    case FMT_J:
        strbuf_printf(o, "%s,", reg('x', d->rd));
        put_target(o, d->pc + (uint64_t)(int64_t)d->imm, sym, ctx);
        break;
    case FMT_B:
        strbuf_printf(o, "%s,%s,", reg('x', d->rs1), reg('x', d->rs2));
        put_target(o, d->pc + (uint64_t)(int64_t)d->imm, sym, ctx);
        break;
    case FMT_CSR:
        strbuf_printf(o, "%s,", reg('x', d->rd));
        put_csr(o, (uint32_t)d->imm & 0xfff);
        strbuf_printf(o, ",%s", reg('x', d->rs1));
        break;
    case FMT_CSRI:
        strbuf_printf(o, "%s,", reg('x', d->rd));
        put_csr(o, (uint32_t)d->imm & 0xfff);
        strbuf_printf(o, ",%u", d->rs1);
        break;
    case FMT_AMO: strbuf_printf(o, "%s,%s,(%s)", reg('x', d->rd), reg('x', d->rs2), reg('x', d->rs1)); break;
    case FMT_LR: strbuf_printf(o, "%s,(%s)", reg('x', d->rd), reg('x', d->rs1)); break;
    case FMT_SFENCE: strbuf_printf(o, "%s,%s", reg('x', d->rs1), reg('x', d->rs2)); break;
    case FMT_FENCE:
        put_fence_set(o, ((unsigned)d->imm >> 4) & 15);
        strbuf_printf(o, ",");
        put_fence_set(o, (unsigned)d->imm & 15);
        break;
    case FMT_NONE: break;
    }
}

char *disasm(const struct insn *d, char *buf, size_t len, disasm_symbol_fn sym, void *ctx)
{
    struct strbuf o = {buf, len, 0};
    if (len)
        buf[0] = 0;
    if (d->op == OP_ILLEGAL) {
        strbuf_printf(&o, d->len == 2 ? "unknown\t0x%04x" : "unknown\t0x%08x", d->raw);
        return buf;
    }
    const struct opcode_info *oi = &opcode_table[d->op];
    bool atomic = oi->fmt == FMT_AMO || oi->fmt == FMT_LR;
    strbuf_printf(&o, "%s%s", oi->name, atomic ? aqrl_suffix[d->rm & 3] : "");
    if (oi->fmt != FMT_NONE) {
        strbuf_printf(&o, "\t");
        put_operands(&o, d, oi, sym, ctx);
    }
    return buf;
}
