# f_flw_fsw.S: flw loads 32 bits unchanged and NaN-boxes them; fsw stores the low 32 bits of
# the f register (whatever the upper bits hold) and nothing else. No flags, even for sNaN.
#include "isa.h"
TEST_START
    la s0, buf
    TEST_CASE( 1, a0, 0xffffffff3f800000, flw fa0, 0(s0); fmv.x.d a0, fa0)     # boxed
    TEST_CASE( 2, a0, 0xffffffff7f800001, flw fa0, 4(s0); fmv.x.d a0, fa0)     # sNaN kept
    TEST_CASE( 3, a0, 0xffffffffff800000, addi a1, s0, 12; flw fa0, -4(a1); fmv.x.d a0, fa0)  # negative offset
    TEST_CASE( 4, a0, 0x7f800001, flw fa1, 4(s0); fsw fa1, 12(s0); lwu a0, 12(s0))
    TEST_CASE( 5, a0, 0xeeeeeeee, lwu a0, 16(s0))                              # next word untouched
    # fsw of a register that holds a double: the low 32 bits go to memory
    TEST_CASE( 6, a0, 0x89abcdef, li a1, 0x0123456789abcdef; fmv.d.x fa2, a1; fsw fa2, 12(s0); lwu a0, 12(s0))
    TEST_CASE( 7, a0, 0, csrr a0, fflags)
    # every f register can be loaded and stored
    li TESTNUM, 8
    flw f0, 0(s0)
    flw f31, 4(s0)
    fsw f31, 20(s0)
    fsw f0, 24(s0)
    lwu a0, 20(s0)
    CHECK(8, a0, 0x7f800001)
    lwu a0, 24(s0)
    CHECK(9, a0, 0x3f800000)
    PASS

    .data
    .balign 8
buf:    .word 0x3f800000, 0x7f800001, 0xff800000, 0, 0xeeeeeeee, 0, 0
TEST_END
