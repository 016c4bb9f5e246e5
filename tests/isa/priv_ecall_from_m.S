# priv_ecall_from_m.S: ecall in M-mode: mcause 11, mepc = the ecall (not the next instruction),
# mtval = 0; trap entry sets MPP = M, MPIE = the old MIE, MIE = 0. Registers are untouched.
#include "isa.h"
TEST_START
    li a0, 0x1111
    li a7, 0x7777
    TRAP_CASE(1, CAUSE_ECALL_M, ecall)
    CHECK_TVAL(2, 0)
    CHECK_TRAP_MODE(3, PRV_M)
    CHECK_TRAP_STATUS(4, MSTATUS_MPP, MSTATUS_MPP_M)
    CHECK(5, a0, 0x1111)
    CHECK(6, a7, 0x7777)
    # with MIE = 1 (no interrupt enabled in mie): MPIE takes the old MIE, MIE is cleared
    csrw mie, zero
    li t0, MSTATUS_MIE
    csrs mstatus, t0
    TRAP_CASE(7, CAUSE_ECALL_M, ecall)
    CHECK_TRAP_STATUS(8, MSTATUS_MIE | MSTATUS_MPIE, MSTATUS_MPIE)
    CHECK_MSTATUS(9, MSTATUS_MIE | MSTATUS_MPIE, MSTATUS_MPIE)   # still so after the handler
    # with MIE = 0: MPIE = 0
    TRAP_CASE(10, CAUSE_ECALL_M, ecall)
    CHECK_TRAP_STATUS(11, MSTATUS_MIE | MSTATUS_MPIE, 0)
    # a compressed neighbourhood does not change the ecall's size or cause
    .balign 4
    c.nop
    TRAP_CASE(12, CAUSE_ECALL_M, ecall)
    CHECK_TRAP_COUNT(13, 4)
    PASS
TEST_END
