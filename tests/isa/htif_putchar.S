# rvscope-only: HTIF (tohost/fromhost) is a Spike/rvscope convention; QEMU virt has no HTIF device
# htif_putchar.S: console output through HTIF: device 1 (bcd), command 1 (putchar), so
# tohost = (1 << 56) | (1 << 48) | ch for each character; then exit through tohost.
#define ISA_HTIF
#include "isa.h"
TEST_START
    li TESTNUM, 1
    la a0, msg
    call isa_puts                       # isa_putchar writes each byte to tohost
    # the host has taken every command: tohost is free again (0) and fromhost was cleared
    la a1, tohost
    ld a0, 0(a1)
    CHECK(1, a0, 0)
    la a1, fromhost
    ld a0, 0(a1)
    CHECK(2, a0, 0)
    PASS

    .section .rodata
msg:    .asciz "hello from HTIF\n"
TEST_END
