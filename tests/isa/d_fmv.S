# d_fmv.S: fmv.x.d / fmv.d.x copy all 64 bits between x and f registers, unchanged, no flags.
#include "isa.h"
TEST_START
    TEST_CASE(1, a0, 0x0123456789abcdef, li a1, 0x0123456789abcdef; fmv.d.x fa0, a1; fmv.x.d a0, fa0)
    TEST_CASE(2, a0, 0x7ff0000000000001, li a1, 0x7ff0000000000001; fmv.d.x fa0, a1; fmv.x.d a0, fa0)
    TEST_CASE(3, a0, 0x8000000000000000, li a1, 0x8000000000000000; fmv.d.x fa0, a1; fmv.x.d a0, fa0)
    TEST_CASE(4, a0, 0, fmv.d.x fa0, x0; fmv.x.d a0, fa0)
    TEST_CASE(5, a0, 0, fmv.x.d x0, fa1; mv a0, x0)
    TEST_CASE(6, a0, 0, csrr a0, fflags)
    # a double read as a single is improperly boxed, but fmv.x.w just takes the low half
    TEST_CASE(7, a0, 0xffffffff89abcdef, li a1, 0x0123456789abcdef; fmv.d.x fa0, a1; fmv.x.w a0, fa0)
    PASS
TEST_END
