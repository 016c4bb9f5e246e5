/*
 * Compile-time limits of the kernel: table sizes and tuning knobs, all in one place.
 */
#ifndef KERNEL_PARAM_H
#define KERNEL_PARAM_H

#define NCPU          8     /* harts we can drive; extra harts park in entry.S */
#define NPROC         64    /* process table slots */
#define NOFILE        16    /* open files per process */
#define NINODE        50    /* in-memory inode cache entries */
#define NBUF          128   /* buffer cache blocks (a commit holds 2 * LOGSIZE) */
#define NDEV          4     /* device-file majors (devsw table) */
#define MAXARG        32    /* exec arguments */
#define MAXOPBLOCKS   10    /* most blocks one file-system operation may log */
#define ROOTDEV       1     /* device number of the disk holding "/" */
#define KSTACK_PAGES  2     /* kernel stack of each process (plus one guard page) */
#define BOOT_STACK_SIZE 8192 /* per-hart stack used by start, main and the scheduler */
#define TICK_HZ       100   /* timer interrupts per second (one tick = 10 ms) */
#define USTACK_PAGES  1     /* user stack created by exec, below it one guard page */

#endif
