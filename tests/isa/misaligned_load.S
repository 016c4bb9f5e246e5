# misaligned_load.S: misaligned loads are performed (no trap), little-endian, at every offset,
# sign- or zero-extended like aligned ones, in M, S and U.
#include "isa.h"
TEST_START
    la s0, buf                          # 0x00 0x11 0x22 ... 0xff, 16-byte aligned
    TEST_CASE( 1, a0, 0x0000000000002211, lh a0, 1(s0))
    TEST_CASE( 2, a0, 0xffffffffffff8877, lh a0, 7(s0))        # sign-extended
    TEST_CASE( 3, a0, 0x0000000000008877, lhu a0, 7(s0))
    TEST_CASE( 4, a0, 0x0000000044332211, lw a0, 1(s0))
    TEST_CASE( 5, a0, 0x0000000055443322, lw a0, 2(s0))
    TEST_CASE( 6, a0, 0x0000000066554433, lw a0, 3(s0))
    TEST_CASE( 7, a0, 0xffffffffbbaa9988, lwu a0, 8(s0); lw a0, 8(s0))  # aligned, for contrast
    TEST_CASE( 8, a0, 0xffffffffaa998877, lw a0, 7(s0))        # sign-extended
    TEST_CASE( 9, a0, 0x00000000aa998877, lwu a0, 7(s0))
    TEST_CASE(10, a0, 0x8877665544332211, ld a0, 1(s0))
    TEST_CASE(11, a0, 0x9988776655443322, ld a0, 2(s0))
    TEST_CASE(12, a0, 0xbbaa998877665544, ld a0, 4(s0))
    TEST_CASE(13, a0, 0xffeeddccbbaa9988, ld a0, 8(s0); ld a0, 8(s0))   # aligned
    TEST_CASE(14, a0, 0x00ffeeddccbbaa99, ld a0, 9(s0))        # crosses into the next line: 0x00 at buf+16
    TEST_CASE(15, a0, 0x00000000aa998877, flw fa0, 7(s0); fmv.x.w a0, fa0; slli a0, a0, 32; srli a0, a0, 32)
    TEST_CASE(16, a0, 0xccbbaa9988776655, fld fa0, 5(s0); fmv.x.d a0, fa0)
    TEST_CASE(17, a0, 0xffffffff88776655, c.lw a0, 0(s0); addi a1, s0, 5; c.lw a0, 0(a1))
    # the same from S and U: nothing traps
    li TESTNUM, 18
    ENTER_S
    ld a0, 3(s0)
    lh a1, 5(s0)
    ENTER_M
    CHECK(18, a0, 0xaa99887766554433)
    CHECK(19, a1, 0x6655)
    li TESTNUM, 20
    ENTER_U
    ld a0, 7(s0)
    lw a1, 13(s0)
    ENTER_M
    CHECK(20, a0, 0xeeddccbbaa998877)
    CHECK(21, a1, 0x00ffeedd)
    CHECK_TRAP_COUNT(22, 2)             # only the two ecalls of ENTER_M
    PASS

    .data
    .balign 16
buf:    .byte 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77
        .byte 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff
        .dword 0
TEST_END
