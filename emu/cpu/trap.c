/*
 * Every trap goes through trap_deliver() (STYLE.md habit 4): priv spec 1.12 §3.1.6.1
 * (xIE/xPIE/xPP stacking), §3.1.8 (delegation), §3.1.7 (xtvec modes), §3.1.9
 * (interrupt priority and enables).
 */
#include "trap.h"

#include "hart.h"

static const char *const exception_names[16] = {
    [EXC_INSN_MISALIGNED] = "instruction address misaligned",
    [EXC_INSN_ACCESS] = "instruction access fault",
    [EXC_ILLEGAL_INSN] = "illegal instruction",
    [EXC_BREAKPOINT] = "breakpoint",
    [EXC_LOAD_MISALIGNED] = "load address misaligned",
    [EXC_LOAD_ACCESS] = "load access fault",
    [EXC_STORE_MISALIGNED] = "store/AMO address misaligned",
    [EXC_STORE_ACCESS] = "store/AMO access fault",
    [EXC_ECALL_U] = "environment call from U-mode",
    [EXC_ECALL_S] = "environment call from S-mode",
    [EXC_ECALL_M] = "environment call from M-mode",
    [EXC_INSN_PAGE_FAULT] = "instruction page fault",
    [EXC_LOAD_PAGE_FAULT] = "load page fault",
    [EXC_STORE_PAGE_FAULT] = "store/AMO page fault",
};

static const char *const interrupt_names[12] = {
    [IRQ_S_SOFT] = "supervisor software interrupt",
    [IRQ_M_SOFT] = "machine software interrupt",
    [IRQ_S_TIMER] = "supervisor timer interrupt",
    [IRQ_M_TIMER] = "machine timer interrupt",
    [IRQ_S_EXT] = "supervisor external interrupt",
    [IRQ_M_EXT] = "machine external interrupt",
};

const char *trap_cause_name(uint64_t cause)
{
    uint64_t code = cause & ~CAUSE_INTERRUPT;
    const char *name = NULL;
    if (cause & CAUSE_INTERRUPT)
        name = code < 12 ? interrupt_names[code] : NULL;
    else
        name = code < 16 ? exception_names[code] : NULL;
    return name ? name : "reserved";
}

static void trap_emit(struct hart *h, uint64_t cause, uint64_t tval, uint64_t epc,
                      enum priv from)
{
    struct event ev = {.kind = EV_TRAP, .hart = (int)h->hartid, .pc = epc, .priv = from};
    ev.u.trap.cause = cause;
    ev.u.trap.tval = tval;
    ev.u.trap.epc = epc;
    ev.u.trap.from = from;
    ev.u.trap.to = h->priv;
    ev.u.trap.interrupt = (cause & CAUSE_INTERRUPT) != 0;
    events_deliver(h->hub, &ev);
}

static uint64_t tvec_target(uint64_t tvec, uint64_t cause)
{
    uint64_t base = tvec & ~3ull;
    if ((tvec & 3) == 1 && (cause & CAUSE_INTERRUPT))
        return base + 4 * (cause & ~CAUSE_INTERRUPT);
    return base;
}

static void trap_deliver(struct hart *h, uint64_t cause, uint64_t tval, uint64_t epc)
{
    uint64_t code = cause & ~CAUSE_INTERRUPT;
    uint64_t deleg = (cause & CAUSE_INTERRUPT) ? h->csr.mideleg : h->csr.medeleg;
    enum priv from = h->priv;
    uint64_t st = h->csr.mstatus;
    if (from <= PRIV_S && code < 64 && ((deleg >> code) & 1)) {
        h->csr.sepc = epc;
        h->csr.scause = cause;
        h->csr.stval = tval;
        st = (st & ~MSTATUS_SPIE) | ((st & MSTATUS_SIE) ? MSTATUS_SPIE : 0);
        st = (st & ~(MSTATUS_SIE | MSTATUS_SPP)) | (from == PRIV_S ? MSTATUS_SPP : 0);
        h->priv = PRIV_S;
        h->pc = tvec_target(h->csr.stvec, cause);
    } else {
        h->csr.mepc = epc;
        h->csr.mcause = cause;
        h->csr.mtval = tval;
        st = (st & ~MSTATUS_MPIE) | ((st & MSTATUS_MIE) ? MSTATUS_MPIE : 0);
        st = (st & ~(MSTATUS_MIE | MSTATUS_MPP)) | ((uint64_t)from << MSTATUS_MPP_SHIFT);
        h->priv = PRIV_M;
        h->pc = tvec_target(h->csr.mtvec, cause);
    }
    h->csr.mstatus = st;
    h->resv_valid = false;   /* a trap breaks the LR/SC sequence */
    h->wfi = false;
    if (h->priv != from)
        mmu_flush_fast(&h->tlb);
    if (events_wanted(h->hub, EV_TRAP))
        trap_emit(h, cause, tval, epc, from);
}

/* An exception raised at the very address it vectors to, with the same cause, will be
 * raised again forever (e.g. mtvec pointing at unmapped memory): after a few repeats,
 * flag the hart as stuck so the machine can stop and say why instead of spinning. */
#define TRAP_STUCK_REPEATS 3

void trap_take_exception(struct hart *h, enum exception cause, uint64_t tval, uint64_t epc)
{
    uint64_t old_cause = h->priv == PRIV_M ? h->csr.mcause : h->csr.scause;
    trap_deliver(h, (uint64_t)cause, tval, epc);
    if (h->pc == epc && old_cause == (uint64_t)cause) {
        if (++h->trap_repeats >= TRAP_STUCK_REPEATS) {
            h->stuck = true;
            h->leave = true;
        }
    } else {
        h->trap_repeats = 0;
    }
}

/* Highest priority first (priv spec §3.1.9). */
static const int irq_priority[] = {IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER,
                                   IRQ_S_EXT, IRQ_S_SOFT, IRQ_S_TIMER};

int trap_pending_interrupt(const struct hart *h)
{
    uint64_t pending = h->irq_pending;
    if (!pending)
        return -1;
    uint64_t st = h->csr.mstatus;
    bool m_on = h->priv < PRIV_M || (st & MSTATUS_MIE);
    bool s_on = h->priv < PRIV_S || (h->priv == PRIV_S && (st & MSTATUS_SIE));
    uint64_t m_set = m_on ? pending & ~h->csr.mideleg : 0;
    uint64_t s_set = s_on ? pending & h->csr.mideleg : 0;
    uint64_t take = m_set ? m_set : s_set;
    for (unsigned i = 0; i < sizeof(irq_priority) / sizeof(irq_priority[0]); i++)
        if ((take >> irq_priority[i]) & 1)
            return irq_priority[i];
    return -1;
}

int trap_take_pending_interrupt(struct hart *h)
{
    int irq = trap_pending_interrupt(h);
    if (irq < 0)
        return 0;
    trap_deliver(h, CAUSE_INTERRUPT | (uint64_t)irq, 0, h->pc);
    return 1;
}
