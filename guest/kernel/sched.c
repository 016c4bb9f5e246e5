/*
 * Scheduling: each hart runs scheduler(), a loop that picks a runnable process and
 * switches to it (swtch.S). A process gives the hart back by calling sched() with
 * its own lock held - from yield() (timer preemption), sleep() or exit() - which
 * switches back into the loop. So the hand-over is always process -> scheduler ->
 * process, and p->lock is held across every switch: the scheduler takes it before
 * switching to p, and p releases it once running (and the other way around).
 *
 * sleep/wakeup: a process sleeps on a "channel" (any address) and is woken by a
 * wakeup() on that channel. The lost-wakeup problem is solved by the condition
 * lock: the sleeper holds it while checking the condition and only releases it
 * inside sleep(), after taking p->lock, which wakeup() must also take.
 */
#include "sched.h"
#include "kernel.h"
#include "proc.h"

struct cpu cpus[NCPU];

/* This hart's scheduler loop, entered once from main() and never left. Round
 * robin: scan the table, run every runnable process in turn; when none is, wait
 * for an interrupt. */
void scheduler(void)
{
    struct cpu *c = this_cpu();
    c->proc = 0;
    for (;;) {
        intr_on();          /* devices may need to wake a process first */
        int ran = 0;
        for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++) {
            spin_lock(&p->lock);
            if (p->state == P_RUNNABLE) {
                p->state = P_RUNNING;
                c->proc = p;
                swtch(&c->scheduler, &p->context);
                c->proc = 0;    /* p is back in sched() of another state */
                ran = 1;
            }
            spin_unlock(&p->lock);
        }
        if (!ran)
            wfi();
    }
}

/* Switch from the current process to this hart's scheduler. The caller holds
 * p->lock (and no other lock) and has changed p->state from P_RUNNING. Returns when
 * the scheduler picks p again, possibly on another hart. */
void sched(void)
{
    struct proc *p = current_proc();
    struct cpu *c = this_cpu();
    if (!spin_held(&p->lock))
        panic("sched: p->lock not held");
    if (c->intr_depth != 1)
        panic("sched: other locks held");
    if (p->state == P_RUNNING)
        panic("sched: process still running");
    if (intr_enabled())
        panic("sched: interrupts on");
    /* intr_were_on belongs to this kernel thread, not to the hart. */
    int were_on = c->intr_were_on;
    swtch(&p->context, &c->scheduler);
    this_cpu()->intr_were_on = were_on;
}

/* Give up the hart for one round (timer preemption). */
void yield(void)
{
    struct proc *p = current_proc();
    spin_lock(&p->lock);
    p->state = P_RUNNABLE;
    sched();
    spin_unlock(&p->lock);
}

/* Atomically release lk and sleep on chan; reacquire lk when woken. Callers loop
 * on their condition: a wakeup only says "look again" (and kill() wakes too). */
void sleep(const void *chan, struct spinlock *lk)
{
    struct proc *p = current_proc();
    spin_lock(&p->lock);        /* wakeup() needs it too: no wakeup is lost */
    spin_unlock(lk);
    p->chan = chan;
    p->state = P_SLEEPING;
    sched();
    p->chan = 0;
    spin_unlock(&p->lock);
    spin_lock(lk);
}

/* Make every process sleeping on chan runnable. Call with the condition's lock
 * held (the one the sleepers passed to sleep()). */
void wakeup(const void *chan)
{
    struct proc *self = current_proc();
    for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++) {
        if (p == self)
            continue;
        spin_lock(&p->lock);
        if (p->state == P_SLEEPING && p->chan == chan)
            p->state = P_RUNNABLE;
        spin_unlock(&p->lock);
    }
}
