# priv_illegal_from_m.S: illegal instructions in M-mode: mcause 2, mepc = the instruction,
# mtval = its bits (rvscope and QEMU both report them); rd is not written.
#include "isa.h"
#define ILLEGAL32(n, bits) TRAP_CASE(n, CAUSE_ILLEGAL_INSN, .word bits); CHECK_TVAL(n, bits)
TEST_START
    li a0, 0x1234
    ILLEGAL32( 1, 0x0000050b)           # custom-0 opcode, rd = a0: nothing implements it
    ILLEGAL32( 2, 0xfe000533)           # OP with funct7 = 0x7f: no such instruction
    ILLEGAL32( 3, 0x0000653b)           # OP-32 with funct3 = 6, funct7 = 0: no such instruction
    ILLEGAL32( 4, 0x00007503)           # LOAD with funct3 = 7: no such load
    ILLEGAL32( 5, 0x0000702f)           # AMO with funct3 = 7
    ILLEGAL32( 6, 0x40001513)           # slli with funct6 = 0x10: reserved
    ILLEGAL32( 7, 0x0200551b)           # srliw with shamt[5] = 1: reserved on RV64
    ILLEGAL32( 8, 0x00002063)           # BRANCH with funct3 = 2
    ILLEGAL32( 9, 0x00001067)           # jalr with funct3 = 1
    ILLEGAL32(10, 0x10500073 | (1 << 7)) # wfi with rd != 0: reserved
    CHECK(11, a0, 0x1234)               # never written
    PASS
TEST_END
