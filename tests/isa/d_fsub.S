# d_fsub.S: fsub.d: differences, cancellation, signed zeros, overflow, inf - inf.
#include "isa.h"
TEST_START
    TEST_FP_D2( 1, fsub.d, rne, 0x4000000000000000, 0, 0x4008000000000000, 0x3ff0000000000000)  # 3 - 1 = 2
    TEST_FP_D2( 2, fsub.d, rne, 0xc000000000000000, 0, 0x3ff0000000000000, 0x4008000000000000)  # 1 - 3 = -2
    TEST_FP_D2( 3, fsub.d, rne, 0x0000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000)  # 1 - 1 = +0
    TEST_FP_D2( 4, fsub.d, rdn, 0x8000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000)  # 1 - 1 = -0
    TEST_FP_D2( 5, fsub.d, rne, 0x8000000000000000, 0, 0x8000000000000000, 0x0000000000000000)  # -0 - +0 = -0
    TEST_FP_D2( 6, fsub.d, rne, 0x3ff0000000000000, FFLAG_NX, 0x3ff0000000000000, 0x3c90000000000000)  # 1 - 5.55111512312578e-17 = 1: below half an ulp
    TEST_FP_D2( 7, fsub.d, rtz, 0x3fefffffffffffff, FFLAG_NX, 0x3ff0000000000000, 0x3c90000000000000)  # 1 - 5.55111512312578e-17 = 1
    TEST_FP_D2( 8, fsub.d, rne, 0xfff0000000000000, FFLAG_OF|FFLAG_NX, 0xffefffffffffffff, 0x7fefffffffffffff)  # -1.79769313486232e+308 - 1.79769313486232e+308 = -inf: overflow
    TEST_FP_D2( 9, fsub.d, rup, 0xffefffffffffffff, FFLAG_OF|FFLAG_NX, 0xffefffffffffffff, 0x7fefffffffffffff)  # -1.79769313486232e+308 - 1.79769313486232e+308 = -1.79769313486232e+308: overflow rounding up: -max
    TEST_FP_D2(10, fsub.d, rne, 0x7ff8000000000000, FFLAG_NV, 0x7ff0000000000000, 0x7ff0000000000000)  # +inf - +inf = qNaN: invalid
    TEST_FP_D2(11, fsub.d, rne, 0x7ff8000000000000, FFLAG_NV, 0x7ff0000000000001, 0x7ff8000000000000)  # sNaN - qNaN = qNaN
    PASS
TEST_END
