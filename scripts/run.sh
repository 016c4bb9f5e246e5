#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build everything,
# and boot the bundled kernel on rvscope to its shell (Ctrl-A x quits). Extra arguments
# go to rvscope (e.g. -smp 3, --debug).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
exec ./build/rvscope "$@"
