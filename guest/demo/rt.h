/*
 * rt: the tiny bare-metal runtime shared by the demo guest and the benchmark.
 *
 * Programs built on it are entered in M-mode at 0x80000000 (crt0.S), print through
 * the 16550 UART and leave through the SiFive test finisher, so the same ELF runs on
 * rvscope and on `qemu-system-riscv64 -M virt -bios none -kernel X.elf`.
 *
 * The part of the QEMU "virt" memory map this runtime touches:
 *
 *   0x0010_0000  +------------------+  test finisher: 32-bit store
 *                | finisher         |    0x5555 = exit 0, 0x3333 | code << 16 = exit code
 *   0x1000_0000  +------------------+  UART0 16550: THR at +0, LSR at +5 (bit 5 = THR empty)
 *                | uart0            |
 *   0x8000_0000  +------------------+  RAM (128 MiB): .text first, then data, bss, stack
 *                | ram              |
 *                +------------------+
 *
 * No C library exists in the guest toolchain; this header offers the few pieces the
 * programs need: console output, a printf subset, exit, and the mem* functions gcc may
 * call on its own.
 */
#ifndef RT_H
#define RT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define RT_FINISHER_BASE 0x00100000UL
#define RT_UART0_BASE    0x10000000UL

#define RT_FINISHER_PASS 0x5555u
#define RT_FINISHER_FAIL 0x3333u

/* Exit code used when the guest takes a trap nobody expected (see rt_trap). */
#define RT_EXIT_TRAP 125

/* Hart id and device-tree address that _start received in a0/a1 (hart 0 only). */
extern uint64_t rt_boot_hartid;
extern uint64_t rt_boot_dtb;

/* The program's entry point; its return value becomes the exit code (0 = pass). */
int main(void);

/* Write one byte to the UART, waiting until the transmitter can take it. */
void rt_putc(char c);

/* Write a NUL-terminated string, no newline added. */
void rt_puts(const char *s);

/*
 * printf subset: %d %i %u %x %X %c %s %p %%, flags '-' and '0', a decimal width,
 * length modifiers l, ll and z. Anything else is printed as-is. Returns bytes written.
 */
int rt_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int rt_vprintf(const char *fmt, va_list ap);

/*
 * Stop the machine through the test finisher: code 0 means pass, anything else
 * fails with (code & 0xffff) as the emulator's exit status.
 */
_Noreturn void rt_exit(int code);

/* Called by crt0 on any trap: prints the cause and exits with RT_EXIT_TRAP. */
_Noreturn void rt_trap(uint64_t mcause, uint64_t mepc, uint64_t mtval);

void *memset(void *dst, int c, size_t n);
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);

#endif
