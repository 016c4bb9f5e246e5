# priv_mret.S: mret jumps to mepc in the privilege held in MPP, sets MIE = MPIE, MPIE = 1 and
# MPP = U (the least privileged mode). (MPRV: see priv_xret_mprv.S.)
#include "isa.h"
# mret to `label` with MPP = mode and the given MPIE. Clobbers t0.
#define MRET_TO(mode, mpie, label) \
    li t0, MSTATUS_MPP | MSTATUS_MPIE; csrc mstatus, t0; \
    li t0, ((mode) << 11) | (mpie); csrs mstatus, t0; \
    la t0, label; csrw mepc, t0; mret
TEST_START
    # to M, MPIE = 1: MIE becomes 1 (no interrupt is enabled in mie), MPP becomes U
    li TESTNUM, 1
    MRET_TO(PRV_M, MSTATUS_MPIE, 1f)
    j isa_fail
1:  CHECK_MSTATUS(1, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MIE | MSTATUS_MPIE)
    CHECK_PRIV(2, PRV_M)
    # to M, MPIE = 0: MIE becomes 0, MPIE 1
    li t0, MSTATUS_MIE
    csrs mstatus, t0
    li TESTNUM, 3
    MRET_TO(PRV_M, 0, 2f)
    j isa_fail
2:  CHECK_MSTATUS(3, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MPIE)
    # to S and to U
    li TESTNUM, 4
    MRET_TO(PRV_S, 0, 3f)
    j isa_fail
3:  CHECK_PRIV(4, PRV_S)
    li TESTNUM, 5
    MRET_TO(PRV_U, 0, 4f)
    j isa_fail
4:  CHECK_PRIV(5, PRV_U)
    # mret to M keeps MPRV
    li t0, MSTATUS_MPRV
    csrs mstatus, t0
    li TESTNUM, 6
    MRET_TO(PRV_M, 0, 5f)
5:  CHECK_MSTATUS(6, MSTATUS_MPRV, MSTATUS_MPRV)
    li t0, MSTATUS_MPRV
    csrc mstatus, t0
    # mret goes exactly to mepc, also to a 2-byte aligned address
    li TESTNUM, 9
    la t0, 8f
    csrw mepc, t0
    li t0, MSTATUS_MPP
    csrs mstatus, t0
    mret
    j isa_fail
    .balign 4
    c.nop
8:  la a0, 8b
    andi a0, a0, 2
    CHECK(9, a0, 2)
    PASS
TEST_END
