/*
 * Address translation: virtual -> physical for a hart, per priv spec 1.12 §4.3-4.4,
 * plus the host-pointer cache that makes RAM accesses fast.
 *
 * mmu_translate() is the one place that knows page-table formats; the hart calls it on
 * a fast-TLB miss, and the debugger calls it with a record to see every step.
 */
#ifndef RVSCOPE_MMU_H
#define RVSCOPE_MMU_H

#include <stdbool.h>
#include <stdint.h>

struct hart;

enum mmu_access { MMU_FETCH = 0, MMU_LOAD = 1, MMU_STORE = 2 };   /* AMOs are stores */

/* The fast TLB: a direct-mapped cache from virtual page to host pointer, one array per
 * access kind, valid only for RAM pages and for the hart's current translation context.
 * It is a cache of mmu_translate() results, flushed by mmu_flush_fast() whenever the
 * context changes (privilege, satp, mstatus MPRV/MPP/SUM/MXR, PMP, sfence.vma). */
#define MMU_FAST_BITS 8
#define MMU_FAST_SIZE (1u << MMU_FAST_BITS)
#define MMU_NO_PAGE (~0ull)

struct mmu_fast_entry {
    uint64_t vpage;        /* va >> 12, or MMU_NO_PAGE */
    uintptr_t addend;      /* host address = va + addend */
};

struct mmu_fast {
    struct mmu_fast_entry kind[3][MMU_FAST_SIZE];   /* indexed by enum mmu_access */
};

/* Host pointer for an access of `size` bytes at va if it hits the fast TLB and stays in
 * one page, else NULL. */
static inline void *mmu_fast_lookup(const struct mmu_fast *t, enum mmu_access acc,
                                    uint64_t va, unsigned size)
{
    const struct mmu_fast_entry *e = &t->kind[acc][(va >> 12) & (MMU_FAST_SIZE - 1)];
    if (__builtin_expect(e->vpage == (va >> 12) && (va & 0xfff) <= 0x1000 - size, 1))
        return (void *)(uintptr_t)(va + e->addend);
    return 0;
}

void mmu_flush_fast(struct mmu_fast *t);
void mmu_flush_fast_kind(struct mmu_fast *t, enum mmu_access acc);
/* Remember that va maps to host pointer `host` (the byte at va) for accesses of acc. */
void mmu_fast_fill(struct mmu_fast *t, enum mmu_access acc, uint64_t va, uint8_t *host);

/* The recorded walk (filled in by the MMU issue): one step per level. */
struct walk;

/* Translate va for an access of kind acc at the hart's current effective privilege.
 * On success stores the physical address in *pa and returns EXC_NONE (-1); otherwise
 * returns the exception cause (page fault or access fault) to raise with tval = va.
 * If record is non-NULL every step is kept there. */
int mmu_translate(struct hart *h, uint64_t va, enum mmu_access acc, uint64_t *pa,
                  struct walk *record);

/* Write satp with WARL semantics (unsupported modes leave it unchanged). */
void mmu_write_satp(struct hart *h, uint64_t value);

#endif
