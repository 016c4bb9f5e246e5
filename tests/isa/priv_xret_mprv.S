# rvscope-only: priv 1.12 §3.1.6.1 says an xRET to a mode below M clears MPRV; QEMU 7.2 keeps MPRV set
# priv_xret_mprv.S: mret to S or U and sret to U or S clear MPRV; mret to M keeps it.
#include "isa.h"
TEST_START
    li t0, MSTATUS_MPRV | MSTATUS_MPP   # MPP = M: MPRV has no effect while it is set
    csrs mstatus, t0
    li TESTNUM, 1
    GOTO_MODE(PRV_S, 1f)                # mret to S
1:  ENTER_M
    CHECK_MSTATUS(1, MSTATUS_MPRV, 0)
    li t0, MSTATUS_MPRV | MSTATUS_MPP
    csrs mstatus, t0
    li TESTNUM, 2
    GOTO_MODE(PRV_U, 2f)                # mret to U
2:  ENTER_M
    CHECK_MSTATUS(2, MSTATUS_MPRV, 0)
    li t0, MSTATUS_MPRV | MSTATUS_MPP
    csrs mstatus, t0
    li t0, MSTATUS_SPP
    csrc mstatus, t0
    la t0, 3f
    csrw sepc, t0
    li TESTNUM, 3
    sret                                # sret from M to U
3:  ENTER_M
    CHECK_MSTATUS(3, MSTATUS_MPRV, 0)
    li t0, MSTATUS_MPRV | MSTATUS_MPP | MSTATUS_SPP
    csrs mstatus, t0
    la t0, 4f
    csrw sepc, t0
    li TESTNUM, 4
    sret                                # sret from M to S
4:  ENTER_M
    CHECK_MSTATUS(4, MSTATUS_MPRV, 0)
    PASS
TEST_END
