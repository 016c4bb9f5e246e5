/*
 * test_mmu.h: the harness the test_mmu*.c unit tests share: one hart over a bus with
 * 16 MiB of RAM at 0x8000_0000, a bump allocator for page tables in that RAM, a mapper
 * that writes PTEs by hand, and CHECK macros that count failures.
 *
 *     mt_setup();                              fresh hart, PMP open to S/U (entry 15)
 *     uint64_t root = mt_root(SATP_MODE_SV39); a root table; satp points at it
 *     mt_map(va, pa, PTE_R | PTE_A, 0);        a leaf at level 0 (4 KiB)
 *     CHECK_XLATE(va, MMU_LOAD, PRIV_S, pa);   must translate to pa
 *     CHECK_FAULT(va, MMU_STORE, PRIV_S, EXC_STORE_PAGE_FAULT, MMU_ERR_NOT_WRITABLE);
 *     return mt_report("test_mmu");
 *
 * Everything is static: each test program includes this once.
 */
#ifndef TEST_MMU_H
#define TEST_MMU_H

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/hart.h"
#include "cpu/icache.h"
#include "devices/bus.h"
#include "mmu/mmu.h"

#define MT_RAM_BASE 0x80000000ull
#define MT_RAM_SIZE (16ull << 20)
#define MT_PT_BASE (MT_RAM_BASE + (8ull << 20))   /* page tables from here up */

static struct bus mt_bus;
static struct event_hub mt_hub;
static struct hart_cluster mt_cluster;
static struct icache *mt_icache;
static struct hart mt_hart;
static uint64_t mt_mtime;
static uint64_t mt_next_table;
static int mt_levels;
static int mt_failed, mt_passed;
static const char *mt_case = "";

#define H (&mt_hart)

static void mt_fail(int line, const char *what)
{
    printf("FAIL line %d (%s): %s\n", line, mt_case, what);
    mt_failed++;
}

#define CHECK(cond)                                                                       \
    do {                                                                                  \
        if (cond)                                                                         \
            mt_passed++;                                                                  \
        else                                                                              \
            mt_fail(__LINE__, #cond);                                                     \
    } while (0)

#define CHECK_EQ(a, b)                                                                    \
    do {                                                                                  \
        uint64_t a_ = (uint64_t)(a), b_ = (uint64_t)(b);                                  \
        if (a_ == b_) {                                                                   \
            mt_passed++;                                                                  \
        } else {                                                                          \
            char m_[256];                                                                 \
            snprintf(m_, sizeof m_, "%s == %s: 0x%" PRIx64 " != 0x%" PRIx64, #a, #b, a_,  \
                     b_);                                                                 \
            mt_fail(__LINE__, m_);                                                        \
        }                                                                                 \
    } while (0)

/* Fresh machine state: a hart in S-mode, satp Bare, PMP entry 15 = NAPOT over all of
 * memory with RWX (the usual "open everything" a firmware does), tables wiped. */
static void mt_setup(void)
{
    if (!mt_bus.ram) {
        if (!bus_init(&mt_bus, MT_RAM_BASE, MT_RAM_SIZE, &mt_hub) ||
            !(mt_icache = icache_new(&mt_bus, &mt_cluster))) {
            fprintf(stderr, "test_mmu: out of memory\n");
            exit(2);
        }
        mt_cluster.harts[0] = &mt_hart;
        mt_cluster.count = 1;
        hart_init(&mt_hart, 0, &mt_bus, mt_icache, &mt_cluster, &mt_hub, &mt_mtime);
    }
    memset(mt_bus.ram, 0, MT_RAM_SIZE);
    hart_reset(&mt_hart, MT_RAM_BASE);
    mmu_set_ad_mode(&mt_hart, MMU_AD_HARDWARE);
    mt_hart.priv = PRIV_S;
    mt_hart.csr.pmpaddr[15] = (1ull << 54) - 1;
    mt_hart.csr.pmpcfg[15] = 0x1f;   /* NAPOT, X, W, R */
    mt_next_table = MT_PT_BASE;
    mt_case = "";
}

static uint64_t mt_rd64(uint64_t pa)
{
    uint64_t v;
    memcpy(&v, mt_bus.ram + (pa - MT_RAM_BASE), 8);
    return v;
}

static void mt_wr64(uint64_t pa, uint64_t v)
{
    memcpy(mt_bus.ram + (pa - MT_RAM_BASE), &v, 8);
}

static uint64_t mt_alloc_table(void)
{
    uint64_t t = mt_next_table;
    mt_next_table += 4096;
    if (mt_next_table > MT_RAM_BASE + MT_RAM_SIZE) {
        fprintf(stderr, "test_mmu: out of page-table pages\n");
        exit(2);
    }
    return t;
}

static uint64_t mt_pte(uint64_t pa, uint64_t bits)
{
    return (pa >> 12) << 10 | bits;
}

/* A new root for `mode` (with ASID asid) and satp pointing at it. */
static uint64_t mt_root_asid(unsigned mode, uint64_t asid)
{
    uint64_t root = mt_alloc_table();
    mt_levels = mode == SATP_MODE_SV39 ? 3 : mode == SATP_MODE_SV48 ? 4 : 5;
    mmu_write_satp(H, (uint64_t)mode << 60 | asid << 44 | root >> 12);
    return root;
}

static uint64_t mt_root(unsigned mode)
{
    return mt_root_asid(mode, 0);
}

/* The address of the PTE for va at `level`, creating pointer tables above it (from the
 * root satp names). */
static uint64_t mt_entry(uint64_t va, int level)
{
    uint64_t table = (H->csr.satp & ((1ull << 44) - 1)) << 12;
    for (int l = mt_levels - 1;; l--) {
        uint64_t slot = table + 8 * ((va >> (12 + 9 * l)) & 511);
        if (l == level)
            return slot;
        uint64_t pte = mt_rd64(slot);
        if (!(pte & PTE_V)) {
            pte = mt_pte(mt_alloc_table(), PTE_V);
            mt_wr64(slot, pte);
        }
        table = ((pte >> 10) & ((1ull << 44) - 1)) << 12;
    }
}

/* A leaf: va -> pa at `level` with PTE bits `bits` (V added). Returns the PTE address. */
static uint64_t mt_map(uint64_t va, uint64_t pa, uint64_t bits, int level)
{
    uint64_t slot = mt_entry(va, level);
    mt_wr64(slot, mt_pte(pa, bits | PTE_V));
    return slot;
}

/* Translate va for acc as privilege priv; returns the exception, *pa, *w. */
static int mt_xlate(uint64_t va, enum mmu_access acc, enum priv priv, uint64_t *pa,
                    struct walk *w)
{
    enum priv saved = H->priv;
    H->priv = priv;
    struct walk scratch;
    *pa = ~0ull;
    int exc = mmu_translate(H, va, acc, pa, w ? w : &scratch);
    H->priv = saved;
    return exc;
}

#define CHECK_XLATE(va, acc, priv, want_pa)                                               \
    do {                                                                                  \
        uint64_t pa_;                                                                     \
        struct walk w_;                                                                   \
        int e_ = mt_xlate(va, acc, priv, &pa_, &w_);                                      \
        CHECK_EQ(e_, EXC_NONE);                                                           \
        if (e_ == EXC_NONE)                                                               \
            CHECK_EQ(pa_, want_pa);                                                       \
        else                                                                              \
            printf("   reason: %s\n", mmu_reason_name(w_.reason));                        \
    } while (0)

#define CHECK_FAULT(va, acc, priv, want_exc, want_reason)                                 \
    do {                                                                                  \
        uint64_t pa_;                                                                     \
        struct walk w_;                                                                   \
        int e_ = mt_xlate(va, acc, priv, &pa_, &w_);                                      \
        CHECK_EQ(e_, want_exc);                                                           \
        CHECK_EQ(w_.reason, want_reason);                                                 \
        if (w_.reason != (want_reason))                                                   \
            printf("   got reason: %s\n", mmu_reason_name(w_.reason));                    \
    } while (0)

static int mt_report(const char *name)
{
    printf("%s: %d checks passed, %d failed\n", name, mt_passed, mt_failed);
    return mt_failed ? 1 : 0;
}

#endif
