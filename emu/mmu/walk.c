/*
 * The page-table walk of priv spec 1.12 §4.3.2, for Sv39, Sv48 and Sv57 (§4.4-4.5):
 * one function over a table of paging modes, recording every step it takes.
 *
 *   Sv39 va:  | 63..39 = bit 38 | VPN[2] 38..30 | VPN[1] 29..21 | VPN[0] 20..12 | off |
 *   Sv48 adds VPN[3] 47..39, Sv57 VPN[4] 56..48; the bits above must copy the top one.
 *
 *   PTE:  | N 63 | PBMT 62..61 | reserved 60..54 | PPN 53..10 | RSW 9..8 | D A G U X W R V |
 *
 * Per level: read the PTE (PMP-checked as an S-mode load, RAM only), reject reserved
 * encodings, descend through pointers (R = W = X = 0), and at the leaf check U/SUM/MXR
 * and R/W/X, superpage alignment, then A/D.
 */
#include "mmu_internal.h"

#include <string.h>

#define PTE_PPN_SHIFT 10
#define PTE_PPN_MASK ((1ull << 44) - 1)
#define PTE_N_BIT (1ull << 63)                 /* Svnapot */
#define PTE_PBMT_BITS (3ull << 61)             /* Svpbmt */
#define PTE_RESERVED_BITS (0x7full << 54)

/* The paging modes (priv spec §4.1.11): levels per satp.MODE value; 0 = unsupported. */
static const struct {
    const char *name;
    int levels;
} paging_modes[16] = {
    [SATP_MODE_BARE] = {"Bare", 0},
    [SATP_MODE_SV39] = {"Sv39", 3},
    [SATP_MODE_SV48] = {"Sv48", 4},
    [SATP_MODE_SV57] = {"Sv57", 5},
};

int mmu_mode_levels(unsigned satp_mode)
{
    return satp_mode < 16 ? paging_modes[satp_mode].levels : 0;
}

const char *mmu_mode_name(unsigned satp_mode)
{
    if (satp_mode < 16 && paging_modes[satp_mode].name)
        return paging_modes[satp_mode].name;
    return "reserved";
}

/* Every reason: its phrase and whether it raises an access fault (else a page fault). */
static const struct {
    const char *name;
    bool access_fault;
} reasons[MMU_REASON_COUNT] = {
    [MMU_OK] = {"translated", false},
    [MMU_OK_BARE] = {"no translation (satp Bare or M-mode)", false},
    [MMU_ERR_PA_RANGE] = {"address beyond the 56-bit physical address space", true},
    [MMU_ERR_NONCANONICAL] = {"virtual address not canonical", false},
    [MMU_ERR_PTE_PMP] = {"PMP denies reading the PTE", true},
    [MMU_ERR_PTE_NOT_RAM] = {"PTE address is not in RAM", true},
    [MMU_ERR_INVALID] = {"PTE not valid (V=0)", false},
    [MMU_ERR_W_NO_R] = {"reserved PTE encoding W=1 R=0", false},
    [MMU_ERR_NAPOT] = {"PTE bit N set (Svnapot not implemented)", false},
    [MMU_ERR_PBMT] = {"PTE bits PBMT set (Svpbmt not implemented)", false},
    [MMU_ERR_RESERVED] = {"reserved PTE bits 60:54 set", false},
    [MMU_ERR_NONLEAF_ADU] = {"non-leaf PTE with D, A or U set", false},
    [MMU_ERR_NO_LEAF] = {"pointer PTE at level 0 (no leaf)", false},
    [MMU_ERR_USER_PAGE] = {"U page from S-mode (a fetch, or SUM=0)", false},
    [MMU_ERR_SUPERVISOR_PAGE] = {"page without U from U-mode", false},
    [MMU_ERR_NOT_EXECUTABLE] = {"fetch from a page without X", false},
    [MMU_ERR_NOT_READABLE] = {"load from a page without R (nor X with MXR)", false},
    [MMU_ERR_NOT_WRITABLE] = {"store to a page without W", false},
    [MMU_ERR_MISALIGNED_SUPERPAGE] = {"misaligned superpage (low PPN bits set)", false},
    [MMU_ERR_A_CLEAR] = {"A=0 (A/D updates set to fault)", false},
    [MMU_ERR_D_CLEAR] = {"store with D=0 (A/D updates set to fault)", false},
    [MMU_ERR_AD_PMP] = {"PMP denies writing A/D into the PTE", true},
    [MMU_ERR_PMP] = {"PMP denies the access", true},
    [MMU_ERR_SATP_MODE] = {"satp mode not supported", false},
};

const char *mmu_reason_name(enum mmu_reason r)
{
    return (unsigned)r < MMU_REASON_COUNT ? reasons[r].name : "?";
}

int mmu_reason_exception(enum mmu_reason r, enum mmu_access acc)
{
    static const int page_fault[3] = {EXC_INSN_PAGE_FAULT, EXC_LOAD_PAGE_FAULT,
                                      EXC_STORE_PAGE_FAULT};
    static const int access_fault[3] = {EXC_INSN_ACCESS, EXC_LOAD_ACCESS, EXC_STORE_ACCESS};
    if (r == MMU_OK || r == MMU_OK_BARE)
        return EXC_NONE;
    return reasons[r].access_fault ? access_fault[acc] : page_fault[acc];
}

void mmu_pte_flags(uint64_t pte, char out[9])
{
    static const char names[] = "DAGUXWRV";   /* bit 7 first */
    for (int i = 0; i < 8; i++)
        out[i] = (pte >> (7 - i)) & 1 ? names[i] : '-';
    out[8] = '\0';
}

bool mmu_leaf_permits(uint8_t pte, enum mmu_access acc, int priv, bool sum, bool mxr,
                      enum mmu_reason *why)
{
    /* §4.3.1: U-mode needs U = 1; S-mode may load/store U pages only with SUM = 1 and
     * never executes them. */
    if (priv == PRIV_U && !(pte & PTE_U)) {
        *why = MMU_ERR_SUPERVISOR_PAGE;
        return false;
    }
    if (priv == PRIV_S && (pte & PTE_U) && (acc == MMU_FETCH || !sum)) {
        *why = MMU_ERR_USER_PAGE;
        return false;
    }
    switch (acc) {
    case MMU_FETCH:
        *why = MMU_ERR_NOT_EXECUTABLE;
        return pte & PTE_X;
    case MMU_LOAD:   /* §3.1.6.3: MXR makes executable pages readable */
        *why = MMU_ERR_NOT_READABLE;
        return (pte & PTE_R) || (mxr && (pte & PTE_X));
    default:
        *why = MMU_ERR_NOT_WRITABLE;
        return pte & PTE_W;
    }
}

/* Step 2: read the PTE of step s. Implicit page-table reads are checked by PMP as
 * S-mode accesses (§3.7.1) and must hit RAM (page tables in device memory are not
 * supported: the walk would read registers with side effects). */
static enum mmu_reason read_pte(struct hart *h, struct walk_step *s)
{
    if (!pmp_check(h, s->pte_pa, 8, MMU_LOAD, PRIV_S, &s->pmp_entry, NULL))
        return MMU_ERR_PTE_PMP;
    const uint8_t *p = bus_ram_ptr(h->bus, s->pte_pa, 8);
    if (!p)
        return MMU_ERR_PTE_NOT_RAM;
    memcpy(&s->pte, p, 8);
    s->flags = (uint8_t)s->pte;
    return MMU_OK;
}

/* Step 3: encodings that are invalid or reserved in any PTE (1.12: "if any bits or
 * encodings that are reserved for future standard use are set within pte, stop and
 * raise a page-fault exception"). */
static enum mmu_reason check_encoding(uint64_t pte)
{
    if (!(pte & PTE_V))
        return MMU_ERR_INVALID;
    if ((pte & PTE_W) && !(pte & PTE_R))
        return MMU_ERR_W_NO_R;
    if (pte & PTE_N_BIT)
        return MMU_ERR_NAPOT;
    if (pte & PTE_PBMT_BITS)
        return MMU_ERR_PBMT;
    if (pte & PTE_RESERVED_BITS)
        return MMU_ERR_RESERVED;
    /* §4.3.1: "For non-leaf PTEs, the D, A, and U bits are reserved" */
    if (!(pte & (PTE_R | PTE_X)) && (pte & (PTE_D | PTE_A | PTE_U)))
        return MMU_ERR_NONLEAF_ADU;
    return MMU_OK;
}

static enum mmu_reason fail(struct walk_step *s, enum mmu_reason r)
{
    s->decision = WALK_FAULT;
    s->reason = r;
    return r;
}

/* Step 7: A = 0, or D = 0 for a store. Either fault (MMU_AD_FAULT) or set them in the
 * PTE. Harts run one at a time on one host thread, so reading the PTE, comparing it and
 * writing it back within this step is atomic with respect to every other hart. */
static enum mmu_reason update_ad(struct hart *h, struct walk *w, struct walk_step *s)
{
    uint8_t need = PTE_A | (w->acc == MMU_STORE ? PTE_D : 0);
    uint8_t missing = need & ~s->flags;
    if (!missing)
        return MMU_OK;
    if (h->mmu.ad_mode == MMU_AD_FAULT)
        return (s->flags & PTE_A) ? MMU_ERR_D_CLEAR : MMU_ERR_A_CLEAR;
    /* "If a store to pte would violate a PMA or PMP check, raise an access-fault" */
    int entry;
    if (!pmp_check(h, s->pte_pa, 8, MMU_STORE, PRIV_S, &entry, NULL))
        return MMU_ERR_AD_PMP;
    w->ad_set = missing;   /* a debug walk reports what it would set */
    if (w->debug)
        return MMU_OK;
    /* bus_store also drops decoded code cached from the page, should there be any. */
    bus_store(h->bus, s->pte_pa, 8, s->pte | missing);
    return MMU_OK;
}

/* Steps 5-8 for the leaf of step s at `level`. */
static enum mmu_reason leaf(struct hart *h, struct walk *w, struct walk_step *s, int level)
{
    enum mmu_reason r;
    if (!mmu_leaf_permits(s->flags, w->acc, w->priv, w->sum, w->mxr, &r))
        return fail(s, r);
    uint64_t ppn = (s->pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK;
    unsigned low = 9u * (unsigned)level;   /* PPN bits a superpage takes from the va */
    if (ppn & ((1ull << low) - 1))
        return fail(s, MMU_ERR_MISALIGNED_SUPERPAGE);
    r = update_ad(h, w, s);
    if (r != MMU_OK)
        return fail(s, r);
    uint64_t offset_mask = (1ull << (12 + low)) - 1;
    w->pa = (ppn << 12 & ~offset_mask) | (w->va & offset_mask);
    w->leaf_level = level;
    w->leaf_pte = w->debug ? s->pte : s->pte | w->ad_set;
    s->decision = WALK_LEAF;
    s->next = w->pa;
    return MMU_OK;
}

enum mmu_reason mmu_walk_table(struct hart *h, struct walk *w, int levels, bool *global)
{
    uint64_t table = (w->satp & SATP_PPN_MASK) << 12;
    bool g = false;
    for (int level = levels - 1; level >= 0; level--) {
        struct walk_step *s = &w->step[w->nsteps++];
        *s = (struct walk_step){
            .level = level,
            .vpn = (unsigned)(w->va >> (12 + 9 * level)) & 511,
            .table = table,
            .pmp_entry = -1,
            .decision = WALK_FAULT,
            .reason = MMU_OK,
        };
        s->pte_pa = table + 8ull * s->vpn;
        enum mmu_reason r = read_pte(h, s);
        if (r == MMU_OK)
            r = check_encoding(s->pte);
        if (r != MMU_OK)
            return fail(s, r);
        /* §4.3.1: a global non-leaf makes every mapping below it global */
        g = g || (s->pte & PTE_G);
        if (s->pte & (PTE_R | PTE_X)) {
            *global = g;
            return leaf(h, w, s, level);
        }
        if (level == 0)
            return fail(s, MMU_ERR_NO_LEAF);
        table = ((s->pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK) << 12;
        s->decision = WALK_DESCEND;
        s->next = table;
    }
    return MMU_ERR_NO_LEAF;   /* levels == 0: not reached for a supported mode */
}
