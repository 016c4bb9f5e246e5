# priv_ebreak.S: ebreak and c.ebreak raise a breakpoint exception (cause 3) from M, S and U,
# with mepc = the ebreak itself and the privilege it came from in MPP.
#include "isa.h"
TEST_START
    TRAP_CASE( 1, CAUSE_BREAKPOINT, ebreak)
    CHECK_TRAP_STATUS( 2, MSTATUS_MPP, MSTATUS_MPP_M)
    TRAP_CASE_S( 3, CAUSE_BREAKPOINT, ebreak)
    CHECK_TRAP_STATUS( 4, MSTATUS_MPP, MSTATUS_MPP_S)
    TRAP_CASE_U( 5, CAUSE_BREAKPOINT, ebreak)
    CHECK_TRAP_STATUS( 6, MSTATUS_MPP, 0)
    TRAP_CASE( 7, CAUSE_BREAKPOINT, c.ebreak)
    TRAP_CASE_S( 8, CAUSE_BREAKPOINT, c.ebreak)
    TRAP_CASE_U( 9, CAUSE_BREAKPOINT, c.ebreak)
    CHECK_TRAP_MODE(10, PRV_M)
    PASS
TEST_END
