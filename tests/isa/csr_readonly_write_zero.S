# rvscope-only: QEMU 7.2 decides by the run-time value of rs1, so csrrs/csrrc with an rs1 other than x0 that holds 0 do not trap there; Zicsr says they still write
# csr_readonly_write_zero.S: csrrs/csrrc with rs1 != x0 attempt a write even when rs1 holds 0
# (Zicsr: "will still attempt to write the unmodified value back"), so they are illegal on a
# read-only CSR.
#include "isa.h"
TEST_START
    li a1, 0
    TRAP_CASE(1, CAUSE_ILLEGAL_INSN, csrrs a0, mhartid, a1)
    TRAP_CASE(2, CAUSE_ILLEGAL_INSN, csrrc a0, mvendorid, a1)
    TRAP_CASE(3, CAUSE_ILLEGAL_INSN, csrrs a0, cycle, a1)
    TRAP_CASE(4, CAUSE_ILLEGAL_INSN, csrrc x0, time, a1)
    PASS
TEST_END
