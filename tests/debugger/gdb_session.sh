#!/bin/sh
# gdb_session.sh [-i IMAGE] RVSCOPE GDB ELF COMMANDS EXPECTED STATUS [rvscope arguments...]
#
# A real gdb against rvscope's GDB stub. rvscope starts halted on a free port
# (-S -gdb tcp::0, the port read from its "waiting for gdb on tcp::PORT" line) running ELF;
# gdb runs in batch mode with ELF's symbols, connects, and runs the commands of COMMANDS.
# The transcript (gdb's output, then rvscope's) must match every line of EXPECTED, each an
# extended regular expression ('#' lines are comments; a line '!RE' must match no
# line), and rvscope must exit with STATUS. EXPECTED may name several files, separated
# by ':' (the patterns of all of them apply). -i IMAGE: rvscope gets a copy of this disk
# image (-drive), so the guest's writes never reach IMAGE.
#
# Both processes run under a timeout. A guest that runs forever (a kernel waiting at its
# shell) does not end when gdb detaches or dies, so rvscope gets a few seconds after gdb
# ends and is then killed (its status is then not STATUS).
image=
if [ "$1" = -i ]; then
    image=$2
    shift 2
fi
rvscope=$1 gdb=$2 elf=$3 commands=$4 expected=$5 want=$6
shift 6
tmp=$(mktemp -d) || exit 1
rpid=
cleanup() {
    if [ -n "$rpid" ]; then kill "$rpid" 2>/dev/null; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

if [ -n "$image" ]; then
    cp "$image" "$tmp/disk.img" || exit 1
    set -- "$@" -drive "file=$tmp/disk.img,format=raw"
fi
timeout 60 "$rvscope" "$@" -S -gdb tcp::0 "$elf" </dev/null >"$tmp/rvscope.out" 2>"$tmp/rvscope.err" &
rpid=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's/^rvscope: waiting for gdb on tcp::\([0-9][0-9]*\)$/\1/p' \
               "$tmp/rvscope.err" 2>/dev/null)   # (created by the background job)
    [ -n "$port" ] && break
    sleep 0.1
done
if [ -z "$port" ]; then
    echo "rvscope did not say where it waits for gdb:"
    cat "$tmp/rvscope.err"
    exit 1
fi
timeout 60 "$gdb" -nx -batch -ex "set pagination off" -ex "set confirm off" \
    -ex "file $elf" -ex "target remote 127.0.0.1:$port" -x "$commands" \
    >"$tmp/gdb.out" 2>&1
gstatus=$?
for _ in $(seq 50); do
    kill -0 "$rpid" 2>/dev/null || break
    sleep 0.1
done
kill "$rpid" 2>/dev/null
wait "$rpid"
status=$?
rpid=
{
    cat "$tmp/gdb.out"
    echo "=== rvscope (exit status $status, gdb's $gstatus) ==="
    cat "$tmp/rvscope.out" "$tmp/rvscope.err"
} >"$tmp/transcript"
old_ifs=$IFS
IFS=:
for file in $expected; do
    cat "$file" || exit 1
done >"$tmp/patterns"
IFS=$old_ifs
fail=0
while IFS= read -r pattern; do
    case $pattern in '#'* | '') continue ;; esac
    case $pattern in
    '!'*)
        if grep -Eq -- "${pattern#!}" "$tmp/transcript"; then
            echo "unexpected: ${pattern#!}"
            fail=1
        fi
        continue ;;
    esac
    if ! grep -Eq -- "$pattern" "$tmp/transcript"; then
        echo "missing: $pattern"
        fail=1
    fi
done <"$tmp/patterns"
if [ "$status" != "$want" ]; then
    echo "rvscope exited with status $status, expected $want"
    fail=1
fi
if [ $fail -ne 0 ]; then
    echo "--- transcript ---"
    cat "$tmp/transcript"
fi
exit $fail
