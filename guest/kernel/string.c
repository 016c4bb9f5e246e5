/*
 * The few memory and string functions the kernel needs. There is no C library in a
 * freestanding build, and gcc may emit calls to memset/memcpy/memmove/memcmp on its
 * own (struct copies, zero-initialisation), so these four carry the standard names.
 */
#include "kernel.h"

/* Fill n bytes at dst with the byte c. Returns dst. */
void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    while (n-- > 0)
        *d++ = (unsigned char)c;
    return dst;
}

/* Copy n bytes from src to dst; the areas may overlap. Returns dst. */
void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d == s || n == 0)
        return dst;
    if (d < s || d >= s + n) {
        while (n-- > 0)
            *d++ = *s++;
    } else {
        d += n;
        s += n;
        while (n-- > 0)
            *--d = *--s;
    }
    return dst;
}

/* Copy n bytes from src to dst (memmove is safe for any areas). Returns dst. */
void *memcpy(void *dst, const void *src, size_t n)
{
    return memmove(dst, src, n);
}

/* Compare n bytes: <0, 0 or >0 as in the C standard. */
int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    for (; n > 0; n--, x++, y++)
        if (*x != *y)
            return *x - *y;
    return 0;
}

/* Length of the NUL-terminated string s. */
size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* Compare at most n characters of a and b: <0, 0 or >0. */
int strncmp(const char *a, const char *b, size_t n)
{
    for (; n > 0; n--, a++, b++) {
        if (*a != *b)
            return (unsigned char)*a - (unsigned char)*b;
        if (*a == 0)
            return 0;
    }
    return 0;
}

/* Copy src into dst of `size` bytes, always NUL-terminating (if size > 0).
 * Returns strlen(src); a result >= size means the copy was truncated. */
size_t strlcpy(char *dst, const char *src, size_t size)
{
    size_t len = strlen(src);
    if (size > 0) {
        size_t n = len < size - 1 ? len : size - 1;
        memmove(dst, src, n);
        dst[n] = 0;
    }
    return len;
}
