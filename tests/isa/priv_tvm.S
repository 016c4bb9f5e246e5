# priv_tvm.S: mstatus.TVM = 1 makes satp accesses and sfence.vma illegal in S-mode; M-mode is
# not affected; with TVM = 0 S-mode may use both.
#include "isa.h"
TEST_START
    li t0, MSTATUS_TVM
    csrs mstatus, t0
    TRAP_CASE_S(1, CAUSE_ILLEGAL_INSN, csrr a0, satp)
    CHECK_TVAL(2, 0x18002573)           # csrrs a0, satp, x0
    TRAP_CASE_S(3, CAUSE_ILLEGAL_INSN, csrw satp, zero)
    TRAP_CASE_S(4, CAUSE_ILLEGAL_INSN, sfence.vma)
    CHECK_TVAL(5, 0x12000073)
    li a1, 0x80001000
    TRAP_CASE_S(6, CAUSE_ILLEGAL_INSN, sfence.vma a1, zero)
    # M-mode: fine
    li TESTNUM, 7
    csrr a0, satp
    csrw satp, zero
    sfence.vma
    CHECK(7, a0, 0)
    # TVM = 0: S-mode may read and write satp and run sfence.vma
    li t0, MSTATUS_TVM
    csrc mstatus, t0
    li TESTNUM, 8
    ENTER_S
    csrw satp, zero
    csrr a0, satp
    sfence.vma
    sfence.vma a1, zero
    ENTER_M
    CHECK(8, a0, 0)
    CHECK_TRAP_COUNT(9, 5)              # 4 illegal + 1 ecall
    PASS
TEST_END
