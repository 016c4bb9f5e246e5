# rv64a_amomaxu.S: amomaxu.w/.d: memory = unsigned max(memory, rs2); .w compares the low words unsigned.
#include "isa.h"
TEST_START
    # amomaxu.w: rd = the old low word, sign-extended; the upper word of memory is untouched
    TEST_AMO( 1, amomaxu.w, buf, 0x0000000000000005, 0xfffffffffffffffd, 0x0000000000000005, 0x00000000fffffffd)
    TEST_AMO( 2, amomaxu.w, buf, 0xfffffffffffffffd, 0x0000000000000005, 0xfffffffffffffffd, 0xfffffffffffffffd)
    TEST_AMO( 3, amomaxu.w, buf, 0x000000007fffffff, 0x0000000080000000, 0x000000007fffffff, 0x0000000080000000)
    TEST_AMO( 4, amomaxu.w, buf, 0x0000000180000000, 0x0000000000000001, 0xffffffff80000000, 0x0000000180000000)
    TEST_AMO( 5, amomaxu.w, buf, 0x8000000000000000, 0x7fffffffffffffff, 0x0000000000000000, 0x80000000ffffffff)
    TEST_AMO( 6, amomaxu.w, buf, 0xffffffff00000002, 0x0000000100000003, 0x0000000000000002, 0xffffffff00000003)
    # amomaxu.d: all 64 bits
    TEST_AMO( 7, amomaxu.d, buf, 0x0000000000000005, 0xfffffffffffffffd, 0x0000000000000005, 0xfffffffffffffffd)
    TEST_AMO( 8, amomaxu.d, buf, 0xfffffffffffffffd, 0x0000000000000005, 0xfffffffffffffffd, 0xfffffffffffffffd)
    TEST_AMO( 9, amomaxu.d, buf, 0x000000007fffffff, 0x0000000080000000, 0x000000007fffffff, 0x0000000080000000)
    TEST_AMO(10, amomaxu.d, buf, 0x0000000180000000, 0x0000000000000001, 0x0000000180000000, 0x0000000180000000)
    TEST_AMO(11, amomaxu.d, buf, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000000)
    TEST_AMO(12, amomaxu.d, buf, 0xffffffff00000002, 0x0000000100000003, 0xffffffff00000002, 0xffffffff00000002)
    # rd == rs2: rd gets the old value, memory the result computed from the old rs2
    TEST_CASE(13, a2, 0x0000000500000005, la a1, buf; li a3, 0x0000000500000005; sd a3, 0(a1); li a2, 0x0000000000000003; amomaxu.d a2, a2, (a1))
    ld a4, 0(a1)
    CHECK(13, a4, 0x0000000500000005)
    # rd == x0: memory is still updated
    TEST_CASE(14, a4, 0x0000000500000005, la a1, buf; li a3, 0x0000000500000005; sd a3, 0(a1); li a2, 0x0000000000000003; amomaxu.d x0, a2, (a1); ld a4, 0(a1))
    # .w on the upper word of a doubleword (offset 4)
    TEST_CASE(15, a0, 0xffffffff80000000, la a1, buf; li a3, 0x8000000000000005; sd a3, 0(a1); li a2, 0x000000007fffffff; addi a5, a1, 4; amomaxu.w a0, a2, (a5))
    ld a4, 0(a1)
    CHECK(15, a4, 0x8000000000000005)
    PASS

    .data
    .balign 8
buf:    .dword 0
TEST_END
