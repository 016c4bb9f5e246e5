# csr_readonly_write.S: any instruction that writes a read-only CSR (csr[11:10] = 3) raises
# illegal instruction (cause 2, mtval = the instruction), and the destination is not written.
#include "isa.h"
TEST_START
    li a0, 0x77
    TRAP_CASE( 1, CAUSE_ILLEGAL_INSN, csrw mhartid, a0)
    CHECK_TVAL( 2, 0xf1451073)          # csrrw x0, mhartid, a0
    TRAP_CASE( 3, CAUSE_ILLEGAL_INSN, csrrw a0, mvendorid, zero)
    CHECK( 4, a0, 0x77)                 # rd was not written
    TRAP_CASE( 5, CAUSE_ILLEGAL_INSN, csrrwi a0, marchid, 0)
    TRAP_CASE( 6, CAUSE_ILLEGAL_INSN, csrrsi a0, mimpid, 1)
    TRAP_CASE( 7, CAUSE_ILLEGAL_INSN, csrrci a0, mhartid, 1)
    li a1, 1
    TRAP_CASE( 8, CAUSE_ILLEGAL_INSN, csrrs a0, mhartid, a1)
    TRAP_CASE( 9, CAUSE_ILLEGAL_INSN, csrrc a0, mvendorid, a1)
    TRAP_CASE(10, CAUSE_ILLEGAL_INSN, csrw cycle, a1)
    TRAP_CASE(11, CAUSE_ILLEGAL_INSN, csrw time, a1)
    TRAP_CASE(12, CAUSE_ILLEGAL_INSN, csrw instret, a1)
    TRAP_CASE(13, CAUSE_ILLEGAL_INSN, csrwi cycle, 0)   # csrrwi writes even with uimm = 0
    CHECK_TVAL(14, 0xc0005073)          # csrrwi x0, cycle, 0
    TRAP_CASE(15, CAUSE_ILLEGAL_INSN, csrw CSR_MCONFIGPTR, a1)
    CHECK(16, a0, 0x77)
    PASS
TEST_END
