# priv_mideleg.S: mideleg is WARL: the S-level interrupts (SSI 1, STI 5, SEI 9) can be
# delegated; the M-level ones (MSI 3, MTI 7, MEI 11) cannot and read 0.
#include "isa.h"
#define S_IRQS (MIP_SSIP | MIP_STIP | MIP_SEIP)
#define M_IRQS (MIP_MSIP | MIP_MTIP | MIP_MEIP)
TEST_START
    li a1, -1
    csrw mideleg, a1
    csrr s0, mideleg
    li a1, S_IRQS
    and a0, s0, a1
    CHECK(1, a0, S_IRQS)
    li a1, M_IRQS
    and a0, s0, a1
    CHECK(2, a0, 0)
    csrw mideleg, zero
    csrr s0, mideleg
    li a1, S_IRQS | M_IRQS
    and a0, s0, a1
    CHECK(3, a0, 0)
    li a1, MIP_STIP | MIP_MTIP
    csrw mideleg, a1
    csrr s0, mideleg
    li a1, S_IRQS | M_IRQS
    and a0, s0, a1
    CHECK(4, a0, MIP_STIP)
    csrw mideleg, zero
    PASS
TEST_END
