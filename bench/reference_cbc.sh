#!/usr/bin/env bash
# Reference for bench_mip: Debian's stand-alone cbc program (package coinor-cbc, the same CBC 2.10
# that Gradus runs) on the MIPLIB 3 samples, wall time of the whole process (reading the file included).
set -uo pipefail
if ! command -v cbc >/dev/null 2>&1; then
  echo "(cbc not installed: apt install coinor-cbc for the reference)"
  exit 0
fi
TIMEFORMAT="%R"
for name in p0033 p0201 p0548 lseu; do
  file="$(dirname "$0")/../datasets/miplib3/$name.mps"
  [[ -f "$file" ]] || { echo "$name: not installed"; continue; }
  best=""
  for _ in 1 2 3; do
    t=$( { time cbc "$file" -log 0 -solve -quit >/dev/null 2>&1; } 2>&1 )
    if [[ -z "$best" ]] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
  done
  echo "cbc $name: best of 3 = ${best} s"
done
