# Shared by the install tests: a minimal Debian 12 root made by debootstrap, cached between runs, and a way
# to run commands inside a fresh copy of it. Sourced, not run.
#
#   GRADUS_CLEAN_ROOT_CACHE  where the pristine root and the downloaded packages are kept
#                            (default /var/cache/gradus-tests)
#   GRADUS_DEBIAN_MIRROR     the mirror for debootstrap (default: the first one apt on this machine uses)

skip() { echo "SKIPPED: $*"; exit 77; }

require_clean_root_tools() {
  [ "$(id -u)" = 0 ] || skip "needs root (debootstrap, chroot and mounts)"
  command -v debootstrap >/dev/null 2>&1 || skip "debootstrap is not installed"
  command -v unshare >/dev/null 2>&1 || skip "unshare is not installed"
  unshare --mount true 2>/dev/null || skip "this machine does not allow a private mount namespace"
}

debian_mirror() {
  if [ -n "${GRADUS_DEBIAN_MIRROR:-}" ]; then echo "$GRADUS_DEBIAN_MIRROR"; return; fi
  # deb822 sources first (Debian 12's default), then the one-line format.
  local uri
  uri=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '$2 !~ /security/ {print $2; exit}')
  [ -z "$uri" ] && uri=$(grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | awk '$2 !~ /security/ {print $2; exit}')
  echo "${uri:-http://deb.debian.org/debian}"
}

# Prints the path of the pristine root, making it on the first call (≈ 35 s with a near mirror).
pristine_root() {
  local cache=${GRADUS_CLEAN_ROOT_CACHE:-/var/cache/gradus-tests}
  local root=$cache/bookworm-minbase
  mkdir -p "$cache"
  exec 9>"$cache/.lock"
  flock 9 # another run making the root at the same moment
  if [ ! -x "$root/usr/bin/apt-get" ]; then
    rm -rf "$root.partial"
    echo "making a clean Debian 12 root in $root (debootstrap, $(debian_mirror))" >&2
    debootstrap --variant=minbase bookworm "$root.partial" "$(debian_mirror)" >"$cache/debootstrap.log" 2>&1 ||
      { tail -20 "$cache/debootstrap.log" >&2; skip "debootstrap failed (no mirror reachable?), see $cache/debootstrap.log"; }
    rm -rf "$root"
    mv "$root.partial" "$root"
  fi
  mkdir -p "$cache/archives/partial"
  flock -u 9
  echo "$root"
}

# new_root DIR: a fresh copy of the pristine root in DIR, able to reach this machine's mirror.
new_root() {
  local target=$1 pristine
  pristine=$(pristine_root) || exit $?
  cp -a "$pristine/." "$target/"
  cp /etc/resolv.conf "$target/etc/resolv.conf" 2>/dev/null || true
  # The same suites as this machine (updates and security), so the versions the package was built against exist.
  if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
    rm -f "$target/etc/apt/sources.list"
    cp /etc/apt/sources.list.d/*.sources "$target/etc/apt/sources.list.d/"
  fi
  # Snapshot mirrors serve Release files whose Valid-Until has passed.
  printf 'Acquire::Check-Valid-Until "false";\nAcquire::Check-Date "false";\n' >"$target/etc/apt/apt.conf.d/99clean-root-test"
}

# in_root DIR COMMAND: runs COMMAND (a shell script) inside DIR with /proc mounted and the package
# downloads shared with the cache; the mounts vanish with the private mount namespace.
in_root() {
  local target=$1 script=$2
  local cache=${GRADUS_CLEAN_ROOT_CACHE:-/var/cache/gradus-tests}
  unshare --mount --fork sh -c '
    mount -t proc proc "$1/proc" &&
    mount --bind "$2/archives" "$1/var/cache/apt/archives" &&
    { mount -t devpts devpts "$1/dev/pts" 2>/dev/null || true; } &&
    exec chroot "$1" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
      DEBIAN_FRONTEND=noninteractive /bin/sh -ec "$3"' in_root "$target" "$cache" "$script"
}

# in_root_with_display DIR DISPLAY COMMAND: as in_root, with this machine's X socket folder bound into the root
# and its X authority at /tmp/xauthority.
in_root_with_display() {
  local target=$1 display=$2 script=$3
  local cache=${GRADUS_CLEAN_ROOT_CACHE:-/var/cache/gradus-tests}
  unshare --mount --fork sh -c '
    mount -t proc proc "$1/proc" &&
    mount --bind /tmp/.X11-unix "$1/tmp/.X11-unix" &&
    exec chroot "$1" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
      DISPLAY="$2" XAUTHORITY=/tmp/xauthority /bin/sh -ec "$3"' in_root "$target" "$display" "$script"
}

# png_size FILE: "WIDTHxHEIGHT" read from the PNG header, nothing if FILE is not a PNG.
png_size() {
  [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || return 0
  local w h
  w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
  h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
  echo "${w}x${h}"
}

# check_gradus_runs DIR COMMAND: inside DIR, COMMAND (the installed or unpacked program) prints its version,
# lists the lessons and renders a figure offscreen; on a display (ctest runs under xvfb-run) the root borrows
# this machine's X server, so the window starts through the xcb plugin and a 3D lesson draws with the root's
# own OpenGL libraries.
check_gradus_runs() {
  local target=$1 gradus=$2 size
  in_root "$target" "
    $gradus --version
    test \"\$($gradus list | grep -c '^[a-z]')\" -ge 10
    QT_QPA_PLATFORM=offscreen $gradus render linreg -o /tmp/linreg.png --size 800x600"
  size=$(png_size "$target/tmp/linreg.png")
  [ "$size" = 800x600 ] || { echo "FAIL: the rendered figure is not an 800x600 PNG (got '${size:-not a PNG}')"; exit 1; }
  echo "rendered linreg offscreen: 800x600 PNG, $(stat -c %s "$target/tmp/linreg.png") bytes"

  local display_number=${DISPLAY:-}
  display_number=${display_number#*:}
  if [ -z "${DISPLAY:-}" ] || [ ! -S "/tmp/.X11-unix/X${display_number%%.*}" ]; then
    echo "no X display here: the window and the 3D figure were not tried (run under xvfb-run for them)"
    return
  fi
  mkdir -p "$target/tmp/.X11-unix"
  cp "${XAUTHORITY:-/dev/null}" "$target/tmp/xauthority" 2>/dev/null || : >"$target/tmp/xauthority"
  in_root_with_display "$target" "$DISPLAY" "
    $gradus render rotations -o /tmp/rotations.png --size 640x480
    $gradus >/tmp/window.log 2>&1 & pid=\$!
    sleep 8
    kill -0 \$pid || { echo 'FAIL: the window closed by itself:'; cat /tmp/window.log; exit 1; }
    kill \$pid; wait \$pid 2>/dev/null || true
    echo 'the window ran for 8 s on $DISPLAY'"
  size=$(png_size "$target/tmp/rotations.png")
  [ "$size" = 640x480 ] || { echo "FAIL: the 3D figure is not a 640x480 PNG (got '${size:-not a PNG}')"; exit 1; }
  echo "rendered rotations (3D) on the display: 640x480 PNG, $(stat -c %s "$target/tmp/rotations.png") bytes"
}
