# rvc_hints.S: compressed HINT encodings (rd = x0, or an operation that changes nothing) must
# execute as no-ops, not trap (unpriv spec, RVC HINT table).
#include "isa.h"
#define HINT16(n, bits) TEST_CASE(n, a0, 0x0123456789abcdef, li a0, 0x0123456789abcdef; .hword bits)
TEST_START
    HINT16( 1, 0x0005)                  # c.nop with nzimm = 1
    HINT16( 2, 0x0501)                  # c.addi a0, 0
    HINT16( 3, 0x4015)                  # c.li x0, 5
    HINT16( 4, 0x6005)                  # c.lui x0, 1
    HINT16( 5, 0x802a)                  # c.mv x0, a0
    HINT16( 6, 0x902a)                  # c.add x0, a0
    HINT16( 7, 0x0006)                  # c.slli x0, 1
    HINT16( 8, 0x0502)                  # c.slli a0, 0 (c.slli64)
    HINT16( 9, 0x8101)                  # c.srli a0, 0 (c.srli64)
    HINT16(10, 0x8501)                  # c.srai a0, 0 (c.srai64)
    HINT16(11, 0x0001)                  # c.nop itself
    CHECK(12, x0, 0)
    PASS
TEST_END
