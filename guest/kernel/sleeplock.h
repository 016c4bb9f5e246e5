/*
 * Sleep-locks (sleeplock.c): locks held for a long time, across disk I/O. A waiter
 * sleeps instead of spinning, and interrupts stay on while the lock is held.
 * Only processes may take them (the scheduler and interrupt handlers may not sleep).
 */
#ifndef KERNEL_SLEEPLOCK_H
#define KERNEL_SLEEPLOCK_H

#include "spinlock.h"

struct sleeplock {
    int locked;
    struct spinlock guard;      /* protects locked and pid */
    const char *name;
    int pid;                    /* holder */
};

void sleeplock_init(struct sleeplock *lk, const char *name);
void sleeplock_acquire(struct sleeplock *lk);
void sleeplock_release(struct sleeplock *lk);
int sleeplock_held(struct sleeplock *lk);

#endif
