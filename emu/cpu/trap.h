/*
 * Trap causes (priv spec 1.12 §3.1.15, table 3.6) and the one function every trap goes
 * through. Exceptions are reported up the stack as an `enum exception` value, never by
 * longjmp; EXC_NONE means "no trap".
 */
#ifndef RVSCOPE_TRAP_H
#define RVSCOPE_TRAP_H

#include <stdint.h>

struct hart;

enum exception {
    EXC_NONE = -1,
    /* Not a trap: a debugger watchpoint stops the hart before this access (hart.h:
     * struct hart_debug); the instruction does not retire and runs again on resume. */
    EXC_DEBUG_STOP = -2,
    EXC_INSN_MISALIGNED = 0,
    EXC_INSN_ACCESS = 1,
    EXC_ILLEGAL_INSN = 2,
    EXC_BREAKPOINT = 3,
    EXC_LOAD_MISALIGNED = 4,
    EXC_LOAD_ACCESS = 5,
    EXC_STORE_MISALIGNED = 6,   /* also AMO */
    EXC_STORE_ACCESS = 7,       /* also AMO */
    EXC_ECALL_U = 8,
    EXC_ECALL_S = 9,
    EXC_ECALL_M = 11,
    EXC_INSN_PAGE_FAULT = 12,
    EXC_LOAD_PAGE_FAULT = 13,
    EXC_STORE_PAGE_FAULT = 15,  /* also AMO */
};

enum interrupt {
    IRQ_S_SOFT = 1,
    IRQ_M_SOFT = 3,
    IRQ_S_TIMER = 5,
    IRQ_M_TIMER = 7,
    IRQ_S_EXT = 9,
    IRQ_M_EXT = 11,
};

#define MIP_SSIP (1ull << IRQ_S_SOFT)
#define MIP_MSIP (1ull << IRQ_M_SOFT)
#define MIP_STIP (1ull << IRQ_S_TIMER)
#define MIP_MTIP (1ull << IRQ_M_TIMER)
#define MIP_SEIP (1ull << IRQ_S_EXT)
#define MIP_MEIP (1ull << IRQ_M_EXT)

#define CAUSE_INTERRUPT (1ull << 63)

/* Take exception `cause` with trap value `tval` at pc `epc`: pick M or S by medeleg,
 * update xepc/xcause/xtval/xstatus and the privilege, and jump to xtvec. */
void trap_take_exception(struct hart *h, enum exception cause, uint64_t tval, uint64_t epc);

/* If an interrupt is pending, enabled and allowed at the current privilege, take the
 * highest-priority one (priv spec §3.1.9) with epc = h->pc and return 1; else 0. */
int trap_take_pending_interrupt(struct hart *h);

/* The interrupt the hart would take now, or -1. */
int trap_pending_interrupt(const struct hart *h);

const char *trap_cause_name(uint64_t cause);

#endif
