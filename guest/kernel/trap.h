/*
 * Traps: from user mode through the trampoline (trampoline.S -> user_trap), from
 * kernel mode (kernelvec.S -> kernel_trap), and the devices that interrupt: the
 * PLIC (plic.c) and the timer (timer.c).
 */
#ifndef KERNEL_TRAP_H
#define KERNEL_TRAP_H

#include <stdint.h>

#include "spinlock.h"

/* trap.c */
void trap_init_hart(void);
void user_trap(void);
__attribute__((noreturn)) void user_return(void);
void kernel_trap(void);

/* plic.c */
void plic_init(void);
void plic_init_hart(void);
int plic_claim(void);
void plic_complete(int irq);

/* timer.c */
extern uint64_t ticks;                  /* timer ticks since boot (TICK_HZ per second) */
extern struct spinlock ticks_lock;      /* guards ticks; sleep(&ticks) for the next tick */
void timer_init(uint64_t timebase_hz);
void timer_init_hart(void);
void timer_interrupt(void);

#endif
