# rvscope-only: QEMU 7.2's PLIC lets the threshold mask claims, makes no new request when a completed level source is still high, and reads 0 from registers that do not exist.
# board_plic_spec.S: what the RISC-V PLIC spec 1.0.0 says and QEMU 7.2 does differently.
# "Interrupt Claim Process": a claim is not affected by the threshold. "Interrupt Gateways":
# on completion a level-triggered source that is still asserted makes a new request, and a
# request is not retracted when the line drops. rvscope also faults on PLIC registers that
# do not exist (sources past 95, contexts past 2 per hart) and on non-word accesses.
#include "isa.h"

#define PLIC_BASE       0x0c000000
#define PLIC_PRIORITY10 (PLIC_BASE + 4 * 10)
#define PLIC_PENDING    (PLIC_BASE + 0x1000)
#define PLIC_ENABLE_M   (PLIC_BASE + 0x2000)
#define PLIC_THRESH_M   (PLIC_BASE + 0x200000)
#define PLIC_CLAIM_M    (PLIC_BASE + 0x200004)
#define UART_IRQ        10

#define RBR 0
#define THR 0
#define IER 1
#define FCR 2
#define MCR 4

#define UART_SET(r, val)       li t0, val; sb t0, r(s0)
#define PLIC_IS(n, addr, val)  li t0, addr; lw a0, 0(t0); CHECK(n, a0, val)
#define PLIC_SET(addr, val)    li t0, addr; li t1, val; sw t1, 0(t0)
#define MIP_IS(n, bit, val)    csrr a0, mip; li t0, bit; and a0, a0, t0; CHECK(n, a0, val)

TEST_START
    TIMER_OFF
    li s0, UART_BASE
    PLIC_SET(PLIC_PRIORITY10, 1)
    PLIC_SET(PLIC_ENABLE_M, 1 << UART_IRQ)
    PLIC_SET(PLIC_THRESH_M, 7)
    UART_SET(FCR, 0x07)
    UART_SET(MCR, 0x10)
    UART_SET(IER, 0x01)
    UART_SET(THR, 0x41)
    PLIC_IS(1, PLIC_PENDING, 1 << UART_IRQ)
    MIP_IS(2, MIP_MEIP, 0)                  # masked by the threshold...
    PLIC_IS(3, PLIC_CLAIM_M, UART_IRQ)      # ...but a claim still gets it
    PLIC_SET(PLIC_THRESH_M, 0)
    PLIC_SET(PLIC_CLAIM_M, UART_IRQ)        # complete with the line still high
    PLIC_IS(4, PLIC_PENDING, 1 << UART_IRQ) # a new request
    MIP_IS(5, MIP_MEIP, MIP_MEIP)
    lbu a0, RBR(s0)                         # the line drops before the claim
    PLIC_IS(6, PLIC_PENDING, 1 << UART_IRQ) # the request stays
    PLIC_IS(7, PLIC_CLAIM_M, UART_IRQ)
    PLIC_SET(PLIC_CLAIM_M, UART_IRQ)
    PLIC_IS(8, PLIC_PENDING, 0)             # completed with the line low: nothing
    MIP_IS(9, MIP_MEIP, 0)
    UART_SET(IER, 0x00)
    UART_SET(MCR, 0x00)

    li a1, PLIC_BASE + 4 * 96               # priority of source 96: does not exist
    TRAP_CASE(10, CAUSE_LOAD_ACCESS, lw a0, 0(a1))
    li a1, PLIC_BASE + 0x2000 + 0x80 * 2    # enables of context 2: no hart 1
    TRAP_CASE(11, CAUSE_STORE_ACCESS, sw zero, 0(a1))
    li a1, PLIC_BASE + 0x200000 + 0x1000 * 2
    TRAP_CASE(12, CAUSE_LOAD_ACCESS, lw a0, 0(a1))
    li a1, PLIC_THRESH_M + 8                # reserved word of context 0
    TRAP_CASE(13, CAUSE_LOAD_ACCESS, lw a0, 0(a1))
    li a1, PLIC_PRIORITY10
    TRAP_CASE(14, CAUSE_LOAD_ACCESS, lbu a0, 0(a1))
    TRAP_CASE(15, CAUSE_LOAD_ACCESS, ld a0, 0(a1))
    PASS
TEST_END
