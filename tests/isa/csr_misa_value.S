# rvscope-only: QEMU 7.2 rv64 also reports the H extension (misa bit 7), rvscope exactly RV64 IMAFDC SU
# csr_misa_value.S: rvscope's misa is exactly RV64 I M A F D C S U = 0x800000000014112d.
#include "isa.h"
TEST_START
    CHECK_CSR(1, misa, 0x800000000014112d)
    PASS
TEST_END
