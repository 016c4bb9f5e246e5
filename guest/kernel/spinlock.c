/*
 * Spinlocks. A lock is one word, taken with an atomic swap (A extension, amoswap.w
 * with acquire ordering) and released with a swap of 0 with release ordering, so the
 * critical section's loads and stores stay inside it (unprivileged spec, chapter 8
 * "A" and the RVWMO memory model).
 *
 * Interrupts stay off on a hart while it holds any spinlock: otherwise a device or
 * timer interrupt arriving while the lock is held could spin on it forever.
 */
#include "spinlock.h"
#include "kernel.h"
#include "riscv.h"
#include "sched.h"

/* Atomically store `val` at *p and return the old value; acquire ordering. */
static inline uint32_t amoswap_acquire(volatile uint32_t *p, uint32_t val)
{
    uint32_t old;
    __asm__ volatile("amoswap.w.aq %0, %2, (%1)" : "=r"(old) : "r"(p), "r"(val) : "memory");
    return old;
}

/* Atomically store 0 at *p; release ordering. */
static inline void amoswap_release_zero(volatile uint32_t *p)
{
    __asm__ volatile("amoswap.w.rl zero, zero, (%0)" : : "r"(p) : "memory");
}

/* Make lk a free lock called `name`. */
void spin_init(struct spinlock *lk, const char *name)
{
    lk->locked = 0;
    lk->name = name;
    lk->hart = -1;
}

/* Spin until lk is ours. Interrupts are off until the matching spin_unlock().
 * Taking a lock this hart already holds is a deadlock, so it panics. */
void spin_lock(struct spinlock *lk)
{
    intr_push();
    if (spin_held(lk))
        panic("spin_lock: %s already held by this hart", lk->name);
    while (amoswap_acquire(&lk->locked, 1) != 0)
        ;
    lk->hart = cpu_id();
}

/* Release lk, which this hart must hold. */
void spin_unlock(struct spinlock *lk)
{
    if (!spin_held(lk))
        panic("spin_unlock: %s not held", lk->name);
    lk->hart = -1;
    amoswap_release_zero(&lk->locked);
    intr_pop();
}

/* Does this hart hold lk? Call with interrupts off. */
int spin_held(struct spinlock *lk)
{
    return lk->locked && lk->hart == cpu_id();
}

/* Turn interrupts off and count one level of nesting; the first level remembers
 * whether they were on. */
void intr_push(void)
{
    int were_on = intr_enabled();
    intr_off();
    struct cpu *c = this_cpu();
    if (c->intr_depth == 0)
        c->intr_were_on = were_on;
    c->intr_depth++;
}

/* Undo one intr_push(); the last one turns interrupts back on if they were on. */
void intr_pop(void)
{
    struct cpu *c = this_cpu();
    if (intr_enabled())
        panic("intr_pop: interrupts are on");
    if (c->intr_depth < 1)
        panic("intr_pop: unbalanced");
    c->intr_depth--;
    if (c->intr_depth == 0 && c->intr_were_on)
        intr_on();
}
