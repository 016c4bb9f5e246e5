# rv64a_lrsc_d.S: lr.d / sc.d: a matching pair succeeds (rd = 0) and stores all 64 bits;
# an atomic-increment retry loop built from them counts correctly.
#include "isa.h"
TEST_START
    TEST_CASE(1, a0, 0x8000000000000001, la a1, buf; lr.d a0, (a1))
    TEST_CASE(2, a3, 0, li a2, 0x0123456789abcdef; sc.d a3, a2, (a1))
    TEST_CASE(3, a0, 0x0123456789abcdef, ld a0, 0(a1))
    # the textbook atomic increment, 100 times
    li TESTNUM, 4
    la a1, counter
    li a4, 100
1:  lr.d a0, (a1)
    addi a0, a0, 1
    sc.d a3, a0, (a1)
    bnez a3, 1b                         # retry on failure (may never happen here)
    addi a4, a4, -1
    bnez a4, 1b
    ld a0, 0(a1)
    CHECK(4, a0, 100)
    # sc.d writing x0 stores zero
    TEST_CASE(5, a3, 0, la a1, buf; lr.d a0, (a1); sc.d a3, x0, (a1))
    TEST_CASE(6, a0, 0, ld a0, 0(a1))
    # aq/rl forms
    TEST_CASE(7, a3, 0, la a1, buf; lr.d.aqrl a0, (a1); li a0, 42; sc.d.aqrl a3, a0, (a1))
    TEST_CASE(8, a0, 42, ld a0, 0(a1))
    PASS

    .data
    .balign 8
buf:     .dword 0x8000000000000001
counter: .dword 0
TEST_END
