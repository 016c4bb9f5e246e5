# f_rounding.S: all five rounding modes, static (rm field) and dynamic (rm = dyn reads frm),
# on sums that are ties and non-ties, positive and negative. RMM rounds ties away from zero.
#include "isa.h"
TEST_START
    # static rm = rne
    TEST_FP_S2( 1, fadd.s, rne, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33800000)  # 1 + 5.960464e-08 = 1: tie
    TEST_FP_S2( 2, fadd.s, rne, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3800000)  # -1 + -5.960464e-08 = -1: negative tie
    TEST_FP_S2( 3, fadd.s, rne, 0x3f800002, FFLAG_NX, 0x3f800001, 0x33800000)  # 1 + 5.960464e-08 = 1: tie, odd below
    TEST_FP_S2( 4, fadd.s, rne, 0x3f800001, FFLAG_NX, 0x3f800000, 0x33c00000)  # 1 + 8.940697e-08 = 1: above the tie (1.5 half-ulps)
    TEST_FP_S2( 5, fadd.s, rne, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3400000)  # -1 + -4.470348e-08 = -1: below the tie (0.75 half-ulps)
    # static rm = rtz
    TEST_FP_S2( 6, fadd.s, rtz, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33800000)  # 1 + 5.960464e-08 = 1: tie
    TEST_FP_S2( 7, fadd.s, rtz, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3800000)  # -1 + -5.960464e-08 = -1: negative tie
    TEST_FP_S2( 8, fadd.s, rtz, 0x3f800001, FFLAG_NX, 0x3f800001, 0x33800000)  # 1 + 5.960464e-08 = 1: tie, odd below
    TEST_FP_S2( 9, fadd.s, rtz, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33c00000)  # 1 + 8.940697e-08 = 1: above the tie (1.5 half-ulps)
    TEST_FP_S2(10, fadd.s, rtz, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3400000)  # -1 + -4.470348e-08 = -1: below the tie (0.75 half-ulps)
    # static rm = rdn
    TEST_FP_S2(11, fadd.s, rdn, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33800000)  # 1 + 5.960464e-08 = 1: tie
    TEST_FP_S2(12, fadd.s, rdn, 0xbf800001, FFLAG_NX, 0xbf800000, 0xb3800000)  # -1 + -5.960464e-08 = -1: negative tie
    TEST_FP_S2(13, fadd.s, rdn, 0x3f800001, FFLAG_NX, 0x3f800001, 0x33800000)  # 1 + 5.960464e-08 = 1: tie, odd below
    TEST_FP_S2(14, fadd.s, rdn, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33c00000)  # 1 + 8.940697e-08 = 1: above the tie (1.5 half-ulps)
    TEST_FP_S2(15, fadd.s, rdn, 0xbf800001, FFLAG_NX, 0xbf800000, 0xb3400000)  # -1 + -4.470348e-08 = -1: below the tie (0.75 half-ulps)
    # static rm = rup
    TEST_FP_S2(16, fadd.s, rup, 0x3f800001, FFLAG_NX, 0x3f800000, 0x33800000)  # 1 + 5.960464e-08 = 1: tie
    TEST_FP_S2(17, fadd.s, rup, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3800000)  # -1 + -5.960464e-08 = -1: negative tie
    TEST_FP_S2(18, fadd.s, rup, 0x3f800002, FFLAG_NX, 0x3f800001, 0x33800000)  # 1 + 5.960464e-08 = 1: tie, odd below
    TEST_FP_S2(19, fadd.s, rup, 0x3f800001, FFLAG_NX, 0x3f800000, 0x33c00000)  # 1 + 8.940697e-08 = 1: above the tie (1.5 half-ulps)
    TEST_FP_S2(20, fadd.s, rup, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3400000)  # -1 + -4.470348e-08 = -1: below the tie (0.75 half-ulps)
    # static rm = rmm
    TEST_FP_S2(21, fadd.s, rmm, 0x3f800001, FFLAG_NX, 0x3f800000, 0x33800000)  # 1 + 5.960464e-08 = 1: tie
    TEST_FP_S2(22, fadd.s, rmm, 0xbf800001, FFLAG_NX, 0xbf800000, 0xb3800000)  # -1 + -5.960464e-08 = -1: negative tie
    TEST_FP_S2(23, fadd.s, rmm, 0x3f800002, FFLAG_NX, 0x3f800001, 0x33800000)  # 1 + 5.960464e-08 = 1: tie, odd below
    TEST_FP_S2(24, fadd.s, rmm, 0x3f800001, FFLAG_NX, 0x3f800000, 0x33c00000)  # 1 + 8.940697e-08 = 1: above the tie (1.5 half-ulps)
    TEST_FP_S2(25, fadd.s, rmm, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3400000)  # -1 + -4.470348e-08 = -1: below the tie (0.75 half-ulps)
    # dynamic: frm = 0 (rne)
    csrwi frm, 0
    TEST_FP_S2(26, fadd.s, dyn, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33800000)  # tie
    TEST_FP_S2(27, fadd.s, dyn, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3800000)  # negative tie
    TEST_FP_S2(28, fadd.s, dyn, 0x3f800001, FFLAG_NX, 0x3f800000, 0x33c00000)  # above the tie (1.5 half-ulps)
    TEST_FP_S2(29, fadd.s, dyn, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3400000)  # below the tie (0.75 half-ulps)
    # dynamic: frm = 1 (rtz)
    csrwi frm, 1
    TEST_FP_S2(30, fadd.s, dyn, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33800000)  # tie
    TEST_FP_S2(31, fadd.s, dyn, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3800000)  # negative tie
    TEST_FP_S2(32, fadd.s, dyn, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33c00000)  # above the tie (1.5 half-ulps)
    TEST_FP_S2(33, fadd.s, dyn, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3400000)  # below the tie (0.75 half-ulps)
    # dynamic: frm = 2 (rdn)
    csrwi frm, 2
    TEST_FP_S2(34, fadd.s, dyn, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33800000)  # tie
    TEST_FP_S2(35, fadd.s, dyn, 0xbf800001, FFLAG_NX, 0xbf800000, 0xb3800000)  # negative tie
    TEST_FP_S2(36, fadd.s, dyn, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33c00000)  # above the tie (1.5 half-ulps)
    TEST_FP_S2(37, fadd.s, dyn, 0xbf800001, FFLAG_NX, 0xbf800000, 0xb3400000)  # below the tie (0.75 half-ulps)
    # dynamic: frm = 3 (rup)
    csrwi frm, 3
    TEST_FP_S2(38, fadd.s, dyn, 0x3f800001, FFLAG_NX, 0x3f800000, 0x33800000)  # tie
    TEST_FP_S2(39, fadd.s, dyn, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3800000)  # negative tie
    TEST_FP_S2(40, fadd.s, dyn, 0x3f800001, FFLAG_NX, 0x3f800000, 0x33c00000)  # above the tie (1.5 half-ulps)
    TEST_FP_S2(41, fadd.s, dyn, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3400000)  # below the tie (0.75 half-ulps)
    # dynamic: frm = 4 (rmm)
    csrwi frm, 4
    TEST_FP_S2(42, fadd.s, dyn, 0x3f800001, FFLAG_NX, 0x3f800000, 0x33800000)  # tie
    TEST_FP_S2(43, fadd.s, dyn, 0xbf800001, FFLAG_NX, 0xbf800000, 0xb3800000)  # negative tie
    TEST_FP_S2(44, fadd.s, dyn, 0x3f800001, FFLAG_NX, 0x3f800000, 0x33c00000)  # above the tie (1.5 half-ulps)
    TEST_FP_S2(45, fadd.s, dyn, 0xbf800000, FFLAG_NX, 0xbf800000, 0xb3400000)  # below the tie (0.75 half-ulps)
    # a static rm overrides frm
    csrwi frm, 3
    TEST_FP_S2(46, fadd.s, rdn, 0x3f800000, FFLAG_NX, 0x3f800000, 0x33800000)
    CHECK_CSR(47, frm, 3)  # and frm is not changed by use
    csrwi frm, 0
    PASS
TEST_END
