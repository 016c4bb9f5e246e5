/*
 * rvscope's debugger core: run control, breakpoints, watchpoints and event breakpoints
 * over one machine, all-stop (when one hart stops, every hart stops).
 *
 *   front ends:  REPL (repl.c)   GDB stub (later)   SDL2 viewer (later)
 *                     \               |                 /
 *                      dbg_continue / dbg_step / dbg_request_stop
 *                      dbg_*_insert / dbg_delete, dbg_read / dbg_translate
 *                                     |
 *   machine_run / machine_step  +  hart_debug hooks (hart.h)  +  the event hub
 *
 * A front end never runs or stops harts itself; it asks here and gets a struct dbg_stop
 * saying why the machine stopped. Registers and CSRs are read straight from struct hart
 * (emu/cpu/hart.h) and csr_peek() (emu/cpu/csr.h).
 */
#ifndef RVSCOPE_DBG_H
#define RVSCOPE_DBG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../events.h"
#include "../loader.h"
#include "../machine.h"

struct dbg;

/* ------------------------------------------------------------------ life */

/* Attach a debugger to m (before or after it ran). Returns NULL when out of memory. */
struct dbg *dbg_new(struct machine *m);
/* Detach: hooks and subscriptions removed, the machine runs on unobserved. */
void dbg_free(struct dbg *d);

/* Symbols for names in output and for commands: the kernel (or program), firmware, and
 * user programs (dbg_set_user_dir). The table must outlive d. */
void dbg_add_symbols(struct dbg *d, const char *label, const struct symtab *t,
                     uint64_t low, uint64_t high);

/* ------------------------------------------------------------------ stops */

enum dbg_stop_kind {
    DBG_STOP_NONE,      /* nothing happened yet */
    DBG_STOP_STEP,      /* the steps asked for are done */
    DBG_STOP_BREAK,     /* a hart reached a breakpoint's pc (not executed yet) */
    DBG_STOP_WATCH,     /* a load, store or DMA touched a watchpoint (see .before) */
    DBG_STOP_EVENT,     /* an event breakpoint matched (stopped right after the event) */
    DBG_STOP_REQUEST,   /* dbg_request_stop(): Ctrl-A c, Ctrl-C, a GDB interrupt */
    DBG_STOP_MACHINE,   /* the machine ended (guest exit, deadlock, ...): see .machine */
};

struct dbg_stop {
    enum dbg_stop_kind kind;
    int hart;                   /* the hart that stopped (-1: none in particular) */
    int id;                     /* the breakpoint/watchpoint number (0: internal) */
    enum machine_stop machine;  /* DBG_STOP_MACHINE: why */
    struct event ev;            /* DBG_STOP_EVENT: the event */
    /* DBG_STOP_WATCH: the access (the old value is what memory held before it);
     * DBG_STOP_BREAK: va is the breakpoint's pc */
    uint64_t va, pa;
    unsigned size;
    bool write;
    bool has_old;
    uint64_t old_value;
    /* DBG_STOP_WATCH: the hart stopped before the access (dbg_watch_stop_before), so
     * its pc is the accessing instruction; else it stopped right after it. */
    bool before;
    /* DBG_STOP_WATCH by a device's DMA (hart -1): the device's name */
    const char *device;
};

/* ------------------------------------------------------------------ run control */

/* Run every hart until a breakpoint, watchpoint, event breakpoint, a stop request or the
 * end of the machine. A hart sitting on a breakpoint's pc runs that instruction first
 * (so continuing from a breakpoint moves on). Fills *why (may be NULL) and returns its
 * kind. */
enum dbg_stop_kind dbg_continue(struct dbg *d, struct dbg_stop *why);

/* Run hart `hart` alone for n instructions, one at a time (the other harts wait). Stops
 * early when the pc reaches a breakpoint (the starting pc does not count), at a
 * watchpoint, an event breakpoint or a stop request, or when the hart waits in WFI for
 * an interrupt only other harts could bring. Time and devices advance as in a run. */
enum dbg_stop_kind dbg_step(struct dbg *d, int hart, uint64_t n, struct dbg_stop *why);

/* Called after each instruction dbg_step runs: the instruction, its result (EXEC_RETIRED
 * or EXEC_TRAPPED), its privilege, and the interrupt taken just before it, if any. */
typedef void (*dbg_step_fn)(void *ctx, struct hart *h, const struct insn *insn, int result,
                            enum priv ran_at, const struct event *irq);
void dbg_on_step(struct dbg *d, dbg_step_fn fn, void *ctx);

/* Ask a running dbg_continue or dbg_step to stop soon (DBG_STOP_REQUEST); asked while
 * stopped, the next run stops at once. Only sets flags: safe from a signal handler, or
 * from a poller (below). */
void dbg_request_stop(struct dbg *d);

/* A front end's poll while the machine runs: called after every round (about every
 * 10000 instructions per hart) and every step chunk, to read its input (a GDB client's
 * Ctrl-C, a window's events) and maybe dbg_request_stop(). At most DBG_MAX_POLLERS;
 * false when full. */
#define DBG_MAX_POLLERS 4
typedef void (*dbg_poll_fn)(void *ctx);
bool dbg_add_poller(struct dbg *d, dbg_poll_fn fn, void *ctx);
void dbg_remove_poller(struct dbg *d, dbg_poll_fn fn, void *ctx);

/* The machine has ended (guest exit, reset, deadlock, stuck hart, instruction limit):
 * nothing can run any more. */
bool dbg_machine_ended(const struct dbg *d);

/* ------------------------------------------------------------------ breakpoints */

/* Conditions of a pc breakpoint; -1 (or root 0) = any. root: the physical address of the
 * root page table in satp (one process's address space). */
struct dbg_cond {
    int hart;
    int priv;        /* PRIV_U, PRIV_S, PRIV_M */
    int asid;
    uint64_t root;
};
#define DBG_COND_ANY ((struct dbg_cond){-1, -1, -1, 0})

enum dbg_event_break {
    DBG_EV_ECALL,       /* code: a7 (-1 any); priv: the caller's privilege (-1 any) */
    DBG_EV_SATP,        /* any satp write */
    DBG_EV_TRAP,        /* code: the xcause value (-1 any exception or interrupt) */
    DBG_EV_SRET_USER,   /* an sret to U-mode */
    DBG_EV_PRIV,        /* priv: a trap or xRET enters this privilege from another one */
    DBG_EV_INTERRUPT,   /* code: the interrupt number (-1 any) */
};

enum { DBG_WATCH_READ = 1, DBG_WATCH_WRITE = 2 };

enum dbg_point_kind { DBG_POINT_BREAK, DBG_POINT_WATCH, DBG_POINT_EVENT };

enum {
    DBG_TEMPORARY = 1,   /* deleted when it stops the machine (tbreak) */
    DBG_INTERNAL = 2,    /* until/next: not listed, deleted at the next stop */
};

struct dbg_point {
    int id;                     /* 1, 2, ... in creation order; 0 for internal ones */
    enum dbg_point_kind kind;
    unsigned flags;             /* DBG_TEMPORARY, DBG_INTERNAL */
    uint64_t hits;
    uint64_t addr;              /* BREAK: pc; WATCH: first byte */
    struct dbg_cond cond;       /* BREAK */
    uint64_t len;               /* WATCH: bytes */
    bool physical;              /* WATCH: addr is physical */
    unsigned access;            /* WATCH: DBG_WATCH_READ | DBG_WATCH_WRITE */
    enum dbg_event_break event; /* EVENT */
    int priv;                   /* EVENT: see enum dbg_event_break (-1 any) */
    int64_t code;               /* EVENT: see enum dbg_event_break (-1 any) */
};

/* Each returns the new point's id (0 for internal ones), or -1 when the table is full. */
int dbg_break_insert(struct dbg *d, uint64_t pc, const struct dbg_cond *c, unsigned flags);
int dbg_watch_insert(struct dbg *d, uint64_t addr, uint64_t len, bool physical,
                     unsigned access);
int dbg_event_insert(struct dbg *d, enum dbg_event_break what, int priv, int64_t code);
/* Where a hart's watchpoint hit stops it: right after the access (the default, so the
 * new value can be shown) or before it, the instruction not run, as gdb's RISC-V target
 * expects (gdb then steps over it with its watchpoints removed). A device's DMA always
 * stops the machine after the transfer. */
void dbg_watch_stop_before(struct dbg *d, bool before);
/* Delete point `id`; false if there is none. */
bool dbg_delete(struct dbg *d, int id);
/* Delete every point a user made (internal ones stay). */
void dbg_delete_all(struct dbg *d);
/* The points, internal ones included, in creation order. */
size_t dbg_point_count(const struct dbg *d);
const struct dbg_point *dbg_point_get(const struct dbg *d, size_t i);

/* ------------------------------------------------------------------ the machine's memory */

/* Translate va as the debugger sees memory on hart `hart`: through its satp whenever the
 * mode is not Bare (as S-mode, or as U-mode for U pages; no side effects), else va = pa.
 * The walk is kept in *w when w is not NULL. Returns false when it faults. */
bool dbg_translate(struct dbg *d, int hart, uint64_t va, enum mmu_access acc, uint64_t *pa,
                   struct walk *w);
/* Read len bytes of RAM at addr: physical, or virtual on hart `hart` (page by page). No
 * device is ever read (registers have side effects). Returns false if any byte cannot. */
bool dbg_read(struct dbg *d, int hart, uint64_t addr, bool physical, void *buf, size_t len);
/* Write RAM the same way; decoded code in the pages written is dropped. */
bool dbg_write(struct dbg *d, int hart, uint64_t addr, bool physical, const void *buf,
               size_t len);

/* ------------------------------------------------------------------ tracing */

enum dbg_trace_kind {
    DBG_TRACE_SATP = 1u << 0,
    DBG_TRACE_ECALL = 1u << 1,
    DBG_TRACE_TRAP = 1u << 2,        /* exceptions */
    DBG_TRACE_INTERRUPT = 1u << 3,
    DBG_TRACE_MMIO = 1u << 4,
    DBG_TRACE_PAGEWALK = 1u << 5,
    DBG_TRACE_XRET = 1u << 6,        /* mret, sret (the prompt's `trace trap` has them) */
};

/* Turn tracing of `kinds` on or off. Every traced event becomes one line, kept in a ring
 * of the last DBG_TRACE_RING lines and, if `live` is not NULL, printed there as it
 * happens. */
#define DBG_TRACE_RING 4096
void dbg_trace_set(struct dbg *d, unsigned kinds, bool on);
unsigned dbg_trace_kinds(const struct dbg *d);
void dbg_trace_live(struct dbg *d, FILE *live);
/* The last n lines (0: all kept) to out; save writes them all to a file. */
void dbg_trace_show(struct dbg *d, FILE *out, size_t n);
bool dbg_trace_save(struct dbg *d, const char *path);

#endif
