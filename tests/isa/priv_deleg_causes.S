# priv_deleg_causes.S: every delegable exception, raised in U-mode with medeleg delegating it,
# is taken in S with the right scause and stval (ecall from S: raised in S).
#include "isa.h"
# Case n: in U, the instruction must trap to S with scause = cause and stval = tval; then the
# test goes back to M (ENTER_M: an ecall from S, not delegated).
#define DELEG_U(n, cause, tval, ...) \
    TRAP_CASE_U(n, cause, __VA_ARGS__); CHECK_TRAP_MODE(n, PRV_S); CHECK_TVAL(n, tval); ENTER_M
TEST_START
    li a1, 0xb3ff & ~(1 << CAUSE_ECALL_S)   # everything but ecall from S
    csrw medeleg, a1
    li s0, RAM_END
    la s1, buf
    DELEG_U( 1, CAUSE_ILLEGAL_INSN, 0x0000050b, .word 0x0000050b)
    TRAP_CASE_U( 2, CAUSE_BREAKPOINT, ebreak)  # (stval: 0 on QEMU, the pc on rvscope)
    CHECK_TRAP_MODE( 2, PRV_S)
    ENTER_M
    addi a1, s1, 1
    TRAP_CASE_U( 3, CAUSE_LOAD_MISALIGNED, lr.w a0, (a1))
    CHECK_TRAP_MODE( 3, PRV_S)
    CHECK_TVAL_SYM( 3, buf + 1)
    ENTER_M
    DELEG_U( 4, CAUSE_LOAD_ACCESS, RAM_END, ld a0, 0(s0))
    DELEG_U( 5, CAUSE_STORE_ACCESS, RAM_END + 8, sd a0, 8(s0))
    DELEG_U( 6, CAUSE_ECALL_U, 0, ecall)
    # instruction access fault: sepc and stval are the target
    li TESTNUM, 7
    ARM_TRAP(1f)
    GOTO_MODE(PRV_U, 2f)
2:  jr s0
    j isa_fail
1:  CHECK_CAUSE(7, CAUSE_FETCH_ACCESS)
    CHECK_TRAP_MODE(8, PRV_S)
    CHECK_TVAL(9, RAM_END)
    csrr a0, sepc
    CHECK(10, a0, RAM_END)
    ENTER_M
    # ecall from S, delegated, taken in S
    li a1, 1 << CAUSE_ECALL_S
    csrw medeleg, a1
    TRAP_CASE_S(11, CAUSE_ECALL_S, ecall)
    CHECK_TRAP_MODE(12, PRV_S)
    CHECK_TRAP_STATUS(13, MSTATUS_SPP, MSTATUS_SPP)
    # back to M without ecall: an illegal instruction (not delegated now)
    ARM_TRAP(3f)
    .word 0x0000050b
3:  CHECK_TRAP_MODE(14, PRV_M)
    csrw medeleg, zero
    PASS

    .data
    .balign 8
buf:    .dword 0
TEST_END
