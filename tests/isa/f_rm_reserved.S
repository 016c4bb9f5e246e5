# f_rm_reserved.S: rounding-mode values 5 and 6 are reserved: an instruction with rm = 5 or 6 is
# illegal, and so is rm = dyn (7) while frm holds 5, 6 or 7. Instructions without an rm field
# do not care what frm holds. The assembler refuses rm = 5/6, so those are raw words.
#include "isa.h"
# fadd.s fa0, fa1, fa2 with the given rm field; fadd.d likewise; fcvt.w.s a0, fa1.
#define FADD_S_RM(rm) ((12 << 20) | (11 << 15) | ((rm) << 12) | (10 << 7) | 0x53)
#define FADD_D_RM(rm) ((1 << 25) | (12 << 20) | (11 << 15) | ((rm) << 12) | (10 << 7) | 0x53)
#define FCVT_W_S_RM(rm) ((0x60 << 25) | (11 << 15) | ((rm) << 12) | (10 << 7) | 0x53)
#define ILLEGAL_FP(n, bits) TRAP_CASE(n, CAUSE_ILLEGAL_INSN, .word bits); CHECK_TVAL(n, bits)
TEST_START
    LOAD_S(fa1, S_ONE)
    LOAD_S(fa2, S_TWO)
    ILLEGAL_FP( 1, FADD_S_RM(5))
    ILLEGAL_FP( 2, FADD_S_RM(6))
    ILLEGAL_FP( 3, FADD_D_RM(5))
    ILLEGAL_FP( 4, FADD_D_RM(6))
    ILLEGAL_FP( 5, FCVT_W_S_RM(5))
    # the raw encoding with a legal rm works (and checks the encodings above)
    TEST_CASE( 6, a0, SEXT32(0x40400000), .word FADD_S_RM(4); fmv.x.w a0, fa0)
    # dynamic rounding with frm = 5, 6, 7
    csrwi frm, 5
    TRAP_CASE( 7, CAUSE_ILLEGAL_INSN, fadd.s fa0, fa1, fa2, dyn)
    csrwi frm, 6
    TRAP_CASE( 8, CAUSE_ILLEGAL_INSN, fmul.s fa0, fa1, fa2)     # the default rm is dyn
    csrwi frm, 7
    TRAP_CASE( 9, CAUSE_ILLEGAL_INSN, fsqrt.s fa0, fa1)
    TRAP_CASE(10, CAUSE_ILLEGAL_INSN, fcvt.w.s a0, fa1)
    TRAP_CASE(11, CAUSE_ILLEGAL_INSN, fmadd.d fa0, fa1, fa2, fa1)
    TRAP_CASE(12, CAUSE_ILLEGAL_INSN, fcvt.s.d fa0, fa1)
    # instructions without a rounding mode still work with frm = 7
    li TESTNUM, 13
    fsgnj.s fa0, fa1, fa2
    fmin.s fa0, fa1, fa2
    fmax.d fa0, fa1, fa2
    feq.s a0, fa1, fa2
    flt.s a0, fa1, fa2
    fclass.s a0, fa1
    fmv.x.w a0, fa1
    fmv.w.x fa0, a0
    CHECK_TRAP_COUNT(13, 11)
    # a static legal rm is fine even with frm = 7
    TEST_CASE(14, a0, SEXT32(0x40400000), fadd.s fa0, fa1, fa2, rne; fmv.x.w a0, fa0)
    csrwi frm, 0
    TEST_CASE(15, a0, SEXT32(0x40400000), fadd.s fa0, fa1, fa2, dyn; fmv.x.w a0, fa0)
    PASS
TEST_END
