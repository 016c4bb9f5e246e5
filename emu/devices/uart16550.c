/* A 16550A UART as the console (register map: TI PC16550D datasheet). This is the
 * transmit side and the register file; receive and interrupts come with the board. */
#include "devices.h"

enum { UART_RBR_THR = 0, UART_IER = 1, UART_IIR_FCR = 2, UART_LCR = 3, UART_MCR = 4,
       UART_LSR = 5, UART_MSR = 6, UART_SCR = 7 };
#define LCR_DLAB 0x80
#define LSR_THRE 0x20
#define LSR_TEMT 0x40
#define IIR_NO_INTERRUPT 0x01
#define IIR_FIFO_ENABLED 0xc0

static bool uart_read(void *opaque, uint64_t offset, int size, uint64_t *value)
{
    struct uart *u = opaque;
    if (size != 1 || offset > UART_SCR)
        return false;
    bool dlab = u->lcr & LCR_DLAB;
    switch (offset) {
    case UART_RBR_THR: *value = dlab ? u->dll : 0; break;
    case UART_IER: *value = dlab ? u->dlm : u->ier; break;
    case UART_IIR_FCR: *value = IIR_NO_INTERRUPT | IIR_FIFO_ENABLED; break;
    case UART_LCR: *value = u->lcr; break;
    case UART_MCR: *value = u->mcr; break;
    case UART_LSR: *value = LSR_THRE | LSR_TEMT; break;
    case UART_MSR: *value = 0; break;
    default: *value = u->scr; break;
    }
    return true;
}

static bool uart_write(void *opaque, uint64_t offset, int size, uint64_t value)
{
    struct uart *u = opaque;
    if (size != 1 || offset > UART_SCR)
        return false;
    bool dlab = u->lcr & LCR_DLAB;
    uint8_t b = (uint8_t)value;
    switch (offset) {
    case UART_RBR_THR:
        if (dlab) {
            u->dll = b;
        } else {
            fputc(b, u->out);
            u->wrote = true;
        }
        break;
    case UART_IER:
        if (dlab)
            u->dlm = b;
        else
            u->ier = b & 0x0f;
        break;
    case UART_LCR: u->lcr = b; break;
    case UART_MCR: u->mcr = b & 0x1f; break;
    case UART_SCR: u->scr = b; break;
    default: break;   /* FCR, LSR, MSR writes have no effect here */
    }
    return true;
}

void uart_init(struct uart *u, FILE *out)
{
    *u = (struct uart){0};
    u->out = out;
    u->dev = (struct device){.name = "uart0", .opaque = u, .read = uart_read,
                             .write = uart_write};
}
