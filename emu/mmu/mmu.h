/*
 * Address translation: virtual -> physical for a hart, per priv spec 1.12 §4.3-4.5
 * (satp modes Bare, Sv39, Sv48, Sv57), physical memory protection (§3.7), and the two
 * caches that make it fast:
 *
 *   access --> fast TLB (per access kind: virtual page -> host pointer, RAM only)
 *                 | miss
 *                 v
 *              mmu_translate: effective privilege, canonical check,
 *                 architectural TLB (per hart, tagged by ASID, honours G)
 *                 | miss                                        | hit
 *                 v                                             v
 *              page walk (walk.c; A/D update; recorded) --> PMP (pmp.c) --> pa
 *
 * mmu_translate() is the one place that knows page-table formats; the hart calls it on a
 * fast-TLB miss, and the debugger asks for the same walk with a record (every step and
 * the reason it stopped) or walks any satp without side effects (mmu_walk_debug).
 */
#ifndef RVSCOPE_MMU_H
#define RVSCOPE_MMU_H

#include <stdbool.h>
#include <stdint.h>

struct hart;

/* AMOs translate as stores: a store needs W, and W without R is reserved both in a PTE
 * (a page fault, §4.3.1) and in pmpcfg (WARL, csr.c), so write permission implies the
 * read permission an AMO also needs. LR is a load, SC a store. */
enum mmu_access { MMU_FETCH = 0, MMU_LOAD = 1, MMU_STORE = 2 };

/* ------------------------------------------------------------------ the fast TLB */

/* A direct-mapped cache from virtual page to host pointer, one array per access kind,
 * valid only for RAM pages and for the hart's current translation context. It is a cache
 * of mmu_translate() results, flushed by mmu_flush_fast() whenever the context changes
 * (privilege, satp, mstatus MPRV/MPP/SUM/MXR, PMP, sfence.vma).
 *
 * mmu_fast_fill() only accepts the page mmu_translate() has just allowed for that kind
 * (fill_ok), and only when every byte of the page has the same PMP verdict; a store is
 * allowed only after the walk has set D, so a fast entry can never skip an A/D update.
 * M-mode loads and stores under MPRV are never cached (traps and mret change MPP, and so
 * their translation, without a flush). */
#define MMU_FAST_BITS 8
#define MMU_FAST_SIZE (1u << MMU_FAST_BITS)
#define MMU_NO_PAGE (~0ull)

struct mmu_fast_entry {
    uint64_t vpage;        /* va >> 12, or MMU_NO_PAGE */
    uintptr_t addend;      /* host address = va + addend */
};

struct mmu_fast {
    struct mmu_fast_entry kind[3][MMU_FAST_SIZE];   /* indexed by enum mmu_access */
    uint64_t fill_ok[3];   /* the page the last mmu_translate allowed filling, per kind */
    bool super_pages;      /* an entry may come from a superpage (address sfences) */
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
/* Remember that va maps to host pointer `host` (the byte at va) for accesses of acc.
 * Call it right after a successful mmu_translate() of va for acc; returns false (and
 * remembers nothing) when that translation may not be cached for the whole page (a PMP
 * boundary inside the page) — the caller must then go through mmu_translate() for every
 * access to the page. */
bool mmu_fast_fill(struct mmu_fast *t, enum mmu_access acc, uint64_t va, uint8_t *host);

/* ------------------------------------------------------------------ the recorded walk */

/* satp.MODE values (priv spec §4.1.11); other values are not supported (WARL). */
enum satp_mode { SATP_MODE_BARE = 0, SATP_MODE_SV39 = 8, SATP_MODE_SV48 = 9,
                 SATP_MODE_SV57 = 10 };

#define SATP_MODE_SHIFT 60
#define SATP_ASID_SHIFT 44
#define SATP_ASID_MASK 0xffffull          /* ASIDLEN = 16: every ASID bit implemented */
#define SATP_PPN_MASK ((1ull << 44) - 1)

/* PTE bits 7:0 (priv spec §4.3.1, §4.4.1) */
#define PTE_V (1u << 0)
#define PTE_R (1u << 1)
#define PTE_W (1u << 2)
#define PTE_X (1u << 3)
#define PTE_U (1u << 4)
#define PTE_G (1u << 5)
#define PTE_A (1u << 6)
#define PTE_D (1u << 7)

/* Why a translation ended the way it did. The comment says which trap it raises:
 * "page" = the page fault of the access type (12 fetch, 13 load, 15 store/AMO),
 * "access" = the access fault of the access type (1, 5, 7). */
enum mmu_reason {
    MMU_OK = 0,                  /* translated by the page table (or the TLB) */
    MMU_OK_BARE,                 /* no translation: satp is Bare or the access is M-mode */
    MMU_ERR_PA_RANGE,            /* access: Bare address beyond the 56-bit physical space */
    MMU_ERR_NONCANONICAL,        /* page: va bits above the mode's width != its top bit */
    MMU_ERR_PTE_PMP,             /* access: PMP denies reading the PTE (checked as S) */
    MMU_ERR_PTE_NOT_RAM,         /* access: the PTE address is not in RAM */
    MMU_ERR_INVALID,             /* page: V = 0 */
    MMU_ERR_W_NO_R,              /* page: W = 1 with R = 0, a reserved encoding */
    MMU_ERR_NAPOT,               /* page: N (bit 63) set; Svnapot not implemented */
    MMU_ERR_PBMT,                /* page: PBMT (bits 62:61) set; Svpbmt not implemented */
    MMU_ERR_RESERVED,            /* page: a reserved bit (60:54) set */
    MMU_ERR_NONLEAF_ADU,         /* page: D, A or U set in a non-leaf PTE (reserved there) */
    MMU_ERR_NO_LEAF,             /* page: a pointer PTE at level 0 */
    MMU_ERR_USER_PAGE,           /* page: S-mode fetch from a U page, or load/store with SUM=0 */
    MMU_ERR_SUPERVISOR_PAGE,     /* page: U-mode access to a page without U */
    MMU_ERR_NOT_EXECUTABLE,      /* page: fetch without X */
    MMU_ERR_NOT_READABLE,        /* page: load without R (and without X under MXR) */
    MMU_ERR_NOT_WRITABLE,        /* page: store/AMO without W */
    MMU_ERR_MISALIGNED_SUPERPAGE,/* page: superpage whose PPN low bits are not zero */
    MMU_ERR_A_CLEAR,             /* page: A = 0 and the MMU faults instead of setting it */
    MMU_ERR_D_CLEAR,             /* page: store with D = 0, the same */
    MMU_ERR_AD_PMP,              /* access: PMP denies writing A/D into the PTE */
    MMU_ERR_PMP,                 /* access: PMP denies the access itself */
    MMU_ERR_SATP_MODE,           /* page: debug walk of a satp with an unsupported mode */
    MMU_REASON_COUNT
};

/* A short phrase for a person ("PTE not valid (V=0)"). */
const char *mmu_reason_name(enum mmu_reason r);
/* "Bare", "Sv39", "Sv48", "Sv57", or "reserved". */
const char *mmu_mode_name(unsigned satp_mode);
/* PTE bits 7:0 as "DAGUXWRV", a '-' for each clear bit; out needs 9 bytes. */
void mmu_pte_flags(uint64_t pte, char out[9]);

enum walk_decision { WALK_DESCEND, WALK_LEAF, WALK_FAULT };

/* One level of a page walk. */
struct walk_step {
    int level;                   /* levels-1 (root) down to 0 */
    unsigned vpn;                /* VPN[level]: the index into this table */
    uint64_t table;              /* physical address of the table */
    uint64_t pte_pa;             /* table + vpn * 8 */
    uint64_t pte;                /* the PTE as read (0 if it could not be read) */
    uint8_t flags;               /* pte bits 7:0 (PTE_V ... PTE_D) */
    int pmp_entry;               /* PMP entry that matched the PTE read, -1 for none */
    enum walk_decision decision;
    uint64_t next;               /* descend: next table; leaf: the physical address */
    enum mmu_reason reason;      /* MMU_OK unless decision is WALK_FAULT */
};

#define MMU_MAX_LEVELS 5

/* Everything one translation did. Inputs first, then the steps (none on a TLB hit or
 * without translation), then the outcome. */
struct walk {
    uint64_t va;
    enum mmu_access acc;
    int priv;                    /* the effective privilege (0 U, 1 S, 3 M) */
    uint64_t satp;
    bool sum, mxr;
    bool debug;                  /* a debug walk: nothing was written, nothing cached */
    bool tlb_hit;                /* the translation came from the TLB: no steps */

    int nsteps;
    struct walk_step step[MMU_MAX_LEVELS];

    enum mmu_reason reason;
    int exception;               /* EXC_NONE (-1) or the cause it raises (tval = va) */
    uint64_t pa;                 /* valid when exception == EXC_NONE */
    int leaf_level;              /* 0 = 4 KiB page, 1 = 2 MiB, 2 = 1 GiB, ...; -1 none */
    uint64_t leaf_pte;           /* the leaf PTE after any A/D update (TLB hit: bits 7:0) */
    uint8_t ad_set;              /* PTE_A/PTE_D bits the walk set (debug: would set) */
    int pmp_entry;               /* PMP entry matching the final access, -1 none */
};

/* ------------------------------------------------------------------ per-hart state */

/* A and D bits (priv spec 1.12 §4.3.1): two legal behaviours when a walk finds A = 0, or
 * D = 0 for a store. rvscope's default is MMU_AD_HARDWARE, like QEMU 7.2 (which sets A on
 * any access and D on stores, and neither faults nor checks PMP on that write): the walk
 * sets the bits itself, in the same step as the PTE read (harts run one at a time, so
 * the update is atomic with respect to other harts). MMU_AD_FAULT raises the page fault
 * instead and leaves the PTE to the kernel (Svade behaviour). */
enum mmu_ad_mode { MMU_AD_HARDWARE = 0, MMU_AD_FAULT = 1 };

/* The architectural TLB: 4 KiB-granular entries, direct-mapped on the virtual page.
 * A superpage is cached page by page; each entry keeps its leaf's level so that an
 * address sfence.vma drops every piece of the superpage it hits. */
#define MMU_TLB_BITS 10
#define MMU_TLB_SIZE (1u << MMU_TLB_BITS)

struct mmu_tlb_entry {
    uint64_t vpn;                /* va >> 12, or MMU_NO_PAGE */
    uint64_t ppn;                /* pa >> 12 of that 4 KiB page */
    uint16_t asid;
    uint8_t pte;                 /* leaf bits 7:0 (A set); G = G anywhere on the walk */
    uint8_t level;               /* the leaf's level */
};

struct mmu_state {
    struct mmu_tlb_entry tlb[MMU_TLB_SIZE];
    bool tlb_super;              /* some entry is part of a superpage */
    enum mmu_ad_mode ad_mode;
    struct walk last_walk;       /* the last hardware walk, kept while EV_PAGEWALK is
                                    subscribed (the event points subscribers here) */
};

/* Empty the TLBs (hart reset); the A/D mode is kept. */
void mmu_reset(struct hart *h);
void mmu_set_ad_mode(struct hart *h, enum mmu_ad_mode mode);

/* ------------------------------------------------------------------ translation */

/* Translate va for an access of kind acc at the hart's current effective privilege
 * (MPRV/MPP for M-mode loads and stores; never for fetches), checking PMP for the bytes
 * [pa, pa + size). On success stores the physical address in *pa and returns EXC_NONE
 * (-1); otherwise returns the exception cause (page fault or access fault) to raise with
 * tval = va. If record is non-NULL every step is kept there. */
int mmu_translate_sized(struct hart *h, uint64_t va, unsigned size, enum mmu_access acc,
                        uint64_t *pa, struct walk *record);

/* The same for a one-byte access (instruction parcels, and callers that check the
 * bytes themselves). */
int mmu_translate(struct hart *h, uint64_t va, enum mmu_access acc, uint64_t *pa,
                  struct walk *record);

/* The debugger's walk: translate va with any satp, as privilege priv (0 U, 1 S; 3 M
 * means no translation) and the hart's mstatus SUM/MXR, PMP and A/D mode, without side
 * effects (no A/D write, no TLB lookup or fill, no event). Fills *w and returns what
 * mmu_translate would return. */
int mmu_walk_debug(struct hart *h, uint64_t satp, uint64_t va, enum mmu_access acc,
                   int priv, struct walk *w);

/* Write satp with WARL semantics: modes Bare, Sv39, Sv48 and Sv57 are accepted, any
 * other write leaves satp unchanged (priv spec §4.1.11). */
void mmu_write_satp(struct hart *h, uint64_t value);

/* sfence.vma (priv spec §4.2.1): rs1 = x0 fences every address, else the leaf for va;
 * rs2 = x0 fences every address space, else only non-global entries of asid. */
struct mmu_fence {
    bool one_va;
    uint64_t va;
    bool one_asid;
    uint64_t asid;               /* bits above ASIDLEN are ignored */
};
void mmu_sfence_vma(struct hart *h, const struct mmu_fence *f);

#endif
