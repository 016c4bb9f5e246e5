/*
 * System calls about processes, memory and time. Arguments and results as in
 * syscalls.def; every handler returns -1 on any error.
 */
#include "buddy.h"
#include "fs_format.h"
#include "kernel.h"
#include "memlayout.h"
#include "proc.h"
#include "syscall.h"
#include "trap.h"
#include "vm.h"

/* fork() -> child pid in the parent, 0 in the child */
int64_t sys_fork(void)
{
    return proc_fork();
}

/* exit(status): does not return */
int64_t sys_exit(void)
{
    proc_exit(arg_int(0));
}

/* wait(int *status) -> pid of an exited child */
int64_t sys_wait(void)
{
    return proc_wait(arg_addr(0));
}

/* kill(pid) */
int64_t sys_kill(void)
{
    int pid = arg_int(0);
    return pid > 0 ? proc_kill(pid) : -1;
}

/* getpid() */
int64_t sys_getpid(void)
{
    return current_proc()->pid;
}

/* exec(path, argv): copy the path and the argument strings into the kernel (the
 * strings packed into one page), then replace the process image. */
int64_t sys_exec(void)
{
    char path[MAXPATH];
    if (arg_string(0, path, sizeof path) < 0)
        return -1;
    uint64_t uargv = arg_addr(1);
    char *strings = page_alloc();
    if (strings == 0)
        return -1;
    char *argv[MAXARG + 1];
    uint64_t used = 0;
    int64_t result = -1;
    for (int i = 0;; i++) {
        uint64_t uarg;
        if (i > MAXARG || copy_from_user(&uarg, uargv + 8 * (uint64_t)i, sizeof uarg) != 0)
            goto out;
        if (uarg == 0) {
            argv[i] = 0;
            break;
        }
        int len = copy_string_from_user(strings + used, uarg, PGSIZE - used);
        if (len < 0)
            goto out;
        argv[i] = strings + used;
        used += (uint64_t)len + 1;
    }
    result = exec(path, argv);
out:
    page_release(strings);
    return result;
}

/* sbrk(n): move the break by n bytes and return the old one. Growing is lazy: only
 * the break moves, and pages appear on first touch (pagefault.c); it fails if the
 * new break would pass USER_TOP or if there are fewer free pages than the growth
 * needs (a promise that will probably be kept). Shrinking frees the pages above the
 * new break at once; the heap cannot shrink below where it started. */
int64_t sys_sbrk(void)
{
    struct proc *p = current_proc();
    int64_t n = arg_int(0);
    uint64_t old = p->sz;
    if (n > 0) {
        if (old + (uint64_t)n > USER_TOP || (uint64_t)n / PGSIZE > free_page_count())
            return -1;
        p->sz = old + (uint64_t)n;
    } else if (n < 0) {
        if ((uint64_t)-n > old - p->heap_base)
            return -1;
        p->sz = old - (uint64_t)-n;
        uvm_unmap(p->pagetable, PGROUNDUP(p->sz), PGROUNDUP(old));
    }
    return (int64_t)old;
}

/* sleep(n): wait n clock ticks. -1 if n < 0 or killed while waiting. */
int64_t sys_sleep(void)
{
    int n = arg_int(0);
    if (n < 0)
        return -1;
    spin_lock(&ticks_lock);
    uint64_t start = ticks;
    while (ticks - start < (uint64_t)n) {
        if (proc_killed(current_proc())) {
            spin_unlock(&ticks_lock);
            return -1;
        }
        sleep(&ticks, &ticks_lock);
    }
    spin_unlock(&ticks_lock);
    return 0;
}

/* uptime() -> clock ticks since boot */
int64_t sys_uptime(void)
{
    spin_lock(&ticks_lock);
    uint64_t t = ticks;
    spin_unlock(&ticks_lock);
    return (int64_t)t;
}

/* procinfo(struct procinfo *buf, max) -> entries filled (proc.c: proc_info) */
int64_t sys_procinfo(void)
{
    return proc_info(arg_addr(0), arg_int(1));
}

/* freemem() -> free physical pages */
int64_t sys_freemem(void)
{
    return (int64_t)free_page_count();
}
