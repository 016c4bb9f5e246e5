/* --trace insn: one line per executed instruction (hart, privilege, pc, raw bits,
 * disassembly, the register it wrote, or the trap it raised). */
#ifndef RVSCOPE_INSN_TRACE_H
#define RVSCOPE_INSN_TRACE_H

#include <stdio.h>

#include "../cpu/hart.h"
#include "../loader.h"

struct insn_trace {
    FILE *out;
    const struct symtab *symbols;   /* may be NULL */
};

/* Make h print every instruction to t->out (t must outlive the run). */
void insn_trace_attach(struct hart *h, struct insn_trace *t);

#endif
