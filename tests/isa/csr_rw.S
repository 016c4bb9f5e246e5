# csr_rw.S: csrrw / csrrs / csrrc return the old value and write new / set bits / clear bits
# (on mscratch, a plain read-write register); the csrr/csrw/csrs/csrc pseudo-instructions.
#include "isa.h"
TEST_START
    TEST_CASE( 1, a0, 0x0123456789abcdef, li a1, 0x0123456789abcdef; csrw mscratch, a1; csrr a0, mscratch)
    TEST_CASE( 2, a0, 0x0123456789abcdef, li a1, 0xff; csrrw a0, mscratch, a1)      # old value out
    TEST_CASE( 3, a0, 0xff, csrr a0, mscratch)                                      # new value in
    TEST_CASE( 4, a0, 0xff, li a1, 0xff00; csrrs a0, mscratch, a1)                  # set bits
    TEST_CASE( 5, a0, 0xffff, csrr a0, mscratch)
    TEST_CASE( 6, a0, 0xffff, li a1, 0x0ff0; csrrc a0, mscratch, a1)                # clear bits
    TEST_CASE( 7, a0, 0xf00f, csrr a0, mscratch)
    TEST_CASE( 8, a0, 0xf00f, csrrs a0, mscratch, x0)                               # rs1 = x0: read only
    TEST_CASE( 9, a0, 0xf00f, csrrc a0, mscratch, x0; csrr a0, mscratch)
    # rd == rs1: the old value goes to rd, the old rs1 value to the CSR
    TEST_CASE(10, a1, 0xf00f, li a1, 0x1234; csrrw a1, mscratch, a1)
    TEST_CASE(11, a0, 0x1234, csrr a0, mscratch)
    # csrrw with rd = x0 (csrw) still writes
    TEST_CASE(12, a0, -1, li a1, -1; csrrw x0, mscratch, a1; csrr a0, mscratch)
    # csrs / csrc pseudo-instructions
    TEST_CASE(13, a0, 0xfffffffffffffff0, li a1, 0xf; csrc mscratch, a1; csrr a0, mscratch)
    TEST_CASE(14, a0, 0xfffffffffffffff5, li a1, 0x5; csrs mscratch, a1; csrr a0, mscratch)
    # a read after a write sees the write at once (no stale value)
    TEST_CASE(15, a0, 0x55, li a1, 0x55; csrw mscratch, a1; csrr a0, mscratch)
    # sscratch is an independent register
    TEST_CASE(16, a0, 0x66, li a1, 0x66; csrw sscratch, a1; csrr a0, sscratch)
    TEST_CASE(17, a0, 0x55, csrr a0, mscratch)
    PASS
TEST_END
