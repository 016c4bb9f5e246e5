# priv_illegal_from_s.S: illegal instructions in S-mode trap to M (not delegated) with mcause 2,
# mtval = the bits, MPP = S; privileged instructions S may not run are illegal too.
#include "isa.h"
#define ILLEGAL32_S(n, bits) TRAP_CASE_S(n, CAUSE_ILLEGAL_INSN, .word bits); CHECK_TVAL(n, bits)
TEST_START
    ILLEGAL32_S( 1, 0x0000050b)         # custom-0
    CHECK_TRAP_STATUS( 2, MSTATUS_MPP, MSTATUS_MPP_S)
    ILLEGAL32_S( 3, 0xfe000533)         # OP, funct7 = 0x7f
    ILLEGAL32_S( 4, 0x30200073)         # mret: M-mode only
    ILLEGAL32_S( 5, 0x30002573)         # csrr a0, mstatus
    TRAP_CASE_S( 6, CAUSE_ILLEGAL_INSN, .hword 0x0000)   # 16-bit all zeros
    CHECK_TVAL( 7, 0)
    PASS
TEST_END
