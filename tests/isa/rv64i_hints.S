# rv64i_hints.S: integer computational instructions with rd = x0 are HINTs (unpriv spec, HINT
# table): they execute without effect and never trap; x0 always reads 0.
#include "isa.h"
TEST_START
    li a1, 0x1234
    li TESTNUM, 1
    addi x0, x0, 0                      # the canonical nop
    addi x0, a1, 5
    slti x0, a1, 1
    sltiu x0, a1, 1
    andi x0, a1, 1
    ori x0, a1, 1
    xori x0, a1, 1
    slli x0, a1, 3
    srli x0, a1, 3
    srai x0, a1, 3
    addiw x0, a1, 1
    slliw x0, a1, 3
    lui x0, 0x12345
    auipc x0, 0x12345
    add x0, a1, a1
    sub x0, a1, a1
    sll x0, a1, a1
    slt x0, a1, a1
    sltu x0, a1, a1
    xor x0, a1, a1
    srl x0, a1, a1
    sra x0, a1, a1
    or x0, a1, a1
    and x0, a1, a1
    addw x0, a1, a1
    subw x0, a1, a1
    mul x0, a1, a1
    div x0, a1, a1
    CHECK(1, x0, 0)
    CHECK_TRAP_COUNT(2, 0)
    # reading x0 gives 0 in every operand position
    TEST_CASE(3, a0, 0x1234, add a0, x0, a1)
    TEST_CASE(4, a0, 0x1234, add a0, a1, x0)
    TEST_CASE(5, a0, -0x1234, sub a0, x0, a1)
    TEST_CASE(6, a0, 1, sltu a0, x0, a1)
    TEST_CASE(7, a0, 0, sltu a0, a1, x0)
    TEST_CASE(8, a0, 7, addi a0, x0, 7)
    # mv, not, neg, seqz, snez, sltz, sgtz, sext.w are spellings of real instructions
    TEST_CASE( 9, a0, 0x1234, mv a0, a1)
    TEST_CASE(10, a0, ~0x1234, not a0, a1)
    TEST_CASE(11, a0, -0x1234, neg a0, a1)
    TEST_CASE(12, a0, 0, seqz a0, a1)
    TEST_CASE(13, a0, 1, snez a0, a1)
    TEST_CASE(14, a0, 0, sltz a0, a1)
    TEST_CASE(15, a0, 1, sgtz a0, a1)
    TEST_CASE(16, a0, 0xffffffff80000000, li a2, 0x80000000; sext.w a0, a2)
    TEST_CASE(17, a0, 0xffffffff80000000, li a2, 0x80000000; negw a0, a2)
    PASS
TEST_END
