# rvscope-only: QEMU 7.2 resets MCR to OUT2 (0x08) and latches no MSR delta bits in loopback; the PC16550D datasheet says MCR resets to 0 and loopback drives the modem status interrupt from MCR.
# board_uart_modem.S: the 16550A's modem control and status (TI PC16550D datasheet): MCR
# reset value, MSR delta bits in loopback (RTS->CTS, DTR->DSR, OUT1->RI with TERI on the
# trailing edge, OUT2->DCD), the modem status interrupt, its priority below THR empty, and
# reading MSR to clear it.
#include "isa.h"

#define THR 0
#define IER 1
#define IIR 2
#define FCR 2
#define MCR 4
#define MSR 6

#define UART_IS(n, r, val)  lbu a0, r(s0); CHECK(n, a0, val)
#define UART_SET(r, val)    li t0, val; sb t0, r(s0)

TEST_START
    li s0, UART_BASE
    UART_IS(1, MCR, 0x00)
    UART_SET(FCR, 0x01)
    UART_SET(IER, 0x08)
    UART_IS(2, IIR, 0xc1)
    UART_SET(MCR, 0x10)                 # loopback, outputs off: CTS, DSR, DCD drop
    UART_IS(3, IIR, 0xc0)               # modem status interrupt
    UART_IS(4, MSR, 0x0b)               # DCTS, DDSR, DDCD
    UART_IS(5, IIR, 0xc1)               # cleared by the MSR read
    UART_IS(6, MSR, 0x00)
    UART_SET(MCR, 0x1f)                 # all outputs on
    UART_IS(7, MSR, 0xfb)               # RI rising: no TERI
    UART_SET(MCR, 0x1b)                 # OUT1 off: RI's trailing edge
    UART_IS(8, MSR, 0xb4)               # TERI
    UART_SET(MCR, 0x19)                 # RTS off
    UART_IS(9, MSR, 0xa1)               # DCTS
    UART_SET(IER, 0x0a)                 # THR empty outranks modem status
    UART_SET(MCR, 0x1b)
    UART_IS(10, IIR, 0xc2)
    UART_IS(11, IIR, 0xc0)
    UART_IS(12, MSR, 0xb1)
    UART_SET(IER, 0x00)
    UART_SET(MCR, 0x00)
    UART_IS(13, MSR, 0xb0)              # leaving loopback: inputs as wired, no change
    PASS
TEST_END
