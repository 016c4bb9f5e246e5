/*
 * The decoder (STYLE.md habit 2): raw instruction bits -> struct insn, once. The
 * executor caches the result per block (icache.c); the disassembler and the tracer
 * call the same decoder.
 */
#ifndef RVSCOPE_DECODE_H
#define RVSCOPE_DECODE_H

#include <stdbool.h>
#include <stdint.h>

#include "hart.h"

/* Operand layouts, named after the unprivileged spec's instruction formats. */
enum insn_format {
    FMT_R, FMT_R4, FMT_I, FMT_SHIFT, FMT_LOAD, FMT_STORE, FMT_B, FMT_U, FMT_J, FMT_JALR,
    FMT_CSR, FMT_CSRI, FMT_AMO, FMT_LR, FMT_FENCE, FMT_SFENCE, FMT_NONE,
};

enum {
    OPF_END = 1,   /* ends a decoded block: control flow or may change hart state */
    OPF_FP = 2,    /* F/D: illegal while mstatus.FS is Off */
    OPF_RM = 4,    /* funct3 is a rounding mode */
    OPF_EXACT = 8, /* with OPF_RM: the result is exact in every mode, so assemblers
                      write rne (000) and disassemblers print only another mode */
};

enum opcode {
#define OP(id, name, match, mask, fmt, regs, fn, flags) OP_##id,
#include "opcodes.def"
#undef OP
    OP_COUNT,
    OP_ILLEGAL = OP_COUNT,   /* no table entry matched */
};

struct opcode_info {
    const char *name;
    uint32_t match, mask;
    enum insn_format fmt;
    char regs[5];            /* register file of rd, rs1, rs2, rs3: 'x', 'f' or '-' */
    insn_fn fn;
    unsigned flags;
};

extern const struct opcode_info opcode_table[OP_COUNT];

/* Decode `bits` fetched at pc. A compressed instruction ((bits & 3) != 3, only the low
 * 16 bits used) is expanded to its 32-bit twin first. An unknown or reserved encoding
 * decodes to OP_ILLEGAL, whose handler raises an illegal-instruction trap. */
void decode(uint32_t bits, uint64_t pc, struct insn *d);

/* The 32-bit instruction a compressed one stands for, or 0 if it is reserved/illegal
 * (unpriv spec ch. 16). */
uint32_t rvc_expand(uint16_t c);

/* Flags of the decoded instruction's opcode (OPF_END for illegal ones). */
unsigned decode_flags(const struct insn *d);

/* Handlers, one per table row (defined in rv64i.c, rv64m.c, rv64a.c, rv64fd.c, csr.c,
 * system.c). */
#define OP(id, name, match, mask, fmt, regs, fn, flags) int fn(struct hart *h, const struct insn *d);
#include "opcodes.def"
#undef OP
int exec_illegal(struct hart *h, const struct insn *d);

#endif
