/*
 * What the files of emu/mmu share and nobody else needs: the walker (walk.c), the
 * architectural TLB (tlb.c) and PMP (pmp.c). mmu.c ties them together behind mmu.h.
 */
#ifndef RVSCOPE_MMU_INTERNAL_H
#define RVSCOPE_MMU_INTERNAL_H

#include "../cpu/hart.h"
#include "mmu.h"

/* Physical addresses are 56 bits wide (priv spec §4.4). */
#define MMU_PA_BITS 56
#define MMU_PAGE_SIZE 4096ull

/* --- walk.c --- */

/* Levels of a satp mode's page table (3 Sv39, 4 Sv48, 5 Sv57), 0 when not supported. */
int mmu_mode_levels(unsigned satp_mode);

/* The cause a reason raises for access kind acc (EXC_NONE for the two successes). */
int mmu_reason_exception(enum mmu_reason r, enum mmu_access acc);

/* Do the leaf PTE bits allow acc at priv with SUM/MXR (priv spec §4.3.2 step 5)? When
 * not, *why says which rule refused it. */
bool mmu_leaf_permits(uint8_t pte, enum mmu_access acc, int priv, bool sum, bool mxr,
                      enum mmu_reason *why);

/* Walk w->satp's page table (levels deep) for w->va, w->acc at w->priv, appending one
 * step per level to w. On success sets w->pa, leaf_level, leaf_pte, ad_set, and *global
 * (G was set on some level of the walk). Unless w->debug, A/D are set in memory as
 * h->mmu.ad_mode says. Returns the reason the walk stopped. */
enum mmu_reason mmu_walk_table(struct hart *h, struct walk *w, int levels, bool *global);

/* --- tlb.c --- */

void tlb_flush_all(struct mmu_state *m);
/* The entry translating virtual page vpn in address space asid, or NULL. */
const struct mmu_tlb_entry *tlb_lookup(const struct mmu_state *m, uint64_t vpn,
                                       uint16_t asid);
/* Cache the successful walk w (its 4 KiB page) for asid. */
void tlb_insert(struct mmu_state *m, const struct walk *w, uint16_t asid, bool global);
void tlb_fence(struct mmu_state *m, const struct mmu_fence *f);

/* --- pmp.c --- */

/* PMP check (priv spec §3.7.1) of the len bytes at pa for acc at privilege priv. Returns
 * true when allowed; *entry = the deciding entry, -1 for none. If page_uniform is not
 * NULL it tells whether every access inside pa's 4 KiB page gets this same verdict (no
 * entry boundary inside the page), so the page may be cached as a whole. */
bool pmp_check(const struct hart *h, uint64_t pa, uint64_t len, enum mmu_access acc,
               int priv, int *entry, bool *page_uniform);

#endif
