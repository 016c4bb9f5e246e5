# rvscope-only: rvscope has no hardware performance counters (mhpmcounter3-31 and mhpmevent3-31 read 0, writes ignored, only CY and IR exist in mcountinhibit); QEMU 7.2 implements them and also lets the reserved TM bit be written
# csr_mcountinhibit_hpm.S: on rvscope mcountinhibit has only CY and IR; the hpm counters and
# event selectors exist but are read-only zero in effect.
#include "isa.h"
TEST_START
    li t0, -1
    csrw CSR_MCOUNTINHIBIT, t0
    CHECK_CSR(1, CSR_MCOUNTINHIBIT, 0x5)
    csrw CSR_MCOUNTINHIBIT, zero
    li a1, 1234
    csrw mhpmcounter3, a1
    CHECK_CSR(2, mhpmcounter3, 0)
    csrw mhpmcounter31, a1
    CHECK_CSR(3, mhpmcounter31, 0)
    csrw mhpmevent3, a1
    CHECK_CSR(4, mhpmevent3, 0)
    csrw mhpmevent31, a1
    CHECK_CSR(5, mhpmevent31, 0)
    CHECK_CSR(6, hpmcounter3, 0)
    CHECK_CSR(7, hpmcounter17, 0)
    PASS
TEST_END
