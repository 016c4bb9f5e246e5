/*
 * Driver for the 16550 UART at UART0_BASE. Registers are one byte each (register
 * numbers from the 16550 data sheet). Two ways to send:
 *   - uart_putc_sync: poll until the transmitter is empty; for kprintf and echo,
 *     which may run with interrupts off or from an interrupt handler;
 *   - uart_putc: put the byte in a ring buffer that the transmit-empty interrupt
 *     drains; for write() to the console, which may sleep when the ring is full.
 * Received bytes arrive by interrupt and go to the line discipline (console.c).
 */
#include "console.h"
#include "kernel.h"
#include "memlayout.h"
#include "sched.h"
#include "spinlock.h"

enum uart_reg {
    UART_RBR = 0,   /* receive buffer (read) */
    UART_THR = 0,   /* transmit holding (write) */
    UART_IER = 1,   /* interrupt enable */
    UART_IIR = 2,   /* interrupt identification (read) */
    UART_FCR = 2,   /* FIFO control (write) */
    UART_LCR = 3,   /* line control */
    UART_LSR = 5,   /* line status */
};
#define IER_RX_READY   0x01
#define IER_TX_EMPTY   0x02
#define FCR_FIFOS_OFF  0x00
#define LCR_8N1        0x03
#define LCR_DLAB       0x80     /* divisor latch access */
#define LSR_RX_READY   0x01
#define LSR_TX_EMPTY   0x20

static volatile uint8_t *const uart_regs = (volatile uint8_t *)UART0_BASE;
#define TX_RING 64

static struct {
    struct spinlock lock;       /* guards the ring and IER */
    int rx_paused;              /* receive interrupts off: the console is full */
    char ring[TX_RING];
    uint64_t head;              /* next byte to send */
    uint64_t tail;              /* next free slot; tail - head bytes are queued */
} uart;

static uint8_t reg_read(enum uart_reg r) { return uart_regs[r]; }
static void reg_write(enum uart_reg r, uint8_t v) { uart_regs[r] = v; }

/* Program the UART: 8 data bits, no parity, receive and transmit-empty interrupts
 * enabled. The FIFOs stay off (one byte buffered each way is enough here), and are
 * not toggled: switching them on or off empties them, losing input that arrived
 * before boot. The baud divisor is irrelevant on an emulated board. */
void uart_init(void)
{
    reg_write(UART_IER, 0);
    reg_write(UART_LCR, LCR_DLAB);
    reg_write(0, 0x03);                 /* divisor low byte: 38400 baud */
    reg_write(1, 0x00);                 /* divisor high byte */
    reg_write(UART_LCR, LCR_8N1);
    reg_write(UART_FCR, FCR_FIFOS_OFF);
    reg_write(UART_IER, IER_RX_READY | IER_TX_EMPTY);
    spin_init(&uart.lock, "uart");
}

/* Send c, waiting (spinning) for the transmitter. Usable anywhere, even with
 * interrupts off; after a panic only the panicking hart gets through. */
void uart_putc_sync(int c)
{
    intr_push();
    while (panicked && panicked != cpu_id() + 1)
        ;
    while ((reg_read(UART_LSR) & LSR_TX_EMPTY) == 0)
        ;
    reg_write(UART_THR, (uint8_t)c);
    intr_pop();
}

/* Move queued bytes to the transmitter while it has room. Caller holds uart.lock.
 * Wakes writers waiting for ring space. */
static void uart_start_tx(void)
{
    while (uart.head != uart.tail && (reg_read(UART_LSR) & LSR_TX_EMPTY)) {
        reg_write(UART_THR, (uint8_t)uart.ring[uart.head % TX_RING]);
        uart.head++;
        wakeup(&uart.head);
    }
}

/* Queue c for sending; sleeps while the ring is full. Process context only. */
void uart_putc(int c)
{
    spin_lock(&uart.lock);
    while (uart.tail - uart.head == TX_RING)
        sleep(&uart.head, &uart.lock);
    uart.ring[uart.tail % TX_RING] = (char)c;
    uart.tail++;
    uart_start_tx();
    spin_unlock(&uart.lock);
}

/* The UART's PLIC interrupt: hand received bytes to the console while it has
 * room (otherwise turn receive interrupts off and leave the bytes in the UART),
 * and refill the transmitter. Reading IIR acknowledges a transmit-empty interrupt. */
void uart_interrupt(void)
{
    (void)reg_read(UART_IIR);
    int full = 0;
    while (reg_read(UART_LSR) & LSR_RX_READY) {
        if (!console_has_room()) {
            full = 1;
            break;
        }
        console_input(reg_read(UART_RBR));
    }
    spin_lock(&uart.lock);
    /* Recheck under the lock: a reader may have made room (and found nothing to
     * resume) since we looked. */
    if (full && !uart.rx_paused && !console_has_room()) {
        uart.rx_paused = 1;
        reg_write(UART_IER, IER_TX_EMPTY);
    }
    uart_start_tx();
    spin_unlock(&uart.lock);
}

/* The console has room again: take received bytes (by interrupt) again. */
void uart_rx_resume(void)
{
    spin_lock(&uart.lock);
    if (uart.rx_paused) {
        uart.rx_paused = 0;
        reg_write(UART_IER, IER_RX_READY | IER_TX_EMPTY);
    }
    spin_unlock(&uart.lock);
}
