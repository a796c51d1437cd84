#!/usr/bin/env bash
# After a failed ctest run: repeats, for each failed test, the lines of its output that say why
# (QtTest's FAIL! and its location, a sanitizer's or libFuzzer's report, a timeout), at most a few per
# test. CI shows only the end of a run's output, where ctest's own list names the failed tests but not
# their reasons; this puts the reasons there.
# Usage: summarize_failures.sh BUILD_DIR
set -uo pipefail
log="$1/Testing/Temporary/LastTest.log"
[[ -f $log ]] || exit 0
echo "=== why the failed tests failed (from ${log}) ==="
awk '
  /^[0-9]+\/[0-9]+ Test: / { name = $3; n = 0; out = ""; next }
  /^Command: / { next }
  /^Test time = / { seconds = $4; next }
  /^Test Failed/ {
    printf "%s (%s s):\n%s", name, seconds, (out == "" ? "  no telling line in its output (a timeout or a silent exit); see the full log\n" : out)
    next
  }
  /FAIL!|^   Loc: |ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer|UndefinedBehaviorSanitizer)|runtime error:|SUMMARY: |out-of-memory|deadly signal|Received signal|QFATAL/ {
    if (n < 6) { out = out "  " substr($0, 1, 300) "\n"; n++ }
  }
' "$log"
