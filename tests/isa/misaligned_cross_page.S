# misaligned_cross_page.S: misaligned loads and stores that straddle a 4 KiB page boundary are
# performed too: the bytes before and after the boundary are both read or written.
#include "isa.h"
TEST_START
    la s0, page_end                     # the first byte of the second page
    li a2, 0x0123456789abcdef
    TEST_CASE(1, a0, 0x0807060504030201, ld a0, -4(s0); ld a0, -4(s0))
    TEST_CASE(2, a0, 0x0000000005040302, lwu a0, -3(s0))
    TEST_CASE(3, a0, 0x0000000000000504, lhu a0, -1(s0))
    TEST_CASE(4, a0, 0x0807060504030201, fld fa0, -4(s0); fmv.x.d a0, fa0)
    # store across the boundary, read back each side separately
    TEST_CASE(5, a0, 0x0123456789abcdef, sd a2, -5(s0); ld a0, -5(s0))
    TEST_CASE(6, a0, 0x0000006789abcdef, lbu a0, -5(s0); lbu a1, -4(s0); slli a1, a1, 8; or a0, a0, a1; lbu a1, -3(s0); slli a1, a1, 16; or a0, a0, a1; lbu a1, -2(s0); slli a1, a1, 24; or a0, a0, a1; lbu a1, -1(s0); slli a1, a1, 32; or a0, a0, a1)
    TEST_CASE(7, a0, 0x0000000000012345, lbu a0, 0(s0); lbu a1, 1(s0); slli a1, a1, 8; or a0, a0, a1; lbu a1, 2(s0); slli a1, a1, 16; or a0, a0, a1)
    TEST_CASE(8, a0, 0x08, lbu a0, 3(s0))                         # untouched after the store
    TEST_CASE(9, a0, 0xffffffffffffcdef, sh a2, -1(s0); lh a0, -1(s0))
    # and from U-mode
    li TESTNUM, 10
    ENTER_U
    sw a2, -2(s0)
    lw a3, -2(s0)
    ENTER_M
    CHECK(10, a3, 0xffffffff89abcdef)
    PASS

    .data
    .balign 4096
    .skip 4096 - 4
        .byte 0x01, 0x02, 0x03, 0x04        # the last 4 bytes of one page
page_end:
        .byte 0x05, 0x06, 0x07, 0x08, 0x09  # the first bytes of the next
TEST_END
