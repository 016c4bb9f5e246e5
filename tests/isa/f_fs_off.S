# f_fs_off.S: with mstatus.FS = Off every F/D instruction, FP load/store and access to fcsr,
# frm or fflags is illegal (mtval = the instruction); switching FS on makes them work again
# and the registers kept their values.
#include "isa.h"
TEST_START
    LOAD_S(fa1, S_ONE)
    la s0, buf
    li t0, MSTATUS_FS
    csrc mstatus, t0                    # FS = Off
    CHECK_MSTATUS(1, MSTATUS_FS, MSTATUS_FS_OFF)
    TRAP_CASE( 2, CAUSE_ILLEGAL_INSN, fadd.s fa0, fa1, fa1)
    CHECK_TVAL( 3, 0x00b5f553)          # fadd.s fa0, fa1, fa1, dyn
    TRAP_CASE( 4, CAUSE_ILLEGAL_INSN, flw fa0, 0(s0))
    TRAP_CASE( 5, CAUSE_ILLEGAL_INSN, fsw fa1, 0(s0))
    TRAP_CASE( 6, CAUSE_ILLEGAL_INSN, fld fa0, 0(s0))
    TRAP_CASE( 7, CAUSE_ILLEGAL_INSN, fsd fa1, 0(s0))
    TRAP_CASE( 8, CAUSE_ILLEGAL_INSN, fmv.x.w a0, fa1)
    TRAP_CASE( 9, CAUSE_ILLEGAL_INSN, fmv.w.x fa0, a0)
    TRAP_CASE(10, CAUSE_ILLEGAL_INSN, fcvt.s.w fa0, a0)
    TRAP_CASE(11, CAUSE_ILLEGAL_INSN, feq.d a0, fa1, fa1)
    TRAP_CASE(12, CAUSE_ILLEGAL_INSN, fclass.s a0, fa1)
    TRAP_CASE(13, CAUSE_ILLEGAL_INSN, fmadd.d fa0, fa1, fa1, fa1)
    TRAP_CASE(14, CAUSE_ILLEGAL_INSN, c.fld fa0, 0(s0))
    TRAP_CASE(15, CAUSE_ILLEGAL_INSN, c.fsdsp fa1, 0(sp))
    CHECK_TVAL(16, 0xa02e)              # the 16-bit encoding
    TRAP_CASE(17, CAUSE_ILLEGAL_INSN, csrr a0, fcsr)
    TRAP_CASE(18, CAUSE_ILLEGAL_INSN, csrr a0, frm)
    TRAP_CASE(19, CAUSE_ILLEGAL_INSN, csrwi fflags, 0)
    TRAP_CASE_U(20, CAUSE_ILLEGAL_INSN, fadd.d fa0, fa1, fa1)     # from U as well
    TRAP_CASE_S(21, CAUSE_ILLEGAL_INSN, csrr a0, fflags)          # and from S
    CHECK_MSTATUS(22, MSTATUS_FS, MSTATUS_FS_OFF)                 # traps did not switch it on
    # FS = Initial again: everything works, fa1 still holds 1.0
    li t0, MSTATUS_FS_INITIAL
    csrs mstatus, t0
    TEST_CASE(23, a0, SEXT32(0x40000000), fadd.s fa0, fa1, fa1; fmv.x.w a0, fa0)
    PASS

    .data
    .balign 8
buf:    .dword 0
TEST_END
