# priv_wfi_u.S: wfi in U-mode is illegal whenever S-mode exists, whatever TW says (priv 1.12
# §3.3.3; rvscope traps at once).
#include "isa.h"
TEST_START
    TRAP_CASE_U(1, CAUSE_ILLEGAL_INSN, wfi)
    CHECK_TVAL(2, 0x10500073)
    CHECK_TRAP_STATUS(3, MSTATUS_MPP, 0)
    li t0, MSTATUS_TW
    csrs mstatus, t0
    TRAP_CASE_U(4, CAUSE_ILLEGAL_INSN, wfi)
    PASS
TEST_END
