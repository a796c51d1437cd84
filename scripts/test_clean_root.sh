#!/usr/bin/env bash
# The README's test command (scripts/test.sh) inside a clean Debian 12 root that holds nothing but a minimal
# Debian (debootstrap minbase) and what scripts/deps.sh --with-test installs into it: a package installed by
# hand on this machine can no longer hide a missing install step. Builds from the files of this checkout
# (git's tracked and untracked-but-not-ignored files, as they are in the working tree).
# The pristine root and the downloaded packages are cached in /var/cache/gradus-tests (tests/install/clean_root.sh),
# ccache is shared with this machine. Needs root (debootstrap, chroot, mounts). scripts/test.sh runs it in CI.
# Extra arguments go to ctest inside the root; the packaging tests (label install) make clean roots of their own
# and run on this machine instead.
set -euo pipefail
cd "$(dirname "$0")/.."
. tests/install/clean_root.sh
[[ $(id -u) == 0 ]] || { echo "test_clean_root: needs root (debootstrap, chroot and mounts)" >&2; exit 1; }
bash scripts/deps.sh --with-test # debootstrap, ccache
command -v unshare >/dev/null || { echo "test_clean_root: unshare (util-linux) is missing" >&2; exit 1; }

start=$(date +%s)
work=$(mktemp -d /var/tmp/gradus-clean-root.XXXXXX)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir "$root"
# pristine_root skips (exit 77) when debootstrap fails; here that is a failure.
( new_root "$root" ) || { echo "test_clean_root: could not make the clean root" >&2; exit 1; }

echo "== the checkout, copied into the clean root"
mkdir -p "$root/src/gradus"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  [[ -e $file || -L $file ]] && printf '%s\0' "$file"
done | xargs -0 cp --parents -P -t "$root/src/gradus"
echo "$(find "$root/src/gradus" -type f | wc -l) files"

# One compiler cache for both: the root's gcc is Debian 12's, like this machine's, so objects are shared.
ccache_dir=$(ccache --get-config cache_dir 2>/dev/null || echo "$HOME/.cache/ccache")
mkdir -p "$ccache_dir" "$root/ccache"

echo "== scripts/test.sh inside the root (CI unset: the normal suite only)"
cache=${GRADUS_CLEAN_ROOT_CACHE:-/var/cache/gradus-tests}
unshare --mount --fork bash -c '
  set -e
  root=$1 cache=$2 ccache_dir=$3
  # The root a mount point of its own, so that the tests that make private mount namespaces (full disk) can.
  mount --bind "$root" "$root"
  mount -t proc proc "$root/proc"
  mount -t sysfs sysfs "$root/sys"
  mount --rbind /dev "$root/dev"
  mount --bind "$cache/archives" "$root/var/cache/apt/archives"
  mount --bind "$ccache_dir" "$root/ccache"
  shift 3
  exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive CCACHE_DIR=/ccache \
    bash -c "cd /src/gradus && bash scripts/test.sh \"\$@\"" test.sh -LE install "$@"' \
  clean-root "$root" "$cache" "$ccache_dir" "$@"
echo "test_clean_root: the suite passed in a clean Debian 12 root in $(( $(date +%s) - start )) s"
