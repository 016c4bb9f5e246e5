# csr_misa.S: misa reports RV64 (MXL = 2) and at least I M A F D C S U; writes are ignored
# (rvscope's misa is read-only, so the extensions cannot be switched off).
#include "isa.h"
#define EXT(c) (1 << ((c) - 65))
#define RV64GC_SU (EXT('I') | EXT('M') | EXT('A') | EXT('F') | EXT('D') | EXT('C') | EXT('S') | EXT('U'))
TEST_START
    csrr s0, misa
    srli a0, s0, 62
    CHECK(1, a0, 2)                     # MXL = 2: XLEN 64
    li a1, RV64GC_SU
    and a0, s0, a1
    CHECK_REGS(2, a0, a1)               # all of IMAFDC S U present
    # try to switch off C, D, F, M, A: nothing changes
    li a1, ~(EXT('C') | EXT('D') | EXT('F') | EXT('M') | EXT('A'))
    and a1, s0, a1
    csrw misa, a1
    csrr a0, misa
    CHECK_REGS(3, a0, s0)
    csrw misa, zero
    csrr a0, misa
    CHECK_REGS(4, a0, s0)
    # C is still on: a 16-bit instruction still executes
    TEST_CASE(5, a0, 3, li a0, 1; c.addi a0, 2)
    PASS
TEST_END
