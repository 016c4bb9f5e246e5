# csr_xtvec.S: mtvec and stvec: MODE (bits 1:0) 0 = direct and 1 = vectored are accepted; a
# write with MODE 2 or 3 (reserved) leaves the register unchanged (rvscope's WARL choice).
#include "isa.h"
TEST_START
    csrr s0, mtvec
    csrr s1, stvec
    TEST_CASE(1, a0, 0x80001000, li a1, 0x80001000; csrw mtvec, a1; csrr a0, mtvec)
    TEST_CASE(2, a0, 0x80001101, li a1, 0x80001101; csrw mtvec, a1; csrr a0, mtvec)
    TEST_CASE(3, a0, 0x80001101, li a1, 0x80002002; csrw mtvec, a1; csrr a0, mtvec)  # mode 2
    TEST_CASE(4, a0, 0x80001101, li a1, 0x80002003; csrw mtvec, a1; csrr a0, mtvec)  # mode 3
    TEST_CASE(5, a0, 0x80003000, li a1, 0x80003000; csrw stvec, a1; csrr a0, stvec)
    TEST_CASE(6, a0, 0x80003001, li a1, 0x80003001; csrw stvec, a1; csrr a0, stvec)
    TEST_CASE(7, a0, 0x80003001, li a1, 0x80004002; csrw stvec, a1; csrr a0, stvec)
    TEST_CASE(8, a0, 0x80003001, li a1, 0x80004003; csrw stvec, a1; csrr a0, stvec)
    csrw mtvec, s0
    csrw stvec, s1
    PASS
TEST_END
