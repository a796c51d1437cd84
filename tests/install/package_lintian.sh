#!/bin/bash
# The Debian package names as Maintainer whoever builds it, as Debian's packaging tools do: with DEBFULLNAME and
# DEBEMAIL set (a lab's name and address here), lintian finds nothing to report at all; without them the build says
# so and uses a placeholder, which lintian rejects.
# Usage: package_lintian.sh BUILD_DIR       (exit 77 = skipped, with the reason)
set -uo pipefail
build=$(cd "$1" && pwd)
command -v lintian >/dev/null || { echo "SKIPPED: lintian is not installed (scripts/deps.sh --with-test installs it)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$build" || exit 1

echo "== with DEBFULLNAME and DEBEMAIL"
DEBFULLNAME="Computer Lab Administrator" DEBEMAIL="lab-admin@math.example.edu" cpack -G DEB -B "$work/lab" >"$work/lab.log" 2>&1 ||
  { tail -20 "$work/lab.log"; exit 1; }
deb=$(ls "$work"/lab/gradus_*_amd64.deb)
maintainer=$(dpkg-deb -f "$deb" Maintainer)
[[ $maintainer == "Computer Lab Administrator <lab-admin@math.example.edu>" ]] || { echo "FAIL: Maintainer is '$maintainer'"; exit 1; }
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/gradus/changelog.gz | zcat | grep -q "^ -- $maintainer  " ||
  { echo "FAIL: the changelog is not signed by $maintainer"; exit 1; }
report=$(lintian --allow-root "$deb" 2>&1)
if [[ -n $report ]]; then
  echo "FAIL: lintian reports:"; echo "$report"; exit 1
fi
echo "Maintainer: $maintainer; lintian: nothing to report"

echo "== without them"
env -u DEBFULLNAME -u DEBEMAIL cpack -G DEB -B "$work/anonymous" >"$work/anonymous.log" 2>&1 || { tail -20 "$work/anonymous.log"; exit 1; }
grep -q "No maintainer given" "$work/anonymous.log" || { echo "FAIL: the build did not say that no maintainer was given"; exit 1; }
deb=$(ls "$work"/anonymous/gradus_*_amd64.deb)
report=$(lintian --allow-root "$deb" 2>&1)
[[ $report == *"bogus-mail-host"* ]] || { echo "FAIL: lintian accepted the placeholder: $report"; exit 1; }
echo "placeholder Maintainer '$(dpkg-deb -f "$deb" Maintainer)': the build warned, lintian rejects it"
