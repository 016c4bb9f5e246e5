/*
 * Processes: the process table and the life cycle of a process.
 *
 *   proc_alloc   a free slot -> P_USED, with a pid, a trapframe, an empty address
 *                space and a kernel context that starts in fork_return
 *   proc_fork    a copy of the caller (memory shared copy-on-write) -> P_RUNNABLE
 *   proc_exit    close everything, give children to init -> P_ZOMBIE
 *   proc_wait    the parent reaps a zombie child -> P_UNUSED
 *
 * Locks: p->lock guards a process's state, chan, killed, exit_status and pid;
 * proc_tree_lock guards every parent pointer (so exit's re-parenting and wait's
 * search see a consistent tree). Take proc_tree_lock first when both are needed.
 */
#include "proc.h"
#include "buddy.h"
#include "file.h"
#include "fs.h"
#include "kernel.h"
#include "log.h"
#include "memlayout.h"
#include "trap.h"
#include "vm.h"

struct proc proc_table[NPROC];
struct spinlock proc_tree_lock;
static struct proc *init_proc;
static int next_pid = 1;

/* Give every slot its lock and its kernel stack (mapped by kvm_init). */
void proc_init(void)
{
    spin_init(&proc_tree_lock, "proc_tree");
    for (int i = 0; i < NPROC; i++) {
        spin_init(&proc_table[i].lock, "proc");
        proc_table[i].state = P_UNUSED;
        proc_table[i].kstack = KSTACK(i);
    }
}

/* The process running on this hart, or 0 in the scheduler. */
struct proc *current_proc(void)
{
    intr_push();
    struct proc *p = this_cpu()->proc;
    intr_pop();
    return p;
}

/* Where a new process's kernel thread starts: the scheduler switched here holding
 * p->lock; release it and "return" to user mode with the trapframe fork copied. */
static void fork_return(void)
{
    spin_unlock(&current_proc()->lock);
    user_return();
}

/* Release everything a slot owns and mark it unused. Caller holds p->lock. */
static void proc_free(struct proc *p)
{
    if (p->pagetable)
        uvm_destroy(p->pagetable);
    if (p->trapframe)
        page_release(p->trapframe);
    p->pagetable = 0;
    p->trapframe = 0;
    p->sz = p->heap_base = 0;
    p->pid = 0;
    p->parent = 0;
    p->name[0] = 0;
    p->chan = 0;
    p->killed = 0;
    p->exit_status = 0;
    p->state = P_UNUSED;
}

/* Find an unused slot and make it a process: pid, trapframe page, address space
 * with only the trampoline and trapframe, kernel context entering fork_return.
 * Returns it with p->lock held, or 0 if the table or memory is full. */
static struct proc *proc_alloc(void)
{
    struct proc *p;
    for (p = proc_table; p < &proc_table[NPROC]; p++) {
        spin_lock(&p->lock);
        if (p->state == P_UNUSED)
            break;
        spin_unlock(&p->lock);
    }
    if (p == &proc_table[NPROC])
        return 0;

    p->pid = __atomic_fetch_add(&next_pid, 1, __ATOMIC_RELAXED);
    p->state = P_USED;
    if ((p->trapframe = page_alloc()) == 0 || (p->pagetable = uvm_create(p->trapframe)) == 0) {
        proc_free(p);
        spin_unlock(&p->lock);
        return 0;
    }
    memset(&p->context, 0, sizeof p->context);
    p->context.ra = (uint64_t)fork_return;
    p->context.sp = p->kstack + KSTACK_SIZE;
    return p;
}

/* The first process starts here, in the kernel: mount the file system (that needs
 * a process, since disk I/O sleeps), then become /init by exec. */
static void init_process_start(void)
{
    struct proc *p = current_proc();
    spin_unlock(&p->lock);
    fs_init(ROOTDEV);
    tx_begin();
    p->cwd = path_resolve("/", 1);
    tx_end();
    if (p->cwd == 0)
        panic("no root directory");
    char *argv[] = { "init", 0 };
    if (exec("/init", argv) < 0)
        panic("cannot exec /init");
    user_return();
}

/* Create process 1, which becomes /init. */
void proc_spawn_init(void)
{
    struct proc *p = proc_alloc();
    if (p == 0)
        panic("proc_spawn_init: no memory");
    init_proc = p;
    p->context.ra = (uint64_t)init_process_start;
    strlcpy(p->name, "init", sizeof p->name);
    p->state = P_RUNNABLE;
    spin_unlock(&p->lock);
}

/* fork(): a new process with a copy-on-write copy of the caller's memory, the same
 * open files and directory, returning 0 in the child. Returns the child's pid to
 * the parent, or -1 if the process table or memory is full. */
int proc_fork(void)
{
    struct proc *p = current_proc();
    struct proc *np = proc_alloc();
    if (np == 0)
        return -1;
    if (uvm_share_cow(p->pagetable, np->pagetable) != 0) {
        proc_free(np);
        spin_unlock(&np->lock);
        return -1;
    }
    np->sz = p->sz;
    np->heap_base = p->heap_base;
    *np->trapframe = *p->trapframe;
    np->trapframe->regs[REG_A0] = 0;          /* fork() returns 0 in the child */
    for (int fd = 0; fd < NOFILE; fd++)
        if (p->ofile[fd])
            np->ofile[fd] = file_dup(p->ofile[fd]);
    np->cwd = inode_dup(p->cwd);
    memcpy(np->name, p->name, sizeof np->name);
    int pid = np->pid;
    spin_unlock(&np->lock);

    spin_lock(&proc_tree_lock);
    np->parent = p;
    spin_unlock(&proc_tree_lock);

    spin_lock(&np->lock);
    np->state = P_RUNNABLE;
    spin_unlock(&np->lock);
    return pid;
}

/* exit(): close files, leave the directory, hand children to init, wake the parent
 * and become a zombie until it waits. If init itself exits the machine powers off
 * with init's status. Does not return. */
void proc_exit(int status)
{
    struct proc *p = current_proc();
    if (p == init_proc) {
        kprintf("init exited (status %d): powering off\n", status);
        poweroff(status);
    }
    for (int fd = 0; fd < NOFILE; fd++) {
        if (p->ofile[fd]) {
            file_close(p->ofile[fd]);
            p->ofile[fd] = 0;
        }
    }
    if (p->cwd) {
        tx_begin();
        inode_put(p->cwd);
        tx_end();
        p->cwd = 0;
    }

    spin_lock(&proc_tree_lock);
    for (struct proc *c = proc_table; c < &proc_table[NPROC]; c++) {
        if (c->parent == p) {
            c->parent = init_proc;
            wakeup(init_proc);              /* c may be a zombie already */
        }
    }
    wakeup(p->parent);
    spin_lock(&p->lock);
    p->exit_status = status;
    p->state = P_ZOMBIE;
    spin_unlock(&proc_tree_lock);
    sched();
    panic("zombie ran again");
}

/* wait(): sleep until a child exits, free its slot, store its exit status at the
 * user address status_addr (unless 0). Returns the child's pid, or -1 if there are
 * no children, the caller was killed, or status_addr is bad. */
int proc_wait(uint64_t status_addr)
{
    struct proc *p = current_proc();
    spin_lock(&proc_tree_lock);
    for (;;) {
        int have_children = 0;
        for (struct proc *c = proc_table; c < &proc_table[NPROC]; c++) {
            if (c->parent != p)
                continue;
            have_children = 1;
            spin_lock(&c->lock);
            if (c->state == P_ZOMBIE) {
                int pid = c->pid, status = c->exit_status;
                if (status_addr && copy_to_user(status_addr, &status, sizeof status) != 0) {
                    spin_unlock(&c->lock);
                    spin_unlock(&proc_tree_lock);
                    return -1;
                }
                proc_free(c);
                spin_unlock(&c->lock);
                spin_unlock(&proc_tree_lock);
                return pid;
            }
            spin_unlock(&c->lock);
        }
        if (!have_children || proc_killed(p)) {
            spin_unlock(&proc_tree_lock);
            return -1;
        }
        sleep(p, &proc_tree_lock);          /* exit() wakes the parent */
    }
}

/* kill(): mark process pid killed; it exits when it next leaves the kernel (a
 * sleeping process is woken so that it notices). Returns 0, or -1 if no such pid. */
int proc_kill(int pid)
{
    for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++) {
        spin_lock(&p->lock);
        if (p->pid == pid && p->state != P_UNUSED) {
            p->killed = 1;
            if (p->state == P_SLEEPING)
                p->state = P_RUNNABLE;
            spin_unlock(&p->lock);
            return 0;
        }
        spin_unlock(&p->lock);
    }
    return -1;
}

/* Has p been killed? */
int proc_killed(struct proc *p)
{
    spin_lock(&p->lock);
    int k = p->killed;
    spin_unlock(&p->lock);
    return k;
}

/* Mark p killed (after a fatal fault). */
void proc_set_killed(struct proc *p)
{
    spin_lock(&p->lock);
    p->killed = 1;
    spin_unlock(&p->lock);
}

/* procinfo(): copy a struct procinfo for each live process (at most max) to the
 * user array at buf. Returns the number copied, or -1 if buf is bad or max < 0. */
int proc_info(uint64_t buf, int max)
{
    if (max < 0)
        return -1;
    int n = 0;
    for (struct proc *p = proc_table; p < &proc_table[NPROC] && n < max; p++) {
        struct procinfo info;
        memset(&info, 0, sizeof info);
        spin_lock(&proc_tree_lock);
        spin_lock(&p->lock);
        int live = p->state != P_UNUSED;
        if (live) {
            info.pid = p->pid;
            info.ppid = p->parent ? p->parent->pid : 0;
            info.state = p->state;
            info.killed = p->killed;
            info.size = p->sz;
            memcpy(info.name, p->name, sizeof info.name);
        }
        spin_unlock(&p->lock);
        spin_unlock(&proc_tree_lock);
        if (!live)
            continue;
        if (copy_to_user(buf + (uint64_t)n * sizeof info, &info, sizeof info) != 0)
            return -1;
        n++;
    }
    return n;
}

/* List processes on the console (^P). Takes no locks, so it works even when the
 * kernel is wedged; the listing may be slightly inconsistent. */
void proc_dump(void)
{
    static const char *const names[] = {
        [P_UNUSED] = "unused", [P_USED] = "used", [P_SLEEPING] = "sleep",
        [P_RUNNABLE] = "ready", [P_RUNNING] = "run", [P_ZOMBIE] = "zombie",
    };
    kprintf("\n");
    for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++) {
        if (p->state == P_UNUSED)
            continue;
        kprintf("%d %s %s %lu bytes\n", p->pid, names[p->state], p->name, p->sz);
    }
}
