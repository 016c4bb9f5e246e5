# priv_tsr.S: mstatus.TSR = 1 makes sret illegal in S-mode (mtval = the instruction); M-mode
# may still execute sret; with TSR = 0 S-mode sret works.
#include "isa.h"
TEST_START
    li t0, MSTATUS_TSR
    csrs mstatus, t0
    la t0, 1f
    csrw sepc, t0
    TRAP_CASE_S(1, CAUSE_ILLEGAL_INSN, sret)
    CHECK_TVAL(2, 0x10200073)
    CHECK_TRAP_STATUS(3, MSTATUS_MPP, MSTATUS_MPP_S)
    # sret in M is not affected by TSR
    li t0, MSTATUS_SPP
    csrs mstatus, t0
    la t0, 2f
    csrw sepc, t0
    li TESTNUM, 4
    sret
    j isa_fail
2:  CHECK_PRIV(4, PRV_S)
    # TSR = 0: the same sret in S works
    li t0, MSTATUS_TSR
    csrc mstatus, t0
    li t0, MSTATUS_SPP
    csrs mstatus, t0
    la t0, 3f
    csrw sepc, t0
    li TESTNUM, 5
    ENTER_S
    sret
    j isa_fail
3:  CHECK_PRIV(5, PRV_S)
1:  PASS
TEST_END
