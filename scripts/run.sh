#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the open workbench: installs what is missing,
# builds, and starts Gradus. Arguments are passed on (e.g. scripts/run.sh --session my.gradus).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
exec build/src/gradus "$@"
