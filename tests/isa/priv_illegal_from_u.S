# priv_illegal_from_u.S: illegal instructions in U-mode trap to M with mcause 2, mtval = the
# bits, MPP = U; sret, mret, wfi, sfence.vma and S/M CSRs are all illegal in U.
#include "isa.h"
#define ILLEGAL32_U(n, bits) TRAP_CASE_U(n, CAUSE_ILLEGAL_INSN, .word bits); CHECK_TVAL(n, bits)
TEST_START
    ILLEGAL32_U( 1, 0x0000050b)         # custom-0
    CHECK_TRAP_STATUS( 2, MSTATUS_MPP, 0)
    ILLEGAL32_U( 3, 0x10200073)         # sret
    ILLEGAL32_U( 4, 0x30200073)         # mret
    ILLEGAL32_U( 5, 0x10500073)         # wfi
    ILLEGAL32_U( 6, 0x12000073)         # sfence.vma x0, x0
    ILLEGAL32_U( 7, 0x14102573)         # csrr a0, sepc
    ILLEGAL32_U( 8, 0x0000702f)         # AMO, funct3 = 7
    TRAP_CASE_U( 9, CAUSE_ILLEGAL_INSN, .hword 0x6101)   # c.addi16sp sp, 0
    CHECK_TVAL(10, 0x6101)
    PASS
TEST_END
