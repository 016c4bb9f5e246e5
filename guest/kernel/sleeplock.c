/*
 * Sleep-locks: a flag protected by a spinlock, with sleep/wakeup on the lock itself
 * as the waiting channel.
 */
#include "sleeplock.h"
#include "proc.h"
#include "sched.h"

/* Make lk a free sleep-lock called `name`. */
void sleeplock_init(struct sleeplock *lk, const char *name)
{
    spin_init(&lk->guard, "sleeplock");
    lk->name = name;
    lk->locked = 0;
    lk->pid = 0;
}

/* Wait (sleeping) until lk is free, then take it for the current process. */
void sleeplock_acquire(struct sleeplock *lk)
{
    spin_lock(&lk->guard);
    while (lk->locked)
        sleep(lk, &lk->guard);
    lk->locked = 1;
    lk->pid = current_proc()->pid;
    spin_unlock(&lk->guard);
}

/* Release lk and wake everyone waiting for it. */
void sleeplock_release(struct sleeplock *lk)
{
    spin_lock(&lk->guard);
    lk->locked = 0;
    lk->pid = 0;
    wakeup(lk);
    spin_unlock(&lk->guard);
}

/* Does the current process hold lk? */
int sleeplock_held(struct sleeplock *lk)
{
    spin_lock(&lk->guard);
    int held = lk->locked && lk->pid == current_proc()->pid;
    spin_unlock(&lk->guard);
    return held;
}
