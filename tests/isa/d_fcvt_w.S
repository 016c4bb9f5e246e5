# d_fcvt_w.S: fcvt.w.d / fcvt.wu.d: rounding in every mode; 32-bit results sign-extended.
#include "isa.h"
TEST_START
    TEST_FCVT_X_D( 1, fcvt.w.d, rne, 0x0000000000000002, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 2
    TEST_FCVT_X_D( 2, fcvt.w.d, rne, 0xfffffffffffffffe, FFLAG_NX, 0xc004000000000000)  # -2.5 -> -2
    TEST_FCVT_X_D( 3, fcvt.w.d, rne, 0x0000000000000002, FFLAG_NX, 0x3ff8000000000000)  # 1.5 -> 2
    TEST_FCVT_X_D( 4, fcvt.w.d, rne, 0x0000000000000000, FFLAG_NX, 0xbfe0000000000000)  # -0.5 -> 0
    TEST_FCVT_X_D( 5, fcvt.w.d, rtz, 0x0000000000000002, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 2
    TEST_FCVT_X_D( 6, fcvt.w.d, rtz, 0xfffffffffffffffe, FFLAG_NX, 0xc004000000000000)  # -2.5 -> -2
    TEST_FCVT_X_D( 7, fcvt.w.d, rtz, 0x0000000000000001, FFLAG_NX, 0x3ff8000000000000)  # 1.5 -> 1
    TEST_FCVT_X_D( 8, fcvt.w.d, rtz, 0x0000000000000000, FFLAG_NX, 0xbfe0000000000000)  # -0.5 -> 0
    TEST_FCVT_X_D( 9, fcvt.w.d, rdn, 0x0000000000000002, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 2
    TEST_FCVT_X_D(10, fcvt.w.d, rdn, 0xfffffffffffffffd, FFLAG_NX, 0xc004000000000000)  # -2.5 -> -3
    TEST_FCVT_X_D(11, fcvt.w.d, rdn, 0x0000000000000001, FFLAG_NX, 0x3ff8000000000000)  # 1.5 -> 1
    TEST_FCVT_X_D(12, fcvt.w.d, rdn, 0xffffffffffffffff, FFLAG_NX, 0xbfe0000000000000)  # -0.5 -> -1
    TEST_FCVT_X_D(13, fcvt.w.d, rup, 0x0000000000000003, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 3
    TEST_FCVT_X_D(14, fcvt.w.d, rup, 0xfffffffffffffffe, FFLAG_NX, 0xc004000000000000)  # -2.5 -> -2
    TEST_FCVT_X_D(15, fcvt.w.d, rup, 0x0000000000000002, FFLAG_NX, 0x3ff8000000000000)  # 1.5 -> 2
    TEST_FCVT_X_D(16, fcvt.w.d, rup, 0x0000000000000000, FFLAG_NX, 0xbfe0000000000000)  # -0.5 -> 0
    TEST_FCVT_X_D(17, fcvt.w.d, rmm, 0x0000000000000003, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 3
    TEST_FCVT_X_D(18, fcvt.w.d, rmm, 0xfffffffffffffffd, FFLAG_NX, 0xc004000000000000)  # -2.5 -> -3
    TEST_FCVT_X_D(19, fcvt.w.d, rmm, 0x0000000000000002, FFLAG_NX, 0x3ff8000000000000)  # 1.5 -> 2
    TEST_FCVT_X_D(20, fcvt.w.d, rmm, 0xffffffffffffffff, FFLAG_NX, 0xbfe0000000000000)  # -0.5 -> -1
    TEST_FCVT_X_D(21, fcvt.wu.d, rne, 0x000000007fffffff, 0, 0x41dfffffffc00000)  # 2147483647 -> 2147483647: 2147483647 exactly
    TEST_FCVT_X_D(22, fcvt.wu.d, rne, 0xffffffffffffffff, 0, 0x41efffffffe00000)  # 4294967295 -> 4294967295: 4294967295 exactly
    TEST_FCVT_X_D(23, fcvt.wu.d, rne, 0xffffffff80000000, 0, 0x41e0000000000000)  # 2147483648 -> 2147483648: 2^31: bit 31 set
    PASS
TEST_END
