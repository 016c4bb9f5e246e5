# csr_sie_sip_view.S: sie and sip show only the interrupts delegated in mideleg; the other bits
# read as zero and ignore writes (priv 1.12 §4.1.3). Through sip, S-mode can clear SSIP only.
#include "isa.h"
#define S_BITS (MIP_SSIP | MIP_STIP | MIP_SEIP)
#define ALL_BITS (MIP_SSIP | MIP_MSIP | MIP_STIP | MIP_MTIP | MIP_SEIP | MIP_MEIP)
TEST_START
    li s0, ALL_BITS
    csrw mie, s0
    csrw mideleg, zero
    csrr a0, sie
    and a0, a0, s0
    CHECK(1, a0, 0)                     # nothing delegated: sie reads 0
    li a1, S_BITS
    csrw mideleg, a1
    csrr a0, sie
    and a0, a0, s0
    CHECK(2, a0, S_BITS)                # the delegated ones appear
    # delegate SSI only: writing sie changes only SSIE in mie
    li a1, MIP_SSIP
    csrw mideleg, a1
    csrw mie, zero
    li a1, S_BITS
    csrw sie, a1
    csrr a0, mie
    and a0, a0, s0
    CHECK(3, a0, MIP_SSIP)
    csrr a0, sie
    and a0, a0, s0
    CHECK(4, a0, MIP_SSIP)
    # sip: M-mode raises SSIP and STIP in mip; with SSI and STI delegated both show in sip
    csrw mie, zero                      # keep them from being taken
    li a1, MIP_SSIP | MIP_STIP
    csrw mideleg, a1
    csrs mip, a1
    csrr a0, sip
    and a0, a0, s0
    CHECK(5, a0, MIP_SSIP | MIP_STIP)
    # clearing through sip: SSIP is writable, STIP is read-only in sip
    csrc sip, a1
    csrr a0, mip
    andi a0, a0, S_BITS                 # (QEMU starts with mtimecmp = 0: MTIP may be pending)
    CHECK(6, a0, MIP_STIP)
    # not delegated: sip hides it
    csrw mideleg, zero
    csrr a0, sip
    and a0, a0, s0
    CHECK(7, a0, 0)
    csrw mip, zero
    PASS
TEST_END
