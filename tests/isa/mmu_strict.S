# rvscope-only: QEMU 7.2 departs from priv spec 1.12 in each case here (see the comments)
# mmu_strict.S: MMU and PMP rules where rvscope follows the privileged spec 1.12 and QEMU
# 7.2 does not: an AMO denied by PMP is a store/AMO access fault; writing A/D into a PTE
# that PMP makes read-only is an access fault; a PTE read with no memory behind it is an
# access fault; a misaligned access partly inside a PMP entry fails; mret to S works with no
# PMP entry set (and S then cannot fetch); mret to S clears MPRV. Sv39.
#include "mmu_pt.h"

#define HOLE 0x70000000                  /* no device, no RAM */

TEST_START
    PT_SETUP_IDENTITY(3, 0)
    PT_MAP(VA_PAGE(0), page_noacc, PTE_RW | PTE_AD, LVL_4K)
    PT_MAP(VA_PAGE(1), page_ok, PTE_RWX, LVL_4K)        # A and D clear
    mv s1, a0
    li t0, ~0xfff
    and s0, a0, t0                           # the leaf table
    SATP_ON(SATP_SV39, 0)
    # entry 0: NAPOT page_noacc, no access; entry 1: NAPOT leaf table, R only;
    # entry 2: NA4 page_part + 4, RWX; entry 15: everything RWX
    la t0, page_noacc
    srli t0, t0, 2
    ori t0, t0, 0x1ff
    csrw pmpaddr0, t0
    srli t0, s0, 2
    ori t0, t0, 0x1ff
    csrw pmpaddr1, t0
    la t0, page_part
    addi t0, t0, 4
    srli t0, t0, 2
    csrw pmpaddr2, t0
    li t0, -1
    csrw pmpaddr15, t0
    li t0, 0x1f << 56
    csrw pmpcfg2, t0
    li t0, 0x171918
    csrw pmpcfg0, t0
    sfence.vma

    # QEMU 7.2: a load access fault (5)
    li a1, VA_PAGE(0)
    TRAP_CASE_S(1, CAUSE_STORE_ACCESS, amoswap.d a0, a0, (a1))
    CHECK_TVAL(2, VA_PAGE(0))
    TRAP_CASE_S(3, CAUSE_STORE_ACCESS, amoor.w a0, a0, (a1))

    # QEMU 7.2: sets A/D without checking PMP (priv spec §4.3.2 step 7: access fault)
    li a1, VA_PAGE(1)
    TRAP_CASE_S(4, CAUSE_LOAD_ACCESS, ld a0, 0(a1))
    CHECK_TVAL(5, VA_PAGE(1))
    TRAP_CASE_S(6, CAUSE_STORE_ACCESS, sd a0, 0(a1))
    FETCH_FAULT_CASE(PRV_S, 7, CAUSE_FETCH_ACCESS, VA_PAGE(1))
    ld t0, 0(s1)
    andi t0, t0, PTE_AD
    CHECK(8, t0, 0)                          # nothing written
    ld t0, 0(s1)
    ori t0, t0, PTE_A
    sd t0, 0(s1)                             # the kernel sets A itself: loads work
    li TESTNUM, 9
    IN_MODE(PRV_S, ld a0, 0(a1))
    CHECK(9, a0, 0x1234)
    TRAP_CASE_S(10, CAUSE_STORE_ACCESS, sd a0, 0(a1))   # D still needs a write

    # QEMU 7.2: a page fault (priv spec §4.3.2 step 2: access fault)
    ld s2, 8(s11)                            # the root's slot for VA_DATA's gigabyte
    li t0, (HOLE >> 12) << 10 | PTE_V
    sd t0, 8(s11)
    sfence.vma
    li a1, VA_PAGE(2)
    TRAP_CASE_S(11, CAUSE_LOAD_ACCESS, ld a0, 0(a1))
    CHECK_TVAL(12, VA_PAGE(2))
    TRAP_CASE_S(13, CAUSE_STORE_ACCESS, sd a0, 0(a1))
    FETCH_FAULT_CASE(PRV_S, 14, CAUSE_FETCH_ACCESS, VA_PAGE(2))
    sd s2, 8(s11)
    sfence.vma

    # QEMU 7.2: lets a misaligned doubleword through (all its bytes must be in one entry)
    la a1, page_part
    TRAP_CASE_S(15, CAUSE_LOAD_ACCESS, ld a0, 2(a1))
    TRAP_CASE_S(16, CAUSE_STORE_ACCESS, sw a0, 6(a1))
    li TESTNUM, 17
    IN_MODE(PRV_S, lw a0, 4(a1))
    CHECK(17, a0, 0x66)

    # QEMU 7.2: mret to S with no PMP entry is an illegal instruction
    SATP_OFF
    csrw pmpcfg0, zero
    csrw pmpcfg2, zero
    sfence.vma
    TRAP_CASE_S(18, CAUSE_FETCH_ACCESS, nop)
    CHECK_TVAL_SYM(19, 9001b)
    TRAP_CASE_U(20, CAUSE_FETCH_ACCESS, nop)
    li t0, 0x1f << 56
    csrw pmpcfg2, t0
    sfence.vma

    # QEMU 7.2: mret keeps MPRV (priv 1.12 §3.1.6.3: clears it when leaving M)
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    li TESTNUM, 21
    IN_MODE(PRV_S, nop)
    CHECK_MSTATUS(21, MSTATUS_MPRV, 0)
    PASS

    .data
    .balign 4096
page_noacc: .dword 0x4444
    .balign 4096
page_ok:    .dword 0x1234
    .balign 4096
page_part:  .word 0, 0x66, 0, 0
TEST_END
PT_RUNTIME
