# rvscope-only: QEMU 7.2 does not mark FS dirty when an instruction changes only fflags (feq/flt/fcvt to an integer register), which the priv spec requires
# f_fs_dirty_flags.S: an instruction whose only effect on the FP state is raising a flag in
# fflags still changes that state, so FS becomes Dirty (priv 1.12 §3.1.6.6).
#include "isa.h"
#define SET_CLEAN li t0, MSTATUS_FS; csrc mstatus, t0; li t0, MSTATUS_FS_CLEAN; csrs mstatus, t0
TEST_START
    LOAD_S(fa1, S_SNAN)
    LOAD_S(fa2, 0x3fc00000)             # 1.5
    csrw fflags, zero
    SET_CLEAN
    feq.s a0, fa1, fa1                  # sNaN: NV
    CHECK_MSTATUS(1, MSTATUS_FS, MSTATUS_FS_DIRTY)
    csrw fflags, zero
    SET_CLEAN
    fcvt.w.s a0, fa2                    # inexact: NX
    CHECK_MSTATUS(2, MSTATUS_FS, MSTATUS_FS_DIRTY)
    csrw fflags, zero
    SET_CLEAN
    flt.s a0, fa1, fa2                  # NaN in a signalling compare: NV
    CHECK_MSTATUS(3, MSTATUS_FS, MSTATUS_FS_DIRTY)
    PASS
TEST_END
