#!/bin/sh
# run_with_input.sh INPUT STATUS REGEX command [args...]
# Like tests/cli/expect_run.sh, but the command's stdin is a pipe fed with INPUT (a
# printf format, so \001 is Ctrl-A).
input=$1
want_status=$2
regex=$3
shift 3
out=$(printf "$input" | "$@" 2>&1)
status=$?
out=$(printf '%s\n' "$out" | tr -d '\r')
if [ "$status" -ne "$want_status" ]; then
    printf 'FAIL: exit status %s, expected %s\n--- output ---\n%s\n' "$status" "$want_status" "$out"
    exit 1
fi
if ! printf '%s\n' "$out" | grep -Eq -- "$regex"; then
    printf 'FAIL: output does not match /%s/\n--- output ---\n%s\n' "$regex" "$out"
    exit 1
fi
printf 'ok: status %s, output matches /%s/\n' "$status" "$regex"
