# mmu_pmp.S: PMP under translation: S- and U-mode accesses a PMP entry denies raise access
# faults (5 load, 7 store/AMO, 1 fetch) with tval = the virtual address, also when the
# entry guards a page table the walk reads; NAPOT, TOR and NA4 entries; lowest index wins;
# an access only partly inside an entry fails; unlocked entries leave M alone, locked ones
# bind it; with no entry set, S and U can do nothing.
#include "mmu_pt.h"

#define VA_GUARDED 0x40400000          /* its leaf table is PMP-protected */
/* pmpaddr for a naturally aligned 4 KiB NAPOT region at sym. Clobbers t0. */
#define PMP_NAPOT_4K(csr, sym) la t0, sym; srli t0, t0, 2; ori t0, t0, 0x1ff; csrw csr, t0
#define PMP_AT(csr, sym, off) la t0, sym; addi t0, t0, off; srli t0, t0, 2; csrw csr, t0

/*   entry 0  NAPOT page_noacc   ---      entry 4  TOR [page_tor, +8 KiB)  R-X
     entry 1  NAPOT page_r       R--      entry 5  NA4 page_part + 4       RWX
     entry 2  NAPOT leaf table   ---      entry 6  (case 40) locked NAPOT page_locked R
     entry 3  OFF: TOR bottom             entry 15 NAPOT everything        RWX          */
#define CFG0 0x0000170d00181918

/* The instructions' loads and stores as mode mpp (MPRV). A trap into M sets MPP = M, so
   the handler is not affected; MPRV is cleared on the way back (or after a trap). */
#define AS_MODE(mpp, ...) \
    li t0, MSTATUS_MPP; csrc mstatus, t0; li t0, MSTATUS_MPRV | (mpp); csrs mstatus, t0; \
    __VA_ARGS__; li t0, MSTATUS_MPRV; csrc mstatus, t0
#define CFG2 (0x1f << 56)

TEST_START
    PT_SETUP_IDENTITY(3, 0)
    PT_MAP(VA_PAGE(0), page_noacc, PTE_RW | PTE_AD, LVL_4K)
    PT_MAP(VA_GUARDED, page_ok, PTE_RWX | PTE_AD, LVL_4K)
    li t0, ~0xfff
    and s0, a0, t0                           # the leaf table of VA_GUARDED
    SATP_ON(SATP_SV39, 0)
    PMP_NAPOT_4K(pmpaddr0, page_noacc)
    PMP_NAPOT_4K(pmpaddr1, page_r)
    srli t0, s0, 2
    ori t0, t0, 0x1ff
    csrw pmpaddr2, t0
    PMP_AT(pmpaddr3, page_tor, 0)
    la t0, page_tor
    li t1, 0x2000
    add t0, t0, t1
    srli t0, t0, 2
    csrw pmpaddr4, t0                        # page_tor + 8 KiB
    PMP_AT(pmpaddr5, page_part, 4)
    li t0, -1
    csrw pmpaddr15, t0
    li t0, CFG2
    csrw pmpcfg2, t0
    li t0, CFG0
    csrw pmpcfg0, t0
    sfence.vma                               # PMP changed: synchronise with translation

    # --- a page no one may touch, by its own address and through an alias
    la a1, page_noacc
    mv s1, a1
    TRAP_CASE_S(1, CAUSE_LOAD_ACCESS, ld a0, 0(a1))
    CHECK_REGS(2, a1, s1)
    ld t0, trap_tval
    CHECK_REGS(3, t0, s1)
    TRAP_CASE_S(4, CAUSE_STORE_ACCESS, sd a0, 8(a1))
    li a1, VA_PAGE(0)
    TRAP_CASE_S(5, CAUSE_LOAD_ACCESS, lw a0, 12(a1))
    CHECK_TVAL(6, VA_PAGE(0) + 12)           # the virtual address
    # (an AMO here is in mmu_strict.S: QEMU 7.2 reports a load access fault)
    li TESTNUM, 9                            # a fetch
    ARM_TRAP(1f)
    GOTO_MODE(PRV_S, 2f)
2:  jr s1
1:  CHECK_CAUSE(9, CAUSE_FETCH_ACCESS)
    ld t0, trap_tval
    CHECK_REGS(10, t0, s1)
    li TESTNUM, 11                           # M-mode: unlocked entries do not apply
    ld a0, 0(s1)
    CHECK(11, a0, 0x4444)

    # --- read-only by PMP although the PTE allows writes
    la a1, page_r
    li TESTNUM, 12
    IN_MODE(PRV_S, ld a0, 0(a1))
    CHECK(12, a0, 0x5555)
    TRAP_CASE_S(13, CAUSE_STORE_ACCESS, sw a0, 0(a1))
    TRAP_CASE_S(14, CAUSE_STORE_ACCESS, amoadd.w a0, a0, (a1))

    # --- the walk's own reads are checked: access faults of the original type
    li a1, VA_GUARDED
    TRAP_CASE_S(15, CAUSE_LOAD_ACCESS, ld a0, 0(a1))
    CHECK_TVAL(16, VA_GUARDED)
    TRAP_CASE_S(17, CAUSE_STORE_ACCESS, sd a0, 0(a1))
    CHECK_TVAL(18, VA_GUARDED)
    FETCH_FAULT_CASE(PRV_S, 19, CAUSE_FETCH_ACCESS, VA_GUARDED)

    # --- TOR: [page_tor, page_tor + 8 KiB) is R-X
    la a1, page_tor
    TRAP_CASE_S(20, CAUSE_STORE_ACCESS, sd a0, 0(a1))
    li t0, 0x1ff8
    add a1, a1, t0
    TRAP_CASE_S(21, CAUSE_STORE_ACCESS, sd a0, 0(a1))
    li TESTNUM, 22
    IN_MODE(PRV_S, ld a0, 0(a1); li a2, 0x77; sd a2, 8(a1); ld a3, 8(a1))
    CHECK(22, a3, 0x77)                      # the next doubleword is outside

    # --- NA4 over page_part + 4 (RWX) before the everything entry: a doubleword at
    #     page_part is only partly inside it and fails; words on either side do not
    la a1, page_part
    TRAP_CASE_S(23, CAUSE_LOAD_ACCESS, ld a0, 0(a1))
    TRAP_CASE_S(24, CAUSE_STORE_ACCESS, sd a0, 0(a1))
    li TESTNUM, 25
    IN_MODE(PRV_S, lw a0, 0(a1); lw a2, 4(a1); lw a3, 8(a1))
    CHECK(25, a2, 0x66)
    li TESTNUM, 26                           # M-mode fails too ("irrespective of L")
    ARM_TRAP(1f)
    ld a0, 0(a1)
    j isa_fail
1:  CHECK_CAUSE(26, CAUSE_LOAD_ACCESS)

    # --- U-mode without translation: the same PMP
    SATP_OFF
    TRAP_CASE_U(27, CAUSE_LOAD_ACCESS, ld a0, 0(s1))
    la a1, page_r
    TRAP_CASE_U(28, CAUSE_STORE_ACCESS, sd a0, 0(a1))
    li TESTNUM, 29
    IN_MODE(PRV_U, ld a0, 0(a1))
    CHECK(29, a0, 0x5555)

    # --- no entry set: S and U can do nothing, M everything
    csrw pmpcfg0, zero
    csrw pmpcfg2, zero
    sfence.vma                               # (priv spec §3.7.2: after PMP writes)
    # (QEMU 7.2 refuses an mret to S or U while no PMP entry is set, so the loads and
    #  stores are made S- and U-mode ones with MPRV; fetches: mmu_strict.S)
    la a1, page_ok
    li TESTNUM, 30
    ARM_TRAP(1f)
    AS_MODE(MSTATUS_MPP_S, ld a0, 0(a1))
    j isa_fail
1:  li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK_CAUSE(30, CAUSE_LOAD_ACCESS)
    CHECK_TVAL_SYM(31, page_ok)
    li TESTNUM, 32
    ARM_TRAP(1f)
    AS_MODE(0, sd a0, 0(a1))
    j isa_fail
1:  li t0, MSTATUS_MPRV
    csrc mstatus, t0
    CHECK_CAUSE(32, CAUSE_STORE_ACCESS)
    li TESTNUM, 33
    la a1, page_noacc
    ld a0, 0(a1)
    CHECK(33, a0, 0x4444)
    li t0, CFG2
    csrw pmpcfg2, t0
    sfence.vma

    # --- a locked entry binds M-mode too (and stays until reset)
    PMP_NAPOT_4K(pmpaddr6, page_locked)
    li t0, 0x99 << 48                        # entry 6: L, NAPOT, R
    csrw pmpcfg0, t0
    sfence.vma
    csrr t0, pmpcfg0
    CHECK(40, t0, 0x99 << 48)
    la a1, page_locked
    ld a0, 0(a1)
    CHECK(41, a0, 0x8888)
    li TESTNUM, 42
    ARM_TRAP(1f)
    sd a0, 0(a1)
    j isa_fail
1:  CHECK_CAUSE(42, CAUSE_STORE_ACCESS)
    CHECK_TVAL_SYM(43, page_locked)
    li t0, 0x1f << 48                        # writes to a locked entry are ignored
    csrw pmpcfg0, t0
    csrr t0, pmpcfg0
    CHECK(44, t0, 0x99 << 48)
    PASS

    .data
    .balign 4096
page_noacc: .dword 0x4444
    .balign 4096
page_r:     .dword 0x5555
    .balign 4096
page_ok:    .dword 0
    .balign 8192
page_tor:   .skip 8192
            .dword 0, 0                  # just past the TOR region
    .balign 4096
page_part:  .word 0, 0x66, 0, 0
    .balign 4096
page_locked: .dword 0x8888
    .balign 4096                         # alone in its page
TEST_END
PT_RUNTIME
