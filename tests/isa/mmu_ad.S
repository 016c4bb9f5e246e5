# mmu_ad.S: A and D are set by the page walk (rvscope's default, like QEMU): a load, a fetch
# or an LR sets A; a store or an AMO sets A and D; a store after a load sets D although the
# load's translation is cached; an access that faults sets nothing; superpage leaves get
# the bits, pointer PTEs never do. In U-mode, and as S-mode through MPRV, under Sv39.
#include "mmu_pt.h"

#define AD_OF(reg, pte) ld reg, 0(pte); andi reg, reg, PTE_AD
/* The loads and stores of the instructions are done as S-mode (MPRV with MPP = S). */
#define AS_S(...) \
    li t0, MSTATUS_MPP; csrc mstatus, t0; li t0, MSTATUS_MPRV | MSTATUS_MPP_S; \
    csrs mstatus, t0; __VA_ARGS__; li t0, MSTATUS_MPRV; csrc mstatus, t0

TEST_START
    PT_SETUP_IDENTITY(3, 1)                  # RAM with U: the code runs in U
    PT_MAP(VA_PAGE(0), page0, PTE_U | PTE_RW, LVL_4K)
    mv s0, a0
    PT_MAP(VA_PAGE(1), page1, PTE_U | PTE_RW, LVL_4K)
    mv s1, a0
    PT_MAP(VA_PAGE(2), code_page, PTE_U | PTE_R | PTE_X, LVL_4K)
    mv s2, a0
    PT_MAP(VA_PAGE(3), page2, PTE_U | PTE_RW, LVL_4K)
    mv s3, a0
    PT_MAP(VA_PAGE(4), page3, PTE_U | PTE_R, LVL_4K)
    mv s4, a0
    PT_MAP(VA_PAGE(5), page4, PTE_U | PTE_RW, LVL_4K)
    mv s5, a0
    PT_MAP(VA_PAGE(6), page5, PTE_U | PTE_RW, LVL_4K)   # VA_PAGE(5) and (6): one store
    mv s6, a0
    PT_MAP_PA(VA_MEGA, RAM_BASE, PTE_U | PTE_RW, LVL_2M)
    mv s7, a0
    PT_ENTRY(VA_PAGE(0), LVL_2M)             # the pointer to VA_DATA's table
    mv s8, a0
    ld s9, 0(s8)
    li t0, MSTATUS_SUM
    csrs mstatus, t0
    SATP_ON(SATP_SV39, 0)

    # --- S-mode (by MPRV, with SUM): load, then store to the same page
    li a1, VA_PAGE(0)
    li TESTNUM, 1
    AS_S(ld a0, 0(a1))
    AD_OF(t2, s0)
    CHECK(1, t2, PTE_A)
    li TESTNUM, 2
    AS_S(ld a0, 0(a1); sd a0, 8(a1))
    AD_OF(t2, s0)
    CHECK(2, t2, PTE_A | PTE_D)
    # --- U-mode: a store alone sets both
    li a1, VA_PAGE(1)
    li TESTNUM, 3
    IN_MODE(PRV_U, sw a0, 4(a1))
    AD_OF(t2, s1)
    CHECK(3, t2, PTE_A | PTE_D)
    # --- a fetch sets A only
    li TESTNUM, 4
    ARM_TRAP(1f)
    GOTO_MODE(PRV_U, 2f)
2:  li a1, VA_PAGE(2)
    jr a1
1:  CHECK_CAUSE(4, CAUSE_ECALL_U)
    AD_OF(t2, s2)
    CHECK(5, t2, PTE_A)
    # --- LR sets A, an AMO sets A and D
    li a1, VA_PAGE(3)
    li TESTNUM, 6
    AS_S(lr.d a0, (a1))
    AD_OF(t2, s3)
    CHECK(6, t2, PTE_A)
    li TESTNUM, 7
    IN_MODE(PRV_U, amoadd.w a0, a0, (a1))
    AD_OF(t2, s3)
    CHECK(7, t2, PTE_A | PTE_D)
    # --- a faulting store sets nothing (the permission check comes first)
    li a1, VA_PAGE(4)
    TRAP_CASE_U(8, CAUSE_STORE_PAGE_FAULT, sd a0, 0(a1))
    AD_OF(t2, s4)
    CHECK(9, t2, 0)
    # --- a misaligned store across two pages dirties both
    li a1, VA_PAGE(6) - 3
    li TESTNUM, 10
    IN_MODE(PRV_U, li a0, -1; sd a0, 0(a1))
    AD_OF(t2, s5)
    CHECK(10, t2, PTE_A | PTE_D)
    AD_OF(t2, s6)
    CHECK(11, t2, PTE_A | PTE_D)
    # --- superpage leaves get the bits; pointer PTEs are never written
    li TESTNUM, 12
    ALIAS(a1, VA_MEGA, page0)
    AS_S(ld a0, 0(a1))
    AD_OF(t2, s7)
    CHECK(12, t2, PTE_A)
    li TESTNUM, 13
    IN_MODE(PRV_U, ALIAS(a1, VA_MEGA, page0); sd a0, 0(a1))
    AD_OF(t2, s7)
    CHECK(13, t2, PTE_A | PTE_D)
    ld t2, 0(s8)
    CHECK_REGS(14, t2, s9)
    # --- the kernel clears A and D and fences: the next accesses set them again
    ld t2, 0(s0)
    andi t2, t2, ~PTE_AD
    sd t2, 0(s0)
    sfence.vma
    li a1, VA_PAGE(0)
    li TESTNUM, 15
    IN_MODE(PRV_U, ld a0, 0(a1))
    AD_OF(t2, s0)
    CHECK(15, t2, PTE_A)
    li TESTNUM, 16
    IN_MODE(PRV_U, sb a0, 0(a1))
    AD_OF(t2, s0)
    CHECK(16, t2, PTE_A | PTE_D)
    SATP_OFF
    PASS

    .section .text.code_page, "ax", @progbits
    .balign 4096
code_page:
    ecall
    j isa_fail

    .data
    .balign 4096
page0:  .dword 1
    .balign 4096
page1:  .dword 2
    .balign 4096
page2:  .dword 3
    .balign 4096
page3:  .dword 4
    .balign 4096
page4:  .skip 4096
page5:  .skip 4096
TEST_END
PT_RUNTIME
