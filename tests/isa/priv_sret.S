# priv_sret.S: sret jumps to sepc in the privilege held in SPP (U or S), sets SIE = SPIE,
# SPIE = 1 and SPP = U. M-mode may execute sret too. (MPRV: see priv_xret_mprv.S.)
#include "isa.h"
# sret to `label` with SPP = spp and the given SPIE. Clobbers t0.
#define SRET_TO(spp, spie, label) \
    li t0, MSTATUS_SPP | MSTATUS_SPIE; csrc sstatus, t0; \
    li t0, (spp) | (spie); csrs sstatus, t0; \
    la t0, label; csrw sepc, t0; sret
TEST_START
    # from M to S, SPIE = 1: SIE becomes 1, SPIE 1, SPP U
    li TESTNUM, 1
    SRET_TO(MSTATUS_SPP, MSTATUS_SPIE, 1f)
    j isa_fail
1:  csrr a0, sstatus
    andi a0, a0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP
    CHECK(1, a0, MSTATUS_SIE | MSTATUS_SPIE)
    CHECK_PRIV(2, PRV_S)
    # from M to U, SPIE = 0: SIE 0, SPIE 1
    li TESTNUM, 3
    SRET_TO(0, 0, 2f)
    j isa_fail
2:  CHECK_PRIV(3, PRV_U)
    CHECK_MSTATUS(4, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP, MSTATUS_SPIE)
    # from S: to S and to U
    li TESTNUM, 5
    ENTER_S
    SRET_TO(MSTATUS_SPP, 0, 3f)
    j isa_fail
3:  CHECK_PRIV(5, PRV_S)
    li TESTNUM, 6
    ENTER_S
    SRET_TO(0, MSTATUS_SPIE, 4f)
    j isa_fail
4:  CHECK_PRIV(6, PRV_U)
    CHECK_MSTATUS(7, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP, MSTATUS_SIE | MSTATUS_SPIE)
    # sret does not touch MPP, MIE, MPIE
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S | MSTATUS_MPIE
    csrs mstatus, t0
    li TESTNUM, 9
    SRET_TO(MSTATUS_SPP, 0, 6f)
6:  ENTER_M
    ld t0, trap_status                  # mstatus at the ENTER_M ecall: MPP = S from the trap
    li t6, MSTATUS_MPIE
    and t0, t0, t6
    CHECK(9, t0, 0)                     # MPIE = MIE at the ecall = 0: MIE was not set by sret
    PASS
TEST_END
