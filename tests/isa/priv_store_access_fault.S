# priv_store_access_fault.S: a store to a physical address with no device raises a store/AMO
# access fault (cause 7) with mtval = the address, from M, S and U.
#include "isa.h"
TEST_START
    li s0, RAM_END
    li s1, 0x7000000
    li a0, 0x5a
    TRAP_CASE( 1, CAUSE_STORE_ACCESS, sd a0, 0(s0))
    CHECK_TVAL( 2, RAM_END)
    TRAP_CASE( 3, CAUSE_STORE_ACCESS, sb a0, 3(s0))
    CHECK_TVAL( 4, RAM_END + 3)
    TRAP_CASE( 5, CAUSE_STORE_ACCESS, sw a0, 0(s1))
    CHECK_TVAL( 6, 0x7000000)
    TRAP_CASE_S( 7, CAUSE_STORE_ACCESS, sh a0, 32(s0))
    CHECK_TVAL( 8, RAM_END + 32)
    TRAP_CASE_U( 9, CAUSE_STORE_ACCESS, sd a0, 8(s1))
    CHECK_TVAL(10, 0x7000000 + 8)
    TRAP_CASE_U(11, CAUSE_STORE_ACCESS, c.sw a0, 4(s0))
    CHECK_TVAL(12, RAM_END + 4)
    TRAP_CASE(13, CAUSE_STORE_ACCESS, fsw fa0, 0(s0))      # FP stores too
    CHECK_TVAL(14, RAM_END)
    PASS
TEST_END
