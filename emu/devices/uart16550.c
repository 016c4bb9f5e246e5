/* A 16550A UART (TI PC16550D datasheet; register map and behaviour summary in
 * uart16550.h). Section names below are the datasheet's. */
#include "uart16550.h"

enum { UART_RBR_THR = 0, UART_IER = 1, UART_IIR_FCR = 2, UART_LCR = 3, UART_MCR = 4,
       UART_LSR = 5, UART_MSR = 6, UART_SCR = 7 };

#define IER_ERBFI 0x01   /* received data available (and character timeout) */
#define IER_ETBEI 0x02   /* transmitter holding register empty */
#define IER_ELSI 0x04    /* receiver line status */
#define IER_EDSSI 0x08   /* modem status */

/* IIR interrupt ids (bits 3-0), highest priority first; bits 7-6 say FIFOs are on. */
#define IIR_LINE_STATUS 0x06
#define IIR_RX_DATA 0x04
#define IIR_RX_TIMEOUT 0x0c
#define IIR_THR_EMPTY 0x02
#define IIR_MODEM_STATUS 0x00
#define IIR_NONE 0x01
#define IIR_FIFOS_ON 0xc0

#define FCR_ENABLE 0x01
#define FCR_RX_RESET 0x02
#define FCR_TRIGGER 0xc0

#define LCR_DLAB 0x80

#define MCR_DTR 0x01
#define MCR_RTS 0x02
#define MCR_OUT1 0x04
#define MCR_OUT2 0x08
#define MCR_LOOP 0x10
#define MCR_MASK 0x1f

#define LSR_DR 0x01
#define LSR_OE 0x02
#define LSR_THRE 0x20
#define LSR_TEMT 0x40

#define MSR_DCTS 0x01
#define MSR_DDSR 0x02
#define MSR_TERI 0x04
#define MSR_DDCD 0x08
#define MSR_CTS 0x10
#define MSR_DSR 0x20
#define MSR_RI 0x40
#define MSR_DCD 0x80

static bool fifo_on(const struct uart *u) { return u->fcr & FCR_ENABLE; }

/* Without FIFOs the receiver is a single holding register. */
static unsigned rx_capacity(const struct uart *u) { return fifo_on(u) ? UART_FIFO_SIZE : 1; }

/* FCR bits 7-6: receiver FIFO trigger level. */
static unsigned rx_trigger(const struct uart *u)
{
    static const unsigned levels[4] = {1, 4, 8, 14};
    return fifo_on(u) ? levels[u->fcr >> 6] : 1;
}

static void rx_clear(struct uart *u)
{
    u->rx_head = 0;
    u->rx_count = 0;
    u->rx_timeout = false;
}

/* The interrupt the IIR reports now, by the datasheet's priority table. */
static uint8_t pending_interrupt(const struct uart *u)
{
    if ((u->ier & IER_ELSI) && u->lsr_err)
        return IIR_LINE_STATUS;
    if (u->ier & IER_ERBFI) {
        if (u->rx_count >= rx_trigger(u))
            return IIR_RX_DATA;
        if (u->rx_timeout && u->rx_count)
            return IIR_RX_TIMEOUT;
    }
    if ((u->ier & IER_ETBEI) && u->thr_irq)
        return IIR_THR_EMPTY;
    if ((u->ier & IER_EDSSI) && u->msr_delta)
        return IIR_MODEM_STATUS;
    return IIR_NONE;
}

static void update_irq(struct uart *u)
{
    bool level = pending_interrupt(u) != IIR_NONE;
    if (level != u->irq_level) {
        u->irq_level = level;
        irq_line_set(&u->irq, level);
    }
}

/* The modem-status inputs as MSR bits 7-4. Nothing is attached to the port: CTS, DSR
 * and DCD read active, RI inactive. In loopback the outputs feed the inputs (RTS->CTS,
 * DTR->DSR, OUT1->RI, OUT2->DCD). */
static uint8_t modem_inputs(const struct uart *u)
{
    if (!(u->mcr & MCR_LOOP))
        return MSR_CTS | MSR_DSR | MSR_DCD;
    return (u->mcr & MCR_RTS ? MSR_CTS : 0) | (u->mcr & MCR_DTR ? MSR_DSR : 0) |
           (u->mcr & MCR_OUT1 ? MSR_RI : 0) | (u->mcr & MCR_OUT2 ? MSR_DCD : 0);
}

/* Latch the MSR delta bits for inputs that changed; TERI only when RI goes inactive
 * (the RI pin's trailing edge). */
static void modem_update(struct uart *u)
{
    uint8_t now = modem_inputs(u), changed = now ^ u->msr_lines;
    if (changed & MSR_CTS)
        u->msr_delta |= MSR_DCTS;
    if (changed & MSR_DSR)
        u->msr_delta |= MSR_DDSR;
    if (changed & MSR_DCD)
        u->msr_delta |= MSR_DDCD;
    if ((changed & MSR_RI) && !(now & MSR_RI))
        u->msr_delta |= MSR_TERI;
    u->msr_lines = now;
}

/* A character reaches the receiver. Overrun (LSR.OE): with FIFOs the new character is
 * lost; without, it replaces the unread one. Returns false if a character was lost. */
static bool rx_push(struct uart *u, uint8_t byte)
{
    u->rx_stamp = u->ticks;   /* a new character restarts the timeout */
    if (u->rx_count == rx_capacity(u)) {
        u->lsr_err |= LSR_OE;
        if (!fifo_on(u))
            u->rx[u->rx_head] = byte;
        return false;
    }
    u->rx[(u->rx_head + u->rx_count) % UART_FIFO_SIZE] = byte;
    u->rx_count++;
    return true;
}

static uint8_t rx_pop(struct uart *u)
{
    if (u->rx_count == 0)
        return 0;
    uint8_t byte = u->rx[u->rx_head];
    u->rx_head = (u->rx_head + 1) % UART_FIFO_SIZE;
    u->rx_count--;
    u->rx_timeout = false;    /* a read clears the timeout and restarts its timer */
    u->rx_stamp = u->ticks;
    return byte;
}

unsigned uart_rx_space(const struct uart *u)
{
    return u->mcr & MCR_LOOP ? 0 : rx_capacity(u) - u->rx_count;
}

bool uart_receive(struct uart *u, uint8_t byte)
{
    if (u->mcr & MCR_LOOP)
        return false;
    bool stored = rx_push(u, byte);
    update_irq(u);
    return stored;
}

bool uart_rx_irq_enabled(const struct uart *u) { return u->ier & IER_ERBFI; }

bool uart_timeout_due(const struct uart *u)
{
    return (u->ier & IER_ERBFI) && fifo_on(u) && u->rx_count > 0 &&
           u->rx_count < rx_trigger(u) && !u->rx_timeout;
}

/* THR: the byte leaves at once (to the host, or to the receiver in loopback), so the
 * holding register is empty again and the THRE interrupt is re-armed. */
static void transmit(struct uart *u, uint8_t byte)
{
    if (u->mcr & MCR_LOOP) {
        rx_push(u, byte);
    } else {
        fputc(byte, u->out);
        u->wrote = true;
    }
    u->thr_irq = true;
}

/* Reading IIR acknowledges a THR-empty interrupt if that is what it reports. */
static uint8_t read_iir(struct uart *u)
{
    uint8_t id = pending_interrupt(u);
    if (id == IIR_THR_EMPTY)
        u->thr_irq = false;
    return id | (fifo_on(u) ? IIR_FIFOS_ON : 0);
}

static uint8_t read_lsr(struct uart *u)
{
    uint8_t lsr = (u->rx_count ? LSR_DR : 0) | u->lsr_err | LSR_THRE | LSR_TEMT;
    u->lsr_err = 0;           /* error bits clear when LSR is read */
    return lsr;
}

static uint8_t read_msr(struct uart *u)
{
    uint8_t msr = u->msr_lines | u->msr_delta;
    u->msr_delta = 0;
    return msr;
}

/* FCR: changing FCR.0 empties both FIFOs (and the empty transmitter interrupts at
 * once if enabled); the other bits are programmed only together with FCR.0 = 1. */
static void write_fcr(struct uart *u, uint8_t v)
{
    if ((v & FCR_ENABLE) != (u->fcr & FCR_ENABLE)) {
        rx_clear(u);
        u->thr_irq = true;
    }
    if (!(v & FCR_ENABLE)) {
        u->fcr = 0;
        return;
    }
    if (v & FCR_RX_RESET)
        rx_clear(u);
    u->fcr = v & (FCR_ENABLE | FCR_TRIGGER);
}

static void write_ier(struct uart *u, uint8_t v)
{
    if (!(u->ier & IER_ETBEI) && (v & IER_ETBEI))
        u->thr_irq = true;    /* enabling it with THR empty interrupts at once */
    u->ier = v & 0x0f;
}

/* Registers are bytes at offsets 0-7. Wider aligned accesses (some guests use lw/sw)
 * act on the byte register at their offset and read it zero-extended. */
static bool uart_access_ok(uint64_t offset, int size)
{
    return offset <= UART_SCR && (size == 1 || size == 2 || size == 4 || size == 8) &&
           offset % (uint64_t)size == 0;
}

static bool uart_read(void *opaque, uint64_t offset, int size, uint64_t *value)
{
    struct uart *u = opaque;
    if (!uart_access_ok(offset, size))
        return false;
    bool dlab = u->lcr & LCR_DLAB;
    switch (offset) {
    case UART_RBR_THR: *value = dlab ? u->dll : rx_pop(u); break;
    case UART_IER: *value = dlab ? u->dlm : u->ier; break;
    case UART_IIR_FCR: *value = read_iir(u); break;
    case UART_LCR: *value = u->lcr; break;
    case UART_MCR: *value = u->mcr; break;
    case UART_LSR: *value = read_lsr(u); break;
    case UART_MSR: *value = read_msr(u); break;
    default: *value = u->scr; break;
    }
    update_irq(u);
    return true;
}

static bool uart_write(void *opaque, uint64_t offset, int size, uint64_t value)
{
    struct uart *u = opaque;
    if (!uart_access_ok(offset, size))
        return false;
    bool dlab = u->lcr & LCR_DLAB;
    uint8_t b = (uint8_t)value;
    switch (offset) {
    case UART_RBR_THR:
        if (dlab)
            u->dll = b;
        else
            transmit(u, b);
        break;
    case UART_IER:
        if (dlab)
            u->dlm = b;
        else
            write_ier(u, b);
        break;
    case UART_IIR_FCR: write_fcr(u, b); break;
    case UART_LCR: u->lcr = b; break;
    case UART_MCR:
        u->mcr = b & MCR_MASK;
        modem_update(u);
        break;
    case UART_SCR: u->scr = b; break;
    default: break;   /* LSR and MSR: writes have no effect */
    }
    update_irq(u);
    return true;
}

/* Once per round: a character timeout is indicated when data has waited in the FIFO
 * for a whole tick period with no character received or read (the chip waits four
 * character times); then the host side may feed input and flush output. */
static void uart_tick(void *opaque, uint64_t mtime)
{
    struct uart *u = opaque;
    (void)mtime;
    u->ticks++;
    if (fifo_on(u) && u->rx_count && u->ticks > u->rx_stamp + 1)
        u->rx_timeout = true;
    if (u->poll)
        u->poll(u->poll_ctx);
    update_irq(u);
}

/* Master reset (datasheet "Reset" table): IER, IIR, FCR, LCR, MCR, LSR and the MSR
 * deltas clear; SCR and the divisor latch keep their values. */
static void uart_reset(void *opaque)
{
    struct uart *u = opaque;
    u->ier = u->lcr = u->mcr = u->fcr = 0;
    u->lsr_err = u->msr_delta = 0;
    u->msr_lines = modem_inputs(u);
    rx_clear(u);
    u->thr_irq = false;
    update_irq(u);
}

void uart_init(struct uart *u, FILE *out)
{
    *u = (struct uart){0};
    u->out = out;
    u->msr_lines = modem_inputs(u);
    u->dev = (struct device){.name = "uart0", .opaque = u, .read = uart_read,
                             .write = uart_write, .tick = uart_tick, .reset = uart_reset};
}

void uart_set_irq(struct uart *u, struct irq_line irq)
{
    u->irq = irq;
    u->irq_level = pending_interrupt(u) != IIR_NONE;
    irq_line_set(&u->irq, u->irq_level);
}

void uart_set_poll(struct uart *u, void (*poll)(void *ctx), void *ctx)
{
    u->poll = poll;
    u->poll_ctx = ctx;
}
