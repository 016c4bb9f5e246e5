# rv64a_lrsc_w.S: lr.w sign-extends the loaded word; a matching sc.w succeeds (rd = 0) and
# writes only the low word of rs2 to memory.
#include "isa.h"
TEST_START
    # lr.w of a negative word is sign-extended
    TEST_CASE(1, a0, 0xffffffff80000001, la a1, buf; lr.w a0, (a1))
    # a matching sc.w succeeds ...
    TEST_CASE(2, a3, 0, li a2, 0x123456789abcdef0; sc.w a3, a2, (a1))
    # ... and wrote the low word only
    TEST_CASE(3, a0, 0x555555559abcdef0, ld a0, 0(a1))
    # lr.w / sc.w on the upper word of the doubleword
    TEST_CASE(4, a0, 0x0000000055555555, la a1, buf; addi a1, a1, 4; lr.w a0, (a1))
    TEST_CASE(5, a3, 0, li a2, -1; sc.w a3, a2, (a1))
    TEST_CASE(6, a0, 0xffffffff9abcdef0, la a1, buf; ld a0, 0(a1))
    # lr.w into rd == rs1
    TEST_CASE(7, a1, 0xffffffff9abcdef0, la a1, buf; lr.w a1, (a1))
    # aq/rl variants behave the same
    TEST_CASE(8, a3, 0, la a1, buf; lr.w.aq a0, (a1); addi a0, a0, 1; sc.w.rl a3, a0, (a1))
    TEST_CASE(9, a3, 0, la a1, buf; lr.w.aqrl a0, (a1); addi a0, a0, 1; sc.w.aqrl a3, a0, (a1))
    TEST_CASE(10, a0, 0xffffffff9abcdef2, lw a0, 0(a1))
    PASS

    .data
    .balign 8
buf:    .word 0x80000001, 0x55555555
TEST_END
