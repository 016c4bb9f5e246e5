/*
 * Kernel-wide basics every file may use: console output and panic (printk.c),
 * assertions, memory and string helpers (string.c), power-off (power.c), and the
 * boot entry points (start.c, main.c).
 */
#ifndef KERNEL_KERNEL_H
#define KERNEL_KERNEL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* printk.c */
void kprintf(const char *fmt, ...);
__attribute__((noreturn)) void panic(const char *fmt, ...);
extern volatile int panicked;       /* set once a hart panics: the others freeze */

/* Invariants: a failed assertion is a kernel bug, so it panics with where and what. */
#define KASSERT(cond)                                                          \
    do {                                                                       \
        if (!(cond))                                                           \
            panic("assertion failed: %s (%s:%d)", #cond, __FILE__, __LINE__);  \
    } while (0)

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

/* string.c */
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strncmp(const char *a, const char *b, size_t n);
size_t strlcpy(char *dst, const char *src, size_t size);

/* power.c: stop the machine through the test finisher (0 = pass). */
__attribute__((noreturn)) void poweroff(int status);

/* start.c, main.c */
extern uint64_t boot_dtb;
void machine_start(uint64_t hartid, uint64_t dtb);
__attribute__((noreturn)) void main(void);

#endif
