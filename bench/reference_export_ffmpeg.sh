#!/usr/bin/env bash
# Reference for bench_export: the ffmpeg program (Debian's, libx264 and its own GIF encoder) encodes
# the same 300 PNG frames of the linreg figure at 1280x720. Needs the ffmpeg package (not a
# dependency of Gradus). Prints the encoding time alone; add the drawing time from bench_export.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v ffmpeg >/dev/null || { echo "(ffmpeg is not installed: no reference)"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
BENCH_EXPORT_KEEP="$work/frames" QT_QPA_PLATFORM=offscreen build/bench/bench_export >/dev/null 2>&1
time_of() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  printf '%d.%02d' $(((end - start) / 1000000000)) $(((end - start) / 10000000 % 100))
}
t=$(time_of ffmpeg -y -framerate 30 -i "$work/frames/frame-%05d.png" -c:v libx264 -pix_fmt yuv420p "$work/x.mp4")
echo "{\"reference\": \"ffmpeg libx264 (default preset) from PNG frames\", \"frames\": 300, \"seconds\": $t, \"bytes\": $(stat -c %s "$work/x.mp4")}"
t=$(time_of ffmpeg -y -framerate 30 -i "$work/frames/frame-%05d.png" -vf "split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=diff_mode=rectangle" "$work/x.gif")
echo "{\"reference\": \"ffmpeg palettegen + paletteuse (one palette, changed rectangles)\", \"frames\": 300, \"seconds\": $t, \"bytes\": $(stat -c %s "$work/x.gif")}"
