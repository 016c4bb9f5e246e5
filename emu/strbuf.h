/* A fixed buffer that text is appended to, printf-style, never past its end: what the
 * disassembler and the debugger's formatters build their lines with. */
#ifndef RVSCOPE_STRBUF_H
#define RVSCOPE_STRBUF_H

#include <stddef.h>

struct strbuf {
    char *buf;
    size_t len;   /* size of buf, including the terminating NUL */
    size_t pos;   /* characters written so far (always < len once anything was) */
};

/* Append formatted text, truncating at the end of the buffer; buf stays NUL-terminated. */
void strbuf_printf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
