#include "mmu.h"

#include "../cpu/hart.h"

void mmu_flush_fast_kind(struct mmu_fast *t, enum mmu_access acc)
{
    for (unsigned i = 0; i < MMU_FAST_SIZE; i++)
        t->kind[acc][i].vpage = MMU_NO_PAGE;
}

void mmu_flush_fast(struct mmu_fast *t)
{
    mmu_flush_fast_kind(t, MMU_FETCH);
    mmu_flush_fast_kind(t, MMU_LOAD);
    mmu_flush_fast_kind(t, MMU_STORE);
}

void mmu_fast_fill(struct mmu_fast *t, enum mmu_access acc, uint64_t va, uint8_t *host)
{
    struct mmu_fast_entry *e = &t->kind[acc][(va >> 12) & (MMU_FAST_SIZE - 1)];
    e->vpage = va >> 12;
    e->addend = (uintptr_t)host - (uintptr_t)va;
}

/* Physical addresses are 56 bits wide (priv spec §4.4). */
#define MMU_PA_BITS 56

int mmu_translate(struct hart *h, uint64_t va, enum mmu_access acc, uint64_t *pa,
                  struct walk *record)
{
    (void)h;
    (void)record;
    /* Bare translation: the MMU issue adds Sv39/Sv48 and PMP. */
    if (va >> MMU_PA_BITS) {
        static const int access_fault[3] = {EXC_INSN_ACCESS, EXC_LOAD_ACCESS,
                                            EXC_STORE_ACCESS};
        return access_fault[acc];
    }
    *pa = va;
    return EXC_NONE;
}

void mmu_write_satp(struct hart *h, uint64_t value)
{
    /* Only Bare (mode 0) until the MMU issue: other modes are not supported, and satp
     * is WARL, so such writes leave it unchanged (priv spec §4.1.11). */
    if ((value >> 60) == 0)
        h->csr.satp = value;
    mmu_flush_fast(&h->tlb);
}
