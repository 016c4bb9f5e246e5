# rv64a_lr_misaligned.S: lr.w/lr.d to an address not aligned to their size raise a
# load-address-misaligned exception (cause 4) with mtval = the address, from M, S and U;
# nothing is loaded.
#include "isa.h"
TEST_START
    la s0, buf
    li a0, 0x5a
    addi a1, s0, 1
    TRAP_CASE(1, CAUSE_LOAD_MISALIGNED, lr.w a0, (a1))
    CHECK_TVAL_SYM(2, buf + 1)
    CHECK(3, a0, 0x5a)                  # rd not written
    addi a1, s0, 2
    TRAP_CASE(4, CAUSE_LOAD_MISALIGNED, lr.w a0, (a1))
    CHECK_TVAL_SYM(5, buf + 2)
    addi a1, s0, 4
    TRAP_CASE(6, CAUSE_LOAD_MISALIGNED, lr.d a0, (a1))    # word-aligned is not enough
    CHECK_TVAL_SYM(7, buf + 4)
    addi a1, s0, 7
    TRAP_CASE(8, CAUSE_LOAD_MISALIGNED, lr.d.aq a0, (a1))
    CHECK_TVAL_SYM(9, buf + 7)
    CHECK(10, a0, 0x5a)
    # the same from S and U
    addi a1, s0, 2
    TRAP_CASE_S(11, CAUSE_LOAD_MISALIGNED, lr.w a0, (a1))
    CHECK_TVAL_SYM(12, buf + 2)
    CHECK_TRAP_STATUS(13, MSTATUS_MPP, MSTATUS_MPP_S)
    addi a1, s0, 4
    TRAP_CASE_U(14, CAUSE_LOAD_MISALIGNED, lr.d a0, (a1))
    CHECK_TVAL_SYM(15, buf + 4)
    CHECK_TRAP_STATUS(16, MSTATUS_MPP, 0)
    # and the failed lr left no reservation behind
    TEST_CASE(17, a3, 1, la a1, buf; sc.d a3, x0, (a1); snez a3, a3)
    PASS

    .data
    .balign 16
buf:    .dword 0x1111, 0
TEST_END
