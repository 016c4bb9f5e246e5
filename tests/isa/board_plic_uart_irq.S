# board_plic_uart_irq.S: UART interrupts through the PLIC (source 10). Received data (in
# loopback) and THR empty are taken as machine external interrupts (context 0 -> MEIP),
# then, delegated, as a supervisor external interrupt (context 1 -> SEIP) claimed and
# completed from S-mode. Claim returns 10 and clears the pending bit.
#include "isa.h"

#define PLIC_BASE       0x0c000000
#define PLIC_PRIORITY10 (PLIC_BASE + 4 * 10)
#define PLIC_PENDING    (PLIC_BASE + 0x1000)
#define PLIC_ENABLE_M   (PLIC_BASE + 0x2000)        /* context 0: hart 0 M */
#define PLIC_ENABLE_S   (PLIC_BASE + 0x2080)        /* context 1: hart 0 S */
#define PLIC_THRESH_M   (PLIC_BASE + 0x200000)
#define PLIC_CLAIM_M    (PLIC_BASE + 0x200004)
#define PLIC_THRESH_S   (PLIC_BASE + 0x201000)
#define PLIC_CLAIM_S    (PLIC_BASE + 0x201004)
#define UART_IRQ        10

#define RBR 0
#define THR 0
#define IER 1
#define IIR 2
#define FCR 2
#define MCR 4

#define UART_SET(r, val)    li t0, val; sb t0, r(s0)
/* Case n: the 32-bit PLIC register at addr must read val. */
#define PLIC_IS(n, addr, val)  li t0, addr; lw a0, 0(t0); CHECK(n, a0, val)
#define PLIC_SET(addr, val)    li t0, addr; li t1, val; sw t1, 0(t0)
/* Case n: mip & bit must equal val. */
#define MIP_IS(n, bit, val)    csrr a0, mip; li t0, bit; and a0, a0, t0; CHECK(n, a0, val)

TEST_START
    TIMER_OFF
    li s0, UART_BASE
    PLIC_SET(PLIC_PRIORITY10, 1)
    PLIC_SET(PLIC_THRESH_M, 0)
    PLIC_SET(PLIC_THRESH_S, 0)
    PLIC_SET(PLIC_ENABLE_M, 1 << UART_IRQ)
    PLIC_SET(PLIC_ENABLE_S, 0)
    PLIC_IS(1, PLIC_PENDING, 0)
    MIP_IS(2, MIP_MEIP, 0)

    # Received data: a byte looped back with ERBFI on raises source 10.
    UART_SET(FCR, 0x07)
    UART_SET(MCR, 0x10)
    UART_SET(IER, 0x01)
    UART_SET(THR, 0x41)
    PLIC_IS(3, PLIC_PENDING, 1 << UART_IRQ)
    MIP_IS(4, MIP_MEIP, MIP_MEIP)

    li t0, MIP_MEIP
    csrw mie, t0
    li TESTNUM, 5
    ARM_TRAP(1f)
    csrsi mstatus, MSTATUS_MIE
    j isa_fail
1:  CHECK_CAUSE(5, CAUSE_IRQ(IRQ_M_EXT))
    PLIC_IS(6, PLIC_CLAIM_M, UART_IRQ)
    PLIC_IS(7, PLIC_PENDING, 0)
    MIP_IS(8, MIP_MEIP, 0)                  # claimed: nothing left for context 0
    lbu a0, RBR(s0)
    CHECK(9, a0, 0x41)
    PLIC_SET(PLIC_CLAIM_M, UART_IRQ)        # complete; the UART line is low now
    PLIC_IS(10, PLIC_PENDING, 0)
    PLIC_IS(11, PLIC_CLAIM_M, 0)

    # THR empty, the same way; reading IIR acknowledges it at the UART.
    UART_SET(IER, 0x02)
    li TESTNUM, 12
    ARM_TRAP(2f)
    csrsi mstatus, MSTATUS_MIE
    j isa_fail
2:  CHECK_CAUSE(12, CAUSE_IRQ(IRQ_M_EXT))
    PLIC_IS(13, PLIC_CLAIM_M, UART_IRQ)
    lbu a0, IIR(s0)
    CHECK(14, a0, 0xc2)
    lbu a0, IIR(s0)
    CHECK(15, a0, 0xc1)
    PLIC_SET(PLIC_CLAIM_M, UART_IRQ)
    PLIC_IS(16, PLIC_PENDING, 0)
    MIP_IS(17, MIP_MEIP, 0)

    # Delegated to S: the S context drives SEIP; S-mode claims and completes.
    UART_SET(IER, 0x00)
    PLIC_SET(PLIC_ENABLE_M, 0)
    PLIC_SET(PLIC_ENABLE_S, 1 << UART_IRQ)
    li t0, MIP_SEIP
    csrw mideleg, t0
    csrw mie, t0
    UART_SET(IER, 0x01)
    UART_SET(THR, 0x42)
    MIP_IS(18, MIP_SEIP, MIP_SEIP)
    MIP_IS(19, MIP_MEIP, 0)
    csrsi mstatus, MSTATUS_SIE
    li TESTNUM, 20
    ARM_TRAP(4f)
    GOTO_MODE(PRV_S, 3f)
3:  j isa_fail
4:  CHECK_CAUSE(20, CAUSE_IRQ(IRQ_S_EXT))
    CHECK_TRAP_MODE(21, PRV_S)
    PLIC_IS(22, PLIC_CLAIM_S, UART_IRQ)     # in S-mode
    lbu a0, RBR(s0)
    CHECK(23, a0, 0x42)
    PLIC_SET(PLIC_CLAIM_S, UART_IRQ)
    PLIC_IS(24, PLIC_PENDING, 0)
    ENTER_M
    MIP_IS(25, MIP_SEIP, 0)

    csrw mie, zero
    csrw mideleg, zero
    UART_SET(IER, 0x00)
    UART_SET(MCR, 0x00)
    PASS
TEST_END
