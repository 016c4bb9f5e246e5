# mmu_sfence.S: after a kernel changes page tables, each sfence.vma form makes the change
# visible (priv spec §4.2.1): rs1 = an address in the page (also inside a 2 MiB page),
# rs2 = an ASID, both, neither. Two address spaces with ASIDs 1 and 2 map the same virtual
# page to different physical pages and switch without a fence. S-mode, Sv39.
#include "mmu_pt.h"

/* The leaf at `slot` (a register) now maps sym with bits. Clobbers t0, t1. */
#define REPOINT(slot, sym, bits) \
    la t0, sym; srli t0, t0, 12; slli t0, t0, 10; ori t0, t0, (bits) | PTE_V; sd t0, 0(slot)
#define RW_AD (PTE_RW | PTE_AD)

TEST_START
    # address space 1 (root s11 -> s6): VA_PAGE(0) -> page_a, VA_MEGA -> RAM (2 MiB)
    PT_SETUP_IDENTITY(3, 0)
    PT_MAP(VA_PAGE(0), page_a, RW_AD, LVL_4K)
    mv s2, a0
    PT_MAP_PA(VA_MEGA, RAM_BASE, RW_AD, LVL_2M)
    mv s4, a0
    mv s6, s11
    # address space 2 (root s7): VA_PAGE(0) -> page_b
    PT_NEW_SPACE(3, 0)
    PT_MAP(VA_PAGE(0), page_b, RW_AD, LVL_4K)
    mv s3, a0
    mv s7, s11
    srli s8, s6, 12
    li t0, SATP_SV39 | SATP_ASID(1)
    or s8, s8, t0                            # satp of space 1
    srli s9, s7, 12
    li t0, SATP_SV39 | SATP_ASID(2)
    or s9, s9, t0                            # satp of space 2
    sfence.vma

    li a1, VA_PAGE(0)
    li TESTNUM, 1
    IN_MODE(PRV_S, csrw satp, s8; ld a0, 0(a1); csrw satp, s9; ld a2, 0(a1); csrw satp, s8; ld a3, 0(a1))
    CHECK(1, a0, 0xaaaa)
    CHECK(2, a2, 0xbbbb)
    CHECK(3, a3, 0xaaaa)

    # --- rs1 = the address, rs2 = x0
    REPOINT(s2, page_c, RW_AD)
    li TESTNUM, 4
    IN_MODE(PRV_S, sfence.vma a1, zero; ld a0, 8(a1))
    CHECK(4, a0, 0xcccc)
    # --- rs1 = x0, rs2 = the ASID (space 1 is current)
    REPOINT(s2, page_a, RW_AD)
    li a2, 1
    li TESTNUM, 5
    IN_MODE(PRV_S, sfence.vma zero, a2; ld a0, 0(a1))
    CHECK(5, a0, 0xaaaa)
    # --- both, for the other address space, then switch to it
    REPOINT(s3, page_c, RW_AD)
    li a2, 2
    li TESTNUM, 6
    IN_MODE(PRV_S, sfence.vma a1, a2; csrw satp, s9; ld a0, 0(a1))
    CHECK(6, a0, 0xcccc)
    # --- neither
    REPOINT(s3, page_b, RW_AD)
    li TESTNUM, 7
    IN_MODE(PRV_S, sfence.vma; ld a0, 0(a1); csrw satp, s8; ld a3, 0(a1))
    CHECK(7, a0, 0xbbbb)
    CHECK(8, a3, 0xaaaa)
    # --- a 2 MiB page fenced by an address in its last 4 KiB
    li TESTNUM, 9
    IN_MODE(PRV_S, ALIAS(a4, VA_MEGA, page_a); ld a0, 0(a4); ALIAS(a5, VA_MEGA, page_b); ld a0, 0(a5))
    li t0, RAM_BASE + 0x200000               # remap the window 2 MiB higher
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, RW_AD | PTE_V
    sd t0, 0(s4)
    la t0, page_a                            # and put a marker where page_a's alias lands
    li t1, 0x200000
    add t0, t0, t1
    li t1, 0x1234
    sd t1, 0(t0)
    li a2, VA_MEGA + 0x1ff000
    IN_MODE(PRV_S, sfence.vma a2, zero; ld a0, 0(a4))
    CHECK(9, a0, 0x1234)
    # --- unmapping: the fenced page faults
    sd zero, 0(s2)
    li TESTNUM, 10
    IN_MODE(PRV_S, sfence.vma a1, zero)
    TRAP_CASE_S(10, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    CHECK_TVAL(11, VA_PAGE(0))
    csrw satp, zero
    sfence.vma
    PASS

    .data
    .balign 4096
page_a: .dword 0xaaaa, 0xaaaa
    .balign 4096
page_b: .dword 0xbbbb, 0xbbbb
    .balign 4096
page_c: .dword 0xcccc, 0xcccc
TEST_END
PT_RUNTIME
