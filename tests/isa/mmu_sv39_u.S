# mmu_sv39_u.S: U-mode under Sv39 with the test's own page tables: U pages work for loads,
# stores, AMOs, LR/SC and fetches as their R/W/X bits say; pages without U fault for every
# access whatever SUM says; MXR applies to U; page faults carry tval = the address.
# mmu_sv48_u.S includes this file with 4 levels.
#include "mmu_pt.h"
#ifndef PT_LEVELS
#define PT_LEVELS 3
#define PT_SATP SATP_SV39
#endif

TEST_START
    PT_SETUP_IDENTITY(PT_LEVELS, 1)          # RAM mapped with U: the test runs in U
    PT_MAP(VA_PAGE(0), page_rw, PTE_U | PTE_RW | PTE_AD, LVL_4K)
    PT_MAP(VA_PAGE(1), page_ro, PTE_U | PTE_R | PTE_A, LVL_4K)
    PT_MAP(VA_PAGE(2), page_xo, PTE_U | PTE_X | PTE_A, LVL_4K)
    PT_MAP(VA_PAGE(3), page_rw, PTE_RW | PTE_AD, LVL_4K)            # no U
    PT_MAP(VA_PAGE(4), code_page, PTE_U | PTE_R | PTE_X | PTE_A, LVL_4K)
    PT_MAP(VA_PAGE(5), code_page, PTE_R | PTE_X | PTE_A, LVL_4K)    # no U
    PT_MAP(VA_PAGE(6), code_page, PTE_U | PTE_RW | PTE_AD, LVL_4K)  # no X
    PT_MAP(VA_PAGE(7), page_rw, PTE_U | PTE_RW | PTE_AD, LVL_4K)
    mv s2, a0                                # VA_PAGE(7)'s leaf
    PT_MAP_PA(VA_MEGA, RAM_BASE, PTE_U | PTE_R | PTE_A, LVL_2M)
    SATP_ON(PT_SATP, 0)

    # --- a U page: loads, stores, AMOs, LR/SC
    li a1, VA_PAGE(0)
    li TESTNUM, 1
    IN_MODE(PRV_U, ld a0, 0(a1); li a2, 77; sd a2, 8(a1); li a3, 5; addi a7, a1, 8; amoadd.d a4, a3, (a7); lr.d a5, (a1); sc.d a6, a2, (a1))
    CHECK(1, a0, 0x0123456789abcdef)
    CHECK(2, a4, 77)
    CHECK(3, a5, 0x0123456789abcdef)
    CHECK(4, a6, 0)
    la a1, page_rw
    ld a0, 8(a1)
    CHECK(5, a0, 82)
    ld a0, 0(a1)
    CHECK(6, a0, 77)

    # --- read-only and execute-only U pages
    li a1, VA_PAGE(1)
    TRAP_CASE_U(7, CAUSE_STORE_PAGE_FAULT, sb a0, 3(a1))
    CHECK_TVAL(8, VA_PAGE(1) + 3)
    TRAP_CASE_U(9, CAUSE_STORE_PAGE_FAULT, amoor.w a0, a0, (a1))
    CHECK_TVAL(10, VA_PAGE(1))
    li a1, VA_PAGE(2)
    TRAP_CASE_U(11, CAUSE_LOAD_PAGE_FAULT, lhu a0, 6(a1))
    CHECK_TVAL(12, VA_PAGE(2) + 6)
    li t0, MSTATUS_MXR
    csrs mstatus, t0
    li TESTNUM, 13
    IN_MODE(PRV_U, ld a0, 0(a1))
    CHECK(13, a0, 0x2222222222222222)
    li t0, MSTATUS_MXR
    csrc mstatus, t0

    # --- pages without U: nothing from U-mode, SUM or not
    li a1, VA_PAGE(3)
    TRAP_CASE_U(14, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    CHECK_TVAL(15, VA_PAGE(3))
    li t0, MSTATUS_SUM
    csrs mstatus, t0
    TRAP_CASE_U(16, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    TRAP_CASE_U(17, CAUSE_STORE_PAGE_FAULT, sd a0, 0(a1))
    li t0, MSTATUS_SUM
    csrc mstatus, t0
    FETCH_FAULT_CASE(PRV_U, 18, CAUSE_FETCH_PAGE_FAULT, VA_PAGE(5))
    li a1, 0x100000                          # the finisher: a supervisor page
    TRAP_CASE_U(19, CAUSE_STORE_PAGE_FAULT, sw a0, 0(a1))
    CHECK_TVAL(20, 0x100000)

    # --- fetches
    FETCH_FAULT_CASE(PRV_U, 21, CAUSE_FETCH_PAGE_FAULT, VA_PAGE(6))  # no X
    FETCH_FAULT_CASE(PRV_U, 22, CAUSE_FETCH_PAGE_FAULT, VA_PAGE(9))  # unmapped
    li TESTNUM, 23
    ARM_TRAP(1f)
    GOTO_MODE(PRV_U, 2f)
2:  li a1, VA_PAGE(4)
    jr a1
1:  CHECK_CAUSE(23, CAUSE_ECALL_U)
    ld t0, trap_epc
    CHECK(24, t0, VA_PAGE(4) + 4)
    CHECK(25, a0, 0x5a)

    # --- a 2 MiB U page, and addresses outside the mode's range
    li TESTNUM, 26
    IN_MODE(PRV_U, ALIAS(a1, VA_MEGA, page_ro); ld a0, 16(a1))
    CHECK(26, a0, 0x1111111111111111)
    TRAP_CASE_U(27, CAUSE_STORE_PAGE_FAULT, sd a0, 0(a1))    # the megapage is read-only
    li a1, -(1 << (12 + 9 * PT_LEVELS - 1)) - 8             # just below the upper half
    TRAP_CASE_U(28, CAUSE_LOAD_PAGE_FAULT, ld a0, 0(a1))
    CHECK_TVAL(29, -(1 << (12 + 9 * PT_LEVELS - 1)) - 8)

    # --- the kernel (M here) remaps a page and fences: U sees the new mapping
    li a1, VA_PAGE(7)
    li TESTNUM, 30
    IN_MODE(PRV_U, ld a0, 0(a1))
    CHECK(30, a0, 77)
    la t0, page_ro
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, PTE_V | PTE_U | PTE_R | PTE_A
    sd t0, 0(s2)
    sfence.vma a1, zero
    li TESTNUM, 31
    IN_MODE(PRV_U, ld a0, 0(a1))
    CHECK(31, a0, 0x1111111111111111)
    TRAP_CASE_U(32, CAUSE_STORE_PAGE_FAULT, sd a0, 0(a1))
    SATP_OFF
    PASS

    .section .text.code_page, "ax", @progbits
    .balign 4096
    .option push
    .option norvc
code_page:
    li a0, 0x5a                              # 4 bytes: the ecall is at code_page + 4
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
TEST_END
PT_RUNTIME
