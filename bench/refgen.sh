#!/usr/bin/env bash
# Recompute the benchmark's expected checksums on the host.
#
# Builds bench/kernels/*.c with the host C compiler and the same floating-point flags
# as the guest build, runs them, and prints one line per kernel: the checksum that
# belongs in bench/kernels/table.c. Exit status 0 iff table.c already matches.
#
# Usage: bench/refgen.sh            (from anywhere; needs cc or $CC)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"${CC:-cc}" -std=gnu11 -O2 -Wall -Wextra -ffp-contract=off -fno-math-errno \
    -o "$tmp/host_check" "$here/host_check.c" "$here"/kernels/*.c -lm
"$tmp/host_check"
