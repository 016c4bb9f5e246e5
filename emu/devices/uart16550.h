/*
 * A 16550A UART (TI PC16550D datasheet), the board's console serial port.
 *
 *  offset  read (DLAB=0 / DLAB=1)   write (DLAB=0 / DLAB=1)
 *  0       RBR / DLL                THR / DLL
 *  1       IER / DLM                IER / DLM
 *  2       IIR                      FCR
 *  3       LCR                      LCR
 *  4       MCR                      MCR
 *  5       LSR                      (ignored: factory test only)
 *  6       MSR                      (ignored)
 *  7       SCR                      SCR
 *
 * The transmitter is infinitely fast: a byte written to THR goes to `out` at once, so
 * LSR.THRE and LSR.TEMT always read 1. The receiver holds a 16-byte FIFO (1 byte with
 * FCR.0 clear) filled by the host side through uart_receive(); the host should offer a
 * byte only while uart_rx_space() is nonzero, so that typed input waits on the host
 * instead of overrunning. Loopback (MCR.4) is implemented.
 *
 * The interrupt output (IIR priorities: line status > received data / character
 * timeout > THR empty > modem status) leaves through an irq_line; it is not gated by
 * MCR.OUT2 (on the virt board the pin is wired straight to the PLIC).
 */
#ifndef RVSCOPE_UART16550_H
#define RVSCOPE_UART16550_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "devices.h"

#define UART_FIFO_SIZE 16
#define UART_CLOCK_HZ 3686400   /* input clock for the device tree's clock-frequency */

struct uart {
    struct device dev;
    FILE *out;                  /* transmitted bytes (not flushed here) */
    bool wrote;                 /* bytes went to out since the host side last flushed */
    struct irq_line irq;
    /* The host side's hook, called at every tick before the interrupt output is
     * updated: it may call uart_receive() and flush out (console.c). */
    void (*poll)(void *ctx);
    void *poll_ctx;

    uint8_t ier, lcr, mcr, scr, dll, dlm;
    uint8_t fcr;                /* FIFO enable (bit 0) and receiver trigger (bits 6-7) */
    uint8_t lsr_err;            /* latched LSR error bits (OE) until LSR is read */
    uint8_t msr_delta;          /* MSR bits 0-3 until MSR is read */
    uint8_t msr_lines;          /* MSR bits 4-7 as last seen, to detect changes */
    uint8_t rx[UART_FIFO_SIZE]; /* receive FIFO, a ring */
    unsigned rx_head, rx_count;
    bool thr_irq;               /* THR-empty interrupt latched (reset by IIR read or THR write) */
    bool rx_timeout;            /* character timeout indicated */
    uint64_t ticks;             /* tick() calls so far */
    uint64_t rx_stamp;          /* ticks at the last receive or RBR read */
    bool irq_level;             /* the output as last driven */
};

/* A UART in its reset state transmitting to out, with no interrupt output and no host
 * input until uart_set_irq() and uart_set_poll() connect them. */
void uart_init(struct uart *u, FILE *out);
/* Connect the interrupt output (to a PLIC source) and drive it with the current level. */
void uart_set_irq(struct uart *u, struct irq_line irq);
/* Install the host side's per-tick hook (see struct uart). */
void uart_set_poll(struct uart *u, void (*poll)(void *ctx), void *ctx);

/* Bytes the receiver can take now: free FIFO entries, or 0 in loopback (the serial
 * input is disconnected then). */
unsigned uart_rx_space(const struct uart *u);
/* A byte arrives on the serial input. With no room it is lost and LSR.OE is set, as on
 * the chip; returns whether it was stored. In loopback the input is disconnected and
 * the byte is dropped (returns false). */
bool uart_receive(struct uart *u, uint8_t byte);

/* The guest enabled the received-data interrupt (IER.ERBFI): new input can wake it. */
bool uart_rx_irq_enabled(const struct uart *u);
/* A coming tick will raise a character-timeout interrupt by itself, with no new input
 * and nothing done by the guest (FIFO holds data below the trigger level, the
 * interrupt is enabled and not yet indicated): at most two ticks from now. */
bool uart_timeout_due(const struct uart *u);

#endif
