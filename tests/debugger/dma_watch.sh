#!/bin/sh
# dma_watch.sh RVSCOPE NM GUEST SCRIPT: physical watchpoints stop on a device's DMA.
# GUEST is the virtio-blk board test; SCRIPT (dma.cmd) watches the used ring's index
# (written by the device only) and the request header (read by the device only). The
# transcript must show the DMA stop at the addresses the guest's symbols give, the
# device named, and the hit counts.
rvscope=$1 nm=$2 guest=$3 script=$4
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
dd if=/dev/zero of="$tmp/disk.img" bs=512 count=64 2>/dev/null || exit 1
"$rvscope" -x "$script" -drive "file=$tmp/disk.img,format=raw" "$guest" </dev/null \
    >"$tmp/out" 2>&1
status=$?
sym() { "$nm" "$guest" | awk -v s="$1" '$3 == s { print $1 }' | sed 's/^0*//'; }
rings=$(sym rings) hdr=$(sym hdr)
if [ -z "$rings" ] || [ -z "$hdr" ]; then
    echo "FAIL: no symbols rings/hdr in $guest"
    exit 1
fi
used_idx=$(printf '%x' $((0x$rings + 4098)))
fail=0
expect() {
    if ! grep -Eq -- "$1" "$tmp/out"; then
        echo "FAIL: no line matches /$1/"
        fail=1
    fi
}
# the device reads the first request's header, then completes it (watchpoint 1 saw the
# .bss clearing first)
expect "^watchpoint 2: virtio-blk DMA read at pa 0x$hdr \\(now 0x[0-9a-f]+\\)$"
expect "^1 +watch w +2  p:0x$used_idx, 2 bytes$"
expect "^2 +watch r +1  p:0x$hdr, 16 bytes$"
expect "^p:0x$used_idx <rings\\+0x1002>: +0x0001$"
[ "$status" -eq 0 ] || { echo "FAIL: exit status $status"; fail=1; }
if [ $fail -ne 0 ]; then
    echo "--- session ---"
    cat "$tmp/out"
fi
exit $fail
