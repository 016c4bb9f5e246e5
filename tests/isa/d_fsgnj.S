# d_fsgnj.S: fsgnj.d / fsgnjn.d / fsgnjx.d (fmv.d, fneg.d, fabs.d): new sign, bits otherwise unchanged,
# no flags, NaN payloads kept.
#include "isa.h"
TEST_START
    TEST_FP_D2X( 1, fsgnj.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000)  # 1, 2 -> 1
    TEST_FP_D2X( 2, fsgnj.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xbff0000000000000)  # 1, -1 -> -1
    TEST_FP_D2X( 3, fsgnj.d, 0x3ff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000)  # -1, 2 -> 1
    TEST_FP_D2X( 4, fsgnj.d, 0xbff0000000000000, 0, 0xbff0000000000000, 0xbff0000000000000)  # -1, -1 -> -1
    TEST_FP_D2X( 5, fsgnj.d, 0x8000000000000000, 0, 0x0000000000000000, 0x8000000000000000)  # +0, -0 -> -0
    TEST_FP_D2X( 6, fsgnj.d, 0xfff0000000000001, 0, 0x7ff0000000000001, 0xbff0000000000000)  # sNaN, -1 -> sNaN
    TEST_FP_D2X( 7, fsgnj.d, 0x7ff800000000abcd, 0, 0x7ff800000000abcd, 0x3ff0000000000000)  # qNaN(payload), 1 -> qNaN(payload)
    TEST_FP_D2X( 8, fsgnjn.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000)  # 1, 2 -> -1
    TEST_FP_D2X( 9, fsgnjn.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0xbff0000000000000)  # 1, -1 -> 1
    TEST_FP_D2X(10, fsgnjn.d, 0xbff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000)  # -1, 2 -> -1
    TEST_FP_D2X(11, fsgnjn.d, 0x3ff0000000000000, 0, 0xbff0000000000000, 0xbff0000000000000)  # -1, -1 -> 1
    TEST_FP_D2X(12, fsgnjn.d, 0x0000000000000000, 0, 0x0000000000000000, 0x8000000000000000)  # +0, -0 -> +0
    TEST_FP_D2X(13, fsgnjn.d, 0x7ff0000000000001, 0, 0x7ff0000000000001, 0xbff0000000000000)  # sNaN, -1 -> sNaN
    TEST_FP_D2X(14, fsgnjn.d, 0xfff800000000abcd, 0, 0x7ff800000000abcd, 0x3ff0000000000000)  # qNaN(payload), 1 -> qNaN(payload)
    TEST_FP_D2X(15, fsgnjx.d, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000)  # 1, 2 -> 1
    TEST_FP_D2X(16, fsgnjx.d, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xbff0000000000000)  # 1, -1 -> -1
    TEST_FP_D2X(17, fsgnjx.d, 0xbff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000)  # -1, 2 -> -1
    TEST_FP_D2X(18, fsgnjx.d, 0x3ff0000000000000, 0, 0xbff0000000000000, 0xbff0000000000000)  # -1, -1 -> 1
    TEST_FP_D2X(19, fsgnjx.d, 0x8000000000000000, 0, 0x0000000000000000, 0x8000000000000000)  # +0, -0 -> -0
    TEST_FP_D2X(20, fsgnjx.d, 0xfff0000000000001, 0, 0x7ff0000000000001, 0xbff0000000000000)  # sNaN, -1 -> sNaN
    TEST_FP_D2X(21, fsgnjx.d, 0x7ff800000000abcd, 0, 0x7ff800000000abcd, 0x3ff0000000000000)  # qNaN(payload), 1 -> qNaN(payload)
    TEST_CASE(22, a0, 0xbff8000000000000, LOAD_D(fa1, 0x3ff8000000000000); fneg.d fa0, fa1; fmv.x.d a0, fa0)
    TEST_CASE(23, a0, 0x3ff8000000000000, LOAD_D(fa1, 0xbff8000000000000); fabs.d fa0, fa1; fmv.x.d a0, fa0)
    TEST_CASE(24, a0, 0, csrr a0, fflags)
    PASS
TEST_END
