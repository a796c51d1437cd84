#!/usr/bin/env bash
# Configures and builds Gradus (Release, Ninja) into build/. Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR=$PWD # ccache hits from any clone of the project on this machine
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --parallel "$(nproc)"
