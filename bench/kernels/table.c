/*
 * The benchmark's kernels, in run order, with the checksum of a correct run.
 *
 * The checksums depend on every size and seed in the kernel files. After changing
 * one, run bench/refgen.sh: it builds the kernels for the host, runs them, and
 * prints the lines to paste here.
 */
#include "kernels.h"

const struct bench_kernel bench_kernels[] = {
    /* quicksort of pseudo-random 64-bit keys */
    {"sort",   kernel_sort,   0x26a5daf4750eed4bULL},
    /* table-driven CRC-32 of a changing buffer */
    {"crc32",  kernel_crc32,  0x78d107814101d3f4ULL},
    /* 64-bit integer matrix multiply, chained */
    {"matmul", kernel_matmul, 0xc67854c065721b67ULL},
    /* odd-only sieve of Eratosthenes */
    {"sieve",  kernel_sieve,  0xa35fcb487fe01d15ULL},
    /* bytecode interpreter: Collatz and gcd programs */
    {"interp", kernel_interp, 0x4867eaa17c35990cULL},
    /* n-body and vector kernels in double precision */
    {"fp",     kernel_fp,     0xde6c1673ea3c2a3aULL},
};

const int bench_nkernels = sizeof bench_kernels / sizeof bench_kernels[0];
