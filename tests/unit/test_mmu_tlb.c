/*
 * test_mmu_tlb: the architectural TLB and sfence.vma in every rs1/rs2 form (a stale entry
 * is visible before the fence and gone after), ASIDs and global entries, superpage
 * pieces, the fast TLB's fill rule, A/D in both modes (also through the hart's slow path
 * in emu/cpu/mem.c), and the page-walk event.
 */
#include "test_mmu.h"

#include "cpu/mem.h"

#define VA_A 0x40000000ull
#define VA_B 0x40001000ull
#define VA_C 0x40002000ull
#define OLD (MT_RAM_BASE + 0x100000)   /* data pages the PTEs point at before ... */
#define NEW (MT_RAM_BASE + 0x200000)   /* ... and after the kernel changes them */
#define RWAD (PTE_R | PTE_W | PTE_A | PTE_D)

static uint64_t satp_for(uint64_t root, uint64_t asid)
{
    return (uint64_t)SATP_MODE_SV39 << 60 | asid << 44 | root >> 12;
}

/* Re-point the leaf at slot to `pa`, keeping its bits (what a kernel does). */
static void repoint(uint64_t slot, uint64_t pa)
{
    mt_wr64(slot, mt_pte(pa, mt_rd64(slot) & 0x3ff));
}

static void fence(bool one_va, uint64_t va, bool one_asid, uint64_t asid)
{
    struct mmu_fence f = {.one_va = one_va, .va = va, .one_asid = one_asid, .asid = asid};
    mmu_sfence_vma(H, &f);
}

static void test_fence_all(void)
{
    mt_setup();
    mt_case = "sfence.vma x0, x0";
    mt_root(SATP_MODE_SV39);
    uint64_t a = mt_map(VA_A, OLD, RWAD, 0);
    uint64_t b = mt_map(VA_B, OLD + 0x1000, RWAD | PTE_G, 0);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, OLD + 0x1000);
    repoint(a, NEW);
    repoint(b, NEW + 0x1000);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);            /* stale: allowed until fenced */
    CHECK_XLATE(VA_B, MMU_STORE, PRIV_S, OLD + 0x1000);
    fence(false, 0, false, 0);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, NEW);
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, NEW + 0x1000);   /* global entries too */
    /* an unmapped page becomes visible after the fence as well */
    mt_wr64(a, 0);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, NEW);
    fence(false, 0, false, 0);
    CHECK_FAULT(VA_A, MMU_LOAD, PRIV_S, EXC_LOAD_PAGE_FAULT, MMU_ERR_INVALID);
}

static void test_fence_va(void)
{
    mt_setup();
    mt_case = "sfence.vma va, x0";
    mt_root(SATP_MODE_SV39);
    uint64_t a = mt_map(VA_A, OLD, RWAD, 0);
    uint64_t b = mt_map(VA_B, OLD + 0x1000, RWAD, 0);
    uint64_t g = mt_map(VA_C, OLD + 0x2000, RWAD | PTE_G, 0);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, OLD + 0x1000);
    CHECK_XLATE(VA_C, MMU_LOAD, PRIV_S, OLD + 0x2000);
    repoint(a, NEW);
    repoint(b, NEW + 0x1000);
    repoint(g, NEW + 0x2000);
    fence(true, VA_A + 0x123, false, 0);                 /* any byte of the page */
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, NEW);
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, OLD + 0x1000);   /* still stale */
    fence(true, VA_C, false, 0);                         /* rs2 = x0: globals too */
    CHECK_XLATE(VA_C, MMU_LOAD, PRIV_S, NEW + 0x2000);
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, OLD + 0x1000);
}

/* Two address spaces: ASID 1 maps VA_A and VA_C (global), ASID 2 maps VA_B. */
static void two_spaces(uint64_t *root1, uint64_t *root2, uint64_t *a, uint64_t *b,
                       uint64_t *g)
{
    *root1 = mt_root_asid(SATP_MODE_SV39, 1);
    *a = mt_map(VA_A, OLD, RWAD, 0);
    *g = mt_map(VA_C, OLD + 0x2000, RWAD | PTE_G, 0);
    *root2 = mt_root_asid(SATP_MODE_SV39, 2);
    *b = mt_map(VA_B, OLD + 0x1000, RWAD, 0);
    mmu_write_satp(H, satp_for(*root1, 1));
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    CHECK_XLATE(VA_C, MMU_LOAD, PRIV_S, OLD + 0x2000);
    mmu_write_satp(H, satp_for(*root2, 2));
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, OLD + 0x1000);
    /* the global entry is shared by every address space */
    CHECK_XLATE(VA_C, MMU_LOAD, PRIV_S, OLD + 0x2000);
    /* ASID 1's entry is not used for ASID 2 */
    CHECK_FAULT(VA_A, MMU_LOAD, PRIV_S, EXC_LOAD_PAGE_FAULT, MMU_ERR_INVALID);
    repoint(*a, NEW);
    repoint(*b, NEW + 0x1000);
    repoint(*g, NEW + 0x2000);
}

static void test_fence_asid(void)
{
    mt_setup();
    mt_case = "sfence.vma x0, asid";
    uint64_t r1, r2, a, b, g;
    two_spaces(&r1, &r2, &a, &b, &g);
    /* running in ASID 2, fence ASID 1 (bits above 16 ignored) */
    fence(false, 0, true, 1 | 1ull << 20);
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, OLD + 0x1000);   /* ASID 2: stale */
    CHECK_XLATE(VA_C, MMU_LOAD, PRIV_S, OLD + 0x2000);   /* global: stale */
    mmu_write_satp(H, satp_for(r1, 1));
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, NEW);            /* ASID 1: fenced */
    fence(false, 0, true, 2);
    mmu_write_satp(H, satp_for(r2, 2));
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, NEW + 0x1000);
    CHECK_XLATE(VA_C, MMU_LOAD, PRIV_S, OLD + 0x2000);   /* an ASID fence keeps globals */
    fence(false, 0, false, 0);
    /* ASID 2's tables never mapped VA_C: only the TLB's global entry did */
    CHECK_FAULT(VA_C, MMU_LOAD, PRIV_S, EXC_LOAD_PAGE_FAULT, MMU_ERR_INVALID);
    mmu_write_satp(H, satp_for(r1, 1));
    CHECK_XLATE(VA_C, MMU_LOAD, PRIV_S, NEW + 0x2000);
}

static void test_fence_va_asid(void)
{
    mt_setup();
    mt_case = "sfence.vma va, asid";
    uint64_t r1, r2, a, b, g;
    two_spaces(&r1, &r2, &a, &b, &g);
    mmu_write_satp(H, satp_for(r1, 1));
    fence(true, VA_B, true, 1);                          /* VA_B is ASID 2's */
    fence(true, VA_C, true, 1);                          /* VA_C is global */
    mmu_write_satp(H, satp_for(r2, 2));
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, OLD + 0x1000);
    CHECK_XLATE(VA_C, MMU_LOAD, PRIV_S, OLD + 0x2000);
    mmu_write_satp(H, satp_for(r1, 1));
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    fence(true, VA_A, true, 1);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, NEW);
    fence(true, VA_B, true, 2);
    mmu_write_satp(H, satp_for(r2, 2));
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, NEW + 0x1000);
}

/* G on a pointer PTE makes every mapping below it global (§4.3.1): an ASID fence keeps
 * them, and they serve every ASID. */
static void test_global_pointer(void)
{
    mt_setup();
    mt_case = "G on a pointer";
    uint64_t root = mt_root_asid(SATP_MODE_SV39, 5);
    uint64_t a = mt_map(VA_A, OLD, RWAD, 0);            /* G nowhere in the leaf */
    uint64_t mid = mt_entry(VA_A, 1);
    mt_wr64(mid, mt_rd64(mid) | PTE_G);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    repoint(a, NEW);
    fence(false, 0, true, 5);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);             /* global: kept */
    mmu_write_satp(H, satp_for(root, 6));
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);             /* and used by ASID 6 */
    fence(true, VA_A, false, 0);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, NEW);
}

/* A superpage is cached 4 KiB at a time; fencing any address inside it drops every piece,
 * in the TLB and in the fast TLB. */
static void test_fence_superpage(void)
{
    mt_setup();
    mt_case = "sfence.vma inside a superpage";
    mt_root(SATP_MODE_SV39);
    uint64_t s = mt_map(0x40200000, MT_RAM_BASE + 0x200000, RWAD, 1);
    uint64_t pa;
    for (uint64_t off = 0; off < 0x3000; off += 0x1000) {
        CHECK_XLATE(0x40200000 + off, MMU_LOAD, PRIV_S, MT_RAM_BASE + 0x200000 + off);
        CHECK(mmu_fast_fill(&H->tlb, MMU_LOAD, 0x40200000 + off, mt_bus.ram));
    }
    repoint(s, MT_RAM_BASE + 0x400000);
    CHECK_XLATE(0x40201000, MMU_LOAD, PRIV_S, MT_RAM_BASE + 0x201000);
    fence(true, 0x403ff000, false, 0);   /* a page of it that was never used */
    CHECK(!mmu_fast_lookup(&H->tlb, MMU_LOAD, 0x40200000, 8));
    CHECK(!mmu_fast_lookup(&H->tlb, MMU_LOAD, 0x40202000, 8));
    CHECK_XLATE(0x40200000, MMU_LOAD, PRIV_S, MT_RAM_BASE + 0x400000);
    CHECK_XLATE(0x40201000, MMU_LOAD, PRIV_S, MT_RAM_BASE + 0x401000);
    CHECK_XLATE(0x40202000, MMU_LOAD, PRIV_S, MT_RAM_BASE + 0x402000);
    (void)pa;
}

/* The fast TLB only takes what mmu_translate just allowed, and fences empty it. */
static void test_fast_tlb(void)
{
    mt_setup();
    mt_case = "fast TLB";
    mt_root_asid(SATP_MODE_SV39, 3);
    mt_map(VA_A, OLD, RWAD, 0);
    mt_map(VA_B, OLD + 0x1000, PTE_R | PTE_A, 0);
    uint8_t *host = mt_bus.ram + (OLD - MT_RAM_BASE);
    CHECK(!mmu_fast_fill(&H->tlb, MMU_LOAD, VA_A, host));   /* nothing translated yet */
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    CHECK(!mmu_fast_fill(&H->tlb, MMU_STORE, VA_A, host));  /* allowed for loads only */
    CHECK(!mmu_fast_fill(&H->tlb, MMU_LOAD, VA_B, host));   /* another page */
    CHECK(mmu_fast_fill(&H->tlb, MMU_LOAD, VA_A + 8, host + 8));
    CHECK(mmu_fast_lookup(&H->tlb, MMU_LOAD, VA_A + 16, 8) == host + 16);
    uint64_t pa;
    CHECK_EQ(mt_xlate(VA_B, MMU_STORE, PRIV_S, &pa, NULL), EXC_STORE_PAGE_FAULT);
    CHECK(!mmu_fast_fill(&H->tlb, MMU_STORE, VA_B, host));  /* a fault allows nothing */
    fence(false, 0, true, 4);                                /* another ASID */
    CHECK(mmu_fast_lookup(&H->tlb, MMU_LOAD, VA_A, 8) != NULL);
    fence(true, VA_B, true, 3);                              /* another page */
    CHECK(mmu_fast_lookup(&H->tlb, MMU_LOAD, VA_A, 8) != NULL);
    fence(true, VA_A, true, 3);
    CHECK(mmu_fast_lookup(&H->tlb, MMU_LOAD, VA_A, 8) == NULL);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    CHECK(mmu_fast_fill(&H->tlb, MMU_LOAD, VA_A, host));
    fence(false, 0, false, 0);
    CHECK(mmu_fast_lookup(&H->tlb, MMU_LOAD, VA_A, 8) == NULL);
    /* satp writes empty it too */
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    CHECK(mmu_fast_fill(&H->tlb, MMU_LOAD, VA_A, host));
    mmu_write_satp(H, H->csr.satp);
    CHECK(mmu_fast_lookup(&H->tlb, MMU_LOAD, VA_A, 8) == NULL);
    /* MPRV loads and stores are never cached: a trap into M changes MPP unflushed */
    H->csr.mstatus |= MSTATUS_MPRV | (uint64_t)PRIV_S << MSTATUS_MPP_SHIFT;
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_M, OLD);
    H->priv = PRIV_M;
    CHECK(!mmu_fast_fill(&H->tlb, MMU_LOAD, VA_A, host));
    CHECK_XLATE(OLD, MMU_FETCH, PRIV_M, OLD);             /* fetches ignore MPRV */
    H->priv = PRIV_M;
    CHECK(mmu_fast_fill(&H->tlb, MMU_FETCH, OLD, host));
}

/* A TLB entry that refuses an access is not trusted: the walk reads the PTE again, so a
 * kernel that granted more rights sees them without a spurious fault. */
static void test_upgrade_without_fence(void)
{
    mt_setup();
    mt_case = "permission upgrade";
    mt_root(SATP_MODE_SV39);
    uint64_t a = mt_map(VA_A, OLD, PTE_R | PTE_A, 0);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    mt_wr64(a, mt_rd64(a) | PTE_W);
    CHECK_XLATE(VA_A, MMU_STORE, PRIV_S, OLD);
}

static void test_ad_hardware(void)
{
    mt_setup();
    mt_case = "A/D by hardware";
    mt_root(SATP_MODE_SV39);
    uint64_t a = mt_map(VA_A, OLD, PTE_R | PTE_W | PTE_X, 0);
    uint64_t b = mt_map(VA_B, OLD + 0x1000, PTE_R | PTE_W | PTE_X, 0);
    uint64_t c = mt_map(VA_C, OLD + 0x2000, PTE_R | PTE_W | PTE_X, 0);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    CHECK_EQ(mt_rd64(a) & (PTE_A | PTE_D), PTE_A);       /* a load sets A only */
    CHECK_XLATE(VA_B, MMU_FETCH, PRIV_S, OLD + 0x1000);
    CHECK_EQ(mt_rd64(b) & (PTE_A | PTE_D), PTE_A);       /* a fetch sets A only */
    CHECK_XLATE(VA_C, MMU_STORE, PRIV_S, OLD + 0x2000);
    CHECK_EQ(mt_rd64(c) & (PTE_A | PTE_D), PTE_A | PTE_D);
    /* a store through the entry the load cached must still set D */
    struct walk w;
    uint64_t pa;
    CHECK_EQ(mt_xlate(VA_A, MMU_STORE, PRIV_S, &pa, &w), EXC_NONE);
    CHECK(!w.tlb_hit);
    CHECK_EQ(w.ad_set, PTE_D);
    CHECK_EQ(mt_rd64(a) & (PTE_A | PTE_D), PTE_A | PTE_D);
    CHECK_EQ(mt_xlate(VA_A, MMU_STORE, PRIV_S, &pa, &w), EXC_NONE);
    CHECK(w.tlb_hit);                                     /* now D is cached */
    /* a fault sets nothing */
    uint64_t r = mt_map(0x40003000, OLD, PTE_R, 0);
    CHECK_FAULT(0x40003000, MMU_STORE, PRIV_S, EXC_STORE_PAGE_FAULT, MMU_ERR_NOT_WRITABLE);
    CHECK_EQ(mt_rd64(r) & (PTE_A | PTE_D), 0);
}

/* The same through the hart's slow path: a load's fast entry never lets a store skip D. */
static void test_ad_through_mem(void)
{
    mt_setup();
    mt_case = "A/D through mem.c";
    mt_root(SATP_MODE_SV39);
    uint64_t a = mt_map(VA_A, OLD, PTE_R | PTE_W, 0);
    mt_wr64(OLD, 0x1122334455667788ull);
    uint64_t v = 0, tval = 0;
    CHECK_EQ(mem_load_slow(H, VA_A, 8, &v, &tval), EXC_NONE);
    CHECK_EQ(v, 0x1122334455667788ull);
    CHECK(mmu_fast_lookup(&H->tlb, MMU_LOAD, VA_A, 8) != NULL);
    CHECK(mmu_fast_lookup(&H->tlb, MMU_STORE, VA_A, 8) == NULL);
    CHECK_EQ(mt_rd64(a) & (PTE_A | PTE_D), PTE_A);
    CHECK_EQ(mem_store_slow(H, VA_A + 8, 8, 42, &tval), EXC_NONE);
    CHECK_EQ(mt_rd64(a) & (PTE_A | PTE_D), PTE_A | PTE_D);
    CHECK_EQ(mt_rd64(OLD + 8), 42);
    /* AMOs: write permission (which implies read) and D */
    uint64_t b = mt_map(VA_B, OLD + 0x1000, PTE_R | PTE_W, 0);
    mt_map(VA_C, OLD + 0x2000, PTE_R | PTE_A, 0);
    uint64_t pa;
    CHECK_EQ(mem_translate_atomic(H, VA_B, 8, MMU_STORE, &pa), EXC_NONE);
    CHECK_EQ(pa, OLD + 0x1000);
    CHECK_EQ(mt_rd64(b) & (PTE_A | PTE_D), PTE_A | PTE_D);
    CHECK_EQ(mem_translate_atomic(H, VA_C, 4, MMU_STORE, &pa), EXC_STORE_PAGE_FAULT);
    CHECK_EQ(mem_translate_atomic(H, VA_C, 4, MMU_LOAD, &pa), EXC_NONE);   /* LR */
}

static void test_ad_fault(void)
{
    mt_setup();
    mt_case = "A/D faulting";
    mt_root(SATP_MODE_SV39);
    mmu_set_ad_mode(H, MMU_AD_FAULT);
    uint64_t a = mt_map(VA_A, OLD, PTE_R | PTE_W | PTE_X, 0);
    mt_map(VA_B, OLD + 0x1000, PTE_R | PTE_W | PTE_A, 0);
    mt_map(VA_C, OLD + 0x2000, RWAD, 0);
    CHECK_FAULT(VA_A, MMU_LOAD, PRIV_S, EXC_LOAD_PAGE_FAULT, MMU_ERR_A_CLEAR);
    CHECK_FAULT(VA_A, MMU_FETCH, PRIV_S, EXC_INSN_PAGE_FAULT, MMU_ERR_A_CLEAR);
    CHECK_FAULT(VA_A, MMU_STORE, PRIV_S, EXC_STORE_PAGE_FAULT, MMU_ERR_A_CLEAR);
    CHECK_EQ(mt_rd64(a) & (PTE_A | PTE_D), 0);            /* nothing written */
    CHECK_XLATE(VA_B, MMU_LOAD, PRIV_S, OLD + 0x1000);
    CHECK_FAULT(VA_B, MMU_STORE, PRIV_S, EXC_STORE_PAGE_FAULT, MMU_ERR_D_CLEAR);
    CHECK_XLATE(VA_C, MMU_STORE, PRIV_S, OLD + 0x2000);
    /* the kernel sets A (no fence needed to make progress: faults are not cached) */
    mt_wr64(a, mt_rd64(a) | PTE_A);
    CHECK_XLATE(VA_A, MMU_LOAD, PRIV_S, OLD);
    CHECK_FAULT(VA_A, MMU_STORE, PRIV_S, EXC_STORE_PAGE_FAULT, MMU_ERR_D_CLEAR);
    mt_wr64(a, mt_rd64(a) | PTE_D);
    CHECK_XLATE(VA_A, MMU_STORE, PRIV_S, OLD);
    mmu_set_ad_mode(H, MMU_AD_HARDWARE);
}

static int walk_events;
static struct event last_event;

static void on_walk(void *ctx, const struct event *ev)
{
    (void)ctx;
    walk_events++;
    last_event = *ev;
}

static void test_walk_event(void)
{
    mt_setup();
    mt_case = "EV_PAGEWALK";
    mt_root(SATP_MODE_SV39);
    mt_map(VA_A, OLD, RWAD, 0);
    CHECK(events_subscribe(&mt_hub, 1u << EV_PAGEWALK, on_walk, NULL));
    uint64_t pa;
    CHECK_EQ(mt_xlate(VA_A + 4, MMU_STORE, PRIV_S, &pa, NULL), EXC_NONE);
    CHECK_EQ(walk_events, 1);
    CHECK_EQ(last_event.u.walk.va, VA_A + 4);
    CHECK_EQ(last_event.u.walk.pa, OLD + 4);
    CHECK_EQ(last_event.u.walk.access, MMU_STORE);
    CHECK_EQ(last_event.u.walk.result, MMU_OK);
    CHECK_EQ(H->mmu.last_walk.nsteps, 3);
    CHECK_EQ(mt_xlate(VA_A, MMU_LOAD, PRIV_S, &pa, NULL), EXC_NONE);   /* TLB hit */
    CHECK_EQ(walk_events, 1);
    CHECK_EQ(mt_xlate(VA_B, MMU_LOAD, PRIV_U, &pa, NULL), EXC_LOAD_PAGE_FAULT);
    CHECK_EQ(walk_events, 2);
    CHECK_EQ(last_event.u.walk.result, MMU_ERR_INVALID);
    CHECK_EQ(H->mmu.last_walk.step[H->mmu.last_walk.nsteps - 1].reason, MMU_ERR_INVALID);
    events_unsubscribe(&mt_hub, on_walk, NULL);
}

int main(void)
{
    test_fence_all();
    test_fence_va();
    test_fence_asid();
    test_fence_va_asid();
    test_global_pointer();
    test_fence_superpage();
    test_fast_tlb();
    test_upgrade_without_fence();
    test_ad_hardware();
    test_ad_through_mem();
    test_ad_fault();
    test_walk_event();
    return mt_report("test_mmu_tlb");
}
