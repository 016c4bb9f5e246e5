/* System instructions: ecall/ebreak (unpriv spec §2.8), xRET, WFI and SFENCE.VMA (priv
 * spec 1.12 §3.3, §4.2.1), FENCE.I (Zifencei). */
#include "decode.h"

static int next(struct hart *h, const struct insn *d)
{
    h->pc = d->pc + d->len;
    return hart_leave(d, EXEC_RETIRED);
}

static void emit_ecall(struct hart *h, const struct insn *d)
{
    struct event ev = {.kind = EV_ECALL, .hart = (int)h->hartid, .pc = d->pc, .priv = h->priv};
    for (int i = 0; i < 8; i++)
        ev.u.ecall.a[i] = h->x[10 + i];
    events_deliver(h->hub, &ev);
}

int exec_ecall(struct hart *h, const struct insn *d)
{
    static const enum exception cause[4] = {EXC_ECALL_U, EXC_ECALL_S, EXC_ILLEGAL_INSN,
                                            EXC_ECALL_M};
    if (events_wanted(h->hub, EV_ECALL))
        emit_ecall(h, d);
    return hart_exception(h, d, cause[h->priv], 0);
}

int exec_ebreak(struct hart *h, const struct insn *d)
{
    return hart_exception(h, d, EXC_BREAKPOINT, d->pc);
}

static void emit_xret(struct hart *h, const struct insn *d, enum priv from, bool sret)
{
    struct event ev = {.kind = EV_XRET, .hart = (int)h->hartid, .pc = d->pc, .priv = from};
    ev.u.xret.epc = h->pc;
    ev.u.xret.from = from;
    ev.u.xret.to = h->priv;
    ev.u.xret.sret = sret;
    events_deliver(h->hub, &ev);
}

/* The privilege change of an xRET; leaving M-mode clears MPRV (priv spec §3.1.6.3). */
void hart_set_priv(struct hart *h, enum priv to)
{
    if (to != PRIV_M)
        h->csr.mstatus &= ~MSTATUS_MPRV;
    if (to != h->priv)
        mmu_flush_fast(&h->tlb);
    h->priv = to;
}

int exec_mret(struct hart *h, const struct insn *d)
{
    if (h->priv != PRIV_M)
        return hart_illegal(h, d);
    uint64_t st = h->csr.mstatus;
    enum priv from = h->priv;
    enum priv to = (enum priv)((st & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT);
    st = (st & ~MSTATUS_MIE) | ((st & MSTATUS_MPIE) ? MSTATUS_MIE : 0);
    st = (st | MSTATUS_MPIE) & ~MSTATUS_MPP;   /* MPP <- U, the least privileged mode */
    h->csr.mstatus = st;
    h->pc = h->csr.mepc;
    hart_set_priv(h, to);
    if (events_wanted(h->hub, EV_XRET))
        emit_xret(h, d, from, false);
    return hart_leave(d, EXEC_RETIRED);
}

int exec_sret(struct hart *h, const struct insn *d)
{
    if (h->priv == PRIV_U || (h->priv == PRIV_S && (h->csr.mstatus & MSTATUS_TSR)))
        return hart_illegal(h, d);
    uint64_t st = h->csr.mstatus;
    enum priv from = h->priv;
    enum priv to = (st & MSTATUS_SPP) ? PRIV_S : PRIV_U;
    st = (st & ~MSTATUS_SIE) | ((st & MSTATUS_SPIE) ? MSTATUS_SIE : 0);
    st = (st | MSTATUS_SPIE) & ~MSTATUS_SPP;
    h->csr.mstatus = st;
    h->pc = h->csr.sepc;
    hart_set_priv(h, to);
    if (events_wanted(h->hub, EV_XRET))
        emit_xret(h, d, from, true);
    return hart_leave(d, EXEC_RETIRED);
}

/* WFI: illegal in U-mode, and in S-mode when mstatus.TW is set (priv spec §3.1.6.5);
 * rvscope's time limit for both is zero. */
int exec_wfi(struct hart *h, const struct insn *d)
{
    if (h->priv == PRIV_U || (h->priv == PRIV_S && (h->csr.mstatus & MSTATUS_TW)))
        return hart_illegal(h, d);
    if (!h->irq_pending)
        h->wfi = true;
    return next(h, d);
}

/* Stores already invalidate decoded code as they happen (icache.c), so FENCE.I only has
 * to end the block. */
int exec_fence_i(struct hart *h, const struct insn *d)
{
    return next(h, d);
}

int exec_sfence_vma(struct hart *h, const struct insn *d)
{
    if (h->priv == PRIV_U || (h->priv == PRIV_S && (h->csr.mstatus & MSTATUS_TVM)))
        return hart_illegal(h, d);
    struct mmu_fence f = {.one_va = d->rs1 != 0, .va = h->x[d->rs1],
                          .one_asid = d->rs2 != 0, .asid = h->x[d->rs2]};
    mmu_sfence_vma(h, &f);
    return next(h, d);
}
