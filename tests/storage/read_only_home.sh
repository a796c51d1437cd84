#!/bin/bash
# A student on a lab machine: Gradus writes nothing in the home folder outside ~/.config and ~/.cache, and
# with a home it may not write at all it still works and says clearly why an export into it fails.
# Usage: read_only_home.sh GRADUS   (as root it runs as "nobody", since root may write anywhere)
set -euo pipefail
gradus_built=$1

work=$(mktemp -d /tmp/gradus-home-test.XXXXXX)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
chmod 755 "$work"
mkdir "$work/bin" "$work/out"
cp "$gradus_built" "$work/bin/gradus"
chmod 755 "$work/bin" "$work/bin/gradus"

if [ "$(id -u)" = 0 ]; then
  command -v setpriv >/dev/null || { echo "SKIPPED: needs setpriv (util-linux) to drop root"; exit 77; }
  user=nobody
  as_student() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
else
  user=$(id -un)
  as_student() { "$@"; }
fi
chown "$user" "$work/out" 2>/dev/null || true

# Quick settings for the heavy lesson (it trains two networks and caches them).
landscape=(-s hidden=8 -s epochs=2 -s resolution=11 -s train_size=200 -s test_size=200 -s grid_images=200)

run_everything() { # HOME
  local home=$1
  as_student env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen sh -ec '
    g='"$work"'/bin/gradus out='"$work"'/out
    $g --version >/dev/null
    $g list >/dev/null
    $g render linreg -o $out/linreg.png
    $g render landscape '"${landscape[*]}"' -o $out/landscape.png
    $g data svd-image -o $out/svd.json
    $g animate linreg --frames 0:10 --size 320x240 -o $out/linreg.gif >/dev/null
    # The window: started, left running for a while, then closed.
    $g >$out/window.log 2>&1 & pid=$!
    sleep 5
    kill -0 $pid || { echo "FAIL: the window closed by itself:"; cat $out/window.log; exit 1; }
    kill $pid; wait $pid 2>/dev/null || true'
}

echo "== a writable, empty home: what does Gradus put there?"
mkdir "$work/home"
chown "$user" "$work/home" 2>/dev/null || true
run_everything "$work/home"
written=$(cd "$work/home" && find . -mindepth 1 | sort)
echo "${written:-nothing}" | sed 's/^/  /'
outside=$(echo "$written" | grep -v -E '^(\./\.config|\./\.cache)(/|$)' | grep . || true)
[ -z "$outside" ] || { echo "FAIL: written outside ~/.config and ~/.cache: $outside"; exit 1; }

echo "== a home the student may not write to"
mkdir "$work/locked"
chmod 555 "$work/locked"
rm -f "$work/out"/*
run_everything "$work/locked"
for f in linreg.png landscape.png svd.json linreg.gif; do
  [ -s "$work/out/$f" ] || { echo "FAIL: $f was not written with a read-only home"; exit 1; }
done
[ -z "$(ls -A "$work/locked")" ] || { echo "FAIL: something appeared in the read-only home"; exit 1; }
echo "every command worked; the home stayed empty"

set +e
message=$(as_student env -i PATH=/usr/bin:/bin HOME="$work/locked" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  "$work/bin/gradus" render linreg -o "$work/locked/figure.png" 2>&1)
code=$?
set -e
echo "export into it: exit $code, $message"
[ $code = 3 ] || { echo "FAIL: expected exit code 3"; exit 1; }
case $message in
  "gradus: error: cannot write '$work/locked/figure.png': "*"choose a folder you may write to") ;;
  *) echo "FAIL: the message does not say what to do"; exit 1 ;;
esac
