/*
 * Harts and scheduling: the per-hart state (struct cpu), kernel-thread contexts and
 * context switch (swtch.S), the scheduler loop, and sleep/wakeup (sched.c).
 */
#ifndef KERNEL_SCHED_H
#define KERNEL_SCHED_H

#include <stddef.h>
#include <stdint.h>

#include "asm_layout.h"
#include "param.h"
#include "riscv.h"

struct proc;
struct spinlock;

/* Callee-saved registers of a kernel thread, saved and restored by swtch(). The
 * caller-saved ones are on the thread's stack already, by the C calling convention. */
struct context {
    uint64_t ra;
    uint64_t sp;
    uint64_t s[12];
};
_Static_assert(offsetof(struct context, ra) == CTX_RA, "CTX_RA");
_Static_assert(offsetof(struct context, sp) == CTX_SP, "CTX_SP");
_Static_assert(offsetof(struct context, s[11]) == CTX_S(11), "CTX_S");
_Static_assert(sizeof(struct context) == CTX_SIZE, "CTX_SIZE");

/* One per hart. */
struct cpu {
    struct proc *proc;          /* process running on this hart, or 0 */
    struct context scheduler;   /* swtch() here to enter this hart's scheduler loop */
    int intr_depth;             /* nesting of intr_push() */
    int intr_were_on;           /* were interrupts on before the outermost intr_push? */
};

extern struct cpu cpus[NCPU];

/* The id of this hart. Call with interrupts off: a process may move to another
 * hart the moment interrupts allow a timer preemption. */
static inline int cpu_id(void) { return (int)read_tp(); }
static inline struct cpu *this_cpu(void) { return &cpus[cpu_id()]; }

/* swtch.S: save callee-saved registers in *from, load them from *to. */
void swtch(struct context *from, struct context *to);

/* sched.c */
__attribute__((noreturn)) void scheduler(void);
void sched(void);
void yield(void);
void sleep(const void *chan, struct spinlock *lk);
void wakeup(const void *chan);

#endif
