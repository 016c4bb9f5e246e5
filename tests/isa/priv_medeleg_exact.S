# rvscope-only: QEMU 7.2 lets medeleg bit 11 (ecall from M) be written, and with its H extension also bits 10 and 20-23; priv 1.12 makes bit 11 read-only zero
# priv_medeleg_exact.S: on rvscope exactly the bits 0-9, 12, 13 and 15 of medeleg are writable;
# ecall from M (bit 11) can never be delegated and reads 0.
#include "isa.h"
TEST_START
    li a1, -1
    csrw medeleg, a1
    CHECK_CSR(1, medeleg, 0xb3ff)
    li a1, 1 << CAUSE_ECALL_M
    csrw medeleg, a1
    CHECK_CSR(2, medeleg, 0)
    PASS
TEST_END
