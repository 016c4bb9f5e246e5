# misaligned_store.S: misaligned stores are performed (no trap): exactly the addressed bytes
# change, little-endian, in M, S and U.
#include "isa.h"
#define RESET_BUF  li t2, -1; sd t2, 0(s0); sd t2, 8(s0); sd t2, 16(s0)
TEST_START
    la s0, buf
    li a2, 0x0123456789abcdef
    TEST_CASE( 1, a0, 0xffffffffffcdefff, RESET_BUF; sh a2, 1(s0); ld a0, 0(s0))
    TEST_CASE( 2, a0, 0xffffff89abcdefff, RESET_BUF; sw a2, 1(s0); ld a0, 0(s0))
    TEST_CASE( 3, a0, 0x456789abcdefffff, RESET_BUF; sd a2, 2(s0); ld a0, 0(s0))
    TEST_CASE( 4, a0, 0xffffffffffff0123, ld a0, 8(s0))            # the rest of that sd
    TEST_CASE( 5, a0, 0xefffffffffffffff, RESET_BUF; sd a2, 7(s0); ld a0, 0(s0))
    TEST_CASE( 6, a0, 0xff0123456789abcd, ld a0, 8(s0))
    TEST_CASE( 7, a0, 0xcdefffffffffffff, RESET_BUF; sh a2, 6(s0); sw a2, 15(s0); ld a0, 0(s0))
    TEST_CASE( 8, a0, 0xefffffffffffffff, ld a0, 8(s0))
    TEST_CASE( 9, a0, 0xffffffffff89abcd, ld a0, 16(s0))
    TEST_CASE(10, a0, 0x0123456789abcdef, RESET_BUF; fmv.d.x fa0, a2; fsd fa0, 3(s0); ld a0, 3(s0))
    TEST_CASE(11, a0, 0xffff89abcdefffff, RESET_BUF; addi a1, s0, 2; c.sw a2, 0(a1); ld a0, 0(s0))
    # the word at buf+2 reads back as the low word of a2
    TEST_CASE(12, a0, 0xffffffff89abcdef, lw a0, 2(s0))
    li TESTNUM, 13
    RESET_BUF
    ENTER_S
    sd a2, 5(s0)
    ENTER_M
    ld a0, 5(s0)
    CHECK(13, a0, 0x0123456789abcdef)
    li TESTNUM, 14
    RESET_BUF
    ENTER_U
    sw a2, 9(s0)
    ENTER_M
    ld a0, 8(s0)
    CHECK(14, a0, 0xffffff89abcdefff)
    PASS

    .data
    .balign 16
buf:    .dword -1, -1, -1
TEST_END
