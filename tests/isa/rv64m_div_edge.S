# rv64m_div_edge.S: the M extension never traps: division by zero and signed overflow
# give fixed results (unpriv spec, M chapter, table of division corner cases).
#include "isa.h"
TEST_START
    # division by zero never traps: quotient all ones, remainder = dividend
    TEST_RR( 1, div,   0xffffffffffffffff, 0x123456789abcdef0, 0)
    TEST_RR( 2, div,   0xffffffffffffffff, 0x8000000000000000, 0)
    TEST_RR( 3, div,   0xffffffffffffffff, 0xfffffffffffffffb, 0)
    TEST_RR( 4, divu,  0xffffffffffffffff, 0x123456789abcdef0, 0)
    TEST_RR( 5, divu,  0xffffffffffffffff, 0x8000000000000000, 0)
    TEST_RR( 6, divu,  0xffffffffffffffff, 0xfffffffffffffffb, 0)
    TEST_RR( 7, rem,   0x123456789abcdef0, 0x123456789abcdef0, 0)
    TEST_RR( 8, rem,   0x8000000000000000, 0x8000000000000000, 0)
    TEST_RR( 9, rem,   0xfffffffffffffffb, 0xfffffffffffffffb, 0)
    TEST_RR(10, remu,  0x123456789abcdef0, 0x123456789abcdef0, 0)
    TEST_RR(11, remu,  0x8000000000000000, 0x8000000000000000, 0)
    TEST_RR(12, remu,  0xfffffffffffffffb, 0xfffffffffffffffb, 0)
    TEST_RR(13, divw,  0xffffffffffffffff, 0x123456789abcdef0, 0)
    TEST_RR(14, divw,  0xffffffffffffffff, 0x8000000000000000, 0)
    TEST_RR(15, divw,  0xffffffffffffffff, 0xfffffffffffffffb, 0)
    TEST_RR(16, divuw, 0xffffffffffffffff, 0x123456789abcdef0, 0)
    TEST_RR(17, divuw, 0xffffffffffffffff, 0x8000000000000000, 0)
    TEST_RR(18, divuw, 0xffffffffffffffff, 0xfffffffffffffffb, 0)
    TEST_RR(19, remw,  0xffffffff9abcdef0, 0x123456789abcdef0, 0)
    TEST_RR(20, remw,  0x0000000000000000, 0x8000000000000000, 0)
    TEST_RR(21, remw,  0xfffffffffffffffb, 0xfffffffffffffffb, 0)
    TEST_RR(22, remuw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0)
    TEST_RR(23, remuw, 0x0000000000000000, 0x8000000000000000, 0)
    TEST_RR(24, remuw, 0xfffffffffffffffb, 0xfffffffffffffffb, 0)
    # signed overflow never traps: the quotient is the dividend, the remainder 0
    TEST_RR(25, div,   0x8000000000000000, 0x8000000000000000, -1)
    TEST_RR(26, rem,   0x0000000000000000, 0x8000000000000000, -1)
    TEST_RR(27, divw,  0xffffffff80000000, 0x0000000080000000, -1)
    TEST_RR(28, remw,  0x0000000000000000, 0x0000000080000000, -1)
    TEST_RR(29, divw,  0xffffffff80000000, 0x1234567880000000, -1)
    TEST_RR(30, remw,  0x0000000000000000, 0xffffffff80000000, -1)
    # the W forms look only at the low words: a divisor whose low word is 0 is a zero divisor
    TEST_RR(31, divw,  0xffffffffffffffff, 0x00000000000000ff, 0xffffffff00000000)
    TEST_RR(32, divuw, 0xffffffffffffffff, 0x00000000000000ff, 0xffffffff00000000)
    TEST_RR(33, remw,  0x00000000000000ff, 0x00000000000000ff, 0xffffffff00000000)
    TEST_RR(34, remuw, 0x00000000000000ff, 0x00000000000000ff, 0xffffffff00000000)
    # quotient * divisor + remainder == dividend, for every sign combination
    TEST_RR(35, div,   0x0000000000000003, 0x0000000000000007, 0x0000000000000002)
    TEST_RR(36, rem,   0x0000000000000001, 0x0000000000000007, 0x0000000000000002)
    TEST_RR(37, div,   0xfffffffffffffffd, 0xfffffffffffffff9, 0x0000000000000002)
    TEST_RR(38, rem,   0xffffffffffffffff, 0xfffffffffffffff9, 0x0000000000000002)
    TEST_RR(39, div,   0xfffffffffffffffd, 0x0000000000000007, 0xfffffffffffffffe)
    TEST_RR(40, rem,   0x0000000000000001, 0x0000000000000007, 0xfffffffffffffffe)
    TEST_RR(41, div,   0x0000000000000003, 0xfffffffffffffff9, 0xfffffffffffffffe)
    TEST_RR(42, rem,   0xffffffffffffffff, 0xfffffffffffffff9, 0xfffffffffffffffe)
    PASS
TEST_END
