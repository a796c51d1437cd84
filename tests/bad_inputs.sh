#!/bin/bash
# Every file of the bad-input corpus (tests/data/bad/expected.tsv) through `gradus data`: the exit code and
# the message (in the error when it fails, in the JSON when it is read with a note) are the expected ones.
# Usage: bad_inputs.sh GRADUS
set -uo pipefail
gradus=$(readlink -f "$1")
bad=$(cd "$(dirname "$0")/data/bad" && pwd)
made=$(mktemp -d)
trap 'rm -rf "$made"' EXIT
# The one input too big to keep in the repository: a million rows, as a spreadsheet exports them.
awk 'BEGIN { print "x,y"; srand(1); for (i = 0; i < 1000000; i++) printf "%.6f,%.5f\n", i * 1e-6, 2 * i * 1e-6 + 1 + (rand() - 0.5) / 5 }' \
  >"$made/million.csv"

failures=0 count=0
while IFS=$'\t' read -r lesson parameter value expected message; do
  [[ $lesson == \#* || -z $lesson ]] && continue
  case $value in
    @*) value=$bad/${value#@} ;;
    \<*) value=$(cat "$bad/${value#<}") ;;
    %*) value=$made/${value#%} ;;
    "(empty)") value= ;; # read would merge two tabs
  esac
  if [[ $parameter == --session ]]; then args=(data "$lesson" --session "$value"); else args=(data "$lesson" -s "$parameter=$value"); fi
  if [[ $lesson == optimizers ]]; then args+=(-s function=formula); fi
  count=$((count + 1))
  out=$(cd "$bad" && QT_QPA_PLATFORM=offscreen timeout 120 "$gradus" "${args[@]}" 2>"$made/stderr")
  code=$?
  err=$(cat "$made/stderr")
  shown=${value:0:60}
  if [[ $code != "$expected" ]]; then
    echo "FAIL: $lesson $parameter=$shown: exit $code, expected $expected: $err"; failures=$((failures + 1)); continue
  fi
  if [[ $expected == 0 ]]; then where="$out$err"; else where=$err; fi
  if [[ $where != *"$message"* ]]; then
    echo "FAIL: $lesson $parameter=$shown: no '$message' in: ${where:0:400}"; failures=$((failures + 1)); continue
  fi
  if [[ $expected != 0 && $err != "gradus: error: "* ]]; then
    echo "FAIL: $lesson $parameter=$shown: the error lacks the 'gradus: error:' prefix: $err"; failures=$((failures + 1)); continue
  fi
  echo "ok   $lesson $parameter=${shown#"$bad"/} → exit $code"
done <"$bad/expected.tsv"
echo "$count inputs, $failures failures"
[[ $count -ge 30 && $failures == 0 ]]
