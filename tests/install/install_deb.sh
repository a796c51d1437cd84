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
  gradus --version
  test "$(gradus list | wc -l)" -ge 10
  gradus list | head -3
  QT_QPA_PLATFORM=offscreen gradus render linreg -o /tmp/linreg.png --size 800x600
  man -w gradus 2>/dev/null || test -f /usr/share/man/man1/gradus.1.gz
  test -f /usr/share/applications/org.gradus.Gradus.desktop
  test -f /usr/share/metainfo/org.gradus.Gradus.metainfo.xml
  test -f /usr/share/icons/hicolor/scalable/apps/org.gradus.Gradus.svg
  test -f /usr/share/doc/gradus/copyright'
size=$(png_size "$root/tmp/linreg.png")
[ "$size" = 800x600 ] || { echo "FAIL: the rendered figure is not an 800x600 PNG (got '${size:-not a PNG}')"; exit 1; }
echo "rendered linreg: 800x600 PNG, $(stat -c %s "$root/tmp/linreg.png") bytes"

# On a display (ctest runs under xvfb-run) the root borrows this machine's X server: the window starts through
# the xcb plugin and a 3D lesson draws with the root's own Mesa, which proves those run-time Depends too.
display_number=${DISPLAY:-}
display_number=${display_number#*:}
display_socket=/tmp/.X11-unix/X${display_number%%.*}
if [ -n "${DISPLAY:-}" ] && [ -S "$display_socket" ]; then
  echo "== on the display $DISPLAY: the window and a 3D figure"
  mkdir -p "$root/tmp/.X11-unix"
  cp "${XAUTHORITY:-/dev/null}" "$root/tmp/xauthority" 2>/dev/null || : >"$root/tmp/xauthority"
  in_root_with_display "$root" "$DISPLAY" '
    gradus render rotations -o /tmp/rotations.png --size 640x480
    gradus >/tmp/window.log 2>&1 & pid=$!
    sleep 8
    kill -0 $pid || { echo "FAIL: the window closed by itself:"; cat /tmp/window.log; exit 1; }
    kill $pid; wait $pid 2>/dev/null || true
    echo "the window ran for 8 s"'
  size=$(png_size "$root/tmp/rotations.png")
  [ "$size" = 640x480 ] || { echo "FAIL: the 3D figure is not a 640x480 PNG (got '${size:-not a PNG}')"; exit 1; }
  echo "rendered rotations (3D): 640x480 PNG, $(stat -c %s "$root/tmp/rotations.png") bytes"
else
  echo "== no X display here: the window and the 3D figure were not tried (run under xvfb-run for them)"
fi

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
