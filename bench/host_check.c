/*
 * Host reference for the benchmark: runs the kernels natively (built by refgen.sh
 * with the host compiler) and prints, for each, the entry table.c should contain.
 * Exit status 0 when every self-check passes and every checksum matches table.c.
 *
 * This works because the kernels are plain C whose every result is defined exactly:
 * integer arithmetic mod 2^64, and IEEE 754 doubles with explicit fused multiply-adds
 * and no contraction (-ffp-contract=off on both sides).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "kernels/kernels.h"

int main(void)
{
    int bad = 0;

    for (int i = 0; i < bench_nkernels; i++) {
        const struct bench_kernel *k = &bench_kernels[i];
        uint64_t sum = 0;
        int rc = k->run(&sum);
        if (rc != 0) {
            printf("    %s: self-check %d FAILED\n", k->name, rc);
            bad++;
            continue;
        }
        printf("    {\"%s\",%*s kernel_%s,%*s 0x%016" PRIx64 "ULL},%s\n", k->name,
               (int)(6 - strlen(k->name)), "", k->name, (int)(6 - strlen(k->name)), "",
               sum, sum == k->expect ? "" : "   <- differs from table.c");
        if (sum != k->expect)
            bad++;
    }
    return bad != 0;
}
