# csr_unknown.S: reading or writing a CSR number that does not exist raises illegal
# instruction with mtval = the instruction bits.
#include "isa.h"
#define UNKNOWN(n, csr) \
    TRAP_CASE(n, CAUSE_ILLEGAL_INSN, csrr a0, csr); CHECK_TVAL(n, (csr << 20) | 0x2573)
TEST_START
    UNKNOWN( 1, 0x0ff)                  # unprivileged read-write range
    UNKNOWN( 2, 0x4ff)
    UNKNOWN( 3, 0x5ff)                  # supervisor range
    UNKNOWN( 4, 0x3ff)                  # machine range
    UNKNOWN( 5, 0x7ff)
    UNKNOWN( 6, 0xbff)
    UNKNOWN( 7, 0xfff)                  # machine read-only range
    UNKNOWN( 8, 0xcff)                  # user read-only range
    UNKNOWN( 9, 0x8ff)                  # custom range: nothing there
    li a1, 1
    TRAP_CASE(10, CAUSE_ILLEGAL_INSN, csrw 0x3ff, a1)
    TRAP_CASE(11, CAUSE_ILLEGAL_INSN, csrrsi a0, 0x7ff, 0)  # even a read-only form
    PASS
TEST_END
