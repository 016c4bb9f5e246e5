# d_rounding.S: all five rounding modes for double precision, static and dynamic, on ties and
# non-ties of both signs (RMM: ties away from zero).
#include "isa.h"
TEST_START
    # static rm = rne
    TEST_FP_D2( 1, fadd.d, rne, 0x3ff0000000000000, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie
    TEST_FP_D2( 2, fadd.d, rne, 0xbff0000000000000, FFLAG_NX, 0xbff0000000000000, 0xbca0000000000000)  # -1 + -1.11022302462516e-16 = -1: negative tie
    TEST_FP_D2( 3, fadd.d, rne, 0x3ff0000000000002, FFLAG_NX, 0x3ff0000000000001, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie, odd below
    TEST_FP_D2( 4, fadd.d, rne, 0x3ff0000000000001, FFLAG_NX, 0x3ff0000000000000, 0x3ca8000000000000)  # 1 + 1.66533453693773e-16 = 1: above the tie
    TEST_FP_D2( 5, fadd.d, rne, 0xbff0000000000000, FFLAG_NX, 0xbff0000000000000, 0xbc98000000000000)  # -1 + -8.32667268468867e-17 = -1: below the tie
    # static rm = rtz
    TEST_FP_D2( 6, fadd.d, rtz, 0x3ff0000000000000, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie
    TEST_FP_D2( 7, fadd.d, rtz, 0xbff0000000000000, FFLAG_NX, 0xbff0000000000000, 0xbca0000000000000)  # -1 + -1.11022302462516e-16 = -1: negative tie
    TEST_FP_D2( 8, fadd.d, rtz, 0x3ff0000000000001, FFLAG_NX, 0x3ff0000000000001, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie, odd below
    TEST_FP_D2( 9, fadd.d, rtz, 0x3ff0000000000000, FFLAG_NX, 0x3ff0000000000000, 0x3ca8000000000000)  # 1 + 1.66533453693773e-16 = 1: above the tie
    TEST_FP_D2(10, fadd.d, rtz, 0xbff0000000000000, FFLAG_NX, 0xbff0000000000000, 0xbc98000000000000)  # -1 + -8.32667268468867e-17 = -1: below the tie
    # static rm = rdn
    TEST_FP_D2(11, fadd.d, rdn, 0x3ff0000000000000, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie
    TEST_FP_D2(12, fadd.d, rdn, 0xbff0000000000001, FFLAG_NX, 0xbff0000000000000, 0xbca0000000000000)  # -1 + -1.11022302462516e-16 = -1: negative tie
    TEST_FP_D2(13, fadd.d, rdn, 0x3ff0000000000001, FFLAG_NX, 0x3ff0000000000001, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie, odd below
    TEST_FP_D2(14, fadd.d, rdn, 0x3ff0000000000000, FFLAG_NX, 0x3ff0000000000000, 0x3ca8000000000000)  # 1 + 1.66533453693773e-16 = 1: above the tie
    TEST_FP_D2(15, fadd.d, rdn, 0xbff0000000000001, FFLAG_NX, 0xbff0000000000000, 0xbc98000000000000)  # -1 + -8.32667268468867e-17 = -1: below the tie
    # static rm = rup
    TEST_FP_D2(16, fadd.d, rup, 0x3ff0000000000001, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie
    TEST_FP_D2(17, fadd.d, rup, 0xbff0000000000000, FFLAG_NX, 0xbff0000000000000, 0xbca0000000000000)  # -1 + -1.11022302462516e-16 = -1: negative tie
    TEST_FP_D2(18, fadd.d, rup, 0x3ff0000000000002, FFLAG_NX, 0x3ff0000000000001, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie, odd below
    TEST_FP_D2(19, fadd.d, rup, 0x3ff0000000000001, FFLAG_NX, 0x3ff0000000000000, 0x3ca8000000000000)  # 1 + 1.66533453693773e-16 = 1: above the tie
    TEST_FP_D2(20, fadd.d, rup, 0xbff0000000000000, FFLAG_NX, 0xbff0000000000000, 0xbc98000000000000)  # -1 + -8.32667268468867e-17 = -1: below the tie
    # static rm = rmm
    TEST_FP_D2(21, fadd.d, rmm, 0x3ff0000000000001, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie
    TEST_FP_D2(22, fadd.d, rmm, 0xbff0000000000001, FFLAG_NX, 0xbff0000000000000, 0xbca0000000000000)  # -1 + -1.11022302462516e-16 = -1: negative tie
    TEST_FP_D2(23, fadd.d, rmm, 0x3ff0000000000002, FFLAG_NX, 0x3ff0000000000001, 0x3ca0000000000000)  # 1 + 1.11022302462516e-16 = 1: tie, odd below
    TEST_FP_D2(24, fadd.d, rmm, 0x3ff0000000000001, FFLAG_NX, 0x3ff0000000000000, 0x3ca8000000000000)  # 1 + 1.66533453693773e-16 = 1: above the tie
    TEST_FP_D2(25, fadd.d, rmm, 0xbff0000000000000, FFLAG_NX, 0xbff0000000000000, 0xbc98000000000000)  # -1 + -8.32667268468867e-17 = -1: below the tie
    # dynamic: frm = 0 (rne)
    csrwi frm, 0
    TEST_FP_D2(26, fadd.d, dyn, 0x3ff0000000000000, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # tie
    TEST_FP_D2(27, fadd.d, dyn, 0xbff0000000000000, FFLAG_NX, 0xbff0000000000000, 0xbca0000000000000)  # negative tie
    # dynamic: frm = 1 (rtz)
    csrwi frm, 1
    TEST_FP_D2(28, fadd.d, dyn, 0x3ff0000000000000, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # tie
    TEST_FP_D2(29, fadd.d, dyn, 0xbff0000000000000, FFLAG_NX, 0xbff0000000000000, 0xbca0000000000000)  # negative tie
    # dynamic: frm = 2 (rdn)
    csrwi frm, 2
    TEST_FP_D2(30, fadd.d, dyn, 0x3ff0000000000000, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # tie
    TEST_FP_D2(31, fadd.d, dyn, 0xbff0000000000001, FFLAG_NX, 0xbff0000000000000, 0xbca0000000000000)  # negative tie
    # dynamic: frm = 3 (rup)
    csrwi frm, 3
    TEST_FP_D2(32, fadd.d, dyn, 0x3ff0000000000001, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # tie
    TEST_FP_D2(33, fadd.d, dyn, 0xbff0000000000000, FFLAG_NX, 0xbff0000000000000, 0xbca0000000000000)  # negative tie
    # dynamic: frm = 4 (rmm)
    csrwi frm, 4
    TEST_FP_D2(34, fadd.d, dyn, 0x3ff0000000000001, FFLAG_NX, 0x3ff0000000000000, 0x3ca0000000000000)  # tie
    TEST_FP_D2(35, fadd.d, dyn, 0xbff0000000000001, FFLAG_NX, 0xbff0000000000000, 0xbca0000000000000)  # negative tie
    csrwi frm, 0
    PASS
TEST_END
