# priv_load_access_fault.S: a load from a physical address with no device behind it raises a
# load access fault (cause 5) with mtval = the address, from M, S and U; rd is not written.
#include "isa.h"
TEST_START
    li s0, RAM_END                      # just past the last byte of RAM
    li s1, 0x7000000                    # a hole between the devices
    li a0, 0x5a
    TRAP_CASE( 1, CAUSE_LOAD_ACCESS, ld a0, 0(s0))
    CHECK_TVAL( 2, RAM_END)
    CHECK( 3, a0, 0x5a)
    TRAP_CASE( 4, CAUSE_LOAD_ACCESS, lw a0, 8(s0))
    CHECK_TVAL( 5, RAM_END + 8)         # the effective address, offset included
    TRAP_CASE( 6, CAUSE_LOAD_ACCESS, lbu a0, 0(s1))
    CHECK_TVAL( 7, 0x7000000)
    TRAP_CASE_S( 8, CAUSE_LOAD_ACCESS, lh a0, 16(s0))
    CHECK_TVAL( 9, RAM_END + 16)
    TRAP_CASE_U(10, CAUSE_LOAD_ACCESS, lwu a0, -16(s1))
    CHECK_TVAL(11, 0x7000000 - 16)
    TRAP_CASE_U(12, CAUSE_LOAD_ACCESS, c.ld a0, 0(s0))
    CHECK_TVAL(13, RAM_END)
    TRAP_CASE(14, CAUSE_LOAD_ACCESS, fld fa0, 0(s0))       # FP loads too
    CHECK_TVAL(15, RAM_END)
    CHECK(16, a0, 0x5a)
    # the last doubleword of RAM is still readable
    li a1, RAM_END - 8
    TEST_CASE(17, a0, 0, sd zero, 0(a1); ld a0, 0(a1))
    PASS
TEST_END
