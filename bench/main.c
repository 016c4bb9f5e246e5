/*
 * bench.elf: the benchmark in M-mode with paging off, as crt0.S leaves the machine.
 * Exit status (through the test finisher): 0 = every kernel passed, 1 = some kernel
 * failed, 125 = unexpected trap (see guest/demo/rt.h).
 */
#include "bench.h"
#include "rt.h"

int main(void)
{
    return bench_run("M-mode, bare");
}
