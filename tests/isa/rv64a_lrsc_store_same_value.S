# rvscope-only: a same-hart store may keep or break a reservation (unpriv spec, LR/SC); rvscope breaks it, QEMU compares values and lets the sc succeed
# rv64a_lrsc_store_same_value.S: rvscope's reservation is broken by any store of this hart to
# the reserved doubleword, even one that writes back the value already there.
#include "isa.h"
TEST_START
    TEST_CASE(1, a3, 1, la a1, buf; lr.d a0, (a1); sd a0, 0(a1); li a2, 7; sc.d a3, a2, (a1); snez a3, a3)
    TEST_CASE(2, a0, 0x1234, ld a0, 0(a1))
    TEST_CASE(3, a3, 1, la a1, buf; lr.w a0, (a1); sw a0, 0(a1); sc.w a3, x0, (a1); snez a3, a3)
    TEST_CASE(4, a0, 0x1234, ld a0, 0(a1))
    PASS

    .data
    .balign 8
buf:    .dword 0x1234
TEST_END
