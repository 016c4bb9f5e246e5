/*
 * The benchmark's compute kernels: plain, portable C with no I/O and no privileged
 * instructions, so the same files build for the guest (bench.elf, any privilege mode,
 * paging on or off) and for the host (host_check.c, which recomputes the expected
 * checksums).
 *
 * Every kernel runs a fixed amount of work from a fixed seed, checks what it can
 * about its own result, and folds the result into a 64-bit checksum. A wrong emulator
 * either fails a self-check or produces a checksum that differs from the table in
 * table.c; either way the benchmark fails instead of posting a time.
 */
#ifndef BENCH_KERNELS_H
#define BENCH_KERNELS_H

#include <stdint.h>

/*
 * A kernel returns 0 and sets *checksum when its self-checks pass, or a small
 * positive number naming the self-check that failed (see each kernel's file).
 */
typedef int (*bench_kernel_fn)(uint64_t *checksum);

struct bench_kernel {
    const char *name;   /* one short word, printed in the result lines */
    bench_kernel_fn run;
    uint64_t expect;    /* checksum of a correct run */
};

/* The kernels in run order (table.c). */
extern const struct bench_kernel bench_kernels[];
extern const int bench_nkernels;

int kernel_sort(uint64_t *checksum);
int kernel_crc32(uint64_t *checksum);
int kernel_matmul(uint64_t *checksum);
int kernel_sieve(uint64_t *checksum);
int kernel_interp(uint64_t *checksum);
int kernel_fp(uint64_t *checksum);

/*
 * The kernels' pseudo-random numbers: SplitMix64 (Steele, Lea, Flood 2014), a
 * 64-bit counter passed through an invertible mixing function. Small, fast, and
 * deterministic on every host.
 */
static inline uint64_t bench_rand(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Fold value into a running checksum (order-sensitive). */
static inline uint64_t bench_fold(uint64_t sum, uint64_t value)
{
    sum ^= value + 0x9e3779b97f4a7c15ULL + (sum << 6) + (sum >> 2);
    return sum;
}

#endif
