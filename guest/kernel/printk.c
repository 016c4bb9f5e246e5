/*
 * Formatted kernel output to the console, and panic. kprintf understands
 * %d %u %x %p %s %c %% with an optional l (or ll) size modifier; output of one call
 * is never interleaved with another hart's.
 */
#include "console.h"
#include "kernel.h"
#include "riscv.h"
#include "sched.h"
#include "spinlock.h"

/* 0, or 1 + the id of the first hart that panicked. */
volatile int panicked;

static struct spinlock print_lock = { .name = "printk", .hart = -1 };

/* Print x in base 10 or 16, with at least min_digits digits. */
static void put_unsigned(uint64_t x, unsigned base, int min_digits)
{
    static const char digits[] = "0123456789abcdef";
    char buf[24];
    int i = 0;
    do {
        buf[i++] = digits[x % base];
        x /= base;
    } while (x != 0 || i < min_digits);
    while (i > 0)
        uart_putc_sync(buf[--i]);
}

/* Print s, or "(null)". */
static void put_string(const char *s)
{
    if (s == 0)
        s = "(null)";
    while (*s)
        uart_putc_sync(*s++);
}

/* Print fmt with the arguments in ap. No locking: see kprintf. */
static void kvprintf(const char *fmt, va_list ap)
{
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            uart_putc_sync(*fmt);
            continue;
        }
        int longs = 0;
        while (*++fmt == 'l')
            longs++;
        switch (*fmt) {
        case 'd': {
            int64_t v = longs ? va_arg(ap, int64_t) : va_arg(ap, int);
            if (v < 0) {
                uart_putc_sync('-');
                put_unsigned(-(uint64_t)v, 10, 1);
            } else {
                put_unsigned((uint64_t)v, 10, 1);
            }
            break;
        }
        case 'u':
            put_unsigned(longs ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 10, 1);
            break;
        case 'x':
            put_unsigned(longs ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 16, 1);
            break;
        case 'p':
            put_string("0x");
            put_unsigned((uint64_t)va_arg(ap, void *), 16, 16);
            break;
        case 's':
            put_string(va_arg(ap, const char *));
            break;
        case 'c':
            uart_putc_sync(va_arg(ap, int));
            break;
        case '%':
            uart_putc_sync('%');
            break;
        case 0:
            return;
        default:
            uart_putc_sync('%');
            uart_putc_sync(*fmt);
            break;
        }
    }
}

/* printf for the kernel: formats to the UART, holding print_lock for the whole
 * message (unless this hart is panicking: then the lock may be held by itself). */
void kprintf(const char *fmt, ...)
{
    va_list ap;
    int locking = !panicked;
    if (locking)
        spin_lock(&print_lock);
    va_start(ap, fmt);
    kvprintf(fmt, ap);
    va_end(ap);
    if (locking)
        spin_unlock(&print_lock);
}

/* Report a kernel bug and stop the machine (failure status 1). Other harts freeze
 * at their next console output; the message is never interleaved. */
void panic(const char *fmt, ...)
{
    va_list ap;
    intr_off();
    if (!panicked)
        panicked = cpu_id() + 1;
    kprintf("\npanic (hart %d): ", cpu_id());
    va_start(ap, fmt);
    kvprintf(fmt, ap);
    va_end(ap);
    kprintf("\n");
    poweroff(1);
}
