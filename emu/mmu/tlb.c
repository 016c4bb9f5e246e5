/*
 * The architectural TLB of one hart: cached leaf translations tagged by ASID, with G
 * (global) entries matching every ASID (priv spec 1.12 §4.2.1, §4.3.1).
 *
 * Direct-mapped on the 4 KiB virtual page. A superpage is cached one 4 KiB piece at a
 * time, each piece remembering its leaf's level, so that sfence.vma for an address inside
 * the superpage drops every piece. Entries only hold walks that succeeded, with A set;
 * mmu.c re-walks when an entry would refuse an access (so a kernel that upgraded a PTE
 * never sees a spurious fault) or when a store finds D clear (so D gets set).
 */
#include "mmu_internal.h"

static struct mmu_tlb_entry *tlb_slot(struct mmu_state *m, uint64_t vpn)
{
    return &m->tlb[vpn & (MMU_TLB_SIZE - 1)];
}

void tlb_flush_all(struct mmu_state *m)
{
    for (unsigned i = 0; i < MMU_TLB_SIZE; i++)
        m->tlb[i].vpn = MMU_NO_PAGE;
    m->tlb_super = false;
}

const struct mmu_tlb_entry *tlb_lookup(const struct mmu_state *m, uint64_t vpn,
                                       uint16_t asid)
{
    const struct mmu_tlb_entry *e = &m->tlb[vpn & (MMU_TLB_SIZE - 1)];
    if (e->vpn == vpn && (e->asid == asid || (e->pte & PTE_G)))
        return e;
    return NULL;
}

void tlb_insert(struct mmu_state *m, const struct walk *w, uint16_t asid, bool global)
{
    uint64_t vpn = w->va >> 12;
    struct mmu_tlb_entry *e = tlb_slot(m, vpn);
    e->vpn = vpn;
    e->ppn = w->pa >> 12;
    e->asid = asid;
    e->pte = (uint8_t)((w->leaf_pte & ~(uint64_t)PTE_G) | (global ? PTE_G : 0));
    e->level = (uint8_t)w->leaf_level;
    if (w->leaf_level > 0)
        m->tlb_super = true;
}

/* Does e hold a piece of the leaf that maps virtual page vpn? */
static bool tlb_covers(const struct mmu_tlb_entry *e, uint64_t vpn)
{
    unsigned shift = 9u * e->level;
    return (e->vpn >> shift) == (vpn >> shift);
}

/* sfence.vma (§4.2.1): rs1 = x0 -> every address, else the leaf for va; rs2 = x0 -> every
 * address space including global entries, else only non-global entries of that ASID. */
void tlb_fence(struct mmu_state *m, const struct mmu_fence *f)
{
    uint64_t vpn = f->va >> 12;
    uint16_t asid = (uint16_t)(f->asid & SATP_ASID_MASK);
    /* Without superpage pieces, an address can only live in its own slot. */
    bool scan = !f->one_va || m->tlb_super;
    unsigned first = scan ? 0 : (unsigned)(vpn & (MMU_TLB_SIZE - 1));
    unsigned count = scan ? MMU_TLB_SIZE : 1;
    for (unsigned i = first; i < first + count; i++) {
        struct mmu_tlb_entry *e = &m->tlb[i];
        if (e->vpn == MMU_NO_PAGE)
            continue;
        if (f->one_asid && ((e->pte & PTE_G) || e->asid != asid))
            continue;
        if (f->one_va && !tlb_covers(e, vpn))
            continue;
        e->vpn = MMU_NO_PAGE;
    }
    if (!f->one_va && !f->one_asid)
        m->tlb_super = false;
}
