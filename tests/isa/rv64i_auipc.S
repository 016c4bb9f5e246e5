# rv64i_auipc.S: auipc adds the sign-extended imm20 << 12 to the address of the auipc itself.
#include "isa.h"
TEST_START
    li TESTNUM, 1
1:  auipc a0, 0                         # a0 = address of this auipc
    la a1, 1b
    CHECK_REGS(1, a0, a1)

    li TESTNUM, 2
2:  auipc a0, 1                         # + 0x1000
    la a1, 2b
    li a2, 0x1000
    add a1, a1, a2
    CHECK_REGS(2, a0, a1)

    li TESTNUM, 3
3:  auipc a0, 0xfffff                   # - 0x1000 (imm is sign-extended)
    la a1, 3b
    li a2, -0x1000
    add a1, a1, a2
    CHECK_REGS(3, a0, a1)

    li TESTNUM, 4
4:  auipc a0, 0x80000                   # - 0x80000000: from 0x8000xxxx down to 0x0000xxxx
    la a1, 4b
    li a2, 0xffffffff80000000
    add a1, a1, a2
    CHECK_REGS(4, a0, a1)
    li a2, 0x100000
    sltu a3, a0, a2
    CHECK(4, a3, 1)                     # it really is a small number

    li TESTNUM, 5
5:  auipc a0, 0x7ffff                   # + 0x7ffff000: no 32-bit wrap on RV64
    la a1, 5b
    li a2, 0x7ffff000
    add a1, a1, a2
    CHECK_REGS(5, a0, a1)

    TEST_CASE(6, a0, 0, auipc x0, 1; mv a0, x0)     # auipc x0 is a hint: no effect

    # the auipc + addi pair that `la` uses reaches data anywhere within +-2 GiB
    li TESTNUM, 7
6:  auipc a0, %pcrel_hi(value)
    addi a0, a0, %pcrel_lo(6b)
    ld a0, 0(a0)
    CHECK(7, a0, 0x0123456789abcdef)
    PASS

    .data
    .balign 8
value: .dword 0x0123456789abcdef
TEST_END
