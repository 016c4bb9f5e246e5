# rv64a_lrsc_trap_between.S: a trap between lr and sc makes the sc fail (rvscope clears the
# reservation on every trap and xRET; priv spec 1.12 §3.3.2 allows it, and trap handlers
# are told not to rely on a reservation surviving).
#include "isa.h"
TEST_START
    # lr, ecall (taken in M, resumed by the handler), sc
    li TESTNUM, 1
    la a1, buf
    lr.d a0, (a1)
    ARM_TRAP(1f)
    ecall
    j isa_fail
1:  la a1, buf
    li a2, 0x99
    sc.d a3, a2, (a1)
    snez a3, a3                         # failure is "a nonzero value"
    CHECK(1, a3, 1)
    ld a0, 0(a1)
    CHECK(2, a0, 0x1234)

    # lr, then an illegal instruction trap, then sc
    li TESTNUM, 3
    la a1, buf
    lr.w a0, (a1)
    ARM_TRAP(2f)
    .word 0                             # illegal
2:  la a1, buf
    sc.w a3, x0, (a1)
    snez a3, a3
    CHECK(3, a3, 1)
    ld a0, 0(a1)
    CHECK(4, a0, 0x1234)
    PASS

    .data
    .balign 8
buf:    .dword 0x1234
TEST_END
