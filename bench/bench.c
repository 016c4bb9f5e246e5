/*
 * The benchmark runner: runs the kernels of kernels/table.c in order and checks each
 * result, so a wrong emulator fails instead of posting a time. Timing is done from
 * outside (bench/run.sh), which keeps the output identical on every machine:
 *
 *   bench: rvscope benchmark (M-mode, bare), 6 kernels
 *   bench: sort    ok  checksum 0x26a5daf4750eed4b
 *   ...
 *   bench: ok
 *
 * Built with -DBENCH_COUNTERS=1, each line also shows the instret and cycle counts
 * the kernel took (rdinstret/rdcycle; under S-mode the start-up must allow them in
 * mcounteren). On QEMU these are exact only with -icount shift=0.
 */
#include "bench.h"

#include "kernels/kernels.h"
#include "rt.h"

#ifndef BENCH_COUNTERS
#define BENCH_COUNTERS 0
#endif

#define read_counter(insn)                          \
    ({                                              \
        uint64_t v_;                                \
        __asm__ volatile(insn " %0" : "=r"(v_));    \
        v_;                                         \
    })

/* Run one kernel and print its line. Returns 1 if it passed. */
static int run_one(const struct bench_kernel *k)
{
    uint64_t sum = 0, instret = 0, cycles = 0;

    rt_printf("bench: %-7s ", k->name);
    if (BENCH_COUNTERS) {
        instret = read_counter("rdinstret");
        cycles = read_counter("rdcycle");
    }
    int rc = k->run(&sum);
    if (BENCH_COUNTERS) {
        instret = read_counter("rdinstret") - instret;
        cycles = read_counter("rdcycle") - cycles;
    }

    if (rc != 0)
        rt_printf("FAILED self-check %d", rc);
    else if (sum != k->expect)
        rt_printf("FAILED checksum 0x%016lx, expected 0x%016lx", sum, k->expect);
    else
        rt_printf("ok  checksum 0x%016lx", sum);
    if (BENCH_COUNTERS)
        rt_printf("  instret %lu cycles %lu", instret, cycles);
    rt_printf("\n");
    return rc == 0 && sum == k->expect;
}

int bench_run(const char *mode)
{
    int failed = 0;

    rt_printf("bench: rvscope benchmark (%s), %d kernels\n", mode, bench_nkernels);
    for (int i = 0; i < bench_nkernels; i++)
        failed += !run_one(&bench_kernels[i]);

    if (BENCH_COUNTERS)
        rt_printf("bench: instret since reset %lu\n", read_counter("rdinstret"));
    if (failed) {
        rt_printf("bench: FAILED (%d of %d kernels)\n", failed, bench_nkernels);
        return 1;
    }
    rt_printf("bench: ok\n");
    return 0;
}
