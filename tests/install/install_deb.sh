#!/bin/bash
# The Debian package installs, runs and purges cleanly in a minimal Debian 12 root: apt-get installs it with
# its Depends alone (no Recommends), so a missing dependency shows up as a failure to start or to render.
# Usage: install_deb.sh BUILD_DIR       (ctest label "install"; exit 77 = skipped, with the reason)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/clean_root.sh"
build=$(cd "$1" && pwd)
require_clean_root_tools

echo "== building the package (cpack)"
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { tail -30 "$build/cpack.log"; exit 1; }
deb=$(ls -t "$build"/gradus_*_amd64.deb | head -1)
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "== what the packaged program links: every licence combines with GPL-3"
bash "$here/linked_licences.sh" "$deb"

work=$(mktemp -d /tmp/gradus-install-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir "$root"
new_root "$root"
cp "$deb" "$root/tmp/gradus.deb"
in_root "$root" 'find / -xdev -path /proc -prune -o -print 2>/dev/null | sort >/tmp/files-before'

echo "== apt-get install ./gradus.deb (no Recommends)"
start=$(date +%s)
in_root "$root" '
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends /tmp/gradus.deb >/tmp/apt-install.log 2>&1 || { tail -30 /tmp/apt-install.log; exit 1; }
  dpkg-query -W -f="\${Package} \${Version} \${Status}\n" gradus'
echo "installed in $(( $(date +%s) - start )) s"

echo "== running it"
in_root "$root" '
  man -w gradus 2>/dev/null || test -f /usr/share/man/man1/gradus.1.gz
  test -f /usr/share/applications/org.gradus.Gradus.desktop
  test -f /usr/share/metainfo/org.gradus.Gradus.metainfo.xml
  test -f /usr/share/icons/hicolor/scalable/apps/org.gradus.Gradus.svg
  test -f /usr/share/doc/gradus/copyright'
check_gradus_runs "$root" gradus
echo "== the mip lesson: cbc (a dependency) solves a MIPLIB 3 sample installed beside the program"
in_root "$root" '
  test -f /usr/share/gradus/miplib3/p0033.mps
  gradus data mip -s view=solve -s mps=p0033 -o /tmp/p0033.json
  grep -q "\"objective\": 3089" /tmp/p0033.json || { echo "FAIL: p0033 did not reach 3089"; head -c 600 /tmp/p0033.json; exit 1; }
  echo "p0033: objective 3089 by the cbc program"'

echo "== apt-get purge gradus"
in_root "$root" '
  dpkg -L gradus | sort >/tmp/gradus-files
  apt-get purge -y -qq gradus >/dev/null
  if dpkg-query -W gradus >/dev/null 2>&1; then echo "FAIL: gradus is still known to dpkg"; exit 1; fi
  left=""
  while read -r path; do
    # Folders that other packages also fill (/usr/share/mime, ...) stay; files and folders left empty must go.
    if [ -e "$path" ] && ! grep -qxF "$path" /tmp/files-before; then
      if [ ! -d "$path" ] || [ -z "$(ls -A "$path")" ]; then left="$left $path"; fi
    fi
  done </tmp/gradus-files
  others=$(find / -xdev \( -path /proc -o -path /tmp -o -path /root \) -prune -o -iname "*gradus*" -print 2>/dev/null | grep -v "^/var/lib/dpkg/" || true)
  if [ -n "$left$others" ]; then echo "FAIL: left behind:$left $others"; exit 1; fi
  echo "nothing of gradus is left"'
