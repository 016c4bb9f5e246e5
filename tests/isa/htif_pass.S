# rvscope-only: HTIF (tohost/fromhost) is a Spike/rvscope convention; QEMU virt has no HTIF device
# htif_pass.S: a test that reports through HTIF instead of the test finisher: it writes
# (0 << 1) | 1 = 1 to the ELF symbol `tohost` to pass ((code << 1) | 1 to fail with code).
#define ISA_HTIF
#include "isa.h"
TEST_START
    TEST_RR(1, add, 5, 2, 3)
    TEST_RR(2, sub, -1, 2, 3)
    # tohost and fromhost are 8-byte aligned, in their own section
    la a0, tohost
    andi a0, a0, 7
    CHECK(3, a0, 0)
    la a0, fromhost
    andi a0, a0, 7
    CHECK(4, a0, 0)
    PASS
TEST_END
