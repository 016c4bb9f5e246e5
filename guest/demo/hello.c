/*
 * The demo guest: a friendly hello that touches a little of the machine — CSRs,
 * the M, A, F/D extensions — and prints results a person can check by eye.
 * The last line is always "demo: done"; tests match on it.
 *
 * Runs the same on rvscope and on qemu-system-riscv64 -M virt -bios none.
 */
#include "rt.h"

#define read_csr(name)                                        \
    ({                                                        \
        uint64_t v_;                                          \
        __asm__ volatile("csrr %0, " #name : "=r"(v_));       \
        v_;                                                   \
    })

/*
 * Decode misa (priv spec 3.1.1) into an ISA string such as "rv64imafdcsu": the base
 * width from MXL, then the extension letters in the canonical order of the
 * unprivileged spec, then the privilege modes S and U, then any other bit set.
 */
static void print_misa(uint64_t misa)
{
    static const char order[] = "iemafdqlcbkjtpvhsu";
    static const int widths[] = {0, 32, 64, 128};
    uint32_t ext = (uint32_t)(misa & 0x3ffffff);

    rt_printf("rv%d", widths[misa >> 62]);
    for (const char *c = order; *c; c++) {
        if (ext & (1u << (*c - 'a'))) {
            rt_putc(*c);
            ext &= ~(1u << (*c - 'a'));
        }
    }
    for (int bit = 0; bit < 26; bit++)
        if (ext & (1u << bit))
            rt_putc((char)('a' + bit));
}

/* Sum and count of the primes below limit, by trial division (uses div/rem). */
static void primes_below(uint64_t limit, uint64_t *count, uint64_t *sum)
{
    *count = *sum = 0;
    for (uint64_t n = 2; n < limit; n++) {
        int prime = 1;
        for (uint64_t d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                prime = 0;
                break;
            }
        }
        if (prime) {
            (*count)++;
            *sum += n;
        }
    }
}

/* Print x >= 0 with 12 decimals, using only integer formatting. */
static void print_fixed12(double x)
{
    uint64_t whole = (uint64_t)x;
    uint64_t frac = (uint64_t)((x - (double)whole) * 1e12 + 0.5);
    rt_printf("%lu.%012lu", whole, frac);
}

int main(void)
{
    rt_printf("Hello from rvscope's demo guest!\n");

    uint64_t misa = read_csr(misa);
    rt_printf("hart %lu (mhartid %lu), misa 0x%016lx = ", rt_boot_hartid,
              read_csr(mhartid), misa);
    print_misa(misa);
    rt_printf("\n");

    /* Integer: adds, then multiplies (M extension). */
    uint64_t a = 0, b = 1;
    for (int i = 0; i < 90; i++) {
        uint64_t t = a + b;
        a = b;
        b = t;
    }
    uint64_t fact = 1;
    for (uint64_t i = 2; i <= 20; i++)
        fact *= i;
    rt_printf("fib(90) = %lu, 20! = %lu\n", a, fact);

    uint64_t count, sum;
    primes_below(1000, &count, &sum);
    rt_printf("primes below 1000: %lu of them, sum %lu\n", count, sum);

    /* Double precision: the square root comes from fsqrt.d. */
    volatile double two = 2.0;
    rt_printf("sqrt(2) = ");
    print_fixed12(__builtin_sqrt(two));
    rt_printf("\n");

    /* Atomics (A extension): amoadd.d ten times, then one lr.d/sc.d pair. */
    static uint64_t counter;
    for (int i = 0; i < 10; i++)
        __atomic_fetch_add(&counter, 1, __ATOMIC_SEQ_CST);
    uint64_t expected = 10;
    int swapped = __atomic_compare_exchange_n(&counter, &expected, 42, 0,
                                              __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    rt_printf("atomics: amoadd x10 = %lu, lr/sc swap to 42 %s\n", expected,
              swapped && counter == 42 ? "ok" : "FAILED");

    rt_printf("demo: done\n");
    return swapped && counter == 42 ? 0 : 1;
}
