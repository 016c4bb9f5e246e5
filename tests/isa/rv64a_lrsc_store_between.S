# rv64a_lrsc_store_between.S: a store by this hart to the reserved address between lr and sc
# makes the sc fail (the store changes the value, so every implementation must notice).
#include "isa.h"
TEST_START
    TEST_CASE(1, a3, 1, la a1, buf; lr.d a0, (a1); li a2, 5; sd a2, 0(a1); li a2, 7; sc.d a3, a2, (a1); snez a3, a3)
    TEST_CASE(2, a0, 5, ld a0, 0(a1))                   # the plain store, not the sc
    # the same with word operations and a byte store into the reserved word
    TEST_CASE(3, a3, 1, la a1, buf; lr.w a0, (a1); li a2, 0x77; sb a2, 1(a1); sc.w a3, x0, (a1); snez a3, a3)
    TEST_CASE(4, a0, 0x7705, ld a0, 0(a1))
    # an AMO to the reserved address also counts as a store
    TEST_CASE(5, a3, 1, la a1, buf; lr.d a0, (a1); li a2, 1; amoadd.d x0, a2, (a1); sc.d a3, x0, (a1); snez a3, a3)
    TEST_CASE(6, a0, 0x7706, ld a0, 0(a1))
    PASS

    .data
    .balign 8
buf:    .dword 0x1234
TEST_END
