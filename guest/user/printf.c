/*
 * printf for user programs. Everything formats into a buffer through one function
 * (vsnprintf); fprintf then writes the buffer with as few write() calls as it can, so
 * lines from different processes interleave less on the console.
 */
#include "user.h"

struct out {
    char *buf;
    size_t size, len;       /* len counts every byte, even those that did not fit */
};

static void put(struct out *o, char c)
{
    if (o->len + 1 < o->size)
        o->buf[o->len] = c;
    o->len++;
}

/* An unsigned number in base 10 or 16, padded to width with pad (' ' or '0'). */
static void put_number(struct out *o, uint64_t v, int base, int neg, int width, char pad,
                       int left)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v);
    int len = n + neg;
    if (neg && pad == '0')
        put(o, '-');
    for (; !left && width > len; width--)
        put(o, pad);
    if (neg && pad != '0')
        put(o, '-');
    while (n > 0)
        put(o, digits[--n]);
    for (; left && width > len; width--)
        put(o, ' ');
}

static void put_string(struct out *o, const char *s, int width, int left)
{
    if (!s)
        s = "(null)";
    int len = (int)strlen(s);
    for (; !left && width > len; width--)
        put(o, ' ');
    while (*s)
        put(o, *s++);
    for (; left && width > len; width--)
        put(o, ' ');
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    struct out o = { buf, size, 0 };
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            put(&o, *fmt);
            continue;
        }
        fmt++;
        int left = 0, width = 0, longs = 0;
        char pad = ' ';
        for (; *fmt == '-' || *fmt == '0'; fmt++) {
            if (*fmt == '-')
                left = 1;
            else
                pad = '0';
        }
        for (; *fmt >= '0' && *fmt <= '9'; fmt++)
            width = width * 10 + (*fmt - '0');
        for (; *fmt == 'l'; fmt++)
            longs++;
        if (left)
            pad = ' ';
        switch (*fmt) {
        case 'd':
        case 'i': {
            int64_t v = longs ? va_arg(ap, int64_t) : va_arg(ap, int);
            put_number(&o, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, 10, v < 0, width, pad, left);
            break;
        }
        case 'u':
            put_number(&o, longs ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 10, 0, width,
                       pad, left);
            break;
        case 'x':
            put_number(&o, longs ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 16, 0, width,
                       pad, left);
            break;
        case 'p':
            put(&o, '0');
            put(&o, 'x');
            put_number(&o, (uint64_t)(uintptr_t)va_arg(ap, void *), 16, 0, width, pad, left);
            break;
        case 's':
            put_string(&o, va_arg(ap, const char *), width, left);
            break;
        case 'c':
            put(&o, (char)va_arg(ap, int));
            break;
        case '%':
            put(&o, '%');
            break;
        case 0:
            fmt--;          /* a lone '%' at the end */
            break;
        default:            /* unknown: print it as written */
            put(&o, '%');
            put(&o, *fmt);
            break;
        }
    }
    if (size > 0)
        buf[o.len < size ? o.len : size - 1] = 0;
    return (int)o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

/* Kept small: user stacks are one page. Longer output is formatted twice, into a
 * buffer from malloc. */
#define PRINTF_BUF 256

int vfprintf(int fd, const char *fmt, va_list ap)
{
    char small[PRINTF_BUF];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    char *buf = small;
    if (n >= PRINTF_BUF && (buf = malloc((size_t)n + 1)) != NULL)
        vsnprintf(buf, (size_t)n + 1, fmt, again);
    else if (n >= PRINTF_BUF)
        buf = small, n = PRINTF_BUF - 1;
    va_end(again);
    int done = 0;
    while (done < n) {
        int w = write(fd, buf + done, n - done);
        if (w <= 0)
            break;
        done += w;
    }
    if (buf != small)
        free(buf);
    return done;
}

int fprintf(int fd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(fd, fmt, ap);
    va_end(ap);
    return n;
}

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(1, fmt, ap);
    va_end(ap);
    return n;
}
