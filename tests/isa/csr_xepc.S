# rvscope-only: mepc/sepc bit 0 must read zero (priv 1.12 §3.1.14: mepc[0] is always zero); QEMU 7.2 keeps it
# csr_xepc.S: mepc and sepc hold any 2-byte aligned address: bit 0 always reads zero (IALIGN=16
# with the C extension), and all other bits are kept.
#include "isa.h"
TEST_START
    TEST_CASE(1, a0, 0xfffffffffffffffe, li a1, -1; csrw mepc, a1; csrr a0, mepc)
    TEST_CASE(2, a0, 0x0000000080000002, li a1, 0x80000003; csrw mepc, a1; csrr a0, mepc)
    TEST_CASE(3, a0, 0xfffffffffffffffe, li a1, -1; csrw sepc, a1; csrr a0, sepc)
    TEST_CASE(4, a0, 0x0000000080000006, li a1, 0x80000007; csrw sepc, a1; csrr a0, sepc)
    PASS
TEST_END
