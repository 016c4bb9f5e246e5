#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build everything,
# and run the bundled guest on rvscope. Extra arguments go to rvscope.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
exec ./build/rvscope "$@" build/cross/guest/demo/hello.elf
