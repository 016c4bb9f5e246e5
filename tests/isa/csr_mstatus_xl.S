# rvscope-only: QEMU 7.2 lets mstatus and sstatus writes set UXL bits (UXL then reads 3); UXL and SXL are fixed at 2 on an RV64-only hart
# csr_mstatus_xl.S: mstatus.UXL and .SXL (and sstatus.UXL) always read 2 (XLEN = 64 in U and
# S); writes cannot change them.
#include "isa.h"
#define UXL_SHIFT 32
#define SXL_SHIFT 34
TEST_START
    csrr a0, mstatus
    srli a1, a0, UXL_SHIFT
    andi a1, a1, 3
    CHECK(1, a1, 2)
    srli a1, a0, SXL_SHIFT
    andi a1, a1, 3
    CHECK(2, a1, 2)
    # try 1 (XLEN 32) through mstatus
    li a2, MSTATUS_UXL | MSTATUS_SXL
    csrc mstatus, a2
    li a2, (1 << UXL_SHIFT) | (1 << SXL_SHIFT)
    csrs mstatus, a2
    csrr a0, mstatus
    srli a1, a0, UXL_SHIFT
    andi a1, a1, 0xf
    CHECK(3, a1, 0xa)                   # UXL = 2, SXL = 2
    # try 3 through sstatus
    li a2, MSTATUS_UXL
    csrs sstatus, a2
    csrr a0, sstatus
    srli a1, a0, UXL_SHIFT
    andi a1, a1, 3
    CHECK(4, a1, 2)
    csrc sstatus, a2
    csrr a0, sstatus
    srli a1, a0, UXL_SHIFT
    andi a1, a1, 3
    CHECK(5, a1, 2)
    PASS
TEST_END
