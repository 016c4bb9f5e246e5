# rvc_alu.S: the compressed integer computational instructions (C extension, RV64):
# immediates are sign-extended, W forms sign-extend their 32-bit results.
#include "isa.h"
TEST_START
    # c.li: 6-bit signed immediate
    TEST_CASE( 1, a0, 31, c.li a0, 31)
    TEST_CASE( 2, a0, 0xffffffffffffffe0, c.li a0, -32)
    # c.lui: nzimm[17:12], sign-extended from bit 17
    TEST_CASE( 3, a0, 0x0000000000001000, c.lui a0, 1)
    TEST_CASE( 4, a0, 0x000000000001f000, c.lui a0, 31)
    TEST_CASE( 5, a0, 0xfffffffffffe0000, c.lui a0, 0xfffe0)        # -32 << 12
    TEST_CASE( 6, a0, 0xfffffffffffff000, c.lui a0, 0xfffff)        # -1 << 12
    # c.addi: rd += sext(imm6), full 64-bit add
    TEST_CASE( 7, a0, 0x0000000100000000, li a0, 0xffffffff; c.addi a0, 1)
    TEST_CASE( 8, a0, 0xffffffffffffffe0, li a0, 0; c.addi a0, -32)
    TEST_CASE( 9, a0, 0x800000000000001e, li a0, 0x7fffffffffffffff; c.addi a0, 31)
    # c.addiw: 32-bit add, sign-extended (c.addiw rd, 0 is sext.w)
    TEST_CASE(10, a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
    TEST_CASE(11, a0, 0xffffffff80000000, li a0, 0x1234567880000000; c.addiw a0, 0)
    TEST_CASE(12, a0, 0x000000007fffffff, li a0, 0x80000000; c.addiw a0, -1)
    # c.addi16sp: sp += nzimm (multiple of 16, -512..496)
    mv s1, sp
    TEST_CASE(13, a0, 496, c.addi16sp sp, 496; sub a0, sp, s1)
    TEST_CASE(14, a0, -16, c.addi16sp sp, -512; sub a0, sp, s1)
    mv sp, s1
    # c.addi4spn: rd' = sp + nzuimm (multiple of 4, 4..1020)
    TEST_CASE(15, a0, 1020, c.addi4spn a1, sp, 1020; sub a0, a1, sp)
    TEST_CASE(16, a0, 4, c.addi4spn a1, sp, 4; sub a0, a1, sp)
    # c.slli / c.srli / c.srai: 6-bit shift amounts on RV64
    TEST_CASE(17, a0, 0x8000000000000000, li a0, 1; c.slli a0, 63)
    TEST_CASE(18, a0, 0x0000000100000000, li a0, 1; c.slli a0, 32)
    TEST_CASE(19, a0, 0x0000000000000001, li a0, 0x8000000000000000; c.srli a0, 63)
    TEST_CASE(20, a0, 0x0000000080000000, li a0, 0x8000000000000000; c.srli a0, 32)
    TEST_CASE(21, a0, 0xffffffffffffffff, li a0, 0x8000000000000000; c.srai a0, 63)
    TEST_CASE(22, a0, 0xffffffff80000000, li a0, 0x8000000000000000; c.srai a0, 32)
    TEST_CASE(23, a0, 0x0000000000000001, li a0, 0x7fffffffffffffff; c.srai a0, 62)
    # c.andi: sign-extended 6-bit mask
    TEST_CASE(24, a0, 0xffffffffffffffe0, li a0, -1; c.andi a0, -32)
    TEST_CASE(25, a0, 0x000000000000000f, li a0, 0x123456789abcdeff; c.andi a0, 15)
    # c.mv / c.add: full registers (x1..x31)
    TEST_CASE(26, t2, 0x0123456789abcdef, li a5, 0x0123456789abcdef; c.mv t2, a5)
    TEST_CASE(27, t2, 0x0000000000000000, li t2, 0xffffffffffffffff; li a5, 1; c.add t2, a5)
    TEST_CASE(28, s2, 0x02468acf13579bde, li s2, 0x0123456789abcdef; c.add s2, s2)
    # c.sub / c.xor / c.or / c.and on x8..x15
    TEST_CASE(29, a0, 0xffffffffffffffff, li a0, 0; li a1, 1; c.sub a0, a1)
    TEST_CASE(30, a0, 0x0ff00ff00ff00ff0, li a0, 0xff00ff00ff00ff00; li a1, 0xf0f0f0f0f0f0f0f0; c.xor a0, a1)
    TEST_CASE(31, s0, 0xfff0fff0fff0fff0, li s0, 0xff00ff00ff00ff00; li a1, 0xf0f0f0f0f0f0f0f0; c.or s0, a1)
    TEST_CASE(32, a5, 0xf000f000f000f000, li a5, 0xff00ff00ff00ff00; li s1, 0xf0f0f0f0f0f0f0f0; c.and a5, s1)
    # c.addw / c.subw: 32-bit, sign-extended
    TEST_CASE(33, a0, 0xffffffff80000000, li a0, 0x7fffffff; li a1, 1; c.addw a0, a1)
    TEST_CASE(34, a0, 0x0000000000000000, li a0, 0x12345678ffffffff; li a1, 0x00000000000000001; c.addw a0, a1)
    TEST_CASE(35, a0, 0x000000007fffffff, li a0, 0x80000000; li a1, 1; c.subw a0, a1)
    TEST_CASE(36, a0, 0xffffffffffffffff, li a0, 0x100000000; li a1, 1; c.subw a0, a1)
    PASS
TEST_END
