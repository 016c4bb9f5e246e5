/*
 * matmul: dense integer matrix multiply, C = A * B on 64-bit entries with
 * wrap-around (arithmetic mod 2^64), i-k-j loop order.
 *
 * Each round multiplies, checks the product, folds it into the checksum (through a
 * high-half multiply), and derives the next A from C, so rounds chain.
 * Exercises: mul, mulhu, 64-bit loads/stores, tight counted loops.
 *
 * Self-check: 1 = column sums disagree. Because the product is linear, even mod
 * 2^64 the column sums of C must equal (column sums of A) * B; this needs only
 * O(N^2) work, so it checks the O(N^3) product cheaply.
 */
#include "kernels.h"

#define MM_N      96
#define MM_ROUNDS 56

static uint64_t A[MM_N][MM_N], B[MM_N][MM_N], C[MM_N][MM_N];

static void multiply(void)
{
    for (int i = 0; i < MM_N; i++) {
        for (int j = 0; j < MM_N; j++)
            C[i][j] = 0;
        for (int k = 0; k < MM_N; k++) {
            uint64_t aik = A[i][k];
            for (int j = 0; j < MM_N; j++)
                C[i][j] += aik * B[k][j];
        }
    }
}

static int column_sums_agree(void)
{
    uint64_t acol[MM_N];

    for (int k = 0; k < MM_N; k++) {
        acol[k] = 0;
        for (int i = 0; i < MM_N; i++)
            acol[k] += A[i][k];
    }
    for (int j = 0; j < MM_N; j++) {
        uint64_t want = 0, got = 0;
        for (int k = 0; k < MM_N; k++)
            want += acol[k] * B[k][j];
        for (int i = 0; i < MM_N; i++)
            got += C[i][j];
        if (want != got)
            return 0;
    }
    return 1;
}

int kernel_matmul(uint64_t *checksum)
{
    uint64_t rng = 0x3a7;
    uint64_t sum = 0;

    for (int i = 0; i < MM_N; i++) {
        for (int j = 0; j < MM_N; j++) {
            A[i][j] = bench_rand(&rng);
            B[i][j] = bench_rand(&rng);
        }
    }

    for (int round = 0; round < MM_ROUNDS; round++) {
        multiply();
        if (!column_sums_agree())
            return 1;
        for (int i = 0; i < MM_N; i++) {
            for (int j = 0; j < MM_N; j++) {
                uint64_t c = C[i][j];
                unsigned __int128 wide = (unsigned __int128)c * 0xff51afd7ed558ccdULL;
                sum = bench_fold(sum, (uint64_t)(wide >> 64));
                A[i][j] = c ^ (c >> 29) ^ (uint64_t)(i * MM_N + j);
            }
        }
    }
    *checksum = sum;
    return 0;
}
