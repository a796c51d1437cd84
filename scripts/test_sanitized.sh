#!/usr/bin/env bash
# The reliability stage (docs/reliability.md): builds everything with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (any undefined behaviour is fatal) into build-sanitize/, runs the test suite
# there, then every fuzz harness over its seeds and saved findings and for GRADUS_FUZZ_SECONDS (default 30)
# each. scripts/test.sh runs it in CI (CI=true) or when given --sanitizers.
# Extra arguments go to ctest, e.g. -R fuzz_csv.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --with-sanitizers
export CCACHE_BASEDIR=$PWD # ccache hits from any clone of the project on this machine
cmake -S . -B build-sanitize -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=None \
  "-DCMAKE_CXX_FLAGS=-O1 -gline-tables-only" -DGRADUS_FUZZ=ON -DGRADUS_BUILD_BENCH=OFF \
  -DGRADUS_FUZZ_SECONDS="${GRADUS_FUZZ_SECONDS:-30}"
cmake --build build-sanitize --parallel "$(nproc)"
symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)
export ASAN_SYMBOLIZER_PATH=${symbolizer}
# Leaks are the soak test's business (it runs with LeakSanitizer and its own suppressions); Qt, fontconfig
# and Mesa keep process-long allocations that would drown everything else here.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1
cd build-sanitize
# The packaging tests check the package, not the code: they run in the normal build only. The lessons'
# parameter sweep (test_lesson_sweep) is the longest test here, about twenty minutes on two cores, and runs in CI;
# GRADUS_SANITIZED_SWEEP=0 leaves it out of a quicker local run.
skip='^$'
if [[ "${GRADUS_SANITIZED_SWEEP:-1}" == 0 ]]; then
  skip='^test_lesson_sweep$'
  echo "test_sanitized: the lessons' parameter sweep (test_lesson_sweep) is left out (GRADUS_SANITIZED_SWEEP=0)"
fi
# The sweep starts first, so that the shorter tests and the fuzzers fill the other core beside it.
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --parallel 2 -LE install -E "$skip" "$@" \
  || { status=$?; bash ../scripts/summarize_failures.sh .; exit $status; }
