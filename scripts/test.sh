#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a green test run: installs what is missing,
# builds, and runs the whole suite (ctest) on a virtual display.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --with-test
bash scripts/build.sh
cd build
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --parallel 2 "$@"
