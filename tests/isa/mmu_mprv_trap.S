# rvscope-only: QEMU 7.2 keeps translating the handler's accesses after the trap set MPP = M
# mmu_mprv_trap.S: a trap from M into M sets MPP = M, and with MPRV = 1 that turns
# translation of M-mode loads and stores off at once: the trap handler's accesses must not
# use translations made for the interrupted MPRV accesses. Here the handler's own trap
# record page is mapped elsewhere for S, and M-mode stores into it first under MPRV.
#include "mmu_pt.h"

TEST_START
    call pt_reset                            # a table that maps only the trap record's page
    li s10, 3
    call pt_alloc
    mv s11, a0
    la a1, trap_record
    li t0, ~0xfff
    and a1, a1, t0
    mv s1, a1                                # VA = the trap record's own page ...
    la a2, elsewhere                         # ... but PA = another one
    li a3, PTE_V | PTE_RW | PTE_AD
    li a4, LVL_4K
    call pt_map_at
    SATP_ON(SATP_SV39, 0)
    la t0, trap_count
    sub t2, t0, s1                           # offset of trap_count in its page
    ld s2, 0(t0)                             # trap_count before

    li TESTNUM, 1
    ARM_TRAP(1f)
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPRV | MSTATUS_MPP_S
    csrs mstatus, t0
    add t1, s1, t2
    sd zero, 0(t1)                           # an S store into the aliased page
    li a1, VA_PAGE(5)
    ld a0, 0(a1)                             # unmapped: load page fault into M
    j isa_fail
1:  li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK_CAUSE(1, CAUSE_LOAD_PAGE_FAULT)    # the handler wrote the real record
    ld t0, trap_count
    addi s2, s2, 1
    CHECK_REGS(2, t0, s2)
    la t1, elsewhere
    add t1, t1, t2
    ld t0, 0(t1)
    CHECK(3, t0, 0)                          # the S store went to the alias
    SATP_OFF
    PASS

    .data
    .balign 4096
elsewhere: .skip 4096, 0xff
TEST_END
PT_RUNTIME
