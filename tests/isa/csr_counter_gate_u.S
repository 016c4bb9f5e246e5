# csr_counter_gate_u.S: in U-mode a counter is readable only when its bit is set in both
# mcounteren and scounteren; otherwise illegal instruction (taken in M here).
#include "isa.h"
TEST_START
    csrw mcounteren, zero
    csrw scounteren, zero
    TRAP_CASE_U(1, CAUSE_ILLEGAL_INSN, csrr a0, cycle)
    TRAP_CASE_U(2, CAUSE_ILLEGAL_INSN, csrr a0, time)
    TRAP_CASE_U(3, CAUSE_ILLEGAL_INSN, csrr a0, instret)
    # only mcounteren: still illegal in U
    csrwi mcounteren, 7
    TRAP_CASE_U(4, CAUSE_ILLEGAL_INSN, csrr a0, cycle)
    TRAP_CASE_U(5, CAUSE_ILLEGAL_INSN, csrr a0, time)
    TRAP_CASE_U(6, CAUSE_ILLEGAL_INSN, csrr a0, instret)
    # only scounteren: illegal too
    csrw mcounteren, zero
    csrwi scounteren, 7
    TRAP_CASE_U(7, CAUSE_ILLEGAL_INSN, csrr a0, cycle)
    TRAP_CASE_U(8, CAUSE_ILLEGAL_INSN, csrr a0, instret)
    # both: legal, bit by bit
    csrwi mcounteren, 7
    csrwi scounteren, 2                 # TM only
    TRAP_CASE_U(9, CAUSE_ILLEGAL_INSN, csrr a0, cycle)
    li TESTNUM, 10
    ENTER_U
    csrr a0, time
    ENTER_M
    csrwi scounteren, 5                 # CY and IR
    TRAP_CASE_U(11, CAUSE_ILLEGAL_INSN, csrr a0, time)
    li TESTNUM, 12
    ENTER_U
    csrr a0, cycle
    csrr a1, instret
    ENTER_M
    CHECK_TRAP_COUNT(13, 10 + 2)
    PASS
TEST_END
