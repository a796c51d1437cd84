#!/usr/bin/env bash
# Builds and runs the benchmarks and writes bench/results/<date>.txt. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --with-bench
bash scripts/build.sh >/dev/null
mkdir -p bench/results
# bench/run.sh [LABEL]: results/<date>.txt, or results/<date>-LABEL.txt to keep an earlier run of the day.
out="bench/results/$(date +%Y-%m-%d)${1:+-$1}.txt"
{
  echo "# $(date -Iseconds) on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
  build/bench/bench_core --benchmark_min_time=0.2
  echo
  echo "# start-up to first frame (offscreen platform), five runs"
  for _ in 1 2 3 4 5; do QT_QPA_PLATFORM=offscreen build/bench/bench_startup 2>/dev/null; done
  echo
  echo "# 2D figures while playing: 1280x720, offscreen raster"
  QT_QPA_PLATFORM=offscreen build/bench/bench_redraw 2>/dev/null
  echo
  echo "# 3D surface: frames per second while playing and still, and one frame read back (Mesa llvmpipe under Xvfb)"
  for size in "1280 720" "640 360"; do
    xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/bench_surface $size 2>/dev/null || echo "(no display for the 3D benchmark)"
  done
  echo "# reference: the ceiling of this machine's OpenGL for the same mesh (one draw call, no Qt 3D)"
  for args in "200 1280 720" "200 640 360" "100 1280 720"; do
    xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/bench_gl_ceiling $args 2>/dev/null || echo "(no display)"
  done
  echo
  echo "# mixed-integer programming: 2D branch and bound; CBC through our wrapper"
  build/bench/bench_mip --benchmark_min_time=0.2
  echo "# reference: the stand-alone cbc program on the same samples"
  bash bench/reference_cbc.sh
  echo
  echo "# small networks on the bundled Fashion-MNIST subset: training throughput"
  build/bench/bench_models 2>/dev/null
  echo "# reference: the MLP grid in numpy"
  /usr/bin/python3 bench/reference_landscape_numpy.py
  echo
  echo "# dense linear algebra for the image lessons (OpenBLAS; Eigen's BDCSVD for comparison)"
  build/bench/bench_linalg --benchmark_min_time=0.2
  echo
  echo "# svd-image on a 12-megapixel photo: decomposition, one rank step, painting (offscreen raster)"
  QT_QPA_PLATFORM=offscreen build/bench/bench_image 2>/dev/null
  echo
  echo "# animation export: 300 frames at 1280x720 (drawing on one thread, encoding on another)"
  QT_QPA_PLATFORM=offscreen build/bench/bench_export 2>/dev/null
  echo "# reference: the ffmpeg program encoding the same frames from PNG files"
  bash bench/reference_export_ffmpeg.sh
  echo
  echo "# reference: the same descent in numpy"
  /usr/bin/python3 bench/reference_linreg_numpy.py
  echo
  echo "# reference: scipy's Nelder-Mead on the 34 cities"
  /usr/bin/python3 bench/reference_mds_scipy.py
  echo
  echo "# reference: the double-descent loop of numpy pinv"
  /usr/bin/python3 bench/reference_double_descent_numpy.py
  echo
  echo "# reference: numpy gesdd and scikit-learn randomized SVD / PCA on the same shapes"
  /usr/bin/python3 bench/reference_linalg_numpy.py
  echo
  echo "# the window's event loop during heavy computes (goal: no stall over 100 ms)"
  xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/bench_latency 2>/dev/null || echo "(no display)"
} | tee "$out"
