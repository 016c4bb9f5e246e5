# priv_fetch_access_fault.S: jumping to a physical address with no device raises an instruction
# access fault (cause 1) with mepc = mtval = the target, from M, S and U. The jump itself
# completes (its link register is written).
#include "isa.h"
TEST_START
    li s0, RAM_END
    li TESTNUM, 1
    ARM_TRAP(1f)
    jalr ra, 0(s0)
    j isa_fail
1:  CHECK_CAUSE(1, CAUSE_FETCH_ACCESS)
    ld a0, trap_epc
    CHECK(2, a0, RAM_END)
    CHECK_TVAL(3, RAM_END)
    CHECK_TRAP_STATUS(4, MSTATUS_MPP, MSTATUS_MPP_M)

    li TESTNUM, 5
    li s1, 0x7000000
    ARM_TRAP(2f)
    GOTO_MODE(PRV_S, 3f)
3:  jalr a5, 0(s1)
4:  j isa_fail
2:  CHECK_CAUSE(5, CAUSE_FETCH_ACCESS)
    CHECK_TVAL(6, 0x7000000)
    CHECK_TRAP_STATUS(7, MSTATUS_MPP, MSTATUS_MPP_S)
    CHECK_SYM(8, a5, 4b)                # the jalr completed: link written

    li TESTNUM, 9
    ARM_TRAP(5f)
    GOTO_MODE(PRV_U, 6f)
6:  jr s0
    j isa_fail
5:  CHECK_CAUSE(9, CAUSE_FETCH_ACCESS)
    ld a0, trap_epc
    CHECK(10, a0, RAM_END)
    CHECK_TRAP_STATUS(11, MSTATUS_MPP, 0)

    # a 2-byte aligned target in the hole
    li TESTNUM, 12
    li s1, 0x7000002
    ARM_TRAP(7f)
    jr s1
    j isa_fail
7:  CHECK_CAUSE(12, CAUSE_FETCH_ACCESS)
    CHECK_TVAL(13, 0x7000002)
    PASS
TEST_END
