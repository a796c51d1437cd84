#!/bin/bash
# Exports onto a full disk (a 32 KiB tmpfs in a private mount namespace) fail with a message that says the
# disk is full and what to do, exit code 3, and leave no partial file behind.
# Usage: full_disk.sh GRADUS      (needs root or a user namespace for the mount; exit 77 = skipped)
set -euo pipefail
gradus=$1
if [ "$(id -u)" = 0 ]; then namespace=(unshare --mount); else namespace=(unshare --map-root-user --mount); fi
"${namespace[@]}" true 2>/dev/null || { echo "SKIPPED: this machine does not allow a private mount namespace"; exit 77; }

disk=$(mktemp -d /tmp/gradus-full-disk.XXXXXX)
trap 'rmdir "$disk"' EXIT
"${namespace[@]}" bash -c '
  set -u
  disk=$1 gradus=$2
  mount -t tmpfs -o size=32k tmpfs "$disk" || { echo "SKIPPED: cannot mount a tmpfs"; exit 77; }
  export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
  failures=0
  expect_disk_full() { # TARGET COMMAND...
    local target=$1; shift
    local message code
    message=$("$@" 2>&1 >/dev/null)
    code=$?
    message=$(echo "$message" | grep "gradus: error")
    echo "$target: exit $code, $message"
    case $message in
      "gradus: error: cannot write '\''$target'\'': the disk is full ("*"free some space or choose another folder") ;;
      *) echo "FAIL: not the disk-full message"; failures=$((failures + 1)) ;;
    esac
    [ $code = 3 ] || { echo "FAIL: exit code $code, not 3"; failures=$((failures + 1)); }
    leftover=$(ls -A "$disk" | grep -v "^frames$" || true)
    [ -z "$leftover" ] || { echo "FAIL: left on the disk: $leftover"; failures=$((failures + 1)); rm -rf "$disk"/*; }
  }
  expect_disk_full "$disk/figure.png" "$gradus" render linreg -o "$disk/figure.png" --size 1920x1080
  expect_disk_full "$disk/figure.pdf" "$gradus" render linreg -o "$disk/figure.pdf"
  expect_disk_full "$disk/numbers.json" "$gradus" data svd-image -o "$disk/numbers.json"
  expect_disk_full "$disk/run.gif" "$gradus" animate linreg -o "$disk/run.gif" --size 640x480
  expect_disk_full "$disk/run.mp4" "$gradus" animate linreg -o "$disk/run.mp4" --size 640x480
  mkdir "$disk/frames"
  expect_disk_full "$disk/frames/" "$gradus" animate linreg -o "$disk/frames/" --size 640x480
  [ -z "$(ls -A "$disk/frames")" ] || { echo "FAIL: frames left behind"; failures=$((failures + 1)); }
  exit $failures' full_disk "$disk" "$gradus"
