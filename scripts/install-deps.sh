#!/usr/bin/env bash
# Install the Debian packages rvscope needs, only those that are missing.
# Idempotent and non-interactive: with everything present it does nothing.
set -euo pipefail

packages=(
  cmake make gcc pkg-config
  libelf-dev libreadline-dev libsdl2-dev libfdt-dev
  gcc-riscv64-unknown-elf binutils-riscv64-unknown-elf
  qemu-system-misc gdb-multiarch device-tree-compiler expect opensbi
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
