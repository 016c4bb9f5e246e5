#!/bin/sh
# guest_run.sh: boot the bundled kernel on a copy of fs.img, type commands into its
# shell through the emulator's console (piped standard input), check what it prints,
# stop it, and fsck the image.
#
#   guest_run.sh [options] -- EMULATOR ARGS...
#     -i IMAGE     the file-system image to copy (fs.img); the copy is WORK.img
#     -w WORK      work-file prefix (WORK.img, WORK.log, WORK.in)
#     -c COMMAND   a shell command line to type, after the shell's next prompt
#                  (repeatable; typed in order, each after the previous one finished)
#     -e REGEX     must appear in the output (grep -E, repeatable)
#     -t SECONDS   give up after this long (default 600)
#     -f FSCK      fsck to run on the image afterwards (must say clean)
#   In EMULATOR ARGS @IMG@ is replaced by the image copy's path.
#
# Fails on a timeout, a kernel panic, a usertests FAILED line, a missing REGEX, or an
# unclean image.
set -u
image= work= fsck= timeout=600
cmds=$(mktemp) regexes=$(mktemp)
trap 'rm -f "$cmds" "$regexes"' EXIT
while [ $# -gt 0 ]; do
    case $1 in
    -i) image=$2; shift 2 ;;
    -w) work=$2; shift 2 ;;
    -c) printf '%s\n' "$2" >> "$cmds"; shift 2 ;;
    -e) printf '%s\n' "$2" >> "$regexes"; shift 2 ;;
    -t) timeout=$2; shift 2 ;;
    -f) fsck=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "guest_run.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
if [ -z "$image" ] || [ -z "$work" ] || [ $# -eq 0 ]; then
    echo "guest_run.sh: need -i IMAGE -w WORK -- EMULATOR ARGS" >&2
    exit 2
fi
if [ ! -f "$image" ]; then
    echo "guest_run.sh: $image: no such image (build the fs_img target)" >&2
    exit 2
fi

img=$work.img log=$work.log fifo=$work.in
rm -f "$img" "$log" "$fifo"
cp "$image" "$img" || exit 2
mkfifo "$fifo" || exit 2

# The emulator command, with @IMG@ replaced.
emu=$1; shift
set -- "$@" END
for a; do
    shift
    if [ "$a" = END ]; then break; fi
    case $a in *@IMG@*) a="${a%%@IMG@*}$img${a#*@IMG@}" ;; esac
    set -- "$@" "$a"
done

"$emu" "$@" < "$fifo" > "$log" 2>&1 &
emu_pid=$!
exec 3> "$fifo"         # hold the console open: the guest never sees end of input

start=$(date +%s)
status=0
stop() {
    exec 3>&-
    kill "$emu_pid" 2>/dev/null
    sleep 0.2
    kill -9 "$emu_pid" 2>/dev/null
    wait "$emu_pid" 2>/dev/null
    rm -f "$fifo"
}
fail() {
    echo "FAIL: $*"
    stop
    echo "--- console output (last 60 lines) ---"
    tr -d '\r' < "$log" | tail -n 60
    exit 1
}
prompts() {
    # shell prompts seen so far
    tr -d '\r' < "$log" | grep -o '\$ ' | wc -l
}
# Wait until the shell has printed more than $1 prompts.
wait_prompt() {
    while [ "$(prompts)" -le "$1" ]; do
        if ! kill -0 "$emu_pid" 2>/dev/null; then
            fail "the emulator exited"
        fi
        if grep -q -E 'panic|PANIC' "$log"; then
            fail "kernel panic"
        fi
        if [ $(( $(date +%s) - start )) -ge "$timeout" ]; then
            fail "timeout after ${timeout}s"
        fi
        sleep 0.2
    done
}

seen=0
wait_prompt 0
while IFS= read -r line; do
    seen=$(prompts)
    printf '%s\n' "$line" >&3
    wait_prompt "$seen"
done < "$cmds"
stop

out=$(tr -d '\r' < "$log")
if printf '%s\n' "$out" | grep -q -E '^test [a-z_0-9]+: FAILED|FAILED'; then
    echo "FAIL: a test failed"
    status=1
fi
while IFS= read -r re; do
    if ! printf '%s\n' "$out" | grep -q -E -- "$re"; then
        echo "FAIL: no output matches /$re/"
        status=1
    fi
done < "$regexes"
if [ "$status" -ne 0 ]; then
    echo "--- console output (last 60 lines) ---"
    printf '%s\n' "$out" | tail -n 60
fi
if [ -n "$fsck" ]; then
    "$fsck" "$img" || { echo "FAIL: fsck"; status=1; }
fi
if [ "$status" -eq 0 ]; then
    rm -f "$img"        # a failed run keeps its image (and the log) to look at
    echo "ok: $(( $(date +%s) - start ))s"
fi
exit "$status"
