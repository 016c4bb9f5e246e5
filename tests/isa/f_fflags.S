# f_fflags.S: the accrued exception flags: each of NV, DZ, OF, UF, NX is raised by its cause,
# flags are sticky (never cleared by an instruction), and exact operations raise none.
#include "isa.h"
TEST_START
    csrw fflags, zero
    LOAD_S(fs0, S_ONE)
    LOAD_S(fs1, S_ZERO)
    LOAD_S(fs2, S_MAX)
    LOAD_S(fs3, S_MIN)
    LOAD_S(fs4, 0x40400000)             # 3.0
    LOAD_S(fs5, S_INF)
    TEST_CASE( 1, a0, 0, fadd.s fa0, fs0, fs0; csrr a0, fflags)                  # exact: nothing
    TEST_CASE( 2, a0, FFLAG_NX, fdiv.s fa0, fs0, fs4; csrr a0, fflags)           # 1/3
    TEST_CASE( 3, a0, FFLAG_NX | FFLAG_DZ, fdiv.s fa0, fs0, fs1; csrr a0, fflags)    # 1/0, NX kept
    TEST_CASE( 4, a0, FFLAG_NX | FFLAG_DZ | FFLAG_OF, fmul.s fa0, fs2, fs2; csrr a0, fflags)
    TEST_CASE( 5, a0, FFLAG_NX | FFLAG_DZ | FFLAG_OF | FFLAG_UF, fmul.s fa0, fs3, fs3; csrr a0, fflags)
    TEST_CASE( 6, a0, 0x1f, fmul.s fa0, fs5, fs1; csrr a0, fflags)              # inf * 0: NV
    TEST_CASE( 7, a0, 0x1f, fadd.s fa0, fs0, fs0; csrr a0, fflags)              # exact op: still all set
    # one at a time from a clean state
    TEST_CASE( 8, a0, FFLAG_NV, csrw fflags, zero; fsqrt.s fa0, fs5; fneg.s fa1, fs0; fsqrt.s fa0, fa1; csrr a0, fflags)
    TEST_CASE( 9, a0, FFLAG_DZ, csrw fflags, zero; fneg.s fa1, fs0; fdiv.s fa0, fa1, fs1; csrr a0, fflags)
    TEST_CASE(10, a0, FFLAG_OF | FFLAG_NX, csrw fflags, zero; fadd.s fa0, fs2, fs2; csrr a0, fflags)
    TEST_CASE(11, a0, FFLAG_UF | FFLAG_NX, csrw fflags, zero; fdiv.s fa0, fs3, fs4; csrr a0, fflags)
    TEST_CASE(12, a0, FFLAG_NX, csrw fflags, zero; fcvt.w.s a1, fs4; fdiv.s fa0, fs0, fs4; fcvt.w.s a1, fa0; csrr a0, fflags)
    # instructions that never raise flags, even with a signalling NaN
    LOAD_S(fs6, S_SNAN)
    li TESTNUM, 13
    csrw fflags, zero
    fsgnj.s fa0, fs6, fs6
    fsgnjn.s fa0, fs6, fs6
    fsgnjx.s fa0, fs6, fs6
    fmv.x.w a1, fs6
    fmv.w.x fa0, a1
    fclass.s a1, fs6
    la a2, buf
    fsw fs6, 0(a2)
    flw fa0, 0(a2)
    csrr a0, fflags
    CHECK(13, a0, 0)
    # the flags live in fcsr[4:0]
    TEST_CASE(14, a0, FFLAG_DZ, csrwi frm, 2; csrw fflags, zero; fdiv.s fa0, fs0, fs1; csrr a0, fcsr; andi a0, a0, 0x1f)
    TEST_CASE(15, a0, (2 << 5) | FFLAG_DZ, csrr a0, fcsr)
    csrw fcsr, zero
    PASS

    .data
    .balign 8
buf:    .dword 0
TEST_END
