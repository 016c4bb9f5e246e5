# rv64a_amoxor.S: amoxor.w/.d: memory ^= rs2, rd gets the old value.
#include "isa.h"
TEST_START
    # amoxor.w: rd = the old low word, sign-extended; the upper word of memory is untouched
    TEST_AMO( 1, amoxor.w, buf, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0, 0xffffffffff00ff00, 0xff00ff00f0f0f0f0)
    TEST_AMO( 2, amoxor.w, buf, 0xeeeeeeee00000000, 0x0000000080000000, 0x0000000000000000, 0xeeeeeeee80000000)
    TEST_AMO( 3, amoxor.w, buf, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffff00000000)
    # amoxor.d: all 64 bits
    TEST_AMO( 4, amoxor.d, buf, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0, 0xff00ff00ff00ff00, 0xf0f0f0f0f0f0f0f0)
    TEST_AMO( 5, amoxor.d, buf, 0xeeeeeeee00000000, 0x0000000080000000, 0xeeeeeeee00000000, 0xeeeeeeee80000000)
    TEST_AMO( 6, amoxor.d, buf, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
    # rd == rs2: rd gets the old value, memory the result computed from the old rs2
    TEST_CASE(7, a2, 0x0000000500000005, la a1, buf; li a3, 0x0000000500000005; sd a3, 0(a1); li a2, 0x0000000000000003; amoxor.d a2, a2, (a1))
    ld a4, 0(a1)
    CHECK(7, a4, 0x0000000500000006)
    # rd == x0: memory is still updated
    TEST_CASE(8, a4, 0x0000000500000006, la a1, buf; li a3, 0x0000000500000005; sd a3, 0(a1); li a2, 0x0000000000000003; amoxor.d x0, a2, (a1); ld a4, 0(a1))
    # .w on the upper word of a doubleword (offset 4)
    TEST_CASE(9, a0, 0xffffffff80000000, la a1, buf; li a3, 0x8000000000000005; sd a3, 0(a1); li a2, 0x000000007fffffff; addi a5, a1, 4; amoxor.w a0, a2, (a5))
    ld a4, 0(a1)
    CHECK(9, a4, 0xffffffff00000005)
    PASS

    .data
    .balign 8
buf:    .dword 0
TEST_END
