# mmu_mprv.S: mstatus.MPRV (priv spec §3.1.6.3): M-mode loads, stores and AMOs are
# translated and checked as privilege MPP (with SUM and MXR), while M-mode fetches are not
# translated; MPP = M means no translation; a fault is taken in M with tval = the virtual
# address. Sv39.
#include "mmu_pt.h"

/* MPRV on with MPP = mpp; MPP (and so MPRV's effect) is also what a trap into M changes. */
#define MPRV_ON(mpp) li t0, MSTATUS_MPP; csrc mstatus, t0; li t0, MSTATUS_MPRV | (mpp); csrs mstatus, t0
#define MPRV_OFF li t0, MSTATUS_MPRV; csrc mstatus, t0

TEST_START
    PT_SETUP_IDENTITY(3, 0)
    PT_MAP(VA_PAGE(0), page_s, PTE_RW | PTE_AD, LVL_4K)
    PT_MAP(VA_PAGE(1), page_u, PTE_U | PTE_RW | PTE_AD, LVL_4K)
    PT_MAP(VA_PAGE(2), page_s, PTE_X | PTE_A, LVL_4K)
    PT_MAP(VA_PAGE(3), page_u, PTE_U | PTE_R | PTE_A, LVL_4K)
    SATP_ON(SATP_SV39, 0)
    li a1, VA_PAGE(0)
    li a2, VA_PAGE(1)
    li a3, VA_PAGE(2)
    li a4, VA_PAGE(3)

    # --- MPP = S: loads, stores and AMOs go through the page table; code keeps running
    #     from its physical address (fetches ignore MPRV)
    MPRV_ON(MSTATUS_MPP_S)
    ld a0, 0(a1)
    li t1, 0x10
    sd t1, 8(a1)
    amoadd.d a5, t1, (a1)
    MPRV_OFF
    CHECK(1, a0, 0x5050)
    CHECK(2, a5, 0x5050)
    la t1, page_s
    ld a0, 0(t1)
    CHECK(3, a0, 0x5060)
    ld a0, 8(t1)
    CHECK(4, a0, 0x10)
    # a U page without SUM faults, in M, with the virtual address
    li TESTNUM, 5
    ARM_TRAP(1f)
    MPRV_ON(MSTATUS_MPP_S)
    ld a0, 0(a2)
    j isa_fail
1:  MPRV_OFF
    CHECK_CAUSE(5, CAUSE_LOAD_PAGE_FAULT)
    CHECK_TVAL(6, VA_PAGE(1))
    CHECK_TRAP_MODE(7, PRV_M)
    CHECK_TRAP_STATUS(8, MSTATUS_MPP | MSTATUS_MPRV, MSTATUS_MPP_M | MSTATUS_MPRV)
    # SUM and MXR apply
    li t0, MSTATUS_SUM | MSTATUS_MXR
    csrs mstatus, t0
    MPRV_ON(MSTATUS_MPP_S)
    ld a0, 0(a2)
    ld a5, 0(a3)
    MPRV_OFF
    li t0, MSTATUS_SUM | MSTATUS_MXR
    csrc mstatus, t0
    CHECK(9, a0, 0x7070)
    CHECK(10, a5, 0x5060)                    # (the AMO above added 0x10)

    # --- MPP = U: U pages only
    MPRV_ON(0)
    ld a0, 0(a2)
    ld a5, 0(a4)
    MPRV_OFF
    CHECK(11, a0, 0x7070)
    CHECK(12, a5, 0x7070)
    li TESTNUM, 13
    ARM_TRAP(1f)
    MPRV_ON(0)
    sd a0, 0(a4)                             # read-only
    j isa_fail
1:  MPRV_OFF
    CHECK_CAUSE(13, CAUSE_STORE_PAGE_FAULT)
    CHECK_TVAL(14, VA_PAGE(3))
    li TESTNUM, 15
    ARM_TRAP(1f)
    MPRV_ON(0)
    ld a0, 0(a1)                             # a supervisor page
    j isa_fail
1:  MPRV_OFF
    CHECK_CAUSE(15, CAUSE_LOAD_PAGE_FAULT)

    # --- MPP = M: no translation
    MPRV_ON(MSTATUS_MPP_M)
    la t1, page_u
    ld a0, 0(t1)
    MPRV_OFF
    CHECK(16, a0, 0x7070)

    # (mret to S clearing MPRV, new in priv 1.12, is in mmu_strict.S: QEMU 7.2
    #  keeps MPRV)
    SATP_OFF
    PASS

    .data
    .balign 4096
page_s: .dword 0x5050, 0
    .balign 4096
page_u: .dword 0x7070
TEST_END
PT_RUNTIME
