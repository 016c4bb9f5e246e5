# rv64a_amominu.S: amominu.w/.d: memory = unsigned min(memory, rs2); .w compares the low words unsigned.
#include "isa.h"
TEST_START
    # amominu.w: rd = the old low word, sign-extended; the upper word of memory is untouched
    TEST_AMO( 1, amominu.w, buf, 0x0000000000000005, 0xfffffffffffffffd, 0x0000000000000005, 0x0000000000000005)
    TEST_AMO( 2, amominu.w, buf, 0xfffffffffffffffd, 0x0000000000000005, 0xfffffffffffffffd, 0xffffffff00000005)
    TEST_AMO( 3, amominu.w, buf, 0x000000007fffffff, 0x0000000080000000, 0x000000007fffffff, 0x000000007fffffff)
    TEST_AMO( 4, amominu.w, buf, 0x0000000180000000, 0x0000000000000001, 0xffffffff80000000, 0x0000000100000001)
    TEST_AMO( 5, amominu.w, buf, 0x8000000000000000, 0x7fffffffffffffff, 0x0000000000000000, 0x8000000000000000)
    TEST_AMO( 6, amominu.w, buf, 0xffffffff00000002, 0x0000000100000003, 0x0000000000000002, 0xffffffff00000002)
    # amominu.d: all 64 bits
    TEST_AMO( 7, amominu.d, buf, 0x0000000000000005, 0xfffffffffffffffd, 0x0000000000000005, 0x0000000000000005)
    TEST_AMO( 8, amominu.d, buf, 0xfffffffffffffffd, 0x0000000000000005, 0xfffffffffffffffd, 0x0000000000000005)
    TEST_AMO( 9, amominu.d, buf, 0x000000007fffffff, 0x0000000080000000, 0x000000007fffffff, 0x000000007fffffff)
    TEST_AMO(10, amominu.d, buf, 0x0000000180000000, 0x0000000000000001, 0x0000000180000000, 0x0000000000000001)
    TEST_AMO(11, amominu.d, buf, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_AMO(12, amominu.d, buf, 0xffffffff00000002, 0x0000000100000003, 0xffffffff00000002, 0x0000000100000003)
    # rd == rs2: rd gets the old value, memory the result computed from the old rs2
    TEST_CASE(13, a2, 0x0000000500000005, la a1, buf; li a3, 0x0000000500000005; sd a3, 0(a1); li a2, 0x0000000000000003; amominu.d a2, a2, (a1))
    ld a4, 0(a1)
    CHECK(13, a4, 0x0000000000000003)
    # rd == x0: memory is still updated
    TEST_CASE(14, a4, 0x0000000000000003, la a1, buf; li a3, 0x0000000500000005; sd a3, 0(a1); li a2, 0x0000000000000003; amominu.d x0, a2, (a1); ld a4, 0(a1))
    # .w on the upper word of a doubleword (offset 4)
    TEST_CASE(15, a0, 0xffffffff80000000, la a1, buf; li a3, 0x8000000000000005; sd a3, 0(a1); li a2, 0x000000007fffffff; addi a5, a1, 4; amominu.w a0, a2, (a5))
    ld a4, 0(a1)
    CHECK(15, a4, 0x7fffffff00000005)
    PASS

    .data
    .balign 8
buf:    .dword 0
TEST_END
