# rv64a_amoswap.S: amoswap.w/.d: rd gets the old value, memory gets rs2.
#include "isa.h"
TEST_START
    # amoswap.w: rd = the old low word, sign-extended; the upper word of memory is untouched
    TEST_AMO( 1, amoswap.w, buf, 0x1111111122222222, 0x3333333344444444, 0x0000000022222222, 0x1111111144444444)
    TEST_AMO( 2, amoswap.w, buf, 0xeeeeeeee80000000, 0x000000007fffffff, 0xffffffff80000000, 0xeeeeeeee7fffffff)
    TEST_AMO( 3, amoswap.w, buf, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000, 0x00000000ffffffff)
    # amoswap.d: all 64 bits
    TEST_AMO( 4, amoswap.d, buf, 0x1111111122222222, 0x3333333344444444, 0x1111111122222222, 0x3333333344444444)
    TEST_AMO( 5, amoswap.d, buf, 0xeeeeeeee80000000, 0x000000007fffffff, 0xeeeeeeee80000000, 0x000000007fffffff)
    TEST_AMO( 6, amoswap.d, buf, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff)
    # rd == rs2: rd gets the old value, memory the result computed from the old rs2
    TEST_CASE(7, a2, 0x0000000500000005, la a1, buf; li a3, 0x0000000500000005; sd a3, 0(a1); li a2, 0x0000000000000003; amoswap.d a2, a2, (a1))
    ld a4, 0(a1)
    CHECK(7, a4, 0x0000000000000003)
    # rd == x0: memory is still updated
    TEST_CASE(8, a4, 0x0000000000000003, la a1, buf; li a3, 0x0000000500000005; sd a3, 0(a1); li a2, 0x0000000000000003; amoswap.d x0, a2, (a1); ld a4, 0(a1))
    # .w on the upper word of a doubleword (offset 4)
    TEST_CASE(9, a0, 0xffffffff80000000, la a1, buf; li a3, 0x8000000000000005; sd a3, 0(a1); li a2, 0x000000007fffffff; addi a5, a1, 4; amoswap.w a0, a2, (a5))
    ld a4, 0(a1)
    CHECK(9, a4, 0x7fffffff00000005)
    PASS

    .data
    .balign 8
buf:    .dword 0
TEST_END
