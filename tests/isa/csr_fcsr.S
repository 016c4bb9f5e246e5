# csr_fcsr.S: fcsr = frm (bits 7:5) | fflags (bits 4:0); frm and fflags are views of its
# fields; bits above 7 read as zero.
#include "isa.h"
TEST_START
    TEST_CASE( 1, a0, 0xff, li a1, -1; csrw fcsr, a1; csrr a0, fcsr)       # upper bits dropped
    TEST_CASE( 2, a0, 0x1f, csrr a0, fflags)
    TEST_CASE( 3, a0, 0x07, csrr a0, frm)
    TEST_CASE( 4, a0, 0x7f, csrwi frm, 3; csrr a0, fcsr)                   # frm = 3, flags kept
    TEST_CASE( 5, a0, 0x60, csrwi fflags, 0; csrr a0, fcsr)                # flags cleared, frm kept
    TEST_CASE( 6, a0, 0x1f, li a1, 0xff; csrw fflags, a1; csrr a0, fflags) # only 5 bits
    TEST_CASE( 7, a0, 0x7f, csrr a0, fcsr)
    TEST_CASE( 8, a0, 0x04, li a1, 0xfc; csrw frm, a1; csrr a0, frm)       # only 3 bits
    TEST_CASE( 9, a0, 0x9f, csrr a0, fcsr)
    TEST_CASE(10, a0, 0x1f, csrrci a0, fflags, 0x0a)                       # old flags out
    TEST_CASE(11, a0, 0x15, csrr a0, fflags)
    TEST_CASE(12, a0, 0x95, csrrsi a0, fcsr, 0x02)
    TEST_CASE(13, a0, 0x97, csrr a0, fcsr)
    # fsflags / fsrm / frflags / frrm / fscsr / frcsr aliases
    TEST_CASE(14, a0, 0x97, li a1, 0; fscsr a0, a1)
    TEST_CASE(15, a0, 0x00, frcsr a0)
    TEST_CASE(16, a0, 0x00, li a1, 2; fsrm a0, a1)
    TEST_CASE(17, a0, 0x02, frrm a0)
    TEST_CASE(18, a0, 0x00, li a1, 0x10; fsflags a0, a1)
    TEST_CASE(19, a0, 0x10, frflags a0)
    TEST_CASE(20, a0, 0x50, frcsr a0)
    PASS
TEST_END
