# csr_counters.S: cycle, time and instret count up; mcycle/minstret are their writable M-mode
# names; the user names read the same counters.
#include "isa.h"
#define BUSY(n) li t2, n; 9020: addi t2, t2, -1; bnez t2, 9020b
TEST_START
    csrr s0, cycle
    csrr s1, instret
    csrr s2, time
    BUSY(20000)
    csrr a0, cycle
    csrr a1, instret
    csrr a2, time
    sltu a3, s0, a0
    CHECK(1, a3, 1)                     # cycle went up
    sltu a3, s1, a1
    CHECK(2, a3, 1)                     # instret went up
    sltu a3, s2, a2
    CHECK(3, a3, 1)                     # time went up (20000 loops take more than 100 ns)
    # mcycle and cycle are one counter: cycle read after mcycle is not smaller
    csrr a0, mcycle
    csrr a1, cycle
    sltu a3, a1, a0
    CHECK(4, a3, 0)
    csrr a0, minstret
    csrr a1, instret
    sltu a3, a1, a0
    CHECK(5, a3, 0)
    # writing mcycle / minstret sets the count (it goes on from there)
    li a1, 1000000
    csrw mcycle, a1
    csrr a0, mcycle
    sub a0, a0, a1
    li a4, 1000000
    sltu a0, a0, a4                     # 0 <= mcycle - 1000000 < 1000000
    CHECK(6, a0, 1)
    li a1, 0x100000000
    csrw minstret, a1
    csrr a0, instret
    sub a0, a0, a1
    sltu a0, a0, a4
    CHECK(7, a0, 1)
    # the counters are 64 bits wide: the upper word of a written value stays
    li a1, 0x1234567800000000
    csrw mcycle, a1
    csrr a0, cycle
    srli a0, a0, 32
    CHECK(8, a0, 0x12345678)
    li a1, 0x1234567800000000
    csrw minstret, a1
    csrr a0, instret
    srli a0, a0, 32
    CHECK(9, a0, 0x12345678)
    csrw mcycle, zero
    PASS
TEST_END
