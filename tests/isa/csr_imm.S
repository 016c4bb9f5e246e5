# csr_imm.S: csrrwi / csrrsi / csrrci use a 5-bit zero-extended immediate (0..31).
#include "isa.h"
TEST_START
    TEST_CASE( 1, a0, 0, csrw mscratch, zero; csrrwi a0, mscratch, 31)
    TEST_CASE( 2, a0, 31, csrr a0, mscratch)                                # zero-extended, not -1
    TEST_CASE( 3, a0, 31, li a1, -1; csrw mscratch, a1; csrrci a0, mscratch, 31; andi a0, a0, 31)
    TEST_CASE( 4, a0, 0xffffffffffffffe0, csrr a0, mscratch)                # only bits 4:0 cleared
    TEST_CASE( 5, a0, 0xffffffffffffffe0, csrrsi a0, mscratch, 0x11)
    TEST_CASE( 6, a0, 0xfffffffffffffff1, csrr a0, mscratch)
    TEST_CASE( 7, a0, 0xfffffffffffffff1, csrrsi a0, mscratch, 0)           # uimm = 0: read only
    TEST_CASE( 8, a0, 0xfffffffffffffff1, csrrci a0, mscratch, 0; csrr a0, mscratch)
    TEST_CASE( 9, a0, 0, csrwi mscratch, 0; csrr a0, mscratch)               # csrwi pseudo
    TEST_CASE(10, a0, 0x10, csrsi mscratch, 0x10; csrr a0, mscratch)
    TEST_CASE(11, a0, 0, csrci mscratch, 0x10; csrr a0, mscratch)
    TEST_CASE(12, a0, 16, csrrwi a0, mscratch, 16; csrrwi a0, mscratch, 1)  # a0 = old 16
    PASS
TEST_END
