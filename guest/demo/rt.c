/*
 * rt: console, printf subset, exit and mem* for the bare-metal guests. See rt.h.
 *
 * This file must be compiled with -fno-tree-loop-distribute-patterns (the CMake
 * target does it): otherwise gcc may turn the loop inside memset into a call to
 * memset.
 */
#include "rt.h"

#define UART_THR 0 /* transmit holding register (write) */
#define UART_LSR 5 /* line status register */
#define UART_LSR_THRE 0x20 /* transmit holding register empty */

uint64_t rt_boot_hartid;
uint64_t rt_boot_dtb;

static volatile uint8_t *const uart = (volatile uint8_t *)RT_UART0_BASE;
static volatile uint32_t *const finisher = (volatile uint32_t *)RT_FINISHER_BASE;

void rt_putc(char c)
{
    while ((uart[UART_LSR] & UART_LSR_THRE) == 0)
        ;
    uart[UART_THR] = (uint8_t)c;
}

void rt_puts(const char *s)
{
    while (*s)
        rt_putc(*s++);
}

/* Format state of one conversion: flags, width, and the running byte count. */
struct fmt {
    int left;  /* '-': pad on the right */
    int zero;  /* '0': pad with zeros */
    int width;
    int count;
};

static void put_padded(struct fmt *f, const char *s, int len)
{
    int pad = f->width > len ? f->width - len : 0;
    char padc = (f->zero && !f->left) ? '0' : ' ';

    /* Zero padding goes after the sign, as in "-0042". */
    if (padc == '0' && len > 0 && s[0] == '-') {
        rt_putc('-');
        s++;
        len--;
        f->count++;
    }
    if (!f->left)
        for (; pad > 0; pad--, f->count++)
            rt_putc(padc);
    for (int i = 0; i < len; i++, f->count++)
        rt_putc(s[i]);
    for (; pad > 0; pad--, f->count++)
        rt_putc(' ');
}

/* Convert v to text in base 10 or 16 (upper-case if upper), with '-' if neg. */
static void put_number(struct fmt *f, uint64_t v, unsigned base, int neg, int upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char buf[24];
    int i = sizeof buf;

    do {
        buf[--i] = digits[v % base];
        v /= base;
    } while (v != 0);
    if (neg)
        buf[--i] = '-';
    put_padded(f, buf + i, (int)sizeof buf - i);
}

int rt_vprintf(const char *fmt, va_list ap)
{
    struct fmt f = {0};

    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            rt_putc(*p);
            f.count++;
            continue;
        }
        const char *start = p++;
        f.left = f.zero = f.width = 0;
        for (;; p++) {
            if (*p == '-')
                f.left = 1;
            else if (*p == '0')
                f.zero = 1;
            else
                break;
        }
        while (*p >= '0' && *p <= '9')
            f.width = f.width * 10 + (*p++ - '0');
        int longs = 0;
        while (*p == 'l' || *p == 'z') {
            longs++;
            p++;
        }

        switch (*p) {
        case 'd':
        case 'i': {
            int64_t v = longs ? va_arg(ap, int64_t) : va_arg(ap, int);
            uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
            put_number(&f, mag, 10, v < 0, 0);
            break;
        }
        case 'u':
        case 'x':
        case 'X': {
            uint64_t v = longs ? va_arg(ap, uint64_t) : va_arg(ap, unsigned);
            put_number(&f, v, *p == 'u' ? 10 : 16, 0, *p == 'X');
            break;
        }
        case 'p':
            rt_puts("0x");
            f.count += 2;
            put_number(&f, (uintptr_t)va_arg(ap, void *), 16, 0, 0);
            break;
        case 'c': {
            char c = (char)va_arg(ap, int);
            put_padded(&f, &c, 1);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            int len = 0;
            if (s == NULL)
                s = "(null)";
            while (s[len])
                len++;
            put_padded(&f, s, len);
            break;
        }
        case '%':
            rt_putc('%');
            f.count++;
            break;
        default:
            /* Unknown conversion (or the string ended): print it literally. */
            for (; start <= p && *start; start++, f.count++)
                rt_putc(*start);
            if (*p == '\0')
                return f.count;
            break;
        }
    }
    return f.count;
}

int rt_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = rt_vprintf(fmt, ap);
    va_end(ap);
    return n;
}

_Noreturn void rt_exit(int code)
{
    if (code == 0)
        *finisher = RT_FINISHER_PASS;
    else
        *finisher = RT_FINISHER_FAIL | ((uint32_t)code & 0xffff) << 16;
    /* Only reached if no finisher is there: stop here rather than run on. */
    for (;;)
        __asm__ volatile("wfi");
}

/* Names for the exception causes a broken program or emulator is likely to hit. */
static const char *trap_name(uint64_t mcause)
{
    static const char *const names[] = {
        [0] = "instruction address misaligned",
        [1] = "instruction access fault",
        [2] = "illegal instruction",
        [3] = "breakpoint",
        [4] = "load address misaligned",
        [5] = "load access fault",
        [6] = "store/AMO address misaligned",
        [7] = "store/AMO access fault",
        [8] = "ecall from U-mode",
        [9] = "ecall from S-mode",
        [11] = "ecall from M-mode",
        [12] = "instruction page fault",
        [13] = "load page fault",
        [15] = "store/AMO page fault",
    };
    if ((int64_t)mcause < 0)
        return "interrupt";
    if (mcause < sizeof names / sizeof names[0] && names[mcause])
        return names[mcause];
    return "unknown exception";
}

_Noreturn void rt_trap(uint64_t mcause, uint64_t mepc, uint64_t mtval)
{
    rt_printf("\nrt: unexpected trap: %s (mcause=0x%lx) at mepc=0x%lx, mtval=0x%lx\n",
              trap_name(mcause), mcause, mepc, mtval);
    rt_exit(RT_EXIT_TRAP);
}

/* Called by crt0 on hart 0 once .bss is clear. */
_Noreturn void rt_start(uint64_t hartid, uint64_t dtb)
{
    rt_boot_hartid = hartid;
    rt_boot_dtb = dtb;
    rt_exit(main());
}

void *memset(void *dst, int c, size_t n)
{
    uint8_t *d = dst;
    while (n--)
        *d++ = (uint8_t)c;
    return dst;
}

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    if (d < s) {
        while (n--)
            *d++ = *s++;
    } else {
        while (n--)
            d[n] = s[n];
    }
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const uint8_t *x = a, *y = b;
    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x < *y ? -1 : 1;
    return 0;
}
