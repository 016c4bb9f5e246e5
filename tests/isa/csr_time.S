# csr_time.S: the time CSR reads the CLINT's mtime (10 MHz): a time read between two mtime
# reads lies between them. time is read-only, also in M-mode.
#include "isa.h"
TEST_START
    li s0, CLINT_MTIME
    ld a0, 0(s0)
    csrr a1, time
    ld a2, 0(s0)
    sltu a3, a1, a0
    CHECK(1, a3, 0)                     # mtime1 <= time
    sltu a3, a2, a1
    CHECK(2, a3, 0)                     # time <= mtime2
    sub a3, a2, a0
    li a4, 10000000
    sltu a3, a3, a4
    CHECK(3, a3, 1)                     # and they are not a second apart
    li a1, 5
    TRAP_CASE(4, CAUSE_ILLEGAL_INSN, csrw time, a1)
    # mtime is writable through the CLINT; time follows
    li a1, 0x123456789
    sd a1, 0(s0)
    csrr a0, time
    sub a0, a0, a1
    li a4, 10000000
    sltu a0, a0, a4
    CHECK(5, a0, 1)
    PASS
TEST_END
