/*
 * The timer, with the Sstc extension: each hart sets its own stimecmp CSR; the
 * supervisor timer interrupt is pending while time >= stimecmp (Sstc spec, §2).
 * Writing a later stimecmp clears it. Each interrupt re-arms the timer one tick
 * ahead and, via trap.c, preempts the running process. Hart 0 also counts ticks,
 * the clock of sleep() and uptime().
 */
#include "trap.h"
#include "kernel.h"
#include "param.h"
#include "riscv.h"
#include "sched.h"

uint64_t ticks;
struct spinlock ticks_lock;
static uint64_t tick_interval;      /* time-CSR units per tick */

/* Set the tick length from the frequency of the time CSR. */
void timer_init(uint64_t timebase_hz)
{
    spin_init(&ticks_lock, "ticks");
    tick_interval = timebase_hz / TICK_HZ;
}

/* Arm this hart's first tick and enable the timer interrupt. */
void timer_init_hart(void)
{
    csr_write(stimecmp, csr_read(time) + tick_interval);
    csr_set(sie, IE_STIE);
}

/* The supervisor timer interrupt: re-arm, and count the tick on hart 0. */
void timer_interrupt(void)
{
    csr_write(stimecmp, csr_read(time) + tick_interval);
    if (cpu_id() == 0) {
        spin_lock(&ticks_lock);
        ticks++;
        wakeup(&ticks);
        spin_unlock(&ticks_lock);
    }
}
