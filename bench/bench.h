/*
 * The benchmark runner, shared by every way of starting it. main.c starts it in
 * M-mode with paging off; a later start-up (e.g. Sv39 identity-mapped, in S-mode)
 * only has to reach bench_run() in some privilege mode with the UART and the test
 * finisher still reachable at their physical addresses.
 */
#ifndef BENCH_H
#define BENCH_H

/*
 * Run every kernel in kernels/table.c, print one result line each and a final
 * "bench: ok" (or "bench: FAILED ..."). mode is printed in the banner, e.g.
 * "M-mode, bare". Returns 0 when every kernel passed, else 1.
 */
int bench_run(const char *mode);

#endif
