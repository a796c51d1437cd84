#!/usr/bin/env bash
# Installs every package Gradus needs to build and run (and, with --with-test, to run the test
# suite under a virtual display; --with-sanitizers, the reliability stage; --with-bench, the benchmarks and
# their numpy/scipy/ffmpeg references), from Debian 12 only. Flags combine.
# Idempotent: installs only what is missing. Works as root; uses sudo otherwise.
set -euo pipefail

BUILD_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-3d-dev qt6-svg-dev libqt6opengl6-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libgl-dev
  libeigen3-dev libopencv-dev liblapacke-dev libopenblas-dev zlib1g-dev
  libgif-dev libimagequant-dev
)
# Needed to run the GUI tests headless, the installer checks (lintian included), the install test in a clean
# root and the licence check of what gradus links; the full Fashion-MNIST, which lessons offer as an option,
# so that the tests see it present (they also check the message a machine without it gives).
TEST_PACKAGES=(xvfb xauth man-db desktop-file-utils appstream debootstrap lintian dpkg-dev dataset-fashion-mnist)
# The sanitizer build and the libFuzzer harnesses (scripts/test_sanitized.sh).
SANITIZER_PACKAGES=(clang libclang-rt-14-dev llvm-14)
# bench/run.sh: Google Benchmark, and the references it measures against.
BENCH_PACKAGES=(libbenchmark-dev python3-numpy python3-scipy python3-sklearn ffmpeg)
# qt6-qpa-plugins provides the xcb/offscreen platforms on Debian 12; figures need a font; the 3D
# view needs an OpenGL driver (Mesa's, software rendering included). The mip lesson runs the cbc program
# (CBC is under the EPL, which cannot be linked into GPL Gradus; it runs as a separate program); coreutils'
# stdbuf, always there, lets its log arrive line by line.
RUN_PACKAGES=(qt6-qpa-plugins libqt6svg6 fonts-dejavu-core libgl1-mesa-dri qt6-translations-l10n coinor-cbc)

want=("${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}")
for flag in "$@"; do
  case $flag in
    --with-test) want+=("${TEST_PACKAGES[@]}") ;;
    --with-sanitizers) want+=("${TEST_PACKAGES[@]}" "${SANITIZER_PACKAGES[@]}") ;;
    --with-bench) want+=("${BENCH_PACKAGES[@]}") ;;
    *) echo "deps: unknown option $flag (--with-test, --with-sanitizers, --with-bench)" >&2; exit 2 ;;
  esac
done

missing=()
for pkg in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "deps: all ${#want[@]} packages already installed"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "deps: error: not root and sudo is not available; install as root: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
