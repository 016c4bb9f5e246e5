#!/bin/sh
# run_raw.sh RVSCOPE ELF: turn ELF into a raw binary and run it with -kernel.
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
riscv64-unknown-elf-objcopy -O binary "$2" "$dir/image.bin" || exit 1
"$1" -kernel "$dir/image.bin"
