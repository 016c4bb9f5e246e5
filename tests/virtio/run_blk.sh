#!/bin/sh
# run_blk.sh KIND TRANSPORT EMULATOR GUEST.elf
#
# Runs tests/virtio/board_virtio_blk.elf with a writable disk, a read-only disk and a
# virtio-rng, then checks the images byte for byte.
#   KIND       rvscope | qemu      (how to spell the command line)
#   TRANSPORT  modern | legacy     (virtio-mmio Version 2 or 1)
# rvscope modern uses rvscope's short spelling (-drive file=...), rvscope legacy uses
# QEMU's (-drive if=none,id=... -device virtio-blk-device,drive=...,bus=...), so both
# are exercised. Passes when the guest exits 0, reports the expected transport
# version, and the images hold exactly what the guest wrote.
set -u
kind=$1 transport=$2 emu=$3 elf=$4

dir=$(mktemp -d "${TMPDIR:-/tmp}/rvscope_virtio.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT INT TERM

# sectors WORD FIRST COUNT: the test pattern, 16 lines of 31 characters + '\n' each.
sectors() {
    s=$2
    while [ "$s" -lt $(($2 + $3)) ]; do
        l=0
        while [ $l -lt 16 ]; do
            printf '%-31s\n' "$1 sector $s line $l"
            l=$((l + 1))
        done
        s=$((s + 1))
    done
}

sectors initial 0 64 > "$dir/disk.img"
sectors readonly 0 16 > "$dir/ro.img"
chmod a-w "$dir/ro.img"
{ sectors initial 0 8; sectors written 8 10; sectors initial 18 46; } > "$dir/expect.img"
cp "$dir/ro.img" "$dir/ro.expect"

case $transport in
modern) legacy=off; version=2 ;;
legacy) legacy=on; version=1 ;;
*) echo "run_blk.sh: transport must be modern or legacy"; exit 2 ;;
esac

if [ "$kind" = qemu ] || [ "$transport" = legacy ]; then
    devices="-global virtio-mmio.force-legacy=$legacy
        -drive file=$dir/disk.img,format=raw,if=none,id=d0
        -device virtio-blk-device,drive=d0,bus=virtio-mmio-bus.0
        -drive file=$dir/ro.img,format=raw,if=none,id=d1,readonly=on
        -device virtio-blk-device,drive=d1,bus=virtio-mmio-bus.1
        -device virtio-rng-device,bus=virtio-mmio-bus.2"
else
    devices="-drive file=$dir/disk.img,format=raw
        -drive file=$dir/ro.img,format=raw,readonly=on
        -device virtio-rng-device"
fi
case $kind in
qemu) machine="-M virt -bios none -nographic -monitor none -serial stdio" ;;
rvscope) machine="" ;;
*) echo "run_blk.sh: kind must be rvscope or qemu"; exit 2 ;;
esac

# shellcheck disable=SC2086 # the option lists are meant to be split
out=$("$emu" $machine -kernel "$elf" $devices 2>&1 </dev/null)
status=$?
out=$(printf '%s\n' "$out" | tr -d '\r')
printf '%s\n' "$out"

fail() {
    echo "FAIL: $*"
    exit 1
}
[ "$status" -eq 0 ] || fail "guest exit status $status"
printf '%s\n' "$out" | grep -q "^virtio-mmio version $version: " ||
    fail "the guest did not see virtio-mmio version $version"
printf '%s\n' "$out" | grep -q '^virtio: pass$' || fail "no 'virtio: pass' line"
cmp "$dir/expect.img" "$dir/disk.img" || fail "disk.img does not hold what the guest wrote"
cmp "$dir/ro.expect" "$dir/ro.img" || fail "the read-only image changed"
echo "ok: $kind $transport: guest passed and the images are right"
