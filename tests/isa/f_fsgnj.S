# f_fsgnj.S: fsgnj.s / fsgnjn.s / fsgnjx.s (and their aliases fmv.s, fneg.s, fabs.s) copy rs1
# with a new sign: no rounding, no flags, NaN payloads kept (even a signalling NaN).
#include "isa.h"
TEST_START
    TEST_FP_S2X( 1, fsgnj.s, 0x3f800000, 0, 0x3f800000, 0x40000000)  # 1, 2 -> 1
    TEST_FP_S2X( 2, fsgnj.s, 0xbf800000, 0, 0x3f800000, 0xbf800000)  # 1, -1 -> -1
    TEST_FP_S2X( 3, fsgnj.s, 0x3f800000, 0, 0xbf800000, 0x40000000)  # -1, 2 -> 1
    TEST_FP_S2X( 4, fsgnj.s, 0xbf800000, 0, 0xbf800000, 0xbf800000)  # -1, -1 -> -1
    TEST_FP_S2X( 5, fsgnj.s, 0x80000000, 0, 0x00000000, 0x80000000)  # +0, -0 -> -0
    TEST_FP_S2X( 6, fsgnj.s, 0xff800001, 0, 0x7f800001, 0xbf800000)  # sNaN, -1 -> sNaN
    TEST_FP_S2X( 7, fsgnj.s, 0x7fc12345, 0, 0x7fc12345, 0x3f800000)  # qNaN(payload), 1 -> qNaN(payload)
    TEST_FP_S2X( 8, fsgnj.s, 0xff800000, 0, 0xff800000, 0x80000000)  # -inf, -0 -> -inf
    TEST_FP_S2X( 9, fsgnjn.s, 0xbf800000, 0, 0x3f800000, 0x40000000)  # 1, 2 -> -1
    TEST_FP_S2X(10, fsgnjn.s, 0x3f800000, 0, 0x3f800000, 0xbf800000)  # 1, -1 -> 1
    TEST_FP_S2X(11, fsgnjn.s, 0xbf800000, 0, 0xbf800000, 0x40000000)  # -1, 2 -> -1
    TEST_FP_S2X(12, fsgnjn.s, 0x3f800000, 0, 0xbf800000, 0xbf800000)  # -1, -1 -> 1
    TEST_FP_S2X(13, fsgnjn.s, 0x00000000, 0, 0x00000000, 0x80000000)  # +0, -0 -> +0
    TEST_FP_S2X(14, fsgnjn.s, 0x7f800001, 0, 0x7f800001, 0xbf800000)  # sNaN, -1 -> sNaN
    TEST_FP_S2X(15, fsgnjn.s, 0xffc12345, 0, 0x7fc12345, 0x3f800000)  # qNaN(payload), 1 -> qNaN(payload)
    TEST_FP_S2X(16, fsgnjn.s, 0x7f800000, 0, 0xff800000, 0x80000000)  # -inf, -0 -> +inf
    TEST_FP_S2X(17, fsgnjx.s, 0x3f800000, 0, 0x3f800000, 0x40000000)  # 1, 2 -> 1
    TEST_FP_S2X(18, fsgnjx.s, 0xbf800000, 0, 0x3f800000, 0xbf800000)  # 1, -1 -> -1
    TEST_FP_S2X(19, fsgnjx.s, 0xbf800000, 0, 0xbf800000, 0x40000000)  # -1, 2 -> -1
    TEST_FP_S2X(20, fsgnjx.s, 0x3f800000, 0, 0xbf800000, 0xbf800000)  # -1, -1 -> 1
    TEST_FP_S2X(21, fsgnjx.s, 0x80000000, 0, 0x00000000, 0x80000000)  # +0, -0 -> -0
    TEST_FP_S2X(22, fsgnjx.s, 0xff800001, 0, 0x7f800001, 0xbf800000)  # sNaN, -1 -> sNaN
    TEST_FP_S2X(23, fsgnjx.s, 0x7fc12345, 0, 0x7fc12345, 0x3f800000)  # qNaN(payload), 1 -> qNaN(payload)
    TEST_FP_S2X(24, fsgnjx.s, 0x7f800000, 0, 0xff800000, 0x80000000)  # -inf, -0 -> +inf
    # the pseudo-instructions
    TEST_CASE(25, a0, SEXT32(0xbfc00000), LOAD_S(fa1, 0x3fc00000); fneg.s fa0, fa1; fmv.x.w a0, fa0)
    TEST_CASE(26, a0, SEXT32(0x3fc00000), LOAD_S(fa1, 0xbfc00000); fabs.s fa0, fa1; fmv.x.w a0, fa0)
    TEST_CASE(27, a0, SEXT32(0xff800001), LOAD_S(fa1, 0xff800001); fmv.s fa0, fa1; fmv.x.w a0, fa0)
    TEST_CASE(28, a0, 0, csrr a0, fflags)  # none of them raised a flag
    PASS
TEST_END
