# rv64a_sc_other_addr.S: an sc to an address outside the reservation of the last lr fails and
# does not write; a newer lr replaces the older reservation.
#include "isa.h"
TEST_START
    # lr on a, sc on b (another cache line): fails, b unchanged
    TEST_CASE(1, a3, 1, la a1, a_word; la a4, b_word; lr.d a0, (a1); li a2, 99; sc.d a3, a2, (a4); snez a3, a3)
    TEST_CASE(2, a0, 0xbbbb, ld a0, 0(a4))
    TEST_CASE(3, a0, 0xaaaa, ld a0, 0(a1))
    # lr on a then lr on b: the reservation moves to b, so sc on a fails ...
    TEST_CASE(4, a3, 1, lr.d a0, (a1); lr.d a0, (a4); sc.d a3, a2, (a1); snez a3, a3)
    TEST_CASE(5, a0, 0xaaaa, ld a0, 0(a1))
    # ... and sc on b after a fresh lr on b succeeds
    TEST_CASE(6, a3, 0, lr.d a0, (a1); lr.d a0, (a4); sc.d a3, a2, (a4))
    TEST_CASE(7, a0, 99, ld a0, 0(a4))
    PASS

    .data
    .balign 64
a_word: .dword 0xaaaa
    .balign 64
b_word: .dword 0xbbbb
TEST_END
