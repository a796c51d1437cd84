#!/bin/bash
# The portable tarball runs in a minimal Debian 12 root that has only what its README.txt says it takes
# from the machine: no Qt, no OpenCV. Usage: portable_tarball.sh BUILD_DIR   (ctest label "install")
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/clean_root.sh"
build=$(cd "$1" && pwd)
require_clean_root_tools

echo "== making the tarball"
bash "$here/../../installer/make_portable.sh" "$build" "$build/portable"
tarball=$(ls -t "$build"/portable/gradus-*-linux-x86_64.tar.gz | head -1)
system_packages=$(sed -n 's/^ *apt install //p' <(tar -xzOf "$tarball" --wildcards '*/README.txt'))
[ -n "$system_packages" ] || { echo "FAIL: README.txt does not name the packages it needs"; exit 1; }

work=$(mktemp -d /tmp/gradus-portable-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir "$root"
new_root "$root"
echo "== only what README.txt asks for: $system_packages"
in_root "$root" "
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $system_packages >/tmp/apt.log 2>&1 || { tail -20 /tmp/apt.log; exit 1; }
  if dpkg-query -W 'libqt6*' 'libopencv*' 2>/dev/null | grep -q .; then echo 'FAIL: Qt or OpenCV came from the system'; exit 1; fi"
mkdir "$root/opt/portable"
tar -xzf "$tarball" -C "$root/opt/portable"
launcher=$(ls -d "$root"/opt/portable/gradus-*/gradus)
launcher=${launcher#"$root"}
in_root "$root" "
  missing=\$(LD_LIBRARY_PATH=$(dirname "$launcher")/lib ldd $(dirname "$launcher")/bin/gradus $(dirname "$launcher")/plugins/*/*.so | grep 'not found' | sort -u || true)
  [ -z \"\$missing\" ] || { echo \"FAIL: not found: \$missing\"; exit 1; }"
check_gradus_runs "$root" "$launcher"

# The sample is read (it lies beside the program) before the solve finds no cbc, so the message proves both.
echo "== the mip lesson without cbc (not bundled: EPL), with its samples beside the program"
in_root "$root" "
  out=\$($launcher data mip -s view=solve -s mps=p0033 2>&1) && { echo 'FAIL: the solve ran without cbc'; exit 1; }
  case \"\$out\" in *'install Debian'*'coinor-cbc'*) echo \"without cbc: \$out\" ;; *) echo \"FAIL: \$out\"; exit 1 ;; esac
  test -f $(dirname "$launcher")/share/gradus/miplib3/p0033.mps"
