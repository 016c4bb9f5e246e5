# rvscope-only: QEMU 7.2 rv64 has the H extension and Sscofpmf: its mideleg also shows the VS interrupts and LCOFI as set
# priv_mideleg_exact.S: on rvscope only SSI, STI and SEI (bits 1, 5, 9) of mideleg exist.
#include "isa.h"
TEST_START
    li a1, -1
    csrw mideleg, a1
    CHECK_CSR(1, mideleg, 0x222)
    csrw mideleg, zero
    CHECK_CSR(2, mideleg, 0)
    PASS
TEST_END
