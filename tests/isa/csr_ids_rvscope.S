# rvscope-only: marchid and mimpid are implementation-defined; QEMU 7.2 reports its version (0x70216), rvscope 0
# csr_ids_rvscope.S: rvscope reports marchid = mimpid = 0 (no registered architecture id).
#include "isa.h"
TEST_START
    CHECK_CSR(1, marchid, 0)
    CHECK_CSR(2, mimpid, 0)
    PASS
TEST_END
