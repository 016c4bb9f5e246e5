#!/bin/sh
# gdb_session.sh RVSCOPE GDB ELF COMMANDS EXPECTED STATUS [rvscope arguments...]
#
# A real gdb against rvscope's GDB stub. rvscope starts halted on a free port
# (-S -gdb tcp::0, the port read from its "waiting for gdb on tcp::PORT" line) running ELF;
# gdb runs in batch mode with ELF's symbols, connects, and runs the commands of COMMANDS.
# The transcript (gdb's output, then rvscope's) must match every line of EXPECTED, each an
# extended regular expression ('#' lines are comments; a line '!RE' must match no
# line), and rvscope must exit with
# STATUS. Both processes run under a timeout; rvscope is killed if it is still there.
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

timeout 60 "$rvscope" "$@" -S -gdb tcp::0 "$elf" </dev/null >"$tmp/rvscope.out" 2>"$tmp/rvscope.err" &
rpid=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's/^rvscope: waiting for gdb on tcp::\([0-9][0-9]*\)$/\1/p' "$tmp/rvscope.err")
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
wait "$rpid"
status=$?
rpid=
{
    cat "$tmp/gdb.out"
    echo "=== rvscope (exit status $status, gdb's $gstatus) ==="
    cat "$tmp/rvscope.out" "$tmp/rvscope.err"
} >"$tmp/transcript"
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
done <"$expected"
if [ "$status" != "$want" ]; then
    echo "rvscope exited with status $status, expected $want"
    fail=1
fi
if [ $fail -ne 0 ]; then
    echo "--- transcript ---"
    cat "$tmp/transcript"
fi
exit $fail
