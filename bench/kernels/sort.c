/*
 * sort: quicksort of pseudo-random 64-bit keys.
 *
 * Each round fills the array (odd rounds with only 256 distinct keys, so the
 * equal-key paths run too), sorts it with a median-of-three Hoare quicksort that
 * finishes short ranges by insertion sort, and checks the result.
 * Exercises: loads/stores, compares and unpredictable branches, recursion.
 *
 * Self-checks: 1 = not in order, 2 = keys lost or changed (sum or xor differs).
 */
#include "kernels.h"

#define SORT_N      32768
#define SORT_ROUNDS 88
#define SORT_SMALL  16  /* ranges this short are finished by insertion sort */

static uint64_t keys[SORT_N];

static void insertion_sort(uint64_t *a, long n)
{
    for (long i = 1; i < n; i++) {
        uint64_t v = a[i];
        long j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static inline void swap(uint64_t *x, uint64_t *y)
{
    uint64_t t = *x;
    *x = *y;
    *y = t;
}

/*
 * Sort a[0..n). Recurse into the shorter part and loop on the longer, so the
 * stack never holds more than log2(n) frames.
 */
static void quick_sort(uint64_t *a, long n)
{
    while (n > SORT_SMALL) {
        long mid = (n - 1) / 2;
        /* Median of first, middle and last ends up in a[mid]. */
        if (a[mid] < a[0])
            swap(&a[mid], &a[0]);
        if (a[n - 1] < a[0])
            swap(&a[n - 1], &a[0]);
        if (a[n - 1] < a[mid])
            swap(&a[n - 1], &a[mid]);
        uint64_t pivot = a[mid];

        /* Hoare partition: afterwards a[0..j] <= pivot <= a[j+1..n). */
        long i = -1, j = n;
        for (;;) {
            do
                i++;
            while (a[i] < pivot);
            do
                j--;
            while (a[j] > pivot);
            if (i >= j)
                break;
            swap(&a[i], &a[j]);
        }

        long left = j + 1, right = n - left;
        if (left < right) {
            quick_sort(a, left);
            a += left;
            n = right;
        } else {
            quick_sort(a + left, right);
            n = left;
        }
    }
    insertion_sort(a, n);
}

int kernel_sort(uint64_t *checksum)
{
    uint64_t rng = 0x5017;
    uint64_t sum = 0;

    for (int round = 0; round < SORT_ROUNDS; round++) {
        uint64_t mask = (round & 1) ? 0xff : ~0ULL;
        uint64_t add = 0, xor = 0;
        for (long i = 0; i < SORT_N; i++) {
            keys[i] = bench_rand(&rng) & mask;
            add += keys[i];
            xor ^= keys[i];
        }

        quick_sort(keys, SORT_N);

        uint64_t add2 = keys[0], xor2 = keys[0], hash = keys[0];
        for (long i = 1; i < SORT_N; i++) {
            if (keys[i - 1] > keys[i])
                return 1;
            add2 += keys[i];
            xor2 ^= keys[i];
            hash = (hash ^ keys[i]) * 0x100000001b3ULL;
        }
        if (add2 != add || xor2 != xor)
            return 2;
        sum = bench_fold(sum, hash);
    }
    *checksum = sum;
    return 0;
}
