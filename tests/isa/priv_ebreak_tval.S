# rvscope-only: mtval on a breakpoint is implementation-defined (zero or the pc); rvscope writes the pc of the ebreak, QEMU 7.2 writes 0
# priv_ebreak_tval.S: rvscope sets mtval (or stval) = the address of the ebreak / c.ebreak, in
# every mode, also when the breakpoint is delegated to S.
#include "isa.h"
TEST_START
    TRAP_CASE( 1, CAUSE_BREAKPOINT, 1: ebreak)
    CHECK_TVAL_SYM( 2, 1b)
    TRAP_CASE_S( 3, CAUSE_BREAKPOINT, 2: ebreak)
    CHECK_TVAL_SYM( 4, 2b)
    TRAP_CASE_U( 5, CAUSE_BREAKPOINT, 3: c.ebreak)
    CHECK_TVAL_SYM( 6, 3b)
    li t0, 1 << CAUSE_BREAKPOINT
    csrw medeleg, t0
    TRAP_CASE_U( 7, CAUSE_BREAKPOINT, 4: ebreak)
    CHECK_TRAP_MODE( 8, PRV_S)
    CHECK_TVAL_SYM( 9, 4b)
    ENTER_M
    PASS
TEST_END
