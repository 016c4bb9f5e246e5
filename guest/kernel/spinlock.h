/*
 * Spinlocks (spinlock.c): mutual exclusion between harts for short critical
 * sections. Holding one keeps interrupts off on this hart, so an interrupt handler
 * can never spin on a lock its own hart holds.
 */
#ifndef KERNEL_SPINLOCK_H
#define KERNEL_SPINLOCK_H

#include <stdint.h>

struct spinlock {
    volatile uint32_t locked;   /* 0 = free, 1 = held */
    const char *name;           /* for panics */
    int hart;                   /* holder's hart id, -1 when free */
};

void spin_init(struct spinlock *lk, const char *name);
void spin_lock(struct spinlock *lk);
void spin_unlock(struct spinlock *lk);
int spin_held(struct spinlock *lk);

/* Interrupt-disable nesting: intr_push()/intr_pop() pairs, like parentheses. */
void intr_push(void);
void intr_pop(void);

#endif
