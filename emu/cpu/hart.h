/*
 * One RISC-V hart: architectural state (registers, pc, privilege, CSRs, LR/SC
 * reservation) and the emulator's caches (host-pointer TLB, decoded-code cache).
 *
 * The hart knows the physical address space only through emu/devices/bus.h and address
 * translation only through emu/mmu/mmu.h; it never includes a device header.
 */
#ifndef RVSCOPE_HART_H
#define RVSCOPE_HART_H

#include <stdbool.h>
#include <stdint.h>

#include "../devices/bus.h"
#include "../events.h"
#include "../mmu/mmu.h"
#include "trap.h"

enum priv { PRIV_U = 0, PRIV_S = 1, PRIV_M = 3 };

/* mstatus fields (priv spec 1.12 §3.1.6) */
#define MSTATUS_SIE (1ull << 1)
#define MSTATUS_MIE (1ull << 3)
#define MSTATUS_SPIE (1ull << 5)
#define MSTATUS_MPIE (1ull << 7)
#define MSTATUS_SPP (1ull << 8)
#define MSTATUS_MPP_SHIFT 11
#define MSTATUS_MPP (3ull << MSTATUS_MPP_SHIFT)
#define MSTATUS_FS_SHIFT 13
#define MSTATUS_FS (3ull << MSTATUS_FS_SHIFT)
#define MSTATUS_MPRV (1ull << 17)
#define MSTATUS_SUM (1ull << 18)
#define MSTATUS_MXR (1ull << 19)
#define MSTATUS_TVM (1ull << 20)
#define MSTATUS_TW (1ull << 21)
#define MSTATUS_TSR (1ull << 22)
#define MSTATUS_UXL (3ull << 32)
#define MSTATUS_SXL (3ull << 34)
#define MSTATUS_SD (1ull << 63)
#define MSTATUS_XL64 (2ull << 32 | 2ull << 34)

enum fs_state { FS_OFF = 0, FS_INITIAL = 1, FS_CLEAN = 2, FS_DIRTY = 3 };

/* The CSRs that hold state; computed ones (time, sstatus, sip, ...) live in csr.c. */
struct csrs {
    uint64_t mstatus;
    uint64_t medeleg, mideleg;
    uint64_t mie;
    uint64_t mip;                  /* the software-writable bits; devices drive irq_lines */
    uint64_t mtvec, stvec;
    uint64_t mscratch, sscratch;
    uint64_t mepc, sepc;
    uint64_t mcause, scause;
    uint64_t mtval, stval;
    uint64_t mcounteren, scounteren, mcountinhibit;
    uint64_t menvcfg, senvcfg;
    uint64_t stimecmp;
    uint64_t satp;
    uint64_t fflags, frm;
    uint8_t pmpcfg[16];
    uint64_t pmpaddr[16];
    /* mcycle/minstret: value = base + (retired - retired_at_base) while counting */
    uint64_t mcycle_base, mcycle_at;
    uint64_t minstret_base, minstret_at;
};

struct icache;
struct hart;

/* What struct hart_debug's access hook answers (bits). */
enum { HART_DEBUG_WATCHED_PAGE = 1, HART_DEBUG_STOP_BEFORE = 2 };

/* The debugger's hooks (installed by emu/debugger/dbg.c; NULL without a debugger). They
 * cost nothing on the fast path: a breakpoint is compiled into the decoded block that
 * holds its pc (icache.c), and a watched page never enters the fast TLB, so only the
 * slow path of loads and stores (mem.c) asks about watchpoints. */
struct hart_debug {
    void *ctx;
    /* Is there a breakpoint at virtual address pc? Asked when code is decoded. */
    bool (*has_break)(void *ctx, uint64_t pc);
    /* h is about to run the instruction at a breakpoint's pc (in a decoded block):
     * true stops h before it (h->pc = pc, h->leave set), false runs it. */
    bool (*break_hit)(void *ctx, struct hart *h, uint64_t pc);
    /* A load, store or AMO (acc MMU_STORE) of size bytes at va (pa) on the slow path,
     * before it happens. Returns HART_DEBUG_WATCHED_PAGE when the page of va or pa holds
     * a watchpoint: the access must then not be cached in the fast TLB. A hit either
     * sets h->leave (the hart stops right after the instruction) or also returns
     * HART_DEBUG_STOP_BEFORE: the access does not happen and the instruction does not
     * retire (EXC_DEBUG_STOP), which is what gdb's RISC-V watchpoints expect. */
    unsigned (*access)(void *ctx, struct hart *h, uint64_t va, uint64_t pa, unsigned size,
                       enum mmu_access acc);
    bool watching;   /* watchpoints exist: loads and stores end their decoded block */
};

/* A decoded instruction (emu/cpu/decode.h fills it; STYLE.md habit 2).
 *
 * Dispatch is threaded: a handler that completes normally tail-calls the next
 * instruction's handler (hart_next). A handler that leaves the block returns
 * hart_leave(d, code): its index in the block and one of the codes below, from which
 * the run loop counts the instructions that retired. */
struct insn;
typedef int (*insn_fn)(struct hart *h, const struct insn *d);

enum {
    EXEC_NEXT = 0,        /* (single-stepping only) the instruction completed normally */
    EXEC_RETIRED = 1,     /* this instruction completed and set h->pc: leave the block */
    EXEC_TRAPPED = 2,     /* this instruction did not retire: a trap was taken */
    EXEC_FALLTHROUGH = 3, /* the block's end marker: not an instruction, h->pc is set */
};
#define EXEC_CODE_BITS 2

struct insn {
    insn_fn fn;
    uint64_t pc;
    int32_t imm;
    uint16_t op;          /* enum opcode: index into the opcode table */
    uint8_t rd, rs1, rs2;        /* rd == 0 is stored as HART_XSINK */
    uint8_t rm;           /* funct3 (rounding mode) or aq/rl bits for AMOs */
    uint8_t len;          /* 2 for a compressed instruction, else 4 */
    uint8_t idx;          /* position in its block: instructions before it retired */
    uint32_t raw;         /* the fetched bits (16 bits for compressed) */
};

/* rs3 of the R4 format (fused multiply-add, never compressed) stays in the raw bits so
 * that struct insn fits 32 bytes. */
static inline unsigned insn_rs3(const struct insn *d)
{
    return d->raw >> 27;
}

_Static_assert(sizeof(struct insn) == 32, "decoded instructions are half a cache line");

#define HART_XSINK 32     /* writes to x0 land here and are never read */

static inline int hart_leave(const struct insn *d, int code)
{
    return (int)d->idx << EXEC_CODE_BITS | code;
}

static inline int hart_next(struct hart *h, const struct insn *d)
{
    return d[1].fn(h, d + 1);
}

struct hart_cluster;

struct hart {
    uint64_t x[33];
    uint64_t f[32];
    uint64_t pc;
    enum priv priv;
    struct csrs csr;
    uint64_t retired;           /* instructions retired since reset (drives minstret) */
    uint64_t retired_now;       /* during a CSR instruction: retired + its index in the block */
    uint32_t fp_flags;          /* scratch for the FPU's exception flags of one instruction */
    uint64_t hartid;

    /* LR/SC reservation (physical address of the reserved doubleword/word) */
    bool resv_valid;
    uint64_t resv_pa;

    uint64_t irq_lines;         /* mip bits driven by devices and Sstc */
    uint64_t irq_pending;       /* (mip | irq_lines) & mie, kept by hart_update_irqs() */

    bool wfi;                   /* stalled in WFI until an interrupt is pending */
    bool stuck;                 /* the trap handler's address itself traps: it never ends */
    unsigned trap_repeats;      /* consecutive identical exceptions at the trap vector */
    bool leave;                 /* stop the run loop at the next block boundary */
    bool debug_stopped;         /* the last instruction stopped before running (a watch) */
    bool trace_insn;            /* --trace insn: execute one at a time and print */

    struct mmu_fast tlb;        /* virtual page -> host pointer, per access kind */
    struct mmu_state mmu;       /* architectural TLB (ASID-tagged), A/D mode, last walk */
    struct bus *bus;
    struct icache *icache;
    struct hart_cluster *cluster;
    struct event_hub *hub;
    const uint64_t *mtime;      /* the board's clock, read by the time CSR and Sstc */
    const struct hart_debug *debug;   /* NULL unless a debugger is attached */

    /* Called after every instruction while trace_insn is set (the tracer, the debugger);
     * result is EXEC_RETIRED, or EXEC_TRAPPED when it raised an exception; ran_at is the
     * privilege it executed at. */
    void (*on_step)(void *ctx, struct hart *h, const struct insn *d, int result,
                    enum priv ran_at);
    void *on_step_ctx;
};

/* All harts of a machine: LR/SC reservations and code invalidation cross harts. */
#define HART_MAX 8
struct hart_cluster {
    struct hart *harts[HART_MAX];
    int count;
};

void hart_init(struct hart *h, uint64_t hartid, struct bus *bus, struct icache *ic,
               struct hart_cluster *cluster, struct event_hub *hub, const uint64_t *mtime);
void hart_reset(struct hart *h, uint64_t pc);

/* The misa value rvscope implements: RV64 IMAFDC with S and U modes. */
uint64_t hart_misa(void);

/* Run until about `budget` instructions have retired, the hart waits in WFI, or
 * h->leave is set. Returns the number of instructions retired. */
uint64_t hart_run(struct hart *h, uint64_t budget);

/* Recompute irq_pending after mip, mie or irq_lines changed. */
static inline void hart_update_irqs(struct hart *h)
{
    h->irq_pending = (h->csr.mip | h->irq_lines) & h->csr.mie;
}

/* The value software reads from mip. */
static inline uint64_t hart_mip(const struct hart *h)
{
    return h->csr.mip | h->irq_lines;
}

/* Device interrupt lines (MTIP, MSIP, MEIP, SEIP from the board) */
void hart_set_irq_line(struct hart *h, uint64_t mip_bit, bool level);
/* Re-evaluate Sstc's STIP after the clock moved. */
void hart_update_timer(struct hart *h);

static inline enum fs_state hart_fs(const struct hart *h)
{
    return (enum fs_state)((h->csr.mstatus & MSTATUS_FS) >> MSTATUS_FS_SHIFT);
}

/* Any write to FP state makes FS Dirty (priv spec §3.1.6.6). */
static inline void hart_fs_dirty(struct hart *h)
{
    h->csr.mstatus |= MSTATUS_FS | MSTATUS_SD;
}

/* The trap helpers used by instruction handlers: set state and return EXEC_TRAPPED. */
int hart_exception(struct hart *h, const struct insn *d, enum exception cause, uint64_t tval);
/* Enter privilege `to` as an xRET does: leaving M-mode clears mstatus.MPRV (priv spec
 * 1.12 §3.1.6.3), and the fast TLB's translations were made at the old privilege. */
void hart_set_priv(struct hart *h, enum priv to);
int hart_illegal(struct hart *h, const struct insn *d);

#endif
