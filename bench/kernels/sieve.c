/*
 * sieve: sieve of Eratosthenes over the odd numbers, one byte per number.
 *
 * Round r sieves below SIEVE_LIMIT - r * SIEVE_STEP, counts the primes, and folds
 * the count and the largest prime into the checksum.
 * Exercises: byte stores with large strides, a data-dependent counting loop.
 *
 * Self-check: 1 = wrong number of primes below 2,000,000 (must be 148933).
 */
#include "kernels.h"

#define SIEVE_LIMIT  2000000
#define SIEVE_STEP   7919
#define SIEVE_ROUNDS 30

/* composite[i] describes the odd number 2i + 1. */
static uint8_t composite[SIEVE_LIMIT / 2];

/* Count the primes below limit; store the largest in *largest. */
static uint64_t sieve(long limit, uint64_t *largest)
{
    long half = limit / 2;  /* odd numbers 1, 3, ..., below limit */

    for (long i = 0; i < half; i++)
        composite[i] = 0;
    for (long i = 1; (2 * i + 1) * (2 * i + 1) < limit; i++) {
        if (composite[i])
            continue;
        long p = 2 * i + 1;
        for (long j = (p * p) / 2; j < half; j += p)
            composite[j] = 1;
    }

    uint64_t count = limit > 2 ? 1 : 0;  /* the even prime 2 */
    *largest = count ? 2 : 0;
    for (long i = 1; i < half; i++) {
        if (!composite[i]) {
            count++;
            *largest = (uint64_t)(2 * i + 1);
        }
    }
    return count;
}

int kernel_sieve(uint64_t *checksum)
{
    uint64_t sum = 0;

    for (int round = 0; round < SIEVE_ROUNDS; round++) {
        uint64_t largest;
        uint64_t count = sieve(SIEVE_LIMIT - (long)round * SIEVE_STEP, &largest);
        if (round == 0 && count != 148933)
            return 1;
        sum = bench_fold(sum, count);
        sum = bench_fold(sum, largest);
    }
    *checksum = sum;
    return 0;
}
