#!/bin/sh
# run_session.sh RVSCOPE SCRIPT EXPECTED STATUS GUEST_DIR [rvscope arguments...]
#
# Runs a debugger session and compares its transcript with EXPECTED. SCRIPT.cmd runs with
# -x SCRIPT and stdin from /dev/null; SCRIPT.stdin is piped to the prompt instead. In the
# script and the arguments, @GUEST@ stands for GUEST_DIR (the test guests) and @TMP@ for
# a scratch directory (the session's working directory); the transcript says @GUEST@ and
# @TMP@ back, so it does not depend on where the build is. A file trace.txt left in
# @TMP@ is appended to the transcript. rvscope must exit with STATUS.
#
# RVSCOPE_UPDATE=1 rewrites EXPECTED with what the session printed (review the diff!).
rvscope=$1 script=$2 expected=$3 want=$4 guest=$5
shift 5
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
subst() { printf '%s\n' "$1" | sed -e "s|@GUEST@|$guest|g" -e "s|@TMP@|$tmp|g"; }
sed -e "s|@GUEST@|$guest|g" -e "s|@TMP@|$tmp|g" "$script" >"$tmp/session" || exit 1
n=0
for a in "$@"; do    # rebuild the arguments with @GUEST@ replaced
    if [ $n -eq 0 ]; then set --; fi
    set -- "$@" "$(subst "$a")"
    n=$((n + 1))
done
case $script in
*.stdin) (cd "$tmp" && "$rvscope" "$@" <"$tmp/session" >"$tmp/out" 2>&1) ;;
*) (cd "$tmp" && "$rvscope" -x "$tmp/session" "$@" </dev/null >"$tmp/out" 2>&1) ;;
esac
status=$?
if [ -f "$tmp/trace.txt" ]; then
    printf '=== trace.txt ===\n' >>"$tmp/out"
    cat "$tmp/trace.txt" >>"$tmp/out"
fi
tr -d '\r' <"$tmp/out" | sed -e "s|$guest|@GUEST@|g" -e "s|$tmp|@TMP@|g" >"$tmp/got"
if [ -n "$RVSCOPE_UPDATE" ]; then
    cp "$tmp/got" "$expected"
    echo "updated $expected"
fi
fail=0
if ! diff -u "$expected" "$tmp/got"; then
    echo "FAIL: the transcript differs from $expected (lines with - expected, + got)"
    fail=1
fi
if [ "$status" -ne "$want" ]; then
    echo "FAIL: exit status $status, expected $want"
    fail=1
fi
[ $fail -eq 0 ] && echo "ok: $(basename "$script")"
exit $fail
