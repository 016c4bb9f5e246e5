# csr_priv_access.S: csr[9:8] is the lowest privilege that may access a CSR: S-mode may not
# touch M CSRs, U-mode neither S nor M CSRs (illegal instruction, mtval = the instruction).
# Unprivileged CSRs (fcsr) stay accessible from U.
#include "isa.h"
TEST_START
    TRAP_CASE_S( 1, CAUSE_ILLEGAL_INSN, csrr a0, mstatus)
    CHECK_TVAL( 2, 0x30002573)          # csrrs a0, mstatus, x0
    CHECK_TRAP_MODE( 3, PRV_M)
    TRAP_CASE_S( 4, CAUSE_ILLEGAL_INSN, csrw mscratch, a0)
    TRAP_CASE_S( 5, CAUSE_ILLEGAL_INSN, csrr a0, mhartid)
    TRAP_CASE_S( 6, CAUSE_ILLEGAL_INSN, csrr a0, mepc)
    TRAP_CASE_S( 7, CAUSE_ILLEGAL_INSN, csrr a0, medeleg)
    TRAP_CASE_S( 8, CAUSE_ILLEGAL_INSN, csrr a0, misa)
    TRAP_CASE_S( 9, CAUSE_ILLEGAL_INSN, csrr a0, mcycle)
    TRAP_CASE_U(10, CAUSE_ILLEGAL_INSN, csrr a0, sstatus)
    CHECK_TVAL(11, 0x10002573)
    TRAP_CASE_U(12, CAUSE_ILLEGAL_INSN, csrw sscratch, a0)
    TRAP_CASE_U(13, CAUSE_ILLEGAL_INSN, csrr a0, sepc)
    TRAP_CASE_U(14, CAUSE_ILLEGAL_INSN, csrr a0, satp)
    TRAP_CASE_U(15, CAUSE_ILLEGAL_INSN, csrr a0, mstatus)
    TRAP_CASE_U(16, CAUSE_ILLEGAL_INSN, csrr a0, mhartid)
    # what each mode may do: S reads and writes S CSRs, U the FP CSRs
    li TESTNUM, 17
    ENTER_S
    li a1, 0x5a5a
    csrw sscratch, a1
    csrr a0, sscratch
    csrr a2, sstatus
    ENTER_M
    CHECK(17, a0, 0x5a5a)
    li TESTNUM, 18
    ENTER_U
    csrwi fflags, 0x3
    csrr a0, fflags
    csrr a2, fcsr
    csrw frm, zero
    ENTER_M
    CHECK(18, a0, 3)
    CHECK_TRAP_COUNT(19, 15)            # the 13 TRAP_CASEs and the two ecalls of ENTER_M
    PASS
TEST_END
