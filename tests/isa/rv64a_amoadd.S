# rv64a_amoadd.S: amoadd.w/.d: memory += rs2, rd gets the old value (.w: 32-bit wrap, sign-extended rd).
#include "isa.h"
TEST_START
    # amoadd.w: rd = the old low word, sign-extended; the upper word of memory is untouched
    TEST_AMO( 1, amoadd.w, buf, 0x1111111122222222, 0x0000000100000001, 0x0000000022222222, 0x1111111122222223)
    TEST_AMO( 2, amoadd.w, buf, 0xeeeeeeee7fffffff, 0x0000000000000001, 0x000000007fffffff, 0xeeeeeeee80000000)
    TEST_AMO( 3, amoadd.w, buf, 0xeeeeeeeeffffffff, 0xffffffff00000001, 0xffffffffffffffff, 0xeeeeeeee00000000)
    TEST_AMO( 4, amoadd.w, buf, 0xffffffffffffffff, 0x0000000000000001, 0xffffffffffffffff, 0xffffffff00000000)
    TEST_AMO( 5, amoadd.w, buf, 0x7fffffffffffffff, 0x0000000000000001, 0xffffffffffffffff, 0x7fffffff00000000)
    # amoadd.d: all 64 bits
    TEST_AMO( 6, amoadd.d, buf, 0x1111111122222222, 0x0000000100000001, 0x1111111122222222, 0x1111111222222223)
    TEST_AMO( 7, amoadd.d, buf, 0xeeeeeeee7fffffff, 0x0000000000000001, 0xeeeeeeee7fffffff, 0xeeeeeeee80000000)
    TEST_AMO( 8, amoadd.d, buf, 0xeeeeeeeeffffffff, 0xffffffff00000001, 0xeeeeeeeeffffffff, 0xeeeeeeee00000000)
    TEST_AMO( 9, amoadd.d, buf, 0xffffffffffffffff, 0x0000000000000001, 0xffffffffffffffff, 0x0000000000000000)
    TEST_AMO(10, amoadd.d, buf, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x8000000000000000)
    # rd == rs2: rd gets the old value, memory the result computed from the old rs2
    TEST_CASE(11, a2, 0x0000000500000005, la a1, buf; li a3, 0x0000000500000005; sd a3, 0(a1); li a2, 0x0000000000000003; amoadd.d a2, a2, (a1))
    ld a4, 0(a1)
    CHECK(11, a4, 0x0000000500000008)
    # rd == x0: memory is still updated
    TEST_CASE(12, a4, 0x0000000500000008, la a1, buf; li a3, 0x0000000500000005; sd a3, 0(a1); li a2, 0x0000000000000003; amoadd.d x0, a2, (a1); ld a4, 0(a1))
    # .w on the upper word of a doubleword (offset 4)
    TEST_CASE(13, a0, 0xffffffff80000000, la a1, buf; li a3, 0x8000000000000005; sd a3, 0(a1); li a2, 0x000000007fffffff; addi a5, a1, 4; amoadd.w a0, a2, (a5))
    ld a4, 0(a1)
    CHECK(13, a4, 0xffffffff00000005)
    PASS

    .data
    .balign 8
buf:    .dword 0
TEST_END
