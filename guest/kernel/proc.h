/*
 * Processes (proc.c): the process table, the trapframe, and the life cycle of a
 * process: created by fork (or as the first process), replaced by exec (exec.c),
 * finished by exit, reaped by wait.
 */
#ifndef KERNEL_PROC_H
#define KERNEL_PROC_H

#include <stddef.h>
#include <stdint.h>

#include "kdebug.h"
#include "param.h"
#include "riscv.h"
#include "sched.h"
#include "spinlock.h"
#include "uapi.h"

/* The user registers saved by the trampoline on every trap from user mode, and what
 * the trampoline needs to enter the kernel. One page per process, mapped at
 * TRAPFRAME in its address space. The layout is fixed by kdebug.h (rvscope's
 * debugger decodes it) and used by trampoline.S. */
struct trapframe {
    uint64_t regs[32];          /* x1..x31 in regs[1..31]; regs[0] unused */
    uint64_t epc;               /* user pc: where the trap happened / where to resume */
    uint64_t kernel_satp;       /* kernel page table, for the trampoline to switch to */
    uint64_t kernel_sp;         /* top of this process's kernel stack */
    uint64_t kernel_trap;       /* user_trap() */
    uint64_t kernel_hartid;     /* hart id, reloaded into tp */
};
_Static_assert(offsetof(struct trapframe, regs) == TF_REGS, "TF_REGS");
_Static_assert(offsetof(struct trapframe, epc) == TF_EPC, "TF_EPC");
_Static_assert(offsetof(struct trapframe, kernel_satp) == TF_KERNEL_SATP, "TF_KERNEL_SATP");
_Static_assert(offsetof(struct trapframe, kernel_sp) == TF_KERNEL_SP, "TF_KERNEL_SP");
_Static_assert(offsetof(struct trapframe, kernel_trap) == TF_KERNEL_TRAP, "TF_KERNEL_TRAP");
_Static_assert(offsetof(struct trapframe, kernel_hartid) == TF_KERNEL_HARTID, "TF_KERNEL_HARTID");
_Static_assert(sizeof(struct trapframe) == TF_SIZE, "TF_SIZE");

/* Register numbers (regs[] indexes) the kernel reads or sets. */
enum { REG_RA = 1, REG_SP = 2, REG_A0 = 10, REG_A1 = 11, REG_A7 = 17 };

/* Process states, numbered as procinfo reports them (uapi.h). */
enum proc_state {
    P_UNUSED = PI_UNUSED,       /* free slot */
    P_USED = PI_USED,           /* being set up or torn down */
    P_SLEEPING = PI_SLEEPING,   /* waiting on chan */
    P_RUNNABLE = PI_RUNNABLE,   /* ready to run */
    P_RUNNING = PI_RUNNING,     /* running on some hart */
    P_ZOMBIE = PI_ZOMBIE,       /* exited, waiting for its parent's wait() */
};

struct file;
struct inode;

struct proc {
    struct spinlock lock;

    /* protected by lock */
    enum proc_state state;
    const void *chan;           /* sleeping on this channel */
    int killed;                 /* kill() was called: exit at the next chance */
    int exit_status;            /* for the parent's wait() */
    int pid;

    /* protected by proc_tree_lock */
    struct proc *parent;

    /* private to the process (or to whoever is creating or reaping it) */
    uint64_t kstack;            /* bottom of the kernel stack (KSTACK(slot)) */
    uint64_t sz;                /* the break: user memory is [0, sz) ... */
    uint64_t heap_base;         /* ... of which [heap_base, sz) is sbrk's heap */
    pagetable_t pagetable;      /* user address space */
    struct trapframe *trapframe;
    struct context context;     /* swtch() here to run the process */
    struct file *ofile[NOFILE]; /* open files, indexed by fd */
    struct inode *cwd;
    char name[PROCINFO_NAME];
};

extern struct proc proc_table[NPROC];
extern struct spinlock proc_tree_lock;

void proc_init(void);
struct proc *current_proc(void);
void proc_spawn_init(void);
int proc_fork(void);
__attribute__((noreturn)) void proc_exit(int status);
int proc_wait(uint64_t status_addr);
int proc_kill(int pid);
int proc_killed(struct proc *p);
void proc_set_killed(struct proc *p);
int proc_info(uint64_t buf, int max);
void proc_dump(void);

/* exec.c */
int exec(const char *path, char *const argv[]);

#endif
