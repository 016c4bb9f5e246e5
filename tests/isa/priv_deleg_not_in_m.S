# priv_deleg_not_in_m.S: delegation never lowers the privilege: exceptions raised in M-mode are
# taken in M even when medeleg delegates them (priv 1.12 §3.1.8).
#include "isa.h"
TEST_START
    li a1, -1
    csrw medeleg, a1
    li s0, RAM_END
    TRAP_CASE(1, CAUSE_ILLEGAL_INSN, .word 0x0000050b)
    CHECK_TRAP_MODE(2, PRV_M)
    TRAP_CASE(3, CAUSE_BREAKPOINT, ebreak)
    CHECK_TRAP_MODE(4, PRV_M)
    TRAP_CASE(5, CAUSE_LOAD_ACCESS, ld a0, 0(s0))
    CHECK_TRAP_MODE(6, PRV_M)
    TRAP_CASE(7, CAUSE_STORE_ACCESS, sd a0, 0(s0))
    CHECK_TRAP_MODE(8, PRV_M)
    TRAP_CASE(9, CAUSE_ECALL_M, ecall)
    CHECK_TRAP_MODE(10, PRV_M)
    # the S-mode trap CSRs were not touched
    csrr a0, scause
    CHECK(11, a0, 0)
    csrw medeleg, zero
    PASS
TEST_END
