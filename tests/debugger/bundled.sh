#!/bin/sh
# bundled.sh RVSCOPE KERNEL FS_IMG SCRIPT [HARTS]: a debugger session on the bundled
# kernel (on a copy of its file-system image, with HARTS harts, default 1), checked by
# pattern: the kernel's addresses change as it is written, the facts below do not. With
# several harts, which hart runs a process is the scheduler's choice, so any is accepted.
rvscope=$1 kernel=$2 image=$3 script=$4 harts=${5:-1}
h=0
[ "$harts" -gt 1 ] && h='[0-9]'
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cp "$image" "$tmp/fs.img" || exit 1
"$rvscope" -smp "$harts" -x "$script" -drive "file=$tmp/fs.img,format=raw" "$kernel" </dev/null >"$tmp/out" 2>&1
status=$?
fail=0
expect() {
    if ! grep -Eq -- "$1" "$tmp/out"; then
        echo "FAIL: no line matches /$1/"
        fail=1
    fi
}
# break ecall exec stops with the system call named and its strings read
expect "^hart $h"': event breakpoint 1 \(ecall\): pid [0-9]+ \(init\) exec\("/sh", \["sh"\]\)$'
# ps: init (pid 1) waits, its child runs (on hart 0 when there is one hart)
expect '^ +1 +0  sleeping  init +0x8[0-9a-f]{15}$'
expect '^ +[0-9]+ +1  running   init +0x8[0-9a-f]{15}  \(on hart '"$h"'\)$'
# the trapframe of the process in sys_exec carries exec and its arguments (a7 = 7)
expect '^  system call \(a7=7\): exec\("/sh", \["sh"\]\)$'
# a backtrace through the kernel's frame pointers
expect '^#1  0x8[0-9a-f]+ <syscall\+0x[0-9a-f]+>'
# break satp names the process entered, and ps agrees that it runs
expect 'event breakpoint [0-9]+ \(satp\): .* -> Sv39 asid [0-9]+ root 0x[0-9a-f]+, entering pid ([0-9]+) \(sh\)$'
expect '^ +[0-9]+ +1  running   sh +0x8[0-9a-f]{15}  \(on hart '"$h"'\)$'
# the walk of the pc ends at a physical page
expect '^  => pa 0x[0-9a-f]+$'
if [ "$status" -ne 0 ]; then
    echo "FAIL: exit status $status"
    fail=1
fi
if [ $fail -ne 0 ]; then
    echo "--- session ---"
    cat "$tmp/out"
fi
exit $fail
