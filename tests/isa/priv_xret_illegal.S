# priv_xret_illegal.S: mret is illegal below M; sret is illegal in U (mtval = the instruction).
# A trapped xRET changes nothing: the privilege, mstatus and the PC flow stay as they were.
#include "isa.h"
TEST_START
    TRAP_CASE_S(1, CAUSE_ILLEGAL_INSN, mret)
    CHECK_TVAL(2, 0x30200073)
    CHECK_TRAP_STATUS(3, MSTATUS_MPP, MSTATUS_MPP_S)
    TRAP_CASE_U(4, CAUSE_ILLEGAL_INSN, mret)
    CHECK_TRAP_STATUS(5, MSTATUS_MPP, 0)
    TRAP_CASE_U(6, CAUSE_ILLEGAL_INSN, sret)
    CHECK_TVAL(7, 0x10200073)
    CHECK_TRAP_STATUS(8, MSTATUS_MPP, 0)
    PASS
TEST_END
