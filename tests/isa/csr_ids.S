# csr_ids.S: the identification CSRs: mvendorid = 0 (non-commercial), mhartid = 0 on hart 0,
# mconfigptr = 0 (no configuration structure); all read-only.
#include "isa.h"
TEST_START
    CHECK_CSR(1, mvendorid, 0)
    CHECK_CSR(2, mhartid, 0)
    CHECK_CSR(3, CSR_MCONFIGPTR, 0)
    # a0 at entry was the hart id too: the boot convention (a0 = hartid, a1 = dtb)
    PASS
TEST_END
