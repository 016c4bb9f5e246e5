# csr_sstatus_view.S: sstatus is a restricted view of mstatus (priv 1.12 §4.1.1): the S-level
# fields (SIE, SPIE, SPP, FS, SUM, MXR, SD) are the same bits; M-level fields read 0 through
# sstatus and cannot be changed through it.
#include "isa.h"
#define S_FIELDS (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM | MSTATUS_MXR)
#define M_FIELDS (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR)
TEST_START
    li s0, M_FIELDS
    li s1, S_FIELDS
    # M fields set in mstatus are invisible in sstatus
    csrw mstatus, s0
    csrr a0, sstatus
    and a0, a0, s0
    CHECK(1, a0, 0)
    # S fields set through sstatus appear in mstatus, M fields stay
    li a1, MSTATUS_SIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR
    csrs sstatus, a1
    csrr a0, mstatus
    li a2, M_FIELDS | MSTATUS_SIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR
    and a0, a0, a2
    CHECK_REGS(2, a0, a2)
    # writing sstatus with M field bits set changes no M field
    csrw mstatus, zero
    li a1, M_FIELDS | MSTATUS_SPIE
    csrw sstatus, a1
    csrr a0, mstatus
    li a2, M_FIELDS | S_FIELDS
    and a0, a0, a2
    CHECK(3, a0, MSTATUS_SPIE)
    # clearing through sstatus clears the mstatus bits
    li a1, MSTATUS_SIE | MSTATUS_SPIE
    csrw mstatus, a1
    csrc sstatus, a1
    csrr a0, mstatus
    and a0, a0, a1
    CHECK(4, a0, 0)
    # FS and SD are visible in sstatus
    li a1, MSTATUS_FS_DIRTY
    csrs mstatus, a1
    csrr a0, sstatus
    srli a2, a0, 63
    CHECK(5, a2, 1)                     # SD
    li a2, MSTATUS_FS
    and a0, a0, a2
    CHECK(6, a0, MSTATUS_FS_DIRTY)
    # UXL is visible in sstatus: 2 (XLEN 64 in U-mode)
    csrr a0, sstatus
    srli a0, a0, 32
    andi a0, a0, 3
    CHECK(7, a0, 2)
    PASS
TEST_END
