#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a green test run: installs what is missing,
# builds, and runs the whole suite (ctest) on a virtual display.
# With --sanitizers (and always in CI) it then runs the reliability stage: scripts/test_sanitized.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=${CI:-false}
if [[ "${1:-}" == --sanitizers ]]; then sanitizers=true; shift; fi
bash scripts/deps.sh --with-test
bash scripts/build.sh
(cd build && xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --parallel 2 "$@")
if [[ $sanitizers == true ]]; then bash scripts/test_sanitized.sh "$@"; fi
