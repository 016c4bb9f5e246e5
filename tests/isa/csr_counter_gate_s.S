# csr_counter_gate_s.S: in S-mode, cycle/time/instret are readable only when the matching bit
# (CY 0, TM 1, IR 2) of mcounteren is set; otherwise illegal instruction. M-mode is never gated.
#include "isa.h"
TEST_START
    csrw mcounteren, zero
    csrw scounteren, zero
    TRAP_CASE_S(1, CAUSE_ILLEGAL_INSN, csrr a0, cycle)
    CHECK_TVAL(2, 0xc0002573)
    TRAP_CASE_S(3, CAUSE_ILLEGAL_INSN, csrr a0, time)
    TRAP_CASE_S(4, CAUSE_ILLEGAL_INSN, csrr a0, instret)
    # M-mode reads them anyway
    li TESTNUM, 5
    csrr a0, cycle
    csrr a0, time
    csrr a0, instret
    CHECK_TRAP_COUNT(5, 3)
    # one bit at a time
    csrwi mcounteren, 1                 # CY
    li TESTNUM, 6
    ENTER_S
    csrr a0, cycle
    ENTER_M
    TRAP_CASE_S(7, CAUSE_ILLEGAL_INSN, csrr a0, time)
    TRAP_CASE_S(8, CAUSE_ILLEGAL_INSN, csrr a0, instret)
    csrwi mcounteren, 2                 # TM
    TRAP_CASE_S(9, CAUSE_ILLEGAL_INSN, csrr a0, cycle)
    li TESTNUM, 10
    ENTER_S
    csrr a0, time
    ENTER_M
    csrwi mcounteren, 4                 # IR
    TRAP_CASE_S(11, CAUSE_ILLEGAL_INSN, csrr a0, time)
    li TESTNUM, 12
    ENTER_S
    csrr a0, instret
    ENTER_M
    # scounteren does not gate S-mode itself
    csrwi mcounteren, 7
    csrw scounteren, zero
    li TESTNUM, 13
    ENTER_S
    csrr a0, cycle
    csrr a1, time
    csrr a2, instret
    ENTER_M
    CHECK_TRAP_COUNT(14, 8 + 3)          # 8 illegal, 3 ecalls of ENTER_M
    PASS
TEST_END
