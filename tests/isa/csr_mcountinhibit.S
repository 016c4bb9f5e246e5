# csr_mcountinhibit.S: mcountinhibit.CY (bit 0) and .IR (bit 2) stop mcycle and minstret; a
# stopped counter holds its value and can still be written; clearing the bit lets it run on.
#include "isa.h"
#define BUSY(n) li t2, n; 9020: addi t2, t2, -1; bnez t2, 9020b
TEST_START
    li t0, 0x5
    csrw CSR_MCOUNTINHIBIT, t0
    csrr a0, CSR_MCOUNTINHIBIT
    andi a0, a0, 0x5
    CHECK(1, a0, 0x5)
    # stopped: two reads around a busy loop are equal
    csrr s0, mcycle
    csrr s1, minstret
    BUSY(1000)
    csrr a0, mcycle
    csrr a1, minstret
    CHECK_REGS(2, a0, s0)
    CHECK_REGS(3, a1, s1)
    # a write while stopped reads back exactly
    li a1, 12345
    csrw mcycle, a1
    li a2, 67890
    csrw minstret, a2
    BUSY(100)
    csrr a0, mcycle
    CHECK(4, a0, 12345)
    csrr a0, instret                    # the user name sees the same
    CHECK(5, a0, 67890)
    # inhibit only CY: instret runs again
    li t0, 0x1
    csrw CSR_MCOUNTINHIBIT, t0
    csrr s1, minstret
    BUSY(100)
    csrr a1, minstret
    sltu a3, s1, a1
    CHECK(6, a3, 1)
    csrr a0, mcycle
    CHECK(7, a0, 12345)
    # and none inhibited: both run
    csrw CSR_MCOUNTINHIBIT, zero
    BUSY(1000)
    csrr a0, mcycle
    li a1, 12345
    sltu a3, a1, a0
    CHECK(8, a3, 1)
    PASS
TEST_END
