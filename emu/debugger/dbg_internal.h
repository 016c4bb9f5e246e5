/*
 * What the files of emu/debugger share and front ends do not need: the debugger's state
 * and the helpers that read the machine the way a person wants to see it (symbols, the
 * bundled kernel's processes and system calls, SBI names, trace lines).
 */
#ifndef RVSCOPE_DBG_INTERNAL_H
#define RVSCOPE_DBG_INTERNAL_H

#include "dbg.h"

#include "../../guest/include/kdebug.h"

#define DBG_MAX_POINTS 128
#define DBG_MAX_SYMFILES 16
#define DBG_PENDING_CALLS 64
#define DBG_LINE 256

/* A symbol table and the addresses it describes. */
struct dbg_symfile {
    char label[64];             /* "kernel", "firmware", or a user program's name */
    const struct symtab *tab;
    struct symtab own;          /* user programs: read by the debugger (symbols.c) */
    uint64_t low, high;         /* addresses it names: [low, high) */
    bool user;                  /* names user addresses of the process called label */
    bool missing;               /* a user program whose ELF was not found (cached) */
};

/* The last trap of a hart, with what explain needs. */
struct dbg_trap_record {
    bool valid;
    struct event ev;            /* EV_TRAP */
    uint64_t satp;              /* satp at the trap */
    bool has_walk;              /* page faults: the walk of tval at the moment of the trap */
    struct walk walk;
    bool has_proc;              /* the process it happened in (kernel-aware) */
    int pid;
    char name[32];
};

/* An ecall waiting for the xRET that returns from it (for its return value). */
struct dbg_pending_call {
    bool used;
    int hart, priv, pid;        /* pid -1: not known; then matched by root */
    uint64_t root;              /* satp's root table at the ecall */
    uint64_t seq;               /* age, to reuse the oldest slot */
    bool sbi;
    char call[DBG_LINE];        /* "write(1, 0x2f80, 6)" */
    char who[64];               /* "pid 3 (sh)" or "" */
};

struct dbg_trace {
    unsigned kinds;
    FILE *live;
    char (*lines)[DBG_LINE];    /* DBG_TRACE_RING lines, allocated at first use */
    size_t head, count;         /* oldest line, lines kept */
};

/* A process of the bundled kernel, read through kernel_debug_info (kdebug.h). */
struct dbg_proc {
    int slot, pid, ppid, state;
    char name[32];
    uint64_t addr;              /* kernel address of its struct proc */
    uint64_t pagetable;         /* physical address of its root page table */
    uint64_t trapframe;         /* kernel address of its trapframe */
};

struct dbg {
    struct machine *m;
    struct hart_debug hooks;

    struct dbg_point points[DBG_MAX_POINTS];
    size_t npoints;
    int next_id;
    uint64_t *break_pcs;        /* sorted pcs of every breakpoint (has_break) */
    size_t nbreak_pcs;

    struct dbg_stop stop;       /* the first reason found during the current run */
    bool watch_before;          /* dbg_watch_stop_before() */
    /* The access a hart stopped before: when it runs again (same hart, same count of
     * retired instructions, same address) it does not stop again. hart -1: none. */
    struct { int hart; uint64_t retired, va; } resume;
    bool skip[HART_MAX];        /* hart stopped on a breakpoint it has not run yet */
    uint64_t skip_pc[HART_MAX];

    int stepping;               /* the hart dbg_step runs, or -1 */
    uint64_t steps, step_target;   /* instructions stepped so far; where to pause */
    dbg_step_fn step_fn;
    void *step_ctx;
    bool step_irq_valid;
    struct event step_irq;
    void (*prev_on_step[HART_MAX])(void *, struct hart *, const struct insn *, int,
                                   enum priv);
    void *prev_on_step_ctx[HART_MAX];

    uint32_t sub_mask;          /* event kinds subscribed to now */
    struct dbg_trap_record last_trap[HART_MAX];
    struct dbg_trap_record last_fault[HART_MAX];   /* exceptions but ecall and ebreak */
    int last_trap_hart;         /* the hart that trapped last, -1 none */
    struct dbg_pending_call pending[DBG_PENDING_CALLS];
    uint64_t pending_seq;
    int npending[2];            /* slots in use: [0] system calls, [1] SBI calls */
    struct dbg_trace trace;

    struct dbg_symfile syms[DBG_MAX_SYMFILES];
    int nsyms;
    char user_dir[512];         /* where user programs' ELFs are ("" none) */

    bool guest_mid_line;        /* the guest's console output ended inside a line */
    struct { dbg_poll_fn fn; void *ctx; } pollers[DBG_MAX_POLLERS];
    int npollers;

    bool kinfo_tried, kinfo_ok;
    uint64_t kinfo_addr;
    struct kernel_debug_info kinfo;
};

/* --- dbg.c --- */
/* Record why the machine stops (the first reason of a run wins) and stop it. */
void dbg_note_stop(struct dbg *d, const struct dbg_stop *s);
/* A device's DMA (EV_DMA): stop on the physical watchpoints it touches. */
void dbg_watch_dma(struct dbg *d, const struct event *ev);
/* Read through a given satp (Bare: physical). */
bool dbg_read_satp(struct dbg *d, int hart, uint64_t satp, uint64_t addr, void *buf,
                   size_t len);
/* A NUL-terminated string of at most len-1 bytes; false if not even one byte reads. */
bool dbg_read_string(struct dbg *d, int hart, uint64_t satp, uint64_t addr, char *buf,
                     size_t len);
/* Kernel data: physical when addr is in RAM (an identity-mapped kernel), else virtual
 * through the hart's satp. */
bool dbg_read_kernel(struct dbg *d, int hart, uint64_t addr, void *buf, size_t len);

/* --- dbg_events.c --- */
/* Subscribe to exactly the event kinds that breakpoints and tracing need now. */
void dbg_events_update(struct dbg *d);
void dbg_events_detach(struct dbg *d);

/* --- trace.c --- */
void dbg_trace_add(struct dbg *d, const char *line);
void dbg_trace_free(struct dbg *d);
/* An event, as a trace line if its kind is traced (ecall returns are matched here). */
void dbg_trace_event(struct dbg *d, const struct event *ev);
/* What an event was, in words: "write(1, 0x2f80, 6)", "sret to 0x1004 <main+4>", ... */
void dbg_event_text(struct dbg *d, const struct event *ev, char *buf, size_t len);

/* --- kernel.c: the bundled kernel's structures (kdebug.h, syscalls.def, uapi.h) --- */
bool dbg_kernel_info(struct dbg *d);
/* Processes in use, at most max; returns how many. */
int dbg_procs(struct dbg *d, struct dbg_proc *out, int max);
bool dbg_proc_by_pid(struct dbg *d, int pid, struct dbg_proc *p);
/* The process whose page table is rooted at root (physical). */
bool dbg_proc_by_root(struct dbg *d, uint64_t root, struct dbg_proc *p);
/* The process hart `hart` runs: the one whose page table is in satp, else the running
 * process whose trapframe says it last left from this hart. */
bool dbg_proc_current(struct dbg *d, int hart, struct dbg_proc *p);
const char *dbg_proc_state_name(int state);
/* The kernel's own satp, as the trapframes keep it for the trampoline (TF_KERNEL_SATP). */
bool dbg_kernel_satp(struct dbg *d, uint64_t *satp);
/* "pid 3 (sh)" for the process hart runs, or "" */
void dbg_proc_label(struct dbg *d, int hart, char *buf, size_t len);

const char *dbg_syscall_name(uint64_t num);
int dbg_syscall_number(const char *name);
/* Completion: the i-th syscall name, NULL past the end. */
const char *dbg_syscall_name_at(size_t i);
/* "write(1, 0x2f80, 6)" from a7 and a0..a5, strings read through satp. */
void dbg_format_syscall(struct dbg *d, int hart, uint64_t satp, const uint64_t a[8],
                        char *buf, size_t len);
/* "TIME set_timer(0x1234)" / "legacy console_putchar(0x68 'h')" from a6, a7, a0..a5. */
void dbg_format_sbi(const uint64_t a[8], char *buf, size_t len);
/* "error 0 (success), value 0x0" */
void dbg_format_sbi_return(uint64_t a0, uint64_t a1, char *buf, size_t len);
/* SBI extension id for a name ("TIME", "legacy"...), -1 if unknown. */
int64_t dbg_sbi_extension(const char *name);
const char *dbg_sbi_extension_at(size_t i);
const char *dbg_sbi_extension_name(uint64_t eid);

/* --- symbols.c --- */
/* "name" or "name+0x10" for addr, seen from hart (user programs by its process). */
bool dbg_symbolize(struct dbg *d, int hart, uint64_t addr, char *buf, size_t len);
/* The symbol addr itself belongs to (nearest at or below it, in a table's range; not
 * through a translation), or NULL. */
const struct symbol *dbg_symbol_find(struct dbg *d, int hart, uint64_t addr);
bool dbg_symbol_lookup(struct dbg *d, int hart, const char *name, uint64_t *addr);
/* Which table named addr ("kernel", a program name), or NULL. */
const char *dbg_symbol_source(struct dbg *d, int hart, uint64_t addr);
/* Completion: the i-th symbol name of every table, NULL past the end. */
const char *dbg_symbol_name_at(struct dbg *d, size_t i);
bool dbg_set_user_dir(struct dbg *d, const char *dir, char *err, size_t len);
void dbg_symbols_free(struct dbg *d);
/* Load an ELF's symbol table without loading the program (libelf). */
bool dbg_load_elf_symbols(const char *path, struct symtab *t, uint64_t *low, uint64_t *high,
                          char *err, size_t len);

/* --- satp fields (priv spec §4.1.11) --- */
static inline unsigned satp_mode(uint64_t satp) { return (unsigned)(satp >> SATP_MODE_SHIFT); }
static inline uint64_t satp_asid(uint64_t satp)
{
    return (uint64_t)((satp >> SATP_ASID_SHIFT) & SATP_ASID_MASK);
}
static inline uint64_t satp_root(uint64_t satp) { return (uint64_t)((satp & SATP_PPN_MASK) << 12); }

/* --- shared formatting --- */
/* snprintf that may truncate (composed lines are cut at their buffer's end). */
void dbg_fmt(char *buf, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
const char *dbg_priv_name(int priv);          /* "U", "S", "M" */
/* "Sv39 asid 0 root 0x87fff000" (Bare: "Bare") */
void dbg_format_satp(uint64_t satp, char *buf, size_t len);

#endif
