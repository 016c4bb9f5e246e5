# rvscope-only: QEMU 7.2 reports an AMO to a hole in the address map as a load access fault (5); the spec says store/AMO access fault (7)
# rv64a_amo_access_fault.S: atomics to a physical address with no device: lr raises a load
# access fault (5); AMOs and an sc that would write raise a store/AMO access fault (7).
#include "isa.h"
TEST_START
    li a1, RAM_END                      # first address past RAM: nothing there
    li a2, 1
    TRAP_CASE(1, CAUSE_LOAD_ACCESS, lr.w a0, (a1))
    CHECK_TVAL(2, RAM_END)
    TRAP_CASE(3, CAUSE_STORE_ACCESS, amoadd.w a0, a2, (a1))
    CHECK_TVAL(4, RAM_END)
    TRAP_CASE(5, CAUSE_STORE_ACCESS, amoswap.d a0, a2, (a1))
    CHECK_TVAL(6, RAM_END)
    TRAP_CASE(7, CAUSE_LOAD_ACCESS, lr.d a0, (a1))
    CHECK_TVAL(8, RAM_END)
    PASS
TEST_END
