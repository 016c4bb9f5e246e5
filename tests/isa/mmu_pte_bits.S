# mmu_pte_bits.S: PTE encodings the walk must refuse with a page fault of the access type
# (priv spec 1.12 §4.3.2 step 3-4): reserved bits 60:54, PBMT (no Svpbmt), N (no
# Svnapot), W without R, D/A/U in a pointer PTE, a pointer at the last level; and RSW
# bits 9:8, which are the kernel's and change nothing. Sv39, S-mode.
#include "mmu_pt.h"

/* Case n: VA_PAGE(1) leaf = page_a with bits; load and store must both page-fault. */
#define BAD_LEAF(n, bits) \
    li t0, (bits); or t0, t0, s3; sd t0, 0(s2); sfence.vma; li a1, VA_PAGE(1); \
    TRAP_CASE_S(n, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1)); CHECK_TVAL(n, VA_PAGE(1)); \
    TRAP_CASE_S(n, CAUSE_STORE_PAGE_FAULT, sd a0, 0(a1)); CHECK_TVAL(n, VA_PAGE(1))
/* Case n: the pointer PTE above VA_PAGE(1) gets bits; the walk must page-fault. */
#define BAD_POINTER(n, bits) \
    li t0, (bits); or t0, t0, s5; sd t0, 0(s4); sfence.vma; li a1, VA_PAGE(1); \
    TRAP_CASE_S(n, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1)); \
    FETCH_FAULT_CASE(PRV_S, n, CAUSE_FETCH_PAGE_FAULT, VA_PAGE(1)); sd s5, 0(s4)

TEST_START
    PT_SETUP_IDENTITY(3, 0)
    PT_MAP(VA_PAGE(1), page_a, PTE_RWX | PTE_AD, LVL_4K)
    mv s2, a0                                # the leaf
    ld s3, 0(s2)                             # its good value (V R W X A D)
    PT_ENTRY(VA_PAGE(1), LVL_2M)
    mv s4, a0                                # the pointer to the leaf's table
    ld s5, 0(s4)
    SATP_ON(SATP_SV39, 0)

    li TESTNUM, 1
    li a1, VA_PAGE(1)
    IN_MODE(PRV_S, ld a0, 0(a1))
    CHECK(1, a0, 0xabcd)
    BAD_LEAF(2, 1 << 54)
    BAD_LEAF(3, 1 << 57)
    BAD_LEAF(4, 1 << 60)
    BAD_LEAF(5, 1 << 61)                     # PBMT = NC
    BAD_LEAF(6, 2 << 61)                     # PBMT = IO
    BAD_LEAF(7, 1 << 63)                     # N
    # W without R (X set or not)
    li t0, ~PTE_R
    and t0, s3, t0
    sd t0, 0(s2)
    sfence.vma
    TRAP_CASE_S(8, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    FETCH_FAULT_CASE(PRV_S, 9, CAUSE_FETCH_PAGE_FAULT, VA_PAGE(1))
    # RSW (bits 9:8) are free for software
    li t0, 3 << 8
    or t0, t0, s3
    sd t0, 0(s2)
    sfence.vma
    li TESTNUM, 10
    IN_MODE(PRV_S, ld a0, 0(a1))
    CHECK(10, a0, 0xabcd)
    sd s3, 0(s2)
    # pointer PTEs: D, A, U are reserved there, and so are the high bits
    BAD_POINTER(11, PTE_A)
    BAD_POINTER(12, PTE_D)
    BAD_POINTER(13, PTE_U)
    BAD_POINTER(14, 1 << 54)
    BAD_POINTER(15, 1 << 63)
    li TESTNUM, 16                           # G and RSW are fine in a pointer
    li t0, PTE_G | (3 << 8)
    or t0, t0, s5
    sd t0, 0(s4)
    sfence.vma
    IN_MODE(PRV_S, ld a0, 0(a1))
    CHECK(16, a0, 0xabcd)
    sd s5, 0(s4)
    # a pointer at level 0: no leaf by the last level
    la t0, page_a
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, PTE_V
    sd t0, 0(s2)
    sfence.vma
    TRAP_CASE_S(17, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    TRAP_CASE_S(18, CAUSE_STORE_PAGE_FAULT, sd a0, 0(a1))
    # V = 0 with everything else set
    li t0, ~PTE_V
    and t0, s3, t0
    sd t0, 0(s2)
    sfence.vma
    TRAP_CASE_S(19, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    SATP_OFF
    PASS

    .data
    .balign 4096
page_a: .dword 0xabcd
TEST_END
PT_RUNTIME
