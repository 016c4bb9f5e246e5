#!/bin/sh
# crash.sh: crash consistency of the kernel's file system. For each stop point: boot
# on a fresh copy of fs.img, type COMMAND (file-system writes), stop the machine dead
# at that point, fsck (clean, or "needs recovery" with a consistent result), boot
# again (the kernel installs the log), fsck again (must be clean).
#
#   crash.sh -i IMAGE -w WORK -f FSCK -c COMMAND... -m MODE -p "POINTS" [-t SECONDS] -- EMU ARGS
#     -c COMMAND   a command line to type (repeatable; all typed at the first prompt)
#     MODE insns   POINTS are instruction counts: the emulator runs with --max-insns N
#                  (rvscope stops there with status 3)
#     MODE kill    POINTS are delays in seconds after COMMAND is typed; then kill -9
#   In EMU ARGS @IMG@ is replaced by the image copy's path.
set -u
image= work= fsck= cmd= mode= points= timeout=300
while [ $# -gt 0 ]; do
    case $1 in
    -i) image=$2; shift 2 ;;
    -w) work=$2; shift 2 ;;
    -f) fsck=$2; shift 2 ;;
    -c) cmd="$cmd$2
"; shift 2 ;;
    -m) mode=$2; shift 2 ;;
    -p) points=$2; shift 2 ;;
    -t) timeout=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "crash.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
if [ -z "$image" ] || [ -z "$work" ] || [ -z "$fsck" ] || [ -z "$cmd" ] || [ $# -eq 0 ]; then
    echo "crash.sh: need -i IMAGE -w WORK -f FSCK -c COMMAND -m MODE -p POINTS -- EMU ARGS" >&2
    exit 2
fi
[ -f "$image" ] || { echo "crash.sh: $image: no such image" >&2; exit 2; }

img=$work.img log=$work.log fifo=$work.in
emu=$1; shift
set -- "$@" END
for a; do
    shift
    if [ "$a" = END ]; then break; fi
    case $a in *@IMG@*) a="${a%%@IMG@*}$img${a#*@IMG@}" ;; esac
    set -- "$@" "$a"
done

prompts() { tr -d '\r' < "$log" | grep -o '\$ ' | wc -l; }

# boot EXTRA_ARGS...: start the emulator in the background on the fifo.
boot() {
    rm -f "$fifo"
    mkfifo "$fifo" || exit 2
    "$emu" "$@" < "$fifo" > "$log" 2>&1 &
    emu_pid=$!
    exec 3> "$fifo"
    started=$(date +%s)
}
# Wait for a prompt; 1 if the emulator stopped first.
wait_prompt() {
    while [ "$(prompts)" -lt 1 ]; do
        kill -0 "$emu_pid" 2>/dev/null || return 1
        if [ $(( $(date +%s) - started )) -ge "$timeout" ]; then
            echo "FAIL: no shell prompt after ${timeout}s"
            tr -d '\r' < "$log" | tail -n 30
            kill -9 "$emu_pid"
            exit 1
        fi
        sleep 0.1
    done
    return 0
}
halt() {
    exec 3>&-
    kill -9 "$emu_pid" 2>/dev/null
    wait "$emu_pid" 2>/dev/null
    rm -f "$fifo"
}
check() {   # check WHEN ALLOWED_STATUSES
    "$fsck" -q "$img" > "$work.fsck" 2>&1
    st=$?
    case " $2 " in
    *" $st "*) ;;
    *) echo "FAIL: point $p: fsck $1 exited $st"; cat "$work.fsck"
       echo "--- console ---"; tr -d '\r' < "$log" | tail -n 30
       cp "$img" "$work.bad.img"; echo "(image kept as $work.bad.img)"
       exit 1 ;;
    esac
    [ "$st" -eq 3 ] && recovered=$((recovered + 1))
}

recovered=0 n=0
for p in $points; do
    n=$((n + 1))
    cp "$image" "$img" || exit 2
    if [ "$mode" = insns ]; then
        boot --max-insns "$p" "$@"
        if wait_prompt; then printf '%s' "$cmd" >&3; fi
        # rvscope stops by itself at the point
        while kill -0 "$emu_pid" 2>/dev/null; do
            if [ $(( $(date +%s) - started )) -ge "$timeout" ]; then
                echo "FAIL: point $p: the run did not stop"; halt; exit 1
            fi
            sleep 0.1
        done
        halt
    else
        boot "$@"
        wait_prompt || { echo "FAIL: the emulator exited before the prompt"; exit 1; }
        printf '%s' "$cmd" >&3
        sleep "$p"
        halt
    fi
    check "after the crash" "0 3"
    # Boot again: the kernel recovers the log before the shell starts.
    boot "$@"
    wait_prompt || { echo "FAIL: point $p: no prompt after the crash"; tr -d '\r' < "$log" | tail -n 30; exit 1; }
    sleep 0.5
    halt
    check "after recovery" "0"
    echo "point $p: consistent"
done
rm -f "$img" "$work.fsck"
echo "ok: $n crash points, $recovered of them with a committed log to recover"
