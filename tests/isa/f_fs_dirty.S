# f_fs_dirty.S: with FS = Initial or Clean, an instruction that writes an f register or fcsr
# sets FS = Dirty, and sstatus/mstatus.SD (bit 63) then reads 1.
#include "isa.h"
# Set FS to state (Initial or Clean); SD must then read 0.
#define SET_FS(n, state) \
    li t0, MSTATUS_FS; csrc mstatus, t0; li t0, state; csrs mstatus, t0; \
    csrr t0, mstatus; srli t0, t0, 63; CHECK(n, t0, 0)
# Case n: after the instructions FS must be Dirty and SD set.
#define CHECK_DIRTY(n) \
    CHECK_MSTATUS(n, MSTATUS_FS, MSTATUS_FS_DIRTY); csrr t0, mstatus; srli t0, t0, 63; CHECK(n, t0, 1)
TEST_START
    la s0, buf
    li a1, 0x3f800000
    SET_FS( 1, MSTATUS_FS_INITIAL)
    fmv.w.x fa0, a1
    CHECK_DIRTY( 2)
    SET_FS( 3, MSTATUS_FS_CLEAN)
    fadd.s fa1, fa0, fa0
    CHECK_DIRTY( 4)
    SET_FS( 5, MSTATUS_FS_CLEAN)
    flw fa2, 0(s0)
    CHECK_DIRTY( 6)
    SET_FS( 7, MSTATUS_FS_CLEAN)
    fld fa3, 0(s0)
    CHECK_DIRTY( 8)
    SET_FS( 9, MSTATUS_FS_INITIAL)
    fcvt.d.w fa4, a1
    CHECK_DIRTY(10)
    SET_FS(11, MSTATUS_FS_CLEAN)
    csrwi fflags, 1
    CHECK_DIRTY(12)
    SET_FS(13, MSTATUS_FS_CLEAN)
    csrwi frm, 0
    CHECK_DIRTY(14)
    SET_FS(15, MSTATUS_FS_CLEAN)
    csrw fcsr, zero
    CHECK_DIRTY(16)
    SET_FS(17, MSTATUS_FS_CLEAN)
    c.fldsp fa5, 0(sp)
    CHECK_DIRTY(18)
    # SD is visible in sstatus as well
    li TESTNUM, 19
    csrr a0, sstatus
    srli a0, a0, 63
    CHECK(19, a0, 1)
    # Dirty stays Dirty until software changes FS (a read does not clean it)
    csrr a0, fcsr
    CHECK_DIRTY(20)
    PASS

    .data
    .balign 8
buf:    .dword 0x3ff0000000000000
TEST_END
