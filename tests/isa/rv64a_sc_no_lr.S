# rv64a_sc_no_lr.S: an sc with no reservation (no lr ever, or the reservation was used by an
# earlier sc, successful or not) fails: rd != 0 and memory is unchanged.
#include "isa.h"
TEST_START
    # no lr since reset
    TEST_CASE(1, a3, 1, la a1, buf; li a2, 0x1111; sc.d a3, a2, (a1); snez a3, a3)
    TEST_CASE(2, a0, 0x7777, ld a0, 0(a1))
    TEST_CASE(3, a3, 1, sc.w a3, a2, (a1); snez a3, a3)     # sc.w too
    TEST_CASE(4, a0, 0x7777, ld a0, 0(a1))

    # a second sc after a successful pair fails
    TEST_CASE(5, a3, 0, lr.d a0, (a1); li a2, 0x2222; sc.d a3, a2, (a1))
    TEST_CASE(6, a3, 1, li a2, 0x3333; sc.d a3, a2, (a1); snez a3, a3)
    TEST_CASE(7, a0, 0x2222, ld a0, 0(a1))

    # a second sc after a failed one fails too (sc to another address used the reservation)
    TEST_CASE(8, a3, 1, lr.d a0, (a1); la a4, other; sc.d a3, a2, (a4); snez a3, a3)
    TEST_CASE(9, a3, 1, li a2, 0x4444; sc.d a3, a2, (a1); snez a3, a3)
    TEST_CASE(10, a0, 0x2222, ld a0, 0(a1))
    PASS

    .data
    .balign 64
buf:    .dword 0x7777
    .balign 64
other:  .dword 0
TEST_END
