/*
 * crc32: CRC-32 (the reflected 0xEDB88320 polynomial of Ethernet, zlib, PNG) over a
 * pseudo-random buffer, table-driven, one byte per step.
 *
 * Each round takes the CRC of the whole buffer, checks the table code against a
 * bit-at-a-time CRC over the first CRC_CHECK bytes, and then flips one byte chosen
 * by the CRC, so every round depends on the one before.
 * Exercises: byte loads, shifts, xor, table lookups.
 *
 * Self-checks: 1 = wrong CRC of "123456789" (must be 0xCBF43926),
 *              2 = table and bitwise CRCs disagree.
 */
#include "kernels.h"

#define CRC_POLY     0xedb88320u
#define CRC_BUF      32768
#define CRC_CHECK    512
#define CRC_ROUNDS   1050

static uint32_t crc_table[256];
static uint8_t buf[CRC_BUF];

/* Bit-at-a-time update: the definition, kept free of branches on data. */
static uint32_t crc_bitwise(uint32_t crc, const uint8_t *p, long n)
{
    for (long i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (CRC_POLY & -(crc & 1));
    }
    return crc;
}

static void crc_make_table(void)
{
    for (uint32_t b = 0; b < 256; b++) {
        uint8_t byte = (uint8_t)b;
        crc_table[b] = crc_bitwise(0, &byte, 1);
    }
}

static uint32_t crc_update(uint32_t crc, const uint8_t *p, long n)
{
    for (long i = 0; i < n; i++)
        crc = (crc >> 8) ^ crc_table[(crc ^ p[i]) & 0xff];
    return crc;
}

/* CRC-32 as specified: initial value and final xor all ones. */
static uint32_t crc32(const uint8_t *p, long n)
{
    return ~crc_update(~0u, p, n);
}

int kernel_crc32(uint64_t *checksum)
{
    static const uint8_t check[9] = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
    uint64_t rng = 0xc3c32;
    uint64_t sum = 0;

    crc_make_table();
    if (crc32(check, 9) != 0xcbf43926u || ~crc_bitwise(~0u, check, 9) != 0xcbf43926u)
        return 1;

    for (long i = 0; i < CRC_BUF; i += 8) {
        uint64_t r = bench_rand(&rng);
        for (int k = 0; k < 8; k++)
            buf[i + k] = (uint8_t)(r >> (8 * k));
    }

    for (int round = 0; round < CRC_ROUNDS; round++) {
        uint32_t crc = crc32(buf, CRC_BUF);
        if (crc32(buf, CRC_CHECK) != ~crc_bitwise(~0u, buf, CRC_CHECK))
            return 2;
        sum = bench_fold(sum, crc);
        buf[crc % CRC_BUF] ^= (uint8_t)(crc >> 24) | 1;
    }
    *checksum = sum;
    return 0;
}
