# rvscope-only: run with --mmu-ad fault; QEMU always sets A/D in the page walk
# rvscope-args: --mmu-ad fault
# mmu_ad_fault.S: with --mmu-ad fault the page walk never sets A or D (priv spec 1.12
# §4.3.1, the other legal choice): an access to a page whose A bit is clear, and a store
# to one whose D bit is clear, raise page faults; once the kernel sets the bits and
# fences, the same accesses succeed. In S-mode under Sv39.
#include "mmu_pt.h"

#define CAUSE_LOAD_PAGE_FAULT 13
#define CAUSE_STORE_PAGE_FAULT 15

TEST_START
    PT_SETUP_IDENTITY(3, 0)                  # code and data: A and D already set
    PT_MAP(VA_PAGE(0), page0, PTE_RW, LVL_4K)   # A = D = 0
    mv s0, a0
    SATP_ON(SATP_SV39, 0)

    li a1, VA_PAGE(0)
    TRAP_CASE_S(1, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    TRAP_CASE_S(2, CAUSE_STORE_PAGE_FAULT, sd zero, 0(a1))
    ld a0, 0(s0)                             # the walk left the PTE alone
    andi a0, a0, PTE_AD
    CHECK(3, a0, 0)

    ld t0, 0(s0)                             # the kernel sets A: loads work, stores not
    ori t0, t0, PTE_A
    sd t0, 0(s0)
    sfence.vma
    ENTER_S
    ld a0, 0(a1)
    ENTER_M
    CHECK(4, a0, 0x5a5a)
    TRAP_CASE_S(5, CAUSE_STORE_PAGE_FAULT, sd zero, 0(a1))

    ld t0, 0(s0)                             # and D: stores work
    ori t0, t0, PTE_D
    sd t0, 0(s0)
    sfence.vma
    li a2, 0x77
    ENTER_S
    sd a2, 0(a1)
    ENTER_M
    la a3, page0
    ld a0, 0(a3)
    CHECK(6, a0, 0x77)
    PASS

    .data
    .balign 4096
page0:  .dword 0x5a5a
    .balign 4096
TEST_END
PT_RUNTIME
