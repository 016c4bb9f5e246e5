#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>

void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
{
    if (sb->pos + 1 >= sb->len)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(sb->buf + sb->pos, sb->len - sb->pos, fmt, ap);
    va_end(ap);
    if (n > 0)
        sb->pos = sb->pos + (size_t)n < sb->len ? sb->pos + (size_t)n : sb->len - 1;
}
