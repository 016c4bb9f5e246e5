#!/usr/bin/env bash
# Run the benchmark guest on rvscope and on QEMU, check both passed, and compare.
#
# Usage: bench/run.sh [-n RUNS] [-t SECONDS] [--qemu-only]
#   -n RUNS       run each emulator RUNS times and keep the best wall time (default 1)
#   -t SECONDS    give up on one run after SECONDS (default 300)
#   --qemu-only   skip rvscope (useful before the emulator exists)
# Environment: RVSCOPE (default build/rvscope), BENCH_ELF (default
# build/cross/bench/bench.elf), BENCH_SV39_ELF (default build/cross/bench/bench-sv39.elf,
# empty to skip), QEMU (default qemu-system-riscv64), RVSCOPE_NOHUB (default
# build-nohub/rvscope: rvscope built with -DRVSCOPE_EVENTS=OFF, built there when missing;
# empty to skip), BENCH_KERNEL (default build/cross/guest/kernel/kernel.elf, empty to
# skip) with BENCH_FS_IMG (default build/fs.img) and BENCH_KERNEL_INSNS (default 400000000).
#
# What it prints: MIPS and wall times; rvscope/QEMU; the cost of the event hub with nobody
# listening (hub/no-hub, on bench.elf) and with --trace ecall,satp on (traced/plain, on
# bench.elf and on the bundled kernel running usertests for BENCH_KERNEL_INSNS
# instructions, where system calls are frequent; CPU seconds there, since the kernel
# also waits for its timer); Sv39/bare.
#
# Builds the project first (cmake -S . -B build && cmake --build build -j2) when the
# emulator or the guest is missing. Exit status: 0 when every run printed "bench: ok"
# and exited 0, 1 when a run failed or timed out, 2 on a usage or build problem.
# The times are only reported, never judged.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2

rvscope=${RVSCOPE:-build/rvscope}
elf=${BENCH_ELF:-build/cross/bench/bench.elf}
# The same kernels in S-mode under Sv39 paging (bench/main_sv39.c), for the cost of
# address translation; BENCH_SV39_ELF= (empty) skips it.
sv39_elf=${BENCH_SV39_ELF-build/cross/bench/bench-sv39.elf}
qemu=${QEMU:-qemu-system-riscv64}
nohub=${RVSCOPE_NOHUB-build-nohub/rvscope}
kernel=${BENCH_KERNEL-build/cross/guest/kernel/kernel.elf}
fs_img=${BENCH_FS_IMG:-build/fs.img}
kernel_insns=${BENCH_KERNEL_INSNS:-400000000}
runs=1
limit=300
use_rvscope=1

usage() {
    sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case $1 in
        -n) runs=${2:-}; shift 2 || usage ;;
        -t) limit=${2:-}; shift 2 || usage ;;
        --qemu-only) use_rvscope=0; shift ;;
        -h|--help) usage ;;
        *) echo "run.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
done
case $runs in ''|*[!0-9]*|0) echo "run.sh: -n wants a positive number, not '$runs'" >&2; exit 2 ;; esac
case $limit in ''|*[!0-9]*|0) echo "run.sh: -t wants a positive number of seconds, not '$limit'" >&2; exit 2 ;; esac

if [ ! -f "$elf" ] || { [ $use_rvscope = 1 ] && [ ! -x "$rvscope" ]; }; then
    echo "run.sh: $elf or $rvscope missing; building the project in build/" >&2
    if ! { cmake -S . -B build && cmake --build build -j2; }; then
        echo "run.sh: build failed; fix it or run with --qemu-only and an existing BENCH_ELF" >&2
        exit 2
    fi
fi
if [ ! -f "$elf" ]; then
    echo "run.sh: $elf still missing after the build" >&2
    exit 2
fi
if [ $use_rvscope = 1 ] && [ ! -x "$rvscope" ]; then
    echo "run.sh: $rvscope still missing after the build (or use --qemu-only)" >&2
    exit 2
fi
if [ $use_rvscope = 1 ] && [ -n "$nohub" ] && [ ! -x "$nohub" ]; then
    echo "run.sh: $nohub missing; building rvscope without the event hub in $(dirname "$nohub")" >&2
    if ! { cmake -S . -B "$(dirname "$nohub")" -DRVSCOPE_EVENTS=OFF >/dev/null &&
           cmake --build "$(dirname "$nohub")" --target rvscope -j2 >/dev/null; }; then
        echo "run.sh: could not build $nohub; skipping the hub/no-hub ratio" >&2
        nohub=
    fi
fi
if [ -n "$kernel" ] && { [ ! -f "$kernel" ] || [ ! -f "$fs_img" ]; }; then
    echo "run.sh: $kernel or $fs_img missing; skipping the kernel workload" >&2
    kernel=
fi
use_qemu=1
if ! command -v "$qemu" >/dev/null 2>&1; then
    echo "run.sh: $qemu not found; reporting rvscope alone" >&2
    use_qemu=0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run_once NAME COMMAND...: one timed run with output in $tmp/NAME.{out,err}.
# Prints the wall time in seconds; returns non-zero (after saying why) on failure.
run_once() {
    local name=$1 start end rc
    shift
    start=$(date +%s.%N)
    timeout --kill-after=5 "$limit" "$@" </dev/null >"$tmp/$name.out" 2>"$tmp/$name.err"
    rc=$?
    end=$(date +%s.%N)
    if [ $rc = 124 ] || [ $rc = 137 ]; then
        echo "run.sh: $name: timed out after $limit s" >&2
    elif [ $rc != 0 ]; then
        echo "run.sh: $name: exit status $rc" >&2
    elif ! tr -d '\r' <"$tmp/$name.out" | grep -qx 'bench: ok'; then
        echo "run.sh: $name: exited 0 but never printed 'bench: ok'" >&2
        rc=1
    fi
    if [ $rc != 0 ]; then
        echo "--- last lines of $name's output:" >&2
        tail -n 12 "$tmp/$name.out" "$tmp/$name.err" >&2
        return 1
    fi
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}

# best RUNNER NAME ARGS...: the best time over $runs runs of `RUNNER NAME ARGS...`
# (run_once or run_kernel); keeps that run's output in $tmp/NAME.best.{out,err}.
# Prints nothing and returns 1 if any run fails.
best() {
    local runner=$1 name=$2 i t best_t=
    shift 2
    for i in $(seq "$runs"); do
        t=$("$runner" "$name" "$@") || return 1
        echo "run.sh: $name run $i/$runs: $t s" >&2
        if [ -z "$best_t" ] || awk -v x="$t" -v y="$best_t" 'BEGIN { exit !(x < y) }'; then
            best_t=$t
            cp "$tmp/$name.out" "$tmp/$name.best.out"
            cp "$tmp/$name.err" "$tmp/$name.best.err"
        fi
    done
    echo "$best_t"
}

# run_kernel NAME RVSCOPE-ARGS...: the bundled kernel on a fresh copy of the image,
# typing usertests, stopped by --max-insns (exit status 3). Prints CPU seconds (user +
# system): the guest's timer waits are not the emulator's work.
run_kernel() {
    local name=$1 rc t
    shift
    cp "$fs_img" "$tmp/kernel.img" || return 1
    t=$( { TIMEFORMAT='%U %S'; time printf 'usertests\n' |
        timeout --kill-after=5 "$limit" "$@" -smp 1 --max-insns "$kernel_insns" \
            -drive "file=$tmp/kernel.img,format=raw" "$kernel" \
            >"$tmp/$name.out" 2>"$tmp/$name.err"; } 2>&1 )
    rc=$(grep -c 'stopped after [0-9]* instructions (--max-insns)' "$tmp/$name.err")
    if [ "$rc" != 1 ]; then
        echo "run.sh: $name: the kernel did not run to --max-insns" >&2
        tail -n 12 "$tmp/$name.out" "$tmp/$name.err" >&2
        return 1
    fi
    awk -v u="${t% *}" -v s="${t#* }" 'BEGIN { printf "%.3f\n", u + s }'
}

failed=0
rv_time=
qemu_time=
if [ $use_rvscope = 1 ]; then
    rv_time=$(best run_once rvscope "$rvscope" --stats "$elf") || failed=1
fi
if [ $use_qemu = 1 ]; then
    qemu_time=$(best run_once qemu "$qemu" -M virt -bios none -nographic -kernel "$elf") || failed=1
fi
sv39_time=
if [ $use_rvscope = 1 ] && [ -n "$sv39_elf" ]; then
    sv39_time=$(best run_once rvscope-sv39 "$rvscope" "$sv39_elf") || failed=1
fi
# The cost of observing: the same run with the debugger's ecall trace subscribed
# (lines to /dev/null), against the plain run above.
traced_time=
if [ $use_rvscope = 1 ]; then
    traced_time=$(best run_once rvscope-traced "$rvscope" --trace ecall,satp --trace-out /dev/null "$elf") ||
        failed=1
fi

nohub_time=
if [ $use_rvscope = 1 ] && [ -n "$nohub" ]; then
    nohub_time=$(best run_once rvscope-nohub "$nohub" "$elf") || failed=1
fi
k_plain= k_traced=
if [ $use_rvscope = 1 ] && [ -n "$kernel" ]; then
    k_plain=$(best run_kernel kernel-plain "$rvscope") || failed=1
    k_traced=$(best run_kernel kernel-traced "$rvscope" --trace ecall,satp --trace-out /dev/null) ||
        failed=1
fi

# rvscope --stats ends with: "rvscope: stats: N instructions in T s (M MIPS)".
insns=''
rv_mips=''
if [ -n "$rv_time" ]; then
    read -r insns rv_mips < <(tr -d '\r' <"$tmp/rvscope.best.err" |
        sed -n 's/^rvscope: stats: \([0-9]*\) instructions in [0-9.]* s (\([0-9.]*\) MIPS).*/\1 \2/p' |
        tail -n 1)
fi

# mips INSNS SECONDS: millions of instructions per wall-clock second.
mips() { awk -v n="$1" -v t="$2" 'BEGIN { if (t > 0) printf "%.1f", n / t / 1e6; else print "-" }'; }

echo
echo "bench: $elf, best of $runs run(s) each"
printf '%-10s %10s %16s %10s\n' emulator "wall (s)" instructions "MIPS"
if [ $use_rvscope = 1 ]; then
    if [ -z "$rv_time" ]; then
        printf '%-10s %10s\n' rvscope FAILED
    elif [ -n "$insns" ]; then
        printf '%-10s %10s %16s %10s  (rvscope says %s)\n' rvscope "$rv_time" "$insns" \
            "$(mips "$insns" "$rv_time")" "$rv_mips"
    else
        printf '%-10s %10s %16s %10s  (no stats line from rvscope --stats)\n' rvscope "$rv_time" - -
    fi
fi
if [ $use_qemu = 1 ]; then
    if [ -z "$qemu_time" ]; then
        printf '%-10s %10s\n' qemu FAILED
    elif [ -n "$insns" ]; then
        # Same deterministic program, so the same instruction count as on rvscope.
        printf '%-10s %10s %16s %10s  (count taken from rvscope)\n' qemu "$qemu_time" "$insns" \
            "$(mips "$insns" "$qemu_time")"
    else
        printf '%-10s %10s %16s %10s\n' qemu "$qemu_time" - -
    fi
fi
if [ -n "$rv_time" ] && [ -n "$qemu_time" ]; then
    awk -v r="$rv_time" -v q="$qemu_time" \
        'BEGIN { printf "ratio rvscope/qemu wall time: %.2fx\n", (q > 0 ? r / q : 0) }'
fi
if [ -n "$rv_time" ] && [ -n "$traced_time" ]; then
    printf '%-10s %10s  (--trace ecall,satp)\n' rvscope-traced "$traced_time"
    awk -v s="$traced_time" -v b="$rv_time" \
        'BEGIN { printf "ratio rvscope traced/plain wall time: %.2fx\n", (b > 0 ? s / b : 0) }'
fi
if [ -n "$rv_time" ] && [ -n "$nohub_time" ]; then
    printf '%-10s %10s  (%s: built with -DRVSCOPE_EVENTS=OFF)\n' rvscope-nohub "$nohub_time" "$nohub"
    awk -v h="$rv_time" -v n="$nohub_time" \
        'BEGIN { printf "ratio rvscope hub/no-hub wall time: %.3fx\n", (n > 0 ? h / n : 0) }'
fi
if [ -n "$k_plain" ] && [ -n "$k_traced" ]; then
    printf 'kernel     %10s  CPU s: bundled kernel, usertests, %s instructions\n' "$k_plain" \
        "$kernel_insns"
    printf 'kernel     %10s  CPU s: the same with --trace ecall,satp\n' "$k_traced"
    awk -v s="$k_traced" -v b="$k_plain" \
        'BEGIN { printf "ratio kernel traced/plain CPU time: %.3fx\n", (b > 0 ? s / b : 0) }'
fi
if [ -n "$rv_time" ] && [ -n "$sv39_time" ]; then
    printf '%-10s %10s  (%s: S-mode, Sv39 paging)\n' rvscope-sv39 "$sv39_time" "$sv39_elf"
    awk -v s="$sv39_time" -v b="$rv_time" \
        'BEGIN { printf "ratio rvscope Sv39/bare wall time: %.2fx\n", (b > 0 ? s / b : 0) }'
fi
exit $failed
