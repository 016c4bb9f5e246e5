# rvscope-only: QEMU 7.2 reports a misaligned AMO as a load-address-misaligned (4) and never checks sc alignment without a reservation; the spec says store/AMO-address-misaligned (6)
# rv64a_amo_misaligned.S: a misaligned AMO or sc raises store/AMO-address-misaligned (cause 6)
# with mtval = the address, from M, S and U, and memory is unchanged.
#include "isa.h"
TEST_START
    la s0, buf
    li a2, 1
    li a0, 0x5a
    addi a1, s0, 2
    TRAP_CASE(1, CAUSE_STORE_MISALIGNED, amoadd.w a0, a2, (a1))
    CHECK_TVAL_SYM(2, buf + 2)
    CHECK(3, a0, 0x5a)                  # rd not written
    addi a1, s0, 4
    TRAP_CASE(4, CAUSE_STORE_MISALIGNED, amoswap.d a0, a2, (a1))
    CHECK_TVAL_SYM(5, buf + 4)
    addi a1, s0, 1
    TRAP_CASE(6, CAUSE_STORE_MISALIGNED, amomaxu.w a0, a2, (a1))
    CHECK_TVAL_SYM(7, buf + 1)
    addi a1, s0, 3
    TRAP_CASE(8, CAUSE_STORE_MISALIGNED, sc.w a0, a2, (a1))
    CHECK_TVAL_SYM(9, buf + 3)
    addi a1, s0, 6
    TRAP_CASE(10, CAUSE_STORE_MISALIGNED, sc.d a0, a2, (a1))
    CHECK_TVAL_SYM(11, buf + 6)
    addi a1, s0, 14
    TRAP_CASE_S(15, CAUSE_STORE_MISALIGNED, amoor.w a0, a2, (a1))       # from S
    CHECK_TRAP_STATUS(16, MSTATUS_MPP, MSTATUS_MPP_S)
    addi a1, s0, 9
    TRAP_CASE_U(17, CAUSE_STORE_MISALIGNED, amomin.d a0, a2, (a1))      # from U
    CHECK_TVAL_SYM(18, buf + 9)
    CHECK_TRAP_STATUS(19, MSTATUS_MPP, 0)
    CHECK(12, a0, 0x5a)
    ld a0, 0(s0)
    CHECK(13, a0, 0x1111111111111111)
    ld a0, 8(s0)
    CHECK(14, a0, 0x2222222222222222)
    PASS

    .data
    .balign 16
buf:    .dword 0x1111111111111111, 0x2222222222222222
TEST_END
