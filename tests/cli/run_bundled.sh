#!/bin/sh
# run_bundled.sh RVSCOPE FS_IMG: boot rvscope with no program (the bundled kernel) on a
# copy of FS_IMG, type `hello` at the shell, then quit with Ctrl-A x.
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cp "$2" "$dir/fs.img" || exit 1
mkfifo "$dir/in" || exit 1
"$1" -drive "file=$dir/fs.img,format=raw" <"$dir/in" >"$dir/out" 2>&1 &
pid=$!
exec 3>"$dir/in"
# wait for the prompt (at most 60 s), then type; then wait for hello's last line
wait_for() {
    i=0
    while ! grep -q "$1" "$dir/out" 2>/dev/null; do
        i=$((i + 1))
        [ $i -gt 600 ] && { echo "timed out waiting for '$1'"; cat "$dir/out"; kill $pid; exit 1; }
        sleep 0.1
    done
}
wait_for '^\$ '
printf 'hello\n' >&3
wait_for 'hello pass.'
printf '\001x' >&3
exec 3>&-
wait $pid
status=$?
cat "$dir/out"
exit $status
