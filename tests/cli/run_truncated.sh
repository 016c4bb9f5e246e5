#!/bin/sh
# run_truncated.sh RVSCOPE ELF: run rvscope on the first 600 bytes of ELF.
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
head -c 600 "$2" > "$dir/truncated.elf"
"$1" "$dir/truncated.elf"
