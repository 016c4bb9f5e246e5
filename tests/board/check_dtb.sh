#!/bin/sh
# check_dtb.sh RVSCOPE DTC KERNEL: dump rvscope's device tree for a 2-hart, 256 MiB machine with
# a command line, decompile it with dtc (no warnings allowed) and check its nodes.
rvscope=$1
dtc=$2
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
"$rvscope" -smp 2 -m 256M -append "console=ttyS0 rvscope" -dumpdtb "$dir/virt.dtb" || exit 1
if ! "$dtc" -I dtb -O dts -o "$dir/virt.dts" "$dir/virt.dtb" 2>"$dir/warnings"; then
    echo "FAIL: dtc cannot decompile the blob"; cat "$dir/warnings"; exit 1
fi
if [ -s "$dir/warnings" ]; then
    echo "FAIL: dtc warnings:"; cat "$dir/warnings"; exit 1
fi
fail=0
expect() {
    if ! grep -Eq -- "$1" "$dir/virt.dts"; then
        echo "FAIL: no match for /$1/"; fail=1
    fi
}
expect 'bootargs = "console=ttyS0 rvscope";'
expect 'stdout-path = "/soc/serial@10000000";'
expect 'memory@80000000 \{'
expect 'reg = <0x00 0x80000000 0x00 0x10000000>;'
expect 'timebase-frequency = <0x989680>;'
expect 'cpu@0 \{'
expect 'cpu@1 \{'
expect 'riscv,isa = "rv64imafdc_zicsr_zifencei_zicntr_sstc";'
expect 'mmu-type = "riscv,sv48";'
expect 'compatible = "riscv,cpu-intc";'
expect 'clint@2000000 \{'
expect 'interrupts-extended = <0x01 0x03 0x01 0x07 0x02 0x03 0x02 0x07>;'
expect 'serial@10000000 \{'
expect 'compatible = "ns16550a";'
expect 'test@100000 \{'
expect 'compatible = "syscon-poweroff";'
expect 'compatible = "syscon-reboot";'
expect 'value = <0x7777>;'
expect 'rtc@101000 \{'
expect 'compatible = "google,goldfish-rtc";'
# With a kernel and an initrd, /chosen says where the initrd is: 12 bytes at 0x84000000
# (half of the 128 MiB of RAM above the kernel's entry at 0x80000000).
printf 'initrd data\n' > "$dir/initrd"
"$rvscope" -kernel "$3" -initrd "$dir/initrd" -dumpdtb "$dir/initrd.dtb" || exit 1
"$dtc" -I dtb -O dts -o "$dir/virt.dts" "$dir/initrd.dtb" 2>/dev/null || exit 1
expect 'linux,initrd-start = <0x00 0x84000000>;'
expect 'linux,initrd-end = <0x00 0x8400000c>;'
[ $fail -eq 0 ] && echo "ok: device tree has every expected node"
exit $fail
