#!/bin/bash
# The licence check (linked_licences.sh) passes on the built gradus, and fails, naming the EPL, on a program that
# links a COIN-OR library as Gradus once did (libCoinUtils comes with coinor-cbc, which Gradus depends on).
# Usage: licences_test.sh GRADUS
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/linked_licences.sh" "$1" || { echo "FAIL: the built gradus links something that cannot be combined with GPL-3"; exit 1; }

coin=$(ls /usr/lib/x86_64-linux-gnu/libCoinUtils.so.* /usr/lib/*/libCoinUtils.so.* 2>/dev/null | head -1)
[[ -n $coin ]] || { echo "FAIL: libCoinUtils is missing (it comes with coinor-cbc: scripts/deps.sh installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo 'int main() { return 0; }' >"$work/probe.cpp"
c++ "$work/probe.cpp" -o "$work/probe" -Wl,--no-as-needed "$coin" || { echo "FAIL: cannot build the probe"; exit 1; }
output=$(bash "$here/linked_licences.sh" "$work/probe" 2>&1)
status=$?
echo "$output" | tail -3
if [[ $status == 0 || $output != *"coinor-libcoinutils"*"'EPL-1'"* ]]; then
  echo "FAIL: the check let a program that links COIN-OR (EPL-1.0) pass"
  exit 1
fi
echo "ok: the check refuses a program linked with COIN-OR's EPL-1.0 library"
