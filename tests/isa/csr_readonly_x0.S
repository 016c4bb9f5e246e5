# csr_readonly_x0.S: csrrs/csrrc with rs1 = x0 and csrrsi/csrrci with uimm = 0 do not write the
# CSR, so they are legal on read-only CSRs (Zicsr: "will not write to the CSR at all").
#include "isa.h"
TEST_START
    TEST_CASE( 1, a0, 0, csrrs a0, mhartid, x0)
    TEST_CASE( 2, a0, 0, csrrc a0, mhartid, x0)
    TEST_CASE( 3, a0, 0, csrrsi a0, mhartid, 0)
    TEST_CASE( 4, a0, 0, csrrci a0, mhartid, 0)
    TEST_CASE( 5, a0, 0, csrrs a0, mvendorid, x0)
    TEST_CASE( 6, a0, 0, csrrci a0, mvendorid, 0)
    # the user counters are read-only too (0xc00 range)
    li TESTNUM, 7
    csrrs a0, cycle, x0
    csrrc a0, instret, x0
    csrrsi a0, time, 0
    csrrci a0, cycle, 0
    csrrs x0, cycle, x0                 # rd = x0 as well: a pure no-op read
    CHECK_TRAP_COUNT(7, 0)              # no trap so far
    PASS
TEST_END
