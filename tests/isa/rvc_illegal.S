# rvc_illegal.S: reserved compressed encodings raise illegal instruction (cause 2) with mtval =
# the 16-bit instruction (zero-extended), and mepc at the 16-bit instruction.
#include "isa.h"
#define ILLEGAL16(n, bits) \
    TRAP_CASE(n, CAUSE_ILLEGAL_INSN, .hword bits); CHECK_TVAL(n, bits)
TEST_START
    ILLEGAL16( 1, 0x0000)               # all zeros: defined illegal
    ILLEGAL16( 2, 0x0004)               # c.addi4spn with nzuimm = 0
    ILLEGAL16( 3, 0x6501)               # c.lui a0, 0 (nzimm = 0)
    ILLEGAL16( 4, 0x6101)               # c.addi16sp sp, 0
    ILLEGAL16( 5, 0x8002)               # c.jr x0
    ILLEGAL16( 6, 0x4002)               # c.lwsp x0
    ILLEGAL16( 7, 0x6002)               # c.ldsp x0
    ILLEGAL16( 8, 0x2001)               # c.addiw x0
    ILLEGAL16( 9, 0x9c41)               # quadrant 1, funct6 100111, funct2 10: reserved
    ILLEGAL16(10, 0x9c61)               # quadrant 1, funct6 100111, funct2 11: reserved
    # a reserved 16-bit instruction at 2 mod 4, followed by more code
    li TESTNUM, 11
    ARM_TRAP(2f)
    .balign 4
    c.nop
1:  .hword 0x0000
    j isa_fail
2:  CHECK_TRAP(11, CAUSE_ILLEGAL_INSN, 1b)
    CHECK_TVAL(12, 0)
    PASS
TEST_END
