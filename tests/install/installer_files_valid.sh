#!/bin/sh
# The desktop entry and the AppStream metainfo that the package installs are valid, and the copyright file is
# machine-readable (DEP-5) and covers every bundled dataset with a licence it spells out.
# Usage: installer_files_valid.sh BUILD_DIR
set -eu
build=$1
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
status=0
copyright=$source_dir/installer/copyright
head -1 "$copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  { echo "FAIL: installer/copyright is not in the machine-readable format"; status=1; }
for folder in "$source_dir"/datasets/*/; do
  name=datasets/$(basename "$folder")
  grep -q "^Files:.*$name/" "$copyright" || { echo "FAIL: installer/copyright has no Files paragraph for $name"; status=1; }
done
# Every licence a Files paragraph names has its own License paragraph (the text, or where Debian keeps it).
awk 'BEGIN { RS = ""; FS = "\n" } /^Files:/ { for (i = 1; i <= NF; i++) if ($i ~ /^License:/) { sub(/^License: */, "", $i); print $i } }' \
  "$copyright" | sort -u | while read -r licence; do
  grep -qx "License: $licence" "$copyright" || { echo "FAIL: installer/copyright names $licence without its text"; exit 1; }
  [ "$(grep -A1 -x "License: $licence" "$copyright" | tail -1 | cut -c1)" = " " ] ||
    { echo "FAIL: installer/copyright: the paragraph of $licence has no text"; exit 1; }
done || status=1
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate --no-hints "$build"/*.desktop || status=1
else
  echo "desktop-file-validate is not installed (desktop-file-utils): cannot check"; exit 77
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$build"/*.metainfo.xml || status=1
else
  echo "appstreamcli is not installed (appstream): cannot check"; exit 77
fi
exit $status
