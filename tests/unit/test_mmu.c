/*
 * test_mmu: the page-table walker over hand-built tables in RAM (priv spec 1.12 §4.3-4.5):
 * every page size in Sv39/Sv48/Sv57, one case per fault reason, the U/SUM/MXR rules and
 * MPRV, the recorded walk and the side-effect-free debug walk, satp WARL.
 *
 * The TLB, sfence.vma and A/D are in test_mmu_tlb.c, PMP in test_mmu_pmp.c.
 */
#include "test_mmu.h"

#define DATA (MT_RAM_BASE + 0x100000)   /* a 4 KiB data page */
#define VA 0x40000000ull                 /* where tests map it */

static void test_page_sizes(void)
{
    static const struct {
        unsigned mode;
        int level;
        uint64_t va, pa;   /* va/pa of the page's first byte, both aligned to its size */
    } cases[] = {
        {SATP_MODE_SV39, 0, 0x40001000ull, MT_RAM_BASE + 0x101000},
        {SATP_MODE_SV39, 1, 0x40200000ull, MT_RAM_BASE + 0x200000},       /* 2 MiB */
        {SATP_MODE_SV39, 2, 0x40000000ull, MT_RAM_BASE},                  /* 1 GiB */
        {SATP_MODE_SV39, 2, 0xffffffffc0000000ull, MT_RAM_BASE},          /* top of va */
        {SATP_MODE_SV48, 0, 0x7f0000001000ull, MT_RAM_BASE + 0x3000},
        {SATP_MODE_SV48, 1, 0x400000200000ull, MT_RAM_BASE + 0x200000},
        {SATP_MODE_SV48, 2, 0x000040000000ull, MT_RAM_BASE},
        {SATP_MODE_SV48, 3, 0x008000000000ull, 0},                        /* 512 GiB */
        {SATP_MODE_SV48, 3, 0xffff800000000000ull, 0},                    /* top half */
        {SATP_MODE_SV57, 0, 0x00fe000000001000ull, MT_RAM_BASE + 0x5000},
        {SATP_MODE_SV57, 3, 0x0000008000000000ull, 0},
        {SATP_MODE_SV57, 4, 0x0001000000000000ull, 0},                    /* 256 TiB */
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mt_setup();
        mt_case = mmu_mode_name(cases[i].mode);
        mt_root(cases[i].mode);
        mt_map(cases[i].va, cases[i].pa, PTE_R | PTE_W | PTE_A | PTE_D, cases[i].level);
        uint64_t size = 1ull << (12 + 9 * cases[i].level);
        /* the first byte, one inside, the last byte: offset comes from the va */
        CHECK_XLATE(cases[i].va, MMU_LOAD, PRIV_S, cases[i].pa);
        struct walk w;
        uint64_t pa;
        mt_xlate(cases[i].va + 8, MMU_LOAD, PRIV_S, &pa, &w);
        CHECK(w.tlb_hit);   /* the first access filled the TLB */
        CHECK_EQ(w.leaf_level, cases[i].level);
        uint64_t mid = size / 2 + 0x234;
        CHECK_XLATE(cases[i].va + mid, MMU_STORE, PRIV_S, cases[i].pa + mid);
        CHECK_XLATE(cases[i].va + size - 1, MMU_LOAD, PRIV_S, cases[i].pa + size - 1);
        /* the first byte past it is not mapped */
        CHECK_FAULT(cases[i].va + size, MMU_LOAD, PRIV_S, EXC_LOAD_PAGE_FAULT,
                    MMU_ERR_INVALID);
    }
}

/* One PTE per fault reason, each raising the page fault of the access type, or the access
 * fault for PTE reads outside RAM. */
static void test_fault_reasons(void)
{
    static const struct {
        const char *name;
        uint64_t bits;          /* leaf bits (V is added unless `raw`) */
        bool raw;
        enum mmu_access acc;
        enum mmu_reason reason;
    } cases[] = {
        {"V=0", PTE_R | PTE_W | PTE_A | PTE_D, true, MMU_LOAD, MMU_ERR_INVALID},
        {"W without R", PTE_W | PTE_A | PTE_D, false, MMU_STORE, MMU_ERR_W_NO_R},
        {"W+X without R", PTE_W | PTE_X | PTE_A | PTE_D, false, MMU_FETCH, MMU_ERR_W_NO_R},
        {"N", PTE_R | PTE_A | 1ull << 63, false, MMU_LOAD, MMU_ERR_NAPOT},
        {"PBMT=NC", PTE_R | PTE_A | 1ull << 61, false, MMU_LOAD, MMU_ERR_PBMT},
        {"PBMT=IO", PTE_R | PTE_A | 2ull << 61, false, MMU_LOAD, MMU_ERR_PBMT},
        {"bit 54", PTE_R | PTE_A | 1ull << 54, false, MMU_LOAD, MMU_ERR_RESERVED},
        {"bit 60", PTE_X | PTE_A | 1ull << 60, false, MMU_FETCH, MMU_ERR_RESERVED},
        {"no X", PTE_R | PTE_W | PTE_A | PTE_D, false, MMU_FETCH, MMU_ERR_NOT_EXECUTABLE},
        {"no R", PTE_X | PTE_A, false, MMU_LOAD, MMU_ERR_NOT_READABLE},
        {"no W", PTE_R | PTE_X | PTE_A | PTE_D, false, MMU_STORE, MMU_ERR_NOT_WRITABLE},
        {"U from S", PTE_R | PTE_U | PTE_A, false, MMU_LOAD, MMU_ERR_USER_PAGE},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mt_setup();
        mt_case = cases[i].name;
        mt_root(SATP_MODE_SV39);
        uint64_t slot = mt_map(VA, DATA, 0, 0);
        mt_wr64(slot, mt_pte(DATA, cases[i].bits | (cases[i].raw ? 0 : PTE_V)));
        static const int pf[3] = {EXC_INSN_PAGE_FAULT, EXC_LOAD_PAGE_FAULT,
                                  EXC_STORE_PAGE_FAULT};
        CHECK_FAULT(VA + 0x10, cases[i].acc, PRIV_S, pf[cases[i].acc], cases[i].reason);
    }

    mt_setup();
    mt_case = "U-mode, no U";
    mt_root(SATP_MODE_SV39);
    mt_map(VA, DATA, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D, 0);
    CHECK_FAULT(VA, MMU_LOAD, PRIV_U, EXC_LOAD_PAGE_FAULT, MMU_ERR_SUPERVISOR_PAGE);
    CHECK_FAULT(VA, MMU_STORE, PRIV_U, EXC_STORE_PAGE_FAULT, MMU_ERR_SUPERVISOR_PAGE);
    CHECK_FAULT(VA, MMU_FETCH, PRIV_U, EXC_INSN_PAGE_FAULT, MMU_ERR_SUPERVISOR_PAGE);

    mt_case = "non-leaf A, D, U";
    static const uint64_t nonleaf_bits[] = {PTE_A, PTE_D, PTE_U};
    for (int i = 0; i < 3; i++) {
        mt_setup();
        mt_root(SATP_MODE_SV39);
        mt_map(VA, DATA, PTE_R | PTE_A, 0);
        uint64_t mid = mt_entry(VA, 1);
        mt_wr64(mid, mt_rd64(mid) | nonleaf_bits[i]);
        CHECK_FAULT(VA, MMU_LOAD, PRIV_S, EXC_LOAD_PAGE_FAULT, MMU_ERR_NONLEAF_ADU);
    }

    mt_setup();
    mt_case = "pointer at level 0";
    mt_root(SATP_MODE_SV39);
    uint64_t slot = mt_map(VA, DATA, 0, 0);
    mt_wr64(slot, mt_pte(DATA, PTE_V));   /* R = W = X = 0: a pointer */
    CHECK_FAULT(VA, MMU_FETCH, PRIV_S, EXC_INSN_PAGE_FAULT, MMU_ERR_NO_LEAF);

    mt_case = "misaligned superpages";
    mt_setup();
    mt_root(SATP_MODE_SV39);
    mt_map(0x40200000, MT_RAM_BASE + 0x1000, PTE_R | PTE_A, 1);   /* 2 MiB at 4 KiB */
    mt_map(0x80000000, MT_RAM_BASE + 0x200000, PTE_R | PTE_W | PTE_A, 2);   /* 1 GiB */
    CHECK_FAULT(0x40200000, MMU_LOAD, PRIV_S, EXC_LOAD_PAGE_FAULT,
                MMU_ERR_MISALIGNED_SUPERPAGE);
    CHECK_FAULT(0x80000000, MMU_STORE, PRIV_S, EXC_STORE_PAGE_FAULT,
                MMU_ERR_MISALIGNED_SUPERPAGE);
    mt_setup();
    mt_root(SATP_MODE_SV48);
    mt_map(0x8000000000, MT_RAM_BASE, PTE_R | PTE_A, 3);   /* 512 GiB at 2 GiB */
    CHECK_FAULT(0x8000000000, MMU_LOAD, PRIV_S, EXC_LOAD_PAGE_FAULT,
                MMU_ERR_MISALIGNED_SUPERPAGE);

    mt_case = "non-canonical";
    static const struct {
        unsigned mode;
        uint64_t va;
    } noncanon[] = {
        {SATP_MODE_SV39, 0x0000004000000000ull},   /* bit 38 set, 63:39 clear */
        {SATP_MODE_SV39, 0xffffffbfffffffffull},   /* bit 38 clear, 63:39 set */
        {SATP_MODE_SV39, 0x8000000000000000ull},
        {SATP_MODE_SV48, 0x0000800000000000ull},
        {SATP_MODE_SV57, 0x0100000000000000ull},
    };
    for (unsigned i = 0; i < sizeof noncanon / sizeof noncanon[0]; i++) {
        mt_setup();
        mt_root(noncanon[i].mode);
        CHECK_FAULT(noncanon[i].va, MMU_LOAD, PRIV_S, EXC_LOAD_PAGE_FAULT,
                    MMU_ERR_NONCANONICAL);
        CHECK_FAULT(noncanon[i].va, MMU_FETCH, PRIV_U, EXC_INSN_PAGE_FAULT,
                    MMU_ERR_NONCANONICAL);
    }

    mt_case = "PTE outside RAM";
    mt_setup();
    mmu_write_satp(H, (uint64_t)SATP_MODE_SV39 << 60 | 0x70000000 >> 12);   /* a hole */
    CHECK_FAULT(VA, MMU_LOAD, PRIV_S, EXC_LOAD_ACCESS, MMU_ERR_PTE_NOT_RAM);
    CHECK_FAULT(VA, MMU_STORE, PRIV_U, EXC_STORE_ACCESS, MMU_ERR_PTE_NOT_RAM);
    CHECK_FAULT(VA, MMU_FETCH, PRIV_S, EXC_INSN_ACCESS, MMU_ERR_PTE_NOT_RAM);
    /* a pointer into the hole one level down */
    mt_setup();
    mt_root(SATP_MODE_SV39);
    mt_wr64(mt_entry(VA, 2), mt_pte(0x70000000, PTE_V));
    CHECK_FAULT(VA, MMU_LOAD, PRIV_S, EXC_LOAD_ACCESS, MMU_ERR_PTE_NOT_RAM);

    mt_case = "Bare beyond 56 bits";
    mt_setup();
    CHECK_FAULT(1ull << 56, MMU_LOAD, PRIV_S, EXC_LOAD_ACCESS, MMU_ERR_PA_RANGE);
    CHECK_FAULT(~0ull, MMU_FETCH, PRIV_M, EXC_INSN_ACCESS, MMU_ERR_PA_RANGE);
    CHECK_XLATE(0x1000, MMU_LOAD, PRIV_M, 0x1000);
}

/* U/SUM/MXR (priv spec §4.3.1, §3.1.6.3): one row per combination worth naming. */
static void test_permissions(void)
{
    static const struct {
        enum priv priv;
        uint64_t bits;
        int sum, mxr;
        enum mmu_access acc;
        enum mmu_reason want;   /* MMU_OK or the refusal */
    } rows[] = {
        /* S-mode on an S page */
        {PRIV_S, PTE_R, 0, 0, MMU_LOAD, MMU_OK},
        {PRIV_S, PTE_X, 0, 0, MMU_LOAD, MMU_ERR_NOT_READABLE},
        {PRIV_S, PTE_X, 0, 1, MMU_LOAD, MMU_OK},                    /* MXR */
        {PRIV_S, PTE_X, 0, 1, MMU_STORE, MMU_ERR_NOT_WRITABLE},     /* MXR: loads only */
        {PRIV_S, PTE_R, 0, 1, MMU_FETCH, MMU_ERR_NOT_EXECUTABLE},
        {PRIV_S, PTE_X, 0, 0, MMU_FETCH, MMU_OK},
        {PRIV_S, PTE_R | PTE_W, 0, 0, MMU_STORE, MMU_OK},
        /* S-mode on a U page */
        {PRIV_S, PTE_U | PTE_R | PTE_W, 0, 0, MMU_LOAD, MMU_ERR_USER_PAGE},
        {PRIV_S, PTE_U | PTE_R | PTE_W, 1, 0, MMU_LOAD, MMU_OK},     /* SUM */
        {PRIV_S, PTE_U | PTE_R | PTE_W, 1, 0, MMU_STORE, MMU_OK},
        {PRIV_S, PTE_U | PTE_R | PTE_W, 0, 0, MMU_STORE, MMU_ERR_USER_PAGE},
        {PRIV_S, PTE_U | PTE_X, 1, 0, MMU_FETCH, MMU_ERR_USER_PAGE}, /* never with SUM */
        {PRIV_S, PTE_U | PTE_X, 1, 1, MMU_LOAD, MMU_OK},             /* SUM + MXR */
        {PRIV_S, PTE_U | PTE_X, 1, 0, MMU_LOAD, MMU_ERR_NOT_READABLE},
        {PRIV_S, PTE_U | PTE_X, 0, 1, MMU_LOAD, MMU_ERR_USER_PAGE},
        /* U-mode: SUM never matters */
        {PRIV_U, PTE_U | PTE_R, 0, 0, MMU_LOAD, MMU_OK},
        {PRIV_U, PTE_U | PTE_X, 0, 0, MMU_FETCH, MMU_OK},
        {PRIV_U, PTE_U | PTE_X, 0, 0, MMU_LOAD, MMU_ERR_NOT_READABLE},
        {PRIV_U, PTE_U | PTE_X, 0, 1, MMU_LOAD, MMU_OK},             /* MXR applies to U */
        {PRIV_U, PTE_U | PTE_R, 0, 0, MMU_STORE, MMU_ERR_NOT_WRITABLE},
        {PRIV_U, PTE_R | PTE_W, 1, 0, MMU_LOAD, MMU_ERR_SUPERVISOR_PAGE},
        {PRIV_U, PTE_R | PTE_X, 1, 1, MMU_FETCH, MMU_ERR_SUPERVISOR_PAGE},
    };
    static const int pf[3] = {EXC_INSN_PAGE_FAULT, EXC_LOAD_PAGE_FAULT, EXC_STORE_PAGE_FAULT};
    for (unsigned i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char name[32];
        snprintf(name, sizeof name, "permission row %u", i);
        mt_setup();
        mt_case = name;
        mt_root(SATP_MODE_SV39);
        mt_map(VA, DATA, rows[i].bits | PTE_A | PTE_D, 0);
        H->csr.mstatus |= (rows[i].sum ? MSTATUS_SUM : 0) | (rows[i].mxr ? MSTATUS_MXR : 0);
        if (rows[i].want == MMU_OK)
            CHECK_XLATE(VA + 4, rows[i].acc, rows[i].priv, DATA + 4);
        else
            CHECK_FAULT(VA + 4, rows[i].acc, rows[i].priv, pf[rows[i].acc], rows[i].want);
    }
}

/* MPRV (§3.1.6.3): M-mode loads and stores as MPP; fetches never. */
static void test_mprv(void)
{
    mt_setup();
    mt_case = "MPRV";
    mt_root(SATP_MODE_SV39);
    mt_map(VA, DATA, PTE_R | PTE_W | PTE_A | PTE_D, 0);             /* S page */
    mt_map(VA + 0x1000, DATA + 0x1000, PTE_U | PTE_R | PTE_A, 0);   /* U page */
    /* without MPRV, M-mode does not translate */
    CHECK_XLATE(VA, MMU_LOAD, PRIV_M, VA);
    H->csr.mstatus |= MSTATUS_MPRV | (uint64_t)PRIV_S << MSTATUS_MPP_SHIFT;
    CHECK_XLATE(VA, MMU_LOAD, PRIV_M, DATA);
    CHECK_XLATE(VA, MMU_STORE, PRIV_M, DATA);
    CHECK_XLATE(VA, MMU_FETCH, PRIV_M, VA);   /* fetch: no MPRV */
    CHECK_FAULT(VA + 0x1000, MMU_LOAD, PRIV_M, EXC_LOAD_PAGE_FAULT, MMU_ERR_USER_PAGE);
    H->csr.mstatus |= MSTATUS_SUM;            /* SUM applies to MPRV as S */
    CHECK_XLATE(VA + 0x1000, MMU_LOAD, PRIV_M, DATA + 0x1000);
    H->csr.mstatus &= ~(MSTATUS_MPP | MSTATUS_SUM);   /* MPP = U */
    CHECK_XLATE(VA + 0x1000, MMU_LOAD, PRIV_M, DATA + 0x1000);
    CHECK_FAULT(VA + 0x1000, MMU_STORE, PRIV_M, EXC_STORE_PAGE_FAULT,
                MMU_ERR_NOT_WRITABLE);
    CHECK_FAULT(VA, MMU_LOAD, PRIV_M, EXC_LOAD_PAGE_FAULT, MMU_ERR_SUPERVISOR_PAGE);
    H->csr.mstatus |= MSTATUS_MPP;            /* MPP = M: no translation */
    CHECK_XLATE(VA, MMU_LOAD, PRIV_M, VA);
    /* MPRV does nothing outside M-mode */
    H->csr.mstatus &= ~MSTATUS_MPP;
    CHECK_XLATE(VA, MMU_LOAD, PRIV_S, DATA);
}

/* The record: one step per level with the PTE, its flags and the decision. */
static void test_record(void)
{
    mt_setup();
    mt_case = "record";
    uint64_t root = mt_root(SATP_MODE_SV39);
    uint64_t va = 0x40201234ull;   /* VPN[2] = 1, VPN[1] = 1, VPN[0] = 1 */
    uint64_t leaf = mt_map(va, DATA, PTE_R | PTE_W | PTE_G, 0);
    struct walk w;
    uint64_t pa;
    CHECK_EQ(mt_xlate(va, MMU_STORE, PRIV_S, &pa, &w), EXC_NONE);
    CHECK_EQ(w.nsteps, 3);
    CHECK(!w.tlb_hit && !w.debug);
    CHECK_EQ(w.step[0].level, 2);
    CHECK_EQ(w.step[0].vpn, 1);
    CHECK_EQ(w.step[0].table, root);
    CHECK_EQ(w.step[0].pte_pa, root + 8);
    CHECK_EQ(w.step[0].decision, WALK_DESCEND);
    CHECK_EQ(w.step[0].next, w.step[1].table);
    CHECK_EQ(w.step[0].flags, PTE_V);
    CHECK_EQ(w.step[0].pmp_entry, 15);
    CHECK_EQ(w.step[1].level, 1);
    CHECK_EQ(w.step[1].vpn, 1);
    CHECK_EQ(w.step[2].level, 0);
    CHECK_EQ(w.step[2].pte_pa, leaf);
    CHECK_EQ(w.step[2].pte, mt_pte(DATA, PTE_V | PTE_R | PTE_W | PTE_G));   /* as read */
    CHECK_EQ(w.step[2].decision, WALK_LEAF);
    CHECK_EQ(w.step[2].next, DATA + 0x234);
    CHECK_EQ(w.pa, DATA + 0x234);
    CHECK_EQ(w.ad_set, PTE_A | PTE_D);
    CHECK_EQ(w.leaf_pte, mt_rd64(leaf));
    CHECK_EQ(w.reason, MMU_OK);
    CHECK_EQ(w.exception, EXC_NONE);
    char flags[9];
    mmu_pte_flags(mt_rd64(leaf), flags);
    CHECK(strcmp(flags, "DAG--WRV") == 0);

    /* a fault stops at its step and names the reason and the trap */
    mt_case = "record of a fault";
    CHECK_EQ(mt_xlate(0x40400000ull, MMU_FETCH, PRIV_S, &pa, &w), EXC_INSN_PAGE_FAULT);
    CHECK_EQ(w.nsteps, 2);
    CHECK_EQ(w.step[1].decision, WALK_FAULT);
    CHECK_EQ(w.step[1].reason, MMU_ERR_INVALID);
    CHECK_EQ(w.reason, MMU_ERR_INVALID);
    CHECK(strcmp(mmu_reason_name(w.reason), "PTE not valid (V=0)") == 0);
    for (int r = 0; r < MMU_REASON_COUNT; r++)
        CHECK(mmu_reason_name((enum mmu_reason)r) != NULL);

    /* a TLB hit has no steps */
    mt_case = "record of a TLB hit";
    CHECK_EQ(mt_xlate(va, MMU_LOAD, PRIV_S, &pa, &w), EXC_NONE);
    CHECK(w.tlb_hit);
    CHECK_EQ(w.nsteps, 0);
    CHECK_EQ(w.pa, DATA + 0x234);
}

/* The debug walk: any satp, no A/D write, no TLB fill; same answer as the hardware. */
static void test_debug_walk(void)
{
    mt_setup();
    mt_case = "debug walk";
    mt_root(SATP_MODE_SV48);
    uint64_t satp = H->csr.satp;
    uint64_t leaf = mt_map(VA, DATA, PTE_U | PTE_R | PTE_W, 0);
    mmu_write_satp(H, 0);   /* the hart runs Bare: the debugger walks another satp */
    struct walk w;
    CHECK_EQ(mmu_walk_debug(H, satp, VA + 8, MMU_STORE, PRIV_U, &w), EXC_NONE);
    CHECK(w.debug);
    CHECK_EQ(w.nsteps, 4);
    CHECK_EQ(w.pa, DATA + 8);
    CHECK_EQ(w.ad_set, PTE_A | PTE_D);                       /* would set ... */
    CHECK_EQ(mt_rd64(leaf), mt_pte(DATA, PTE_V | PTE_U | PTE_R | PTE_W));  /* ... did not */
    CHECK_EQ(mmu_walk_debug(H, satp, VA, MMU_LOAD, PRIV_S, &w), EXC_LOAD_PAGE_FAULT);
    CHECK_EQ(w.reason, MMU_ERR_USER_PAGE);
    /* the TLB was not filled: the hart walking that satp reads memory */
    mmu_write_satp(H, satp);
    uint64_t pa;
    CHECK_EQ(mt_xlate(VA, MMU_LOAD, PRIV_U, &pa, &w), EXC_NONE);
    CHECK(!w.tlb_hit);
    CHECK_EQ(w.nsteps, 4);
    /* with A/D faulting, the debug walk reports the fault the hart would take */
    mt_setup();
    mt_root(SATP_MODE_SV39);
    mt_map(VA, DATA, PTE_R, 0);
    mmu_set_ad_mode(H, MMU_AD_FAULT);
    CHECK_EQ(mmu_walk_debug(H, H->csr.satp, VA, MMU_LOAD, PRIV_S, &w), EXC_LOAD_PAGE_FAULT);
    CHECK_EQ(w.reason, MMU_ERR_A_CLEAR);
    /* unsupported modes and M-mode */
    CHECK_EQ(mmu_walk_debug(H, 5ull << 60, VA, MMU_LOAD, PRIV_S, &w), EXC_LOAD_PAGE_FAULT);
    CHECK_EQ(w.reason, MMU_ERR_SATP_MODE);
    CHECK_EQ(mmu_walk_debug(H, H->csr.satp, VA, MMU_LOAD, PRIV_M, &w), EXC_NONE);
    CHECK_EQ(w.reason, MMU_OK_BARE);
    CHECK_EQ(w.pa, VA);
}

/* satp is WARL (§4.1.11): supported modes stick, others leave satp as it was. */
static void test_satp(void)
{
    mt_setup();
    mt_case = "satp WARL";
    for (unsigned mode = 0; mode < 16; mode++) {
        mmu_write_satp(H, 9ull << 60 | 0x1234);   /* Sv48 */
        uint64_t v = (uint64_t)mode << 60 | 0xffffull << 44 | 0xfffffffffffull;
        mmu_write_satp(H, v);
        bool supported = mode == 0 || mode == 8 || mode == 9 || mode == 10;
        CHECK_EQ(H->csr.satp, supported ? v : 9ull << 60 | 0x1234);
    }
    CHECK(strcmp(mmu_mode_name(8), "Sv39") == 0);
    CHECK(strcmp(mmu_mode_name(3), "reserved") == 0);
}

int main(void)
{
    test_page_sizes();
    test_fault_reasons();
    test_permissions();
    test_mprv();
    test_record();
    test_debug_walk();
    test_satp();
    return mt_report("test_mmu");
}
