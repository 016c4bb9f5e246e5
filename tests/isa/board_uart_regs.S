# board_uart_regs.S: the 16550A's registers (TI PC16550D datasheet), driven through loopback
# so no host input is needed: reset values, divisor latch, FIFO order, overrun, FIFO reset,
# and each IIR interrupt (received data at the trigger level, THR empty, line status,
# character timeout) with its priority and the way it is cleared.
#include "isa.h"

#define RBR 0
#define THR 0
#define DLL 0
#define IER 1
#define DLM 1
#define IIR 2
#define FCR 2
#define LCR 3
#define MCR 4
#define LSR 5
#define MSR 6
#define SCR 7

# Load register r of the UART (s0 = UART_BASE) into a0 and check it against val.
#define UART_IS(n, r, val)  lbu a0, r(s0); CHECK(n, a0, val)
#define UART_SET(r, val)    li t0, val; sb t0, r(s0)

TEST_START
    li s0, UART_BASE
    UART_IS(1, IER, 0)
    UART_IS(2, IIR, 0x01)           # no interrupt, FIFOs off
    UART_IS(3, LCR, 0)
    UART_IS(4, LSR, 0x60)           # THRE, TEMT
    UART_IS(5, MSR, 0xb0)           # CTS, DSR, DCD active, no deltas

    # Divisor latch behind DLAB. 0xffff: characters take seconds, so QEMU's real-time
    # character timeout cannot fire in the middle of the cases below.
    UART_SET(LCR, 0x83)
    UART_SET(DLL, 0xff)
    UART_SET(DLM, 0xff)
    UART_IS(6, DLL, 0xff)
    UART_IS(7, DLM, 0xff)
    UART_IS(8, LCR, 0x83)
    UART_SET(LCR, 0x03)
    UART_IS(9, IER, 0)              # IER was not touched by the DLM write
    UART_SET(SCR, 0xa5)
    UART_IS(10, SCR, 0xa5)

    UART_SET(FCR, 0x07)             # FIFOs on and reset, trigger level 1
    UART_IS(11, IIR, 0xc1)
    UART_SET(MCR, 0x10)             # loopback
    UART_IS(12, MCR, 0x10)
    UART_SET(THR, 0x41)
    UART_IS(13, LSR, 0x61)          # the looped byte is there
    UART_IS(14, RBR, 0x41)
    UART_IS(15, LSR, 0x60)

    # 17 bytes into the 16-byte FIFO: overrun, the 17th is lost.
    li a1, 0
1:  sb a1, THR(s0)
    addi a1, a1, 1
    li t0, 17
    bne a1, t0, 1b
    UART_IS(16, LSR, 0x63)          # DR, OE
    UART_IS(17, LSR, 0x61)          # OE clears when LSR is read
    li a1, 0
2:  lbu a0, RBR(s0)
    CHECK_REGS(18, a0, a1)          # FIFO order
    addi a1, a1, 1
    li t0, 16
    bne a1, t0, 2b
    UART_IS(19, LSR, 0x60)          # and nothing more

    UART_SET(THR, 1)
    UART_SET(THR, 2)
    UART_SET(FCR, 0x03)             # receiver FIFO reset
    UART_IS(20, LSR, 0x60)

    # Received data available at the trigger level (4).
    UART_SET(FCR, 0x43)
    UART_SET(IER, 0x01)
    UART_SET(THR, 1)
    UART_SET(THR, 2)
    UART_SET(THR, 3)
    UART_IS(21, IIR, 0xc1)          # below the trigger
    UART_SET(THR, 4)
    UART_IS(22, IIR, 0xc4)          # at the trigger
    lbu a0, RBR(s0)
    UART_IS(23, IIR, 0xc1)          # below again
    UART_SET(FCR, 0x03)

    # THR empty: raised when enabled with THR empty, cleared by reading IIR, raised again
    # after a byte went out.
    UART_SET(IER, 0x02)
    UART_IS(24, IIR, 0xc2)
    UART_IS(25, IIR, 0xc1)
    UART_SET(THR, 0x55)
    UART_IS(26, IIR, 0xc2)
    UART_SET(FCR, 0x03)

    # Received data outranks THR empty; an IIR read that reports data leaves THRE latched.
    UART_SET(IER, 0x03)
    UART_SET(THR, 0x66)
    UART_IS(27, IIR, 0xc4)
    lbu a0, RBR(s0)
    UART_IS(28, IIR, 0xc2)
    UART_IS(29, IIR, 0xc1)

    # Line status (overrun) outranks received data; reading LSR clears it.
    UART_SET(IER, 0x05)
    li a1, 0
3:  sb a1, THR(s0)
    addi a1, a1, 1
    li t0, 17
    bne a1, t0, 3b
    UART_IS(30, IIR, 0xc6)
    UART_IS(31, LSR, 0x63)
    UART_IS(32, IIR, 0xc4)
    UART_SET(FCR, 0x03)
    UART_IS(33, IIR, 0xc1)

    # Character timeout: one byte below the trigger level (8) is reported after a while.
    # Fast divisor first (QEMU times it in character times).
    UART_SET(IER, 0x00)
    UART_SET(LCR, 0x83)
    UART_SET(DLL, 0x01)
    UART_SET(DLM, 0x00)
    UART_SET(LCR, 0x03)
    UART_SET(FCR, 0x83)
    UART_SET(IER, 0x01)
    UART_SET(THR, 0x77)
    li a1, 1000000
4:  lbu a0, IIR(s0)
    andi a0, a0, 0x0f
    li t0, 0x0c
    beq a0, t0, 5f
    addi a1, a1, -1
    bnez a1, 4b
5:  CHECK(34, a0, 0x0c)
    UART_IS(35, RBR, 0x77)
    UART_IS(36, IIR, 0xc1)          # reading the byte clears the timeout

    # A word load acts on the byte register at its (aligned) offset.
    lw a0, MCR(s0)
    CHECK(37, a0, 0x10)

    UART_SET(IER, 0x00)
    UART_SET(MCR, 0x00)             # loopback off: the verdict goes out
    PASS
TEST_END
