# priv_medeleg.S: medeleg is WARL: the delegable exceptions (0-9, 12, 13, 15) can be set and
# cleared one by one; the reserved bits 14 and 16-19 read 0. (That ecall from M, bit 11, reads
# 0 as well is checked in priv_medeleg_exact.S.)
#include "isa.h"
#define DELEGABLE 0xb3ff                /* bits 0-9, 12, 13, 15 */
TEST_START
    li a1, -1
    csrw medeleg, a1
    csrr s0, medeleg
    li a1, DELEGABLE
    and a0, s0, a1
    CHECK_REGS(1, a0, a1)               # every delegable bit took the 1
    srli a0, s0, 14
    andi a0, a0, 1
    CHECK(2, a0, 0)                     # 14: reserved
    srli a0, s0, 16
    andi a0, a0, 0xf
    CHECK(3, a0, 0)                     # 16-19: reserved
    csrw medeleg, zero
    CHECK_CSR(4, medeleg, 0)
    li a1, 1 << CAUSE_ECALL_U
    csrw medeleg, a1
    CHECK_CSR(5, medeleg, 1 << CAUSE_ECALL_U)
    li a1, 1 << CAUSE_STORE_PAGE_FAULT
    csrs medeleg, a1
    CHECK_CSR(6, medeleg, (1 << CAUSE_ECALL_U) | (1 << CAUSE_STORE_PAGE_FAULT))
    li a1, 1 << CAUSE_ECALL_U
    csrc medeleg, a1
    CHECK_CSR(7, medeleg, 1 << CAUSE_STORE_PAGE_FAULT)
    csrw medeleg, zero
    PASS
TEST_END
