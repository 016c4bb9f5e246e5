# rvc_all.S: every RV64C instruction once, each checked against its 32-bit expansion
# (the RVC expansion table of the unpriv spec): same inputs, same result.
#include "isa.h"
# Each case runs the compressed form with rd = a0 and the expansion with rd = a3 on the same
# inputs, then compares a0 with a3.
TEST_START
    la s0, buf
    mv s1, sp
    mv sp, s0
    # quadrant 0
    li TESTNUM, 1
    c.addi4spn a0, sp, 8
    addi a3, sp, 8
    CHECK_REGS(1, a0, a3)
    li TESTNUM, 2
    c.lw a0, 4(s0)
    lw a3, 4(s0)
    CHECK_REGS(2, a0, a3)
    li TESTNUM, 3
    c.ld a0, 8(s0)
    ld a3, 8(s0)
    CHECK_REGS(3, a0, a3)
    li TESTNUM, 4
    c.fld fa0, 8(s0)
    fmv.x.d a0, fa0
    fld fa3, 8(s0)
    fmv.x.d a3, fa3
    CHECK_REGS(4, a0, a3)
    li TESTNUM, 5
    li a1, 0x1234
    c.sw a1, 16(s0)
    lw a0, 16(s0)
    sw a1, 20(s0)
    lw a3, 20(s0)
    CHECK_REGS(5, a0, a3)
    li TESTNUM, 6
    li a1, -7
    c.sd a1, 24(s0)
    ld a0, 24(s0)
    sd a1, 32(s0)
    ld a3, 32(s0)
    CHECK_REGS(6, a0, a3)
    li TESTNUM, 7
    c.fsd fa0, 40(s0)
    ld a0, 40(s0)
    fsd fa0, 48(s0)
    ld a3, 48(s0)
    CHECK_REGS(7, a0, a3)
    # quadrant 1
    li TESTNUM, 8
    li a0, 5
    li a3, 5
    c.nop
    addi x0, x0, 0
    CHECK_REGS(8, a0, a3)
    li TESTNUM, 9
    li a0, 5
    li a3, 5
    c.addi a0, -3
    addi a3, a3, -3
    CHECK_REGS(9, a0, a3)
    li TESTNUM, 10
    li a0, 0x7fffffff
    li a3, 0x7fffffff
    c.addiw a0, 1
    addiw a3, a3, 1
    CHECK_REGS(10, a0, a3)
    li TESTNUM, 11
    c.li a0, -17
    addi a3, x0, -17
    CHECK_REGS(11, a0, a3)
    li TESTNUM, 12
    mv a2, sp
    c.addi16sp sp, -64
    mv a0, sp
    mv sp, a2
    addi a3, a2, -64
    CHECK_REGS(12, a0, a3)
    li TESTNUM, 13
    c.lui a0, 0xfffe1
    lui a3, 0xfffe1
    CHECK_REGS(13, a0, a3)
    li TESTNUM, 14
    li a0, -256
    li a3, -256
    c.srli a0, 4
    srli a3, a3, 4
    CHECK_REGS(14, a0, a3)
    li TESTNUM, 15
    li a0, -256
    li a3, -256
    c.srai a0, 4
    srai a3, a3, 4
    CHECK_REGS(15, a0, a3)
    li TESTNUM, 16
    li a0, 0xff
    li a3, 0xff
    c.andi a0, -2
    andi a3, a3, -2
    CHECK_REGS(16, a0, a3)
    li TESTNUM, 17
    li a0, 3
    li a3, 3
    li a1, 10
    c.sub a0, a1
    sub a3, a3, a1
    CHECK_REGS(17, a0, a3)
    li TESTNUM, 18
    li a0, 3
    li a3, 3
    li a1, 10
    c.xor a0, a1
    xor a3, a3, a1
    CHECK_REGS(18, a0, a3)
    li TESTNUM, 19
    li a0, 3
    li a3, 3
    li a1, 10
    c.or a0, a1
    or a3, a3, a1
    CHECK_REGS(19, a0, a3)
    li TESTNUM, 20
    li a0, 3
    li a3, 3
    li a1, 10
    c.and a0, a1
    and a3, a3, a1
    CHECK_REGS(20, a0, a3)
    li TESTNUM, 21
    li a0, 3
    li a3, 3
    li a1, 10
    c.subw a0, a1
    subw a3, a3, a1
    CHECK_REGS(21, a0, a3)
    li TESTNUM, 22
    li a0, 3
    li a3, 3
    li a1, 0x7ffffffe
    c.addw a0, a1
    addw a3, a3, a1
    CHECK_REGS(22, a0, a3)
    li TESTNUM, 23
    c.j 1f
    j isa_fail
1:  li a0, 0
    c.beqz a0, 2f
    j isa_fail
2:  li a0, 1
    c.bnez a0, 3f
    j isa_fail
3:  # quadrant 2
    li TESTNUM, 24
    li a0, 3
    li a3, 3
    c.slli a0, 40
    slli a3, a3, 40
    CHECK_REGS(24, a0, a3)
    li TESTNUM, 25
    c.fldsp fa1, 8(sp)
    fmv.x.d a0, fa1
    fld fa2, 8(sp)
    fmv.x.d a3, fa2
    CHECK_REGS(25, a0, a3)
    li TESTNUM, 26
    c.lwsp a0, 4(sp)
    lw a3, 4(sp)
    CHECK_REGS(26, a0, a3)
    li TESTNUM, 27
    c.ldsp a0, 8(sp)
    ld a3, 8(sp)
    CHECK_REGS(27, a0, a3)
    li TESTNUM, 28
    la a1, 4f
    c.jr a1
    j isa_fail
4:
    li TESTNUM, 29
    li a1, 99
    c.mv a0, a1
    add a3, x0, a1
    CHECK_REGS(29, a0, a3)
    li TESTNUM, 30
    la a1, 5f
6:  c.jalr a1
5:  la a3, 6b
    addi a3, a3, 2
    mv a0, ra
    CHECK_REGS(30, a0, a3)
    li TESTNUM, 31
    li a0, 1
    li a3, 1
    li a1, 2
    c.add a0, a1
    add a3, a3, a1
    CHECK_REGS(31, a0, a3)
    li TESTNUM, 32
    c.fsdsp fa0, 56(sp)
    ld a0, 56(sp)
    fsd fa0, 64(sp)
    ld a3, 64(sp)
    CHECK_REGS(32, a0, a3)
    li TESTNUM, 33
    li a1, -2
    c.swsp a1, 72(sp)
    lw a0, 72(sp)
    sw a1, 76(sp)
    lw a3, 76(sp)
    CHECK_REGS(33, a0, a3)
    li TESTNUM, 34
    li a1, -3
    c.sdsp a1, 80(sp)
    ld a0, 80(sp)
    sd a1, 88(sp)
    ld a3, 88(sp)
    CHECK_REGS(34, a0, a3)
    mv sp, s1
    TRAP_CASE(35, CAUSE_BREAKPOINT, c.ebreak)
    PASS

    .data
    .balign 8
buf:    .word 0, 0xfffffff0
        .dword 0xc000000000000001
        .skip 128
TEST_END
