# rvc_cross_page.S: with the C extension, a 32-bit instruction may start 2 bytes before a page
# boundary and end on the next page; fetch must put the two halves together. Also a 16-bit
# instruction in the last 2 bytes of a page.
#include "isa.h"
TEST_START
    li TESTNUM, 1
    li a0, 0
    la a1, straddle
    jr a1
back1:
    CHECK(1, a0, 0x555)
    la a1, straddle
    slli a1, a1, 52
    srli a1, a1, 52                     # offset in the page
    CHECK(2, a1, 0xffe)                 # really 2 bytes before a page boundary

    li TESTNUM, 3
    li a0, 0
    la a1, last16
    jr a1
back2:
    CHECK(3, a0, 3)
    la a1, last16
    slli a1, a1, 52
    srli a1, a1, 52                     # offset in the page
    CHECK(4, a1, 0xffe)
    PASS

    .balign 4096
    .skip 4096 - 2                      # zeros: illegal if ever executed
    .option push
    .option norvc
straddle:
    addi a0, a0, 0x555                  # bytes 0xffe..0x1001 of the page pair
    j back1
    .option pop

    .balign 4096
    .skip 4096 - 2
last16:
    c.addi a0, 3                        # the last halfword of a page
    j back2                             # the first word of the next page
TEST_END
