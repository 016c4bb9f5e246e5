/*
 * Guest loads, stores and AMOs for instruction handlers. The fast path, in the handlers
 * themselves, is a fast-TLB hit (mmu_fast_lookup in emu/mmu/mmu.h) that yields a host
 * pointer into RAM; everything else (a miss, a device, a page-crossing access, a page
 * with decoded code or an LR reservation) goes through the slow paths here.
 *
 * Misaligned ordinary loads and stores are performed, not trapped (like QEMU's virt);
 * misaligned LR/SC/AMOs raise the address-misaligned exceptions (rv64a.c).
 */
#ifndef RVSCOPE_MEM_H
#define RVSCOPE_MEM_H

#include "hart.h"

int mem_load_slow(struct hart *h, uint64_t va, unsigned size, uint64_t *value, uint64_t *tval);
int mem_store_slow(struct hart *h, uint64_t va, unsigned size, uint64_t value, uint64_t *tval);

/* Translate an aligned atomic access and give its physical address (no data moved). */
int mem_translate_atomic(struct hart *h, uint64_t va, unsigned size, enum mmu_access acc,
                         uint64_t *pa);

/* Read-modify-write of an aligned word/doubleword at physical address pa. `op` combines
 * the old memory value with src; the old value is returned in *old. */
typedef uint64_t (*amo_op)(uint64_t old, uint64_t src);
int mem_amo_pa(struct hart *h, uint64_t pa, unsigned size, amo_op op, uint64_t src,
               uint64_t *old);

/* LR/SC reservations (a doubleword granule), visible to every hart's stores. */
void mem_reserve(struct hart *h, uint64_t pa);
bool mem_reservation_matches(const struct hart *h, uint64_t pa);

#endif
