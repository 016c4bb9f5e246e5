/*
 * mmu_translate and friends: the entry points of emu/mmu (see mmu.h for the picture).
 *
 * Every translation fills a struct walk (the caller's record, or scratch): the inputs,
 * the steps of a page walk when one happens, and the outcome. The page-table walk is in
 * walk.c, the TLB in tlb.c, PMP in pmp.c.
 */
#include "mmu_internal.h"

#include <string.h>

/* ------------------------------------------------------------------ the fast TLB */

void mmu_flush_fast_kind(struct mmu_fast *t, enum mmu_access acc)
{
    for (unsigned i = 0; i < MMU_FAST_SIZE; i++)
        t->kind[acc][i].vpage = MMU_NO_PAGE;
    t->fill_ok[acc] = MMU_NO_PAGE;
}

void mmu_flush_fast(struct mmu_fast *t)
{
    mmu_flush_fast_kind(t, MMU_FETCH);
    mmu_flush_fast_kind(t, MMU_LOAD);
    mmu_flush_fast_kind(t, MMU_STORE);
    t->super_pages = false;
}

bool mmu_fast_fill(struct mmu_fast *t, enum mmu_access acc, uint64_t va, uint8_t *host)
{
    if (t->fill_ok[acc] != va >> 12)
        return false;
    struct mmu_fast_entry *e = &t->kind[acc][(va >> 12) & (MMU_FAST_SIZE - 1)];
    e->vpage = va >> 12;
    e->addend = (uintptr_t)host - (uintptr_t)va;
    return true;
}

/* Drop the fast entries of one virtual page, in every kind. */
static void flush_fast_page(struct mmu_fast *t, uint64_t vpage)
{
    for (int k = 0; k < 3; k++) {
        struct mmu_fast_entry *e = &t->kind[k][vpage & (MMU_FAST_SIZE - 1)];
        if (e->vpage == vpage)
            e->vpage = MMU_NO_PAGE;
    }
}

/* ------------------------------------------------------------------ per-hart state */

void mmu_reset(struct hart *h)
{
    tlb_flush_all(&h->mmu);
    mmu_flush_fast(&h->tlb);
}

void mmu_set_ad_mode(struct hart *h, enum mmu_ad_mode mode)
{
    h->mmu.ad_mode = mode;
    mmu_reset(h);   /* cached entries were filled under the other rule */
}

void mmu_write_satp(struct hart *h, uint64_t value)
{
    /* WARL: "If satp is written with an unsupported MODE, the entire write has no
     * effect" (§4.1.11). The TLB keeps its entries: they are tagged by ASID, and a satp
     * write does not order or invalidate anything (software fences). The fast TLB holds
     * only the current context, so it goes. */
    unsigned mode = (unsigned)(value >> SATP_MODE_SHIFT);
    if (mode == SATP_MODE_BARE || mmu_mode_levels(mode) != 0)
        h->csr.satp = value;
    mmu_flush_fast(&h->tlb);
}

void mmu_sfence_vma(struct hart *h, const struct mmu_fence *f)
{
    tlb_fence(&h->mmu, f);
    /* Fast entries all belong to the current context: a fence for another ASID cannot
     * touch them (their global entries survive an ASID fence anyway). */
    uint64_t current = (h->csr.satp >> SATP_ASID_SHIFT) & SATP_ASID_MASK;
    if (f->one_asid && (f->asid & SATP_ASID_MASK) != current)
        return;
    if (f->one_va && !h->tlb.super_pages)
        flush_fast_page(&h->tlb, f->va >> 12);
    else
        mmu_flush_fast(&h->tlb);
}

/* ------------------------------------------------------------------ translation */

/* The privilege loads and stores are checked at: MPP when M-mode sets MPRV (§3.1.6.3);
 * fetches always use the current privilege. */
static int effective_priv(const struct hart *h, enum mmu_access acc)
{
    if (acc != MMU_FETCH && h->priv == PRIV_M && (h->csr.mstatus & MSTATUS_MPRV))
        return (int)((h->csr.mstatus & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT);
    return (int)h->priv;
}

static void walk_start(struct walk *w, const struct hart *h, uint64_t va,
                       enum mmu_access acc, int priv, uint64_t satp, bool debug)
{
    w->va = va;
    w->acc = acc;
    w->priv = priv;
    w->satp = satp;
    w->sum = (h->csr.mstatus & MSTATUS_SUM) != 0;
    w->mxr = (h->csr.mstatus & MSTATUS_MXR) != 0;
    w->debug = debug;
    w->tlb_hit = false;
    w->nsteps = 0;
    w->reason = MMU_OK;
    w->exception = EXC_NONE;
    w->pa = 0;
    w->leaf_level = -1;
    w->leaf_pte = 0;
    w->ad_set = 0;
    w->pmp_entry = -1;
}

/* Bits above the mode's virtual-address width must all equal its top bit (§4.4.1). */
static bool canonical(uint64_t va, int levels)
{
    unsigned unused = 64u - (12u + 9u * (unsigned)levels);
    return (uint64_t)((int64_t)(va << unused) >> unused) == va;
}

/* A TLB hit that allows the access: fill w from it. A hit that would refuse the access,
 * or a store that finds D clear, is treated as a miss, so the walk reads the PTE again. */
static bool use_tlb(struct hart *h, struct walk *w, uint16_t asid)
{
    const struct mmu_tlb_entry *e = tlb_lookup(&h->mmu, w->va >> 12, asid);
    enum mmu_reason why;
    if (!e || !mmu_leaf_permits(e->pte, w->acc, w->priv, w->sum, w->mxr, &why) ||
        (w->acc == MMU_STORE && !(e->pte & PTE_D)))
        return false;
    w->tlb_hit = true;
    w->pa = e->ppn << 12 | (w->va & 0xfff);
    w->leaf_level = e->level;
    w->leaf_pte = e->pte;
    return true;
}

/* Translate w->va as w's inputs say and check PMP for `size` bytes at the result. A
 * debug walk skips the TLB and every side effect. *cacheable: the whole 4 KiB page may
 * go into the fast TLB. */
static enum mmu_reason translate(struct hart *h, struct walk *w, unsigned size,
                                 bool *cacheable)
{
    unsigned mode = (unsigned)(w->satp >> SATP_MODE_SHIFT);
    int levels = mmu_mode_levels(mode);
    enum mmu_reason r = MMU_OK;
    *cacheable = false;
    if (w->priv == PRIV_M || mode == SATP_MODE_BARE) {
        r = (w->va >> MMU_PA_BITS) ? MMU_ERR_PA_RANGE : MMU_OK_BARE;
        w->pa = w->va;
    } else if (levels == 0) {
        r = MMU_ERR_SATP_MODE;
    } else if (!canonical(w->va, levels)) {
        r = MMU_ERR_NONCANONICAL;
    } else {
        uint16_t asid = (uint16_t)((w->satp >> SATP_ASID_SHIFT) & SATP_ASID_MASK);
        if (w->debug || !use_tlb(h, w, asid)) {
            bool global = false;
            r = mmu_walk_table(h, w, levels, &global);
            if (r == MMU_OK && !w->debug)
                tlb_insert(&h->mmu, w, asid, global);
        }
    }
    if (r == MMU_OK || r == MMU_OK_BARE) {
        /* PMP applies to the physical access at the effective privilege (§3.7.1). */
        bool uniform;
        if (!pmp_check(h, w->pa, size, w->acc, w->priv, &w->pmp_entry, &uniform))
            r = MMU_ERR_PMP;
        *cacheable = r != MMU_ERR_PMP && uniform && !w->debug;
    }
    w->reason = r;
    w->exception = mmu_reason_exception(r, w->acc);
    return r;
}

/* EV_PAGEWALK after a hardware walk; subscribers find the steps in h->mmu.last_walk. */
static void emit_walk(struct hart *h, const struct walk *w)
{
    h->mmu.last_walk = *w;
    struct event ev = {.kind = EV_PAGEWALK, .hart = (int)h->hartid, .pc = h->pc,
                       .priv = (int)h->priv};
    ev.u.walk.va = w->va;
    ev.u.walk.pa = w->pa;
    ev.u.walk.access = (int)w->acc;
    ev.u.walk.result = (int)w->reason;
    events_deliver(h->hub, &ev);
}

int mmu_translate_sized(struct hart *h, uint64_t va, unsigned size, enum mmu_access acc,
                        uint64_t *pa, struct walk *record)
{
    struct walk scratch;
    struct walk *w = record ? record : &scratch;
    bool listened = h->hub && events_wanted(h->hub, EV_PAGEWALK);
    h->tlb.fill_ok[acc] = MMU_NO_PAGE;
    walk_start(w, h, va, acc, effective_priv(h, acc), h->csr.satp, false);
    bool cacheable;
    enum mmu_reason r = translate(h, w, size, &cacheable);
    if (listened && w->nsteps > 0)
        emit_walk(h, w);
    if (r != MMU_OK && r != MMU_OK_BARE)
        return w->exception;
    /* MPRV loads and stores never enter the fast TLB: a trap from M into M (MPP := M)
     * or an mret within M (MPP := U) changes their translation without any flush. */
    bool mprv = acc != MMU_FETCH && h->priv == PRIV_M && (h->csr.mstatus & MSTATUS_MPRV);
    if (cacheable && !mprv) {
        h->tlb.fill_ok[acc] = va >> 12;
        if (w->leaf_level > 0)
            h->tlb.super_pages = true;
    }
    *pa = w->pa;
    return EXC_NONE;
}

int mmu_translate(struct hart *h, uint64_t va, enum mmu_access acc, uint64_t *pa,
                  struct walk *record)
{
    return mmu_translate_sized(h, va, 1, acc, pa, record);
}

int mmu_walk_debug(struct hart *h, uint64_t satp, uint64_t va, enum mmu_access acc,
                   int priv, struct walk *w)
{
    walk_start(w, h, va, acc, priv, satp, true);
    bool cacheable;
    translate(h, w, 1, &cacheable);
    return w->exception;
}
