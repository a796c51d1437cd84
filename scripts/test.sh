#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a green test run: installs what is missing,
# builds, and runs the whole suite (ctest) on a virtual display.
# With --clean-root (and always in CI) it then runs the same suite inside a clean Debian 12 root that holds only
# what scripts/deps.sh installs (scripts/test_clean_root.sh, as root); with --sanitizers (and always in CI) the
# reliability stage (scripts/test_sanitized.sh). Further arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=${CI:-false}
clean_root=${CI:-false}
while [[ $# -gt 0 ]]; do
  case $1 in
    --sanitizers) sanitizers=true; shift ;;
    --clean-root) clean_root=true; shift ;;
    *) break ;;
  esac
done
bash scripts/deps.sh --with-test
bash scripts/build.sh
(cd build && xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --parallel 2 "$@") \
  || { status=$?; bash scripts/summarize_failures.sh build; exit $status; }
if [[ $clean_root == true ]]; then bash scripts/test_clean_root.sh "$@"; fi
if [[ $sanitizers == true ]]; then bash scripts/test_sanitized.sh "$@"; fi
