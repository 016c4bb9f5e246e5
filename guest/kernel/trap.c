/*
 * Trap handling in C. Every trap goes through one of two functions:
 *   user_trap    a trap from user mode (system call, fault, or interrupt), entered
 *                from the trampoline on the process's kernel stack;
 *   kernel_trap  a trap while in the kernel, entered from kernelvec.S: only device
 *                and timer interrupts are expected; anything else is a kernel bug.
 * user_return is the way back to user mode, for a returning trap and for the first
 * run of a new process alike.
 */
#include "trap.h"
#include "disk.h"
#include "console.h"
#include "kernel.h"
#include "memlayout.h"
#include "proc.h"
#include "syscall.h"
#include "vm.h"

extern char uservec[], userret[];   /* trampoline.S */
void kernel_vector(void);           /* kernelvec.S */

enum interrupt_kind { NOT_AN_INTERRUPT, DEVICE_INTERRUPT, TIMER_INTERRUPT };

/* Point this hart's traps at the kernel vector. */
void trap_init_hart(void)
{
    csr_write(stvec, (uint64_t)kernel_vector);
}

/* Handle an interrupt described by scause, if it is one we know: the timer, or a
 * device interrupt routed through the PLIC. */
static enum interrupt_kind handle_interrupt(uint64_t scause)
{
    if (!(scause & SCAUSE_INTERRUPT))
        return NOT_AN_INTERRUPT;
    switch (scause & ~SCAUSE_INTERRUPT) {
    case IRQ_S_TIMER:
        timer_interrupt();
        return TIMER_INTERRUPT;
    case IRQ_S_EXTERNAL: {
        int irq = plic_claim();
        if (irq == UART0_IRQ)
            uart_interrupt();
        else if (irq != 0 && irq == disk_irq())
            disk_interrupt();
        else if (irq != 0)
            kprintf("unexpected interrupt from PLIC source %d\n", irq);
        if (irq)
            plic_complete(irq);
        return DEVICE_INTERRUPT;
    }
    default:
        return NOT_AN_INTERRUPT;
    }
}

/* The kind of access a page-fault cause reports. */
/* A name for an exception cause, for messages. */
static const char *exception_name(uint64_t scause)
{
    static const char *const names[] = {
        [EXC_INSN_MISALIGNED] = "misaligned instruction", [EXC_INSN_ACCESS] = "instruction access fault",
        [EXC_ILLEGAL_INSN] = "illegal instruction", [EXC_BREAKPOINT] = "breakpoint",
        [EXC_LOAD_MISALIGNED] = "misaligned load", [EXC_LOAD_ACCESS] = "load access fault",
        [EXC_STORE_MISALIGNED] = "misaligned store", [EXC_STORE_ACCESS] = "store access fault",
        [EXC_ECALL_U] = "ecall from U-mode", [EXC_ECALL_S] = "ecall from S-mode",
        [EXC_INSN_PAGE_FAULT] = "instruction page fault", [EXC_LOAD_PAGE_FAULT] = "load page fault",
        [EXC_STORE_PAGE_FAULT] = "store page fault",
    };
    if (scause < ARRAY_SIZE(names) && names[scause])
        return names[scause];
    return "unknown exception";
}

static enum access fault_access(uint64_t scause)
{
    switch (scause) {
    case EXC_STORE_PAGE_FAULT: return ACCESS_WRITE;
    case EXC_INSN_PAGE_FAULT: return ACCESS_EXEC;
    default: return ACCESS_READ;
    }
}

/* A trap from user mode, on the process's kernel stack, with interrupts off. */
void user_trap(void)
{
    if (csr_read(sstatus) & SSTATUS_SPP)
        panic("user_trap: not from user mode");
    csr_write(stvec, (uint64_t)kernel_vector);  /* now traps are the kernel's */

    struct proc *p = current_proc();
    p->trapframe->epc = csr_read(sepc);
    uint64_t scause = csr_read(scause), stval = csr_read(stval);
    enum interrupt_kind irq = NOT_AN_INTERRUPT;

    if (scause == EXC_ECALL_U) {
        if (proc_killed(p))
            proc_exit(-1);
        p->trapframe->epc += 4;                 /* resume after the ecall */
        intr_on();
        syscall();
    } else if ((irq = handle_interrupt(scause)) != NOT_AN_INTERRUPT) {
        /* handled */
    } else if (scause == EXC_LOAD_PAGE_FAULT || scause == EXC_STORE_PAGE_FAULT ||
               scause == EXC_INSN_PAGE_FAULT) {
        enum fault_result r = vm_fault(p, stval, fault_access(scause));
        if (r != FAULT_RESOLVED) {
            kprintf("pid %d (%s): %s at %p, pc %p%s: killed\n", p->pid, p->name,
                    exception_name(scause), (void *)stval, (void *)p->trapframe->epc,
                    r == FAULT_NO_MEMORY ? ", out of memory" : "");
            proc_set_killed(p);
        }
    } else {
        kprintf("pid %d (%s): %s (stval %p) at pc %p: killed\n", p->pid, p->name,
                exception_name(scause), (void *)stval, (void *)p->trapframe->epc);
        proc_set_killed(p);
    }

    if (proc_killed(p))
        proc_exit(-1);
    if (irq == TIMER_INTERRUPT)
        yield();
    user_return();
}

/* Return to user mode: aim stvec at uservec, record in the trapframe what the next
 * uservec needs, set sepc/sstatus for sret, and jump to the trampoline's userret,
 * which switches to the process's page table. */
void user_return(void)
{
    struct proc *p = current_proc();
    intr_off();     /* until sret: a trap now would go to uservec with kernel state */

    uint64_t trampoline_uservec = TRAMPOLINE + (uint64_t)(uservec - trampoline);
    csr_write(stvec, trampoline_uservec);

    p->trapframe->kernel_satp = csr_read(satp);
    p->trapframe->kernel_sp = p->kstack + KSTACK_SIZE;
    p->trapframe->kernel_trap = (uint64_t)user_trap;
    p->trapframe->kernel_hartid = read_tp();

    uint64_t sstatus = csr_read(sstatus);
    sstatus &= ~SSTATUS_SPP;                    /* sret to user mode */
    sstatus |= SSTATUS_SPIE;                    /* with interrupts on */
    csr_write(sstatus, sstatus);
    csr_write(sepc, p->trapframe->epc);

    typedef void (*userret_fn)(uint64_t satp, uint64_t trapframe_va);
    userret_fn enter_user = (userret_fn)(TRAMPOLINE + (uint64_t)(userret - trampoline));
    enter_user(MAKE_SATP(p->pagetable), TRAPFRAME);
    __builtin_unreachable();
}

/* A trap in supervisor mode, on whatever kernel stack was in use. A timer interrupt
 * preempts the running process (kernel code is preemptible too). */
void kernel_trap(void)
{
    uint64_t sepc = csr_read(sepc), sstatus = csr_read(sstatus);
    uint64_t scause = csr_read(scause);
    if (!(sstatus & SSTATUS_SPP))
        panic("kernel_trap: not from supervisor mode");
    if (intr_enabled())
        panic("kernel_trap: interrupts enabled");

    enum interrupt_kind irq = handle_interrupt(scause);
    if (irq == NOT_AN_INTERRUPT)
        panic("kernel trap: %s (scause %lu) stval %p sepc %p", exception_name(scause), scause,
              (void *)csr_read(stval), (void *)sepc);

    struct proc *p = current_proc();
    if (irq == TIMER_INTERRUPT && p != 0 && p->state == P_RUNNING)
        yield();

    /* yield() may have run other traps: put back what sret needs. */
    csr_write(sepc, sepc);
    csr_write(sstatus, sstatus);
}
