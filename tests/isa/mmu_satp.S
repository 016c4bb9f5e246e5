# mmu_satp.S: satp is WARL (priv spec §4.1.11): Bare, Sv39, Sv48 and Sv57 are accepted with
# all 16 ASID bits and 44 PPN bits; a write of any other mode changes nothing. mstatus.TVM
# makes satp accesses and sfence.vma illegal in S-mode (not in M); U-mode can use neither.
#include "mmu_pt.h"

TEST_START
    TEST_CASE(1, a0, 0, csrr a0, satp)
    li a1, SATP_SV39 | SATP_ASID(0xffff) | 0xfffffffffff
    TEST_CASE(2, a0, SATP_SV39 | SATP_ASID(0xffff) | 0xfffffffffff, csrw satp, a1; csrr a0, satp)
    li a1, SATP_SV48 | SATP_ASID(0x1234) | 0x80123
    TEST_CASE(3, a0, SATP_SV48 | SATP_ASID(0x1234) | 0x80123, csrw satp, a1; csrr a0, satp)
    li a1, SATP_SV57 | 0x80456
    TEST_CASE(4, a0, SATP_SV57 | 0x80456, csrw satp, a1; csrr a0, satp)
    # every reserved mode leaves the Sv57 value in place
    li TESTNUM, 5
    li a2, 1
    li a3, 16
1:  li t0, 8
    bltu a2, t0, 2f
    li t0, 11
    bltu a2, t0, 3f                          # 8, 9, 10 are supported
2:  slli a1, a2, 60
    li t0, SATP_ASID(0x5a) | 0x123
    or a1, a1, t0
    csrw satp, a1
    csrr a0, satp
    li t6, SATP_SV57 | 0x80456
    bne a0, t6, isa_fail
3:  addi a2, a2, 1
    bltu a2, a3, 1b
    TEST_CASE(6, a0, 0, csrw satp, zero; csrr a0, satp)
    li a1, SATP_ASID(0x77)
    TEST_CASE(7, a0, SATP_ASID(0x77), csrw satp, a1; csrr a0, satp)   # Bare keeps what it got
    csrw satp, zero

    # --- S-mode may use satp and sfence.vma while TVM = 0
    PT_SETUP_IDENTITY(3, 0)
    srli s1, s11, 12
    li t0, SATP_SV39 | SATP_ASID(3)
    or s1, s1, t0                            # a satp for the identity tables
    li TESTNUM, 8
    IN_MODE(PRV_S, csrw satp, s1; sfence.vma; csrr a0, satp; la a1, page; ld a2, 0(a1); csrw satp, zero; sfence.vma zero, zero)
    CHECK_REGS(8, a0, s1)
    CHECK(9, a2, 0x99)
    # --- TVM = 1: illegal in S
    li t0, MSTATUS_TVM
    csrs mstatus, t0
    TRAP_CASE_S(10, CAUSE_ILLEGAL_INSN, csrr a0, satp)
    TRAP_CASE_S(11, CAUSE_ILLEGAL_INSN, csrw satp, s1)
    TRAP_CASE_S(12, CAUSE_ILLEGAL_INSN, sfence.vma)
    TRAP_CASE_S(13, CAUSE_ILLEGAL_INSN, sfence.vma a1, zero)
    CHECK_CSR(14, satp, 0)
    # ... but not in M
    li TESTNUM, 15
    csrw satp, s1
    sfence.vma
    csrr a0, satp
    CHECK_REGS(15, a0, s1)
    csrw satp, zero
    sfence.vma zero, zero
    li t0, MSTATUS_TVM
    csrc mstatus, t0
    # --- U-mode: neither, TVM or not
    TRAP_CASE_U(16, CAUSE_ILLEGAL_INSN, csrr a0, satp)
    TRAP_CASE_U(17, CAUSE_ILLEGAL_INSN, sfence.vma)
    TRAP_CASE_U(18, CAUSE_ILLEGAL_INSN, sfence.vma zero, a1)
    PASS

    .data
    .balign 4096
page: .dword 0x99
TEST_END
PT_RUNTIME
