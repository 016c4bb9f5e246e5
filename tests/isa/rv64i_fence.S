# rv64i_fence.S: every form of fence (and the pause hint, fence w,0) executes without a trap
# and keeps program order for this single hart.
#include "isa.h"
TEST_START
    li TESTNUM, 1
    la a1, buf
    li a2, 0x1234
    sd a2, 0(a1)
    fence                               # fence iorw, iorw
    ld a0, 0(a1)
    CHECK(1, a0, 0x1234)

    li TESTNUM, 2
    li a2, 0x5678
    sd a2, 0(a1)
    fence rw, rw
    fence w, r
    fence r, w
    fence i, o
    fence o, i
    fence iorw, iorw
    ld a0, 0(a1)
    CHECK(2, a0, 0x5678)

    li TESTNUM, 3
    fence.tso                           # fence rw,rw with the TSO bit set
    .word 0x0100000f                    # pause (Zihintpause): fence w, 0
    .word 0x0ff0000f                    # fence iorw, iorw written as a raw word
    .word 0x8330000f                    # fence.tso written as a raw word
    # fence fields other than pred/succ (fm, rs1, rd) are reserved for future use and
    # must be ignored by implementations of the base fence: here rd = x1, rs1 = x2
    li ra, 77
    .word 0x0ff1008f                    # fence iorw, iorw with rs1 = x2 and rd = x1
    CHECK(3, ra, 77)                    # ... and rd is not written
    PASS

    .data
    .balign 8
buf:    .dword 0
TEST_END
