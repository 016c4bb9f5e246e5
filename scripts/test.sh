#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build the normal
# and the sanitizer (ASan + UBSan) configurations, and run every test in both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)

echo "== normal build =="
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")

echo "== sanitizer build (ASan + UBSan) =="
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRVSCOPE_SANITIZE=ON >/dev/null
cmake --build build-sanitize -j"$jobs"
# The QEMU peer runs do not execute rvscope code, so they run in the normal build only.
(cd build-sanitize && ctest --output-on-failure -j"$jobs" -LE qemu)
