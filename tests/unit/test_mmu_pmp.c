/*
 * test_mmu_pmp: physical memory protection (priv spec 1.12 §3.7) as mmu_translate applies
 * it: OFF/TOR/NA4/NAPOT, lowest index wins, partial matches, the L bit and M-mode, the
 * no-match rule, page-table and A/D accesses, MPRV, and the fast TLB's page rule.
 */
#include "test_mmu.h"

#include "cpu/mem.h"

#define PMP_R 0x01
#define PMP_W 0x02
#define PMP_X 0x04
#define PMP_TOR 0x08
#define PMP_NA4 0x10
#define PMP_NAPOT 0x18
#define PMP_L 0x80
#define RWX (PMP_R | PMP_W | PMP_X)

#define DATA (MT_RAM_BASE + 0x100000)

/* No entry active at all, like a hart straight out of reset. */
static void pmp_clear(void)
{
    memset(H->csr.pmpcfg, 0, sizeof H->csr.pmpcfg);
    memset(H->csr.pmpaddr, 0, sizeof H->csr.pmpaddr);
}

static void pmp_set(int i, uint8_t cfg, uint64_t addr)
{
    H->csr.pmpcfg[i] = cfg;
    H->csr.pmpaddr[i] = addr & ((1ull << 54) - 1);   /* as csr.c stores it */
}

/* pmpaddr of a NAPOT region of `size` bytes (a power of two >= 8) at base */
static uint64_t napot(uint64_t base, uint64_t size)
{
    return (base >> 2) | ((size >> 3) - 1);
}

static void test_no_entries(void)
{
    mt_setup();
    mt_case = "no PMP entry";
    pmp_clear();
    CHECK_FAULT(DATA, MMU_LOAD, PRIV_S, EXC_LOAD_ACCESS, MMU_ERR_PMP);
    CHECK_FAULT(DATA, MMU_STORE, PRIV_U, EXC_STORE_ACCESS, MMU_ERR_PMP);
    CHECK_FAULT(DATA, MMU_FETCH, PRIV_S, EXC_INSN_ACCESS, MMU_ERR_PMP);
    CHECK_XLATE(DATA, MMU_STORE, PRIV_M, DATA);   /* M succeeds when nothing matches */
    /* entries that match nothing (OFF, empty TOR) change nothing */
    pmp_set(0, PMP_TOR | RWX, 0);
    pmp_set(1, RWX, DATA >> 2);   /* A = OFF */
    CHECK_FAULT(DATA, MMU_LOAD, PRIV_S, EXC_LOAD_ACCESS, MMU_ERR_PMP);
    CHECK_XLATE(DATA, MMU_LOAD, PRIV_M, DATA);
}

/* The usual firmware setups that open all memory to S and U. */
static void test_open_all(void)
{
    static const struct {
        const char *name;
        uint8_t cfg;
        uint64_t addr;
    } setups[] = {
        {"NAPOT all ones", PMP_NAPOT | RWX, ~0ull},
        {"NAPOT ~0 >> 10", PMP_NAPOT | RWX, ~0ull >> 10},
        {"TOR ~0 >> 10", PMP_TOR | RWX, ~0ull >> 10},
    };
    for (unsigned i = 0; i < sizeof setups / sizeof setups[0]; i++) {
        mt_setup();
        mt_case = setups[i].name;
        pmp_clear();
        pmp_set(0, setups[i].cfg, setups[i].addr);
        CHECK_XLATE(DATA, MMU_STORE, PRIV_S, DATA);
        CHECK_XLATE(0, MMU_LOAD, PRIV_U, 0);
        CHECK_XLATE(0x10000000, MMU_FETCH, PRIV_U, 0x10000000);
        CHECK_XLATE(0xfffffffffff000ull, MMU_LOAD, PRIV_S, 0xfffffffffff000ull);
    }
}

static void test_match_modes(void)
{
    mt_setup();
    mt_case = "NA4";
    pmp_clear();
    pmp_set(0, PMP_NA4 | PMP_R, (DATA + 8) >> 2);
    pmp_set(1, PMP_NAPOT | RWX, ~0ull);
    CHECK_XLATE(DATA + 8, MMU_LOAD, PRIV_S, DATA + 8);
    CHECK_FAULT(DATA + 8, MMU_STORE, PRIV_S, EXC_STORE_ACCESS, MMU_ERR_PMP);
    CHECK_FAULT(DATA + 11, MMU_STORE, PRIV_S, EXC_STORE_ACCESS, MMU_ERR_PMP);
    CHECK_XLATE(DATA + 12, MMU_STORE, PRIV_S, DATA + 12);   /* past it: entry 1 */
    CHECK_XLATE(DATA + 7, MMU_STORE, PRIV_S, DATA + 7);

    mt_case = "NAPOT";
    pmp_clear();
    pmp_set(0, PMP_NAPOT | PMP_X, napot(DATA, 0x2000));   /* 8 KiB, execute only */
    pmp_set(1, PMP_NAPOT | RWX, napot(MT_RAM_BASE, MT_RAM_SIZE));
    CHECK_XLATE(DATA + 0x1ffc, MMU_FETCH, PRIV_U, DATA + 0x1ffc);
    CHECK_FAULT(DATA + 0x1ffc, MMU_LOAD, PRIV_U, EXC_LOAD_ACCESS, MMU_ERR_PMP);
    CHECK_XLATE(DATA + 0x2000, MMU_LOAD, PRIV_U, DATA + 0x2000);
    CHECK_XLATE(DATA - 1, MMU_LOAD, PRIV_U, DATA - 1);
    CHECK_FAULT(MT_RAM_BASE - 4, MMU_LOAD, PRIV_S, EXC_LOAD_ACCESS, MMU_ERR_PMP);
    pmp_set(0, PMP_NAPOT | PMP_R, napot(DATA, 8));        /* the smallest NAPOT */
    CHECK_FAULT(DATA + 4, MMU_FETCH, PRIV_U, EXC_INSN_ACCESS, MMU_ERR_PMP);
    CHECK_XLATE(DATA + 8, MMU_FETCH, PRIV_U, DATA + 8);

    mt_case = "TOR";
    pmp_clear();
    pmp_set(0, 0, DATA >> 2);                              /* OFF: only the bottom */
    pmp_set(1, PMP_TOR | PMP_R, (DATA + 0x3000) >> 2);
    pmp_set(2, PMP_NAPOT | RWX, ~0ull);
    CHECK_FAULT(DATA, MMU_STORE, PRIV_S, EXC_STORE_ACCESS, MMU_ERR_PMP);
    CHECK_FAULT(DATA + 0x2fff, MMU_STORE, PRIV_S, EXC_STORE_ACCESS, MMU_ERR_PMP);
    CHECK_XLATE(DATA + 0x2fff, MMU_LOAD, PRIV_S, DATA + 0x2fff);
    CHECK_XLATE(DATA + 0x3000, MMU_STORE, PRIV_S, DATA + 0x3000);
    CHECK_XLATE(DATA - 1, MMU_STORE, PRIV_S, DATA - 1);
    pmp_set(0, PMP_TOR | PMP_R, 0x1000 >> 2);              /* entry 0: bottom is 0 */
    CHECK_FAULT(0xfff, MMU_STORE, PRIV_S, EXC_STORE_ACCESS, MMU_ERR_PMP);
    CHECK_FAULT(0, MMU_FETCH, PRIV_S, EXC_INSN_ACCESS, MMU_ERR_PMP);
    /* pmpaddr[i-1] >= pmpaddr[i]: entry i matches nothing */
    pmp_set(0, 0, (DATA + 0x1000) >> 2);
    pmp_set(1, PMP_TOR | PMP_R, DATA >> 2);
    CHECK_XLATE(DATA, MMU_STORE, PRIV_S, DATA);
}

static void test_priority_and_partial(void)
{
    mt_setup();
    mt_case = "lowest index wins";
    pmp_clear();
    pmp_set(0, PMP_NA4, DATA >> 2);                        /* no permission */
    pmp_set(1, PMP_NAPOT | RWX, napot(DATA, 0x1000));
    pmp_set(2, PMP_NAPOT | RWX, ~0ull);
    CHECK_FAULT(DATA, MMU_LOAD, PRIV_S, EXC_LOAD_ACCESS, MMU_ERR_PMP);
    struct walk w;
    uint64_t pa;
    mt_xlate(DATA, MMU_LOAD, PRIV_S, &pa, &w);
    CHECK_EQ(w.pmp_entry, 0);
    mt_xlate(DATA + 4, MMU_LOAD, PRIV_S, &pa, &w);
    CHECK_EQ(w.pmp_entry, 1);
    /* an entry that grants after one that denies does not help */
    pmp_set(0, PMP_NAPOT | PMP_R, napot(DATA, 0x1000));
    CHECK_FAULT(DATA + 0x800, MMU_STORE, PRIV_S, EXC_STORE_ACCESS, MMU_ERR_PMP);

    mt_case = "partial match";
    pmp_clear();
    pmp_set(0, PMP_NA4 | RWX, (DATA + 4) >> 2);
    pmp_set(1, PMP_NAPOT | RWX, ~0ull);
    uint64_t v, tval;
    H->priv = PRIV_S;
    CHECK_EQ(mmu_translate_sized(H, DATA, 8, MMU_LOAD, &pa, NULL), EXC_LOAD_ACCESS);
    CHECK_EQ(mmu_translate_sized(H, DATA + 4, 4, MMU_LOAD, &pa, NULL), EXC_NONE);
    CHECK_EQ(mmu_translate_sized(H, DATA, 4, MMU_STORE, &pa, NULL), EXC_NONE);
    CHECK_EQ(mem_load_slow(H, DATA, 8, &v, &tval), EXC_LOAD_ACCESS);
    CHECK_EQ(mem_store_slow(H, DATA + 2, 4, 0, &tval), EXC_STORE_ACCESS);
    H->priv = PRIV_M;   /* "irrespective of the L, R, W, and X bits": M fails too */
    CHECK_EQ(mmu_translate_sized(H, DATA, 8, MMU_LOAD, &pa, NULL), EXC_LOAD_ACCESS);
    CHECK_EQ(mem_translate_atomic(H, DATA, 8, MMU_STORE, &pa), EXC_STORE_ACCESS);
    CHECK_EQ(mem_translate_atomic(H, DATA + 8, 8, MMU_STORE, &pa), EXC_NONE);
}

static void test_lock(void)
{
    mt_setup();
    mt_case = "L bit";
    pmp_clear();
    pmp_set(0, PMP_NAPOT | PMP_R, napot(DATA, 0x1000));   /* unlocked, read only */
    pmp_set(1, PMP_NAPOT | PMP_L | PMP_R | PMP_X, napot(DATA + 0x1000, 0x1000));
    pmp_set(2, PMP_NAPOT | PMP_L, napot(DATA + 0x2000, 0x1000));   /* locked, nothing */
    CHECK_XLATE(DATA, MMU_STORE, PRIV_M, DATA);           /* unlocked: not for M */
    CHECK_FAULT(DATA, MMU_STORE, PRIV_S, EXC_STORE_ACCESS, MMU_ERR_PMP);
    CHECK_XLATE(DATA + 0x1000, MMU_LOAD, PRIV_M, DATA + 0x1000);
    CHECK_XLATE(DATA + 0x1000, MMU_FETCH, PRIV_M, DATA + 0x1000);
    CHECK_FAULT(DATA + 0x1000, MMU_STORE, PRIV_M, EXC_STORE_ACCESS, MMU_ERR_PMP);
    CHECK_FAULT(DATA + 0x2000, MMU_FETCH, PRIV_M, EXC_INSN_ACCESS, MMU_ERR_PMP);
    CHECK_FAULT(DATA + 0x2000, MMU_LOAD, PRIV_S, EXC_LOAD_ACCESS, MMU_ERR_PMP);
    CHECK_XLATE(DATA + 0x3000, MMU_STORE, PRIV_M, DATA + 0x3000);   /* no match */
    /* MPRV: M-mode loads and stores are checked as MPP */
    H->csr.mstatus |= MSTATUS_MPRV | (uint64_t)PRIV_S << MSTATUS_MPP_SHIFT;
    CHECK_FAULT(DATA, MMU_STORE, PRIV_M, EXC_STORE_ACCESS, MMU_ERR_PMP);
    CHECK_FAULT(DATA + 0x3000, MMU_LOAD, PRIV_M, EXC_LOAD_ACCESS, MMU_ERR_PMP);
    CHECK_XLATE(DATA + 0x3000, MMU_FETCH, PRIV_M, DATA + 0x3000);   /* fetch: M */
}

/* Page-table reads are S-mode accesses to PMP; A/D writes need W. */
static void test_walk_accesses(void)
{
    mt_setup();
    mt_case = "PMP on PTE reads";
    uint64_t root = mt_root(SATP_MODE_SV39);
    mt_map(0x40000000, DATA, PTE_U | PTE_R | PTE_W | PTE_X, 0);
    uint64_t leaf = mt_entry(0x40000000, 0);
    pmp_clear();
    pmp_set(0, PMP_NAPOT, napot(root, 0x1000));          /* the root: no access */
    pmp_set(1, PMP_NAPOT | RWX, ~0ull);
    CHECK_FAULT(0x40000000, MMU_LOAD, PRIV_S, EXC_LOAD_ACCESS, MMU_ERR_PTE_PMP);
    CHECK_FAULT(0x40000000, MMU_STORE, PRIV_U, EXC_STORE_ACCESS, MMU_ERR_PTE_PMP);
    CHECK_FAULT(0x40000000, MMU_FETCH, PRIV_U, EXC_INSN_ACCESS, MMU_ERR_PTE_PMP);
    struct walk w;
    uint64_t pa;
    mt_xlate(0x40000000, MMU_LOAD, PRIV_S, &pa, &w);
    CHECK_EQ(w.nsteps, 1);
    CHECK_EQ(w.step[0].pmp_entry, 0);
    /* locked and readable: S may read it even though M could not write it */
    pmp_set(0, PMP_NAPOT | PMP_L | PMP_R, napot(root, 0x1000));
    mt_wr64(leaf, mt_rd64(leaf) | PTE_A | PTE_D);
    CHECK_XLATE(0x40000000, MMU_LOAD, PRIV_U, DATA);

    mt_case = "PMP on A/D writes";
    mt_setup();
    mt_root(SATP_MODE_SV39);
    leaf = mt_map(0x40000000, DATA, PTE_R | PTE_W, 0);
    pmp_clear();
    pmp_set(0, PMP_NAPOT | PMP_R, napot(leaf & ~0xfffull, 0x1000));   /* leaf table: R */
    pmp_set(1, PMP_NAPOT | RWX, ~0ull);
    CHECK_FAULT(0x40000000, MMU_LOAD, PRIV_S, EXC_LOAD_ACCESS, MMU_ERR_AD_PMP);
    CHECK_EQ(mt_rd64(leaf) & (PTE_A | PTE_D), 0);
    mt_wr64(leaf, mt_rd64(leaf) | PTE_A);
    CHECK_XLATE(0x40000000, MMU_LOAD, PRIV_S, DATA);      /* nothing to write */
    CHECK_FAULT(0x40000000, MMU_STORE, PRIV_S, EXC_STORE_ACCESS, MMU_ERR_AD_PMP);
}

/* A page may enter the fast TLB only when PMP treats all of it alike. */
static void test_fast_fill(void)
{
    mt_setup();
    mt_case = "fast TLB and PMP";
    uint8_t *host = mt_bus.ram + (DATA - MT_RAM_BASE);
    pmp_clear();
    pmp_set(0, PMP_NA4 | PMP_R, (DATA + 0x800) >> 2);    /* a hole inside the page */
    pmp_set(1, PMP_NAPOT | RWX, ~0ull);
    CHECK_XLATE(DATA, MMU_STORE, PRIV_S, DATA);
    CHECK(!mmu_fast_fill(&H->tlb, MMU_STORE, DATA, host));
    CHECK_XLATE(DATA + 0x1000, MMU_STORE, PRIV_S, DATA + 0x1000);
    CHECK(mmu_fast_fill(&H->tlb, MMU_STORE, DATA + 0x1000, host + 0x1000));
    /* through mem.c: the page without the hole is cached, the other is not */
    uint64_t tval;
    H->priv = PRIV_S;
    mmu_flush_fast(&H->tlb);
    CHECK_EQ(mem_store_slow(H, DATA, 8, 1, &tval), EXC_NONE);
    CHECK(mmu_fast_lookup(&H->tlb, MMU_STORE, DATA, 8) == NULL);
    CHECK_EQ(mem_store_slow(H, DATA + 0x800, 4, 1, &tval), EXC_STORE_ACCESS);
    CHECK_EQ(mem_store_slow(H, DATA + 0x1000, 8, 1, &tval), EXC_NONE);
    CHECK(mmu_fast_lookup(&H->tlb, MMU_STORE, DATA + 0x1000, 8) != NULL);
    /* a page no entry touches is cached for M (the M-mode default) */
    pmp_clear();
    H->priv = PRIV_M;
    CHECK_EQ(mem_store_slow(H, DATA, 8, 1, &tval), EXC_NONE);
    CHECK(mmu_fast_lookup(&H->tlb, MMU_STORE, DATA, 8) != NULL);
}

int main(void)
{
    test_no_entries();
    test_open_all();
    test_match_modes();
    test_priority_and_partial();
    test_lock();
    test_walk_accesses();
    test_fast_fill();
    return mt_report("test_mmu_pmp");
}
