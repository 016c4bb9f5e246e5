# d_fcvt_l.S: fcvt.l.d / fcvt.lu.d: 64-bit results, rounding in every mode.
#include "isa.h"
TEST_START
    TEST_FCVT_X_D( 1, fcvt.l.d, rne, 0x0000000000000002, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 2
    TEST_FCVT_X_D( 2, fcvt.l.d, rne, 0xfffffffffffffffe, FFLAG_NX, 0xc004000000000000)  # -2.5 -> -2
    TEST_FCVT_X_D( 3, fcvt.l.d, rtz, 0x0000000000000002, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 2
    TEST_FCVT_X_D( 4, fcvt.l.d, rtz, 0xfffffffffffffffe, FFLAG_NX, 0xc004000000000000)  # -2.5 -> -2
    TEST_FCVT_X_D( 5, fcvt.l.d, rdn, 0x0000000000000002, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 2
    TEST_FCVT_X_D( 6, fcvt.l.d, rdn, 0xfffffffffffffffd, FFLAG_NX, 0xc004000000000000)  # -2.5 -> -3
    TEST_FCVT_X_D( 7, fcvt.l.d, rup, 0x0000000000000003, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 3
    TEST_FCVT_X_D( 8, fcvt.l.d, rup, 0xfffffffffffffffe, FFLAG_NX, 0xc004000000000000)  # -2.5 -> -2
    TEST_FCVT_X_D( 9, fcvt.l.d, rmm, 0x0000000000000003, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 3
    TEST_FCVT_X_D(10, fcvt.l.d, rmm, 0xfffffffffffffffd, FFLAG_NX, 0xc004000000000000)  # -2.5 -> -3
    TEST_FCVT_X_D(11, fcvt.l.d, rtz, 0x7ffffffffffffc00, 0, 0x43dfffffffffffff)  # 9.22337203685477e+18 -> 9223372036854774784: largest double below 2^63
    TEST_FCVT_X_D(12, fcvt.l.d, rtz, 0x8000000000000000, 0, 0xc3e0000000000000)  # -9.22337203685478e+18 -> -9223372036854775808: -2^63 exactly
    TEST_FCVT_X_D(13, fcvt.lu.d, rtz, 0xfffffffffffff800, 0, 0x43efffffffffffff)  # 1.84467440737095e+19 -> 18446744073709549568: largest double below 2^64
    TEST_FCVT_X_D(14, fcvt.lu.d, rne, 0x0000000000000002, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 2
    TEST_FCVT_X_D(15, fcvt.lu.d, rtz, 0x0000000000000002, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 2
    TEST_FCVT_X_D(16, fcvt.lu.d, rdn, 0x0000000000000002, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 2
    TEST_FCVT_X_D(17, fcvt.lu.d, rup, 0x0000000000000003, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 3
    TEST_FCVT_X_D(18, fcvt.lu.d, rmm, 0x0000000000000003, FFLAG_NX, 0x4004000000000000)  # 2.5 -> 3
    PASS
TEST_END
