# mmu_sv39_s.S: S-mode under Sv39 with the test's own page tables: loads, stores, fetches
# and AMOs through 4 KiB, 2 MiB and 1 GiB pages, and every page fault S-mode can take (no
# R/W/X, W without R, V=0, U pages with and without SUM, MXR, non-canonical addresses,
# misaligned superpages, a fetch crossing into an unmapped page) with tval = the address.
# mmu_sv48_s.S and mmu_sv57_s.S include this file with more levels.
#include "mmu_pt.h"
#ifndef PT_LEVELS
#define PT_LEVELS 3
#define PT_SATP SATP_SV39
#endif

#define VA_GIGA 0xc0000000      /* a second 1 GiB window onto RAM */
#define VA_BADMEGA (VA_MEGA + 0x200000)

TEST_START
    PT_SETUP_IDENTITY(PT_LEVELS, 0)
    PT_MAP(VA_PAGE(0), page_rw, PTE_RW | PTE_AD, LVL_4K)
    PT_MAP(VA_PAGE(1), page_ro, PTE_R | PTE_A, LVL_4K)
    PT_MAP(VA_PAGE(2), page_xo, PTE_X | PTE_A, LVL_4K)
    PT_MAP(VA_PAGE(3), page_rw, PTE_RW | PTE_AD | PTE_U, LVL_4K)
    PT_MAP(VA_PAGE(4), code_page, PTE_R | PTE_X | PTE_A, LVL_4K)
    PT_MAP(VA_PAGE(5), code_page, PTE_R | PTE_X | PTE_A | PTE_U, LVL_4K)
    PT_MAP(VA_PAGE(6), page_rw, PTE_W | PTE_AD, LVL_4K)          # W without R
    PT_MAP(VA_PAGE(7), page_rw, PTE_RW | PTE_AD, LVL_4K)
    mv s2, a0                               # VA_PAGE(7)'s leaf
    PT_MAP(VA_PAGE(10), cross_page, PTE_X | PTE_A, LVL_4K)       # VA_PAGE(11) unmapped
    PT_MAP_PA(VA_MEGA, RAM_BASE, PTE_RW | PTE_AD, LVL_2M)
    PT_MAP_PA(VA_BADMEGA, RAM_BASE + 0x1000, PTE_RW | PTE_AD, LVL_2M)
    PT_MAP_PA(VA_GIGA, RAM_BASE, PTE_RW | PTE_AD, LVL_1G)
    SATP_ON(PT_SATP, 0)

    # --- plain accesses through a 4 KiB page
    li TESTNUM, 1
    IN_MODE(PRV_S, li a1, VA_PAGE(0); ld a0, 0(a1); li a2, 0x5555aaaa; sd a2, 8(a1); lw a3, 8(a1))
    CHECK(1, a0, 0x0123456789abcdef)
    CHECK(2, a3, 0x5555aaaa)
    la a1, page_rw
    ld a0, 8(a1)
    CHECK(3, a0, 0x5555aaaa)                # the store reached the physical page

    # --- read-only, execute-only, W without R
    li a1, VA_PAGE(1)
    li TESTNUM, 4
    IN_MODE(PRV_S, ld a0, 16(a1))
    CHECK(4, a0, 0x1111111111111111)
    TRAP_CASE_S(5, CAUSE_STORE_PAGE_FAULT, sd a0, 16(a1))
    CHECK_TVAL(6, VA_PAGE(1) + 16)
    TRAP_CASE_S(7, CAUSE_STORE_PAGE_FAULT, amoadd.d a0, a0, (a1))
    CHECK_TVAL(8, VA_PAGE(1))
    li a1, VA_PAGE(2)
    TRAP_CASE_S(10, CAUSE_LOAD_PAGE_FAULT, lw a0, 4(a1))
    CHECK_TVAL(11, VA_PAGE(2) + 4)
    TRAP_CASE_S(12, CAUSE_LOAD_PAGE_FAULT, lr.d a0, (a1))
    li t0, MSTATUS_MXR                      # MXR: executable pages become readable
    csrs mstatus, t0
    li TESTNUM, 13
    IN_MODE(PRV_S, ld a0, 0(a1))
    CHECK(13, a0, 0x2222222222222222)
    TRAP_CASE_S(14, CAUSE_STORE_PAGE_FAULT, sd a0, 0(a1))   # loads only
    li t0, MSTATUS_MXR
    csrc mstatus, t0
    li a1, VA_PAGE(6)
    TRAP_CASE_S(15, CAUSE_STORE_PAGE_FAULT, sd a0, 0(a1))
    TRAP_CASE_S(16, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    FETCH_FAULT_CASE(PRV_S, 17, CAUSE_FETCH_PAGE_FAULT, VA_PAGE(0))   # no X
    FETCH_FAULT_CASE(PRV_S, 18, CAUSE_FETCH_PAGE_FAULT, VA_PAGE(9))   # unmapped

    # --- executing through an alias: ecall at code_page + 4 seen at its virtual address
    li TESTNUM, 19
    ARM_TRAP(1f)
    GOTO_MODE(PRV_S, 2f)
2:  li a1, VA_PAGE(4)
    jr a1
1:  CHECK_CAUSE(19, CAUSE_ECALL_S)
    ld t0, trap_epc
    CHECK(20, t0, VA_PAGE(4) + 4)
    CHECK(21, a0, 0x5a)

    # --- U pages from S: data only with SUM, never instructions
    li a1, VA_PAGE(3)
    TRAP_CASE_S(22, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    TRAP_CASE_S(23, CAUSE_STORE_PAGE_FAULT, sd a0, 0(a1))
    li t0, MSTATUS_SUM
    csrs mstatus, t0
    li TESTNUM, 24
    IN_MODE(PRV_S, ld a0, 0(a1); sd a0, 16(a1))
    CHECK(24, a0, 0x0123456789abcdef)
    FETCH_FAULT_CASE(PRV_S, 25, CAUSE_FETCH_PAGE_FAULT, VA_PAGE(5))
    li t0, MSTATUS_SUM
    csrc mstatus, t0

    # --- addresses outside the mode's range
    li a1, 0x8000000000000000
    TRAP_CASE_S(26, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    CHECK_TVAL(27, 0x8000000000000000)
    li a1, (1 << (12 + 9 * PT_LEVELS - 1))  # the first address above the lower half
    TRAP_CASE_S(28, CAUSE_STORE_PAGE_FAULT, sw a0, 0(a1))
    CHECK_TVAL(29, (1 << (12 + 9 * PT_LEVELS - 1)))

    # --- superpages
    li TESTNUM, 30
    IN_MODE(PRV_S, ALIAS(a1, VA_MEGA, page_ro); ld a0, 0(a1); ALIAS(a2, VA_GIGA, page_xo); ld a3, 0(a2))
    CHECK(30, a0, 0x1111111111111111)
    CHECK(31, a3, 0x2222222222222222)
    li a1, VA_BADMEGA
    TRAP_CASE_S(32, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    CHECK_TVAL(33, VA_BADMEGA)

    # --- a 4-byte instruction whose second half is on an unmapped page: tval = that page
    li TESTNUM, 34
    ARM_TRAP(1f)
    GOTO_MODE(PRV_S, 2f)
2:  li a1, VA_PAGE(10) + 4094
    jr a1
1:  CHECK_CAUSE(34, CAUSE_FETCH_PAGE_FAULT)
    CHECK_TVAL(35, VA_PAGE(11))
    ld t0, trap_epc
    CHECK(36, t0, VA_PAGE(10) + 4094)

    # --- remap a page, sfence.vma its address from S: the new mapping is used
    li a1, VA_PAGE(7)
    li TESTNUM, 37
    IN_MODE(PRV_S, ld a0, 0(a1))
    CHECK(37, a0, 0x0123456789abcdef)
    la t0, page_ro                          # point VA_PAGE(7) at page_ro
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, PTE_V | PTE_R | PTE_A
    sd t0, 0(s2)
    li TESTNUM, 38
    IN_MODE(PRV_S, sfence.vma a1, zero; ld a0, 0(a1))
    CHECK(38, a0, 0x1111111111111111)
    sd zero, 0(s2)                          # and unmap it
    li TESTNUM, 39
    IN_MODE(PRV_S, sfence.vma a1, zero)
    TRAP_CASE_S(39, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))

#if PT_LEVELS >= 4
    # --- a 512 GiB page (Sv48 and up): VA 0x80_0000_0000 maps physical 0
    PT_MAP_PA(0x8000000000, 0, PTE_RW | PTE_AD, LVL_512G)
    li TESTNUM, 40
    IN_MODE(PRV_S, sfence.vma; ALIAS(a1, 0x8000000000 + RAM_BASE, page_ro); ld a0, 0(a1))
    CHECK(40, a0, 0x1111111111111111)
    PT_MAP_PA(0x10000000000, RAM_BASE, PTE_RW | PTE_AD, LVL_512G)   # misaligned
    li a1, 0x10000000000
    li TESTNUM, 41
    IN_MODE(PRV_S, sfence.vma)
    TRAP_CASE_S(41, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
#endif
    SATP_OFF
    PASS

    .section .text.code_page, "ax", @progbits
    .balign 4096
    .option push
    .option norvc
code_page:
    li a0, 0x5a                             # 4 bytes: the ecall is at code_page + 4
    ecall
    j isa_fail
    .option pop

    .data
    .balign 4096
page_rw:    .dword 0x0123456789abcdef, 0, 0
    .balign 4096
page_ro:    .dword 0x1111111111111111, 0, 0x1111111111111111
    .balign 4096
page_xo:    .dword 0x2222222222222222
    .balign 4096
cross_page: .fill 2047, 2, 0x0001       # c.nop
            .half 0x0013                # first half of addi x0, x0, 0
TEST_END
PT_RUNTIME
