#!/bin/sh
# expect_run.sh STATUS REGEX command [args...]
# Runs the command; passes when it exits with STATUS and its stdout+stderr (carriage
# returns removed) match REGEX.
want_status=$1
regex=$2
shift 2
out=$("$@" 2>&1 </dev/null)
status=$?
out=$(printf '%s\n' "$out" | tr -d '\r')   # consoles may end lines with CR LF
if [ "$status" -ne "$want_status" ]; then
    printf 'FAIL: exit status %s, expected %s\n--- output ---\n%s\n' "$status" "$want_status" "$out"
    exit 1
fi
if ! printf '%s\n' "$out" | grep -Eq -- "$regex"; then
    printf 'FAIL: output does not match /%s/\n--- output ---\n%s\n' "$regex" "$out"
    exit 1
fi
printf 'ok: status %s, output matches /%s/\n' "$status" "$regex"
