#!/bin/bash
# Makes gradus-<version>-linux-x86_64.tar.gz from a built tree: the program, the Qt plugins it loads and every
# library they need except the ones that must come from the machine itself (listed in PORTABLE.txt and
# in system_libraries below). For machines where the administrator cannot install packages.
# Usage: make_portable.sh BUILD_DIR OUTPUT_DIR
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
mkdir -p "$2"
output=$(cd "$2" && pwd)
binary=$build/src/gradus
version=$("$binary" --version | awk 'NR == 1 {print $2}')
name=gradus-$version-linux-x86_64
qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
qt_translations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS 2>/dev/null || echo /usr/share/qt6/translations)

# Libraries taken from the machine: the C library and the compiler's run time (their newest version on the
# machine must serve every program), the OpenGL driver stack and the X connection (they must match the
# machine's graphics driver and server), fontconfig (it must read the machine's own configuration) and
# udev/systemd (they talk to the running system).
system_libraries='^(ld-linux-x86-64|libc|libm|libdl|libpthread|librt|libresolv|libutil|libanl|libstdc\+\+|libgcc_s|libGL|libGLX|libGLdispatch|libEGL|libOpenGL|libgbm|libdrm|libglapi|libvulkan|libX11|libX11-xcb|libxcb|libXau|libXdmcp|libxcb-dri2|libxcb-dri3|libxcb-glx|libxcb-present|libxcb-sync|libxshmfence|libfontconfig|libfreetype|libexpat|libz|libudev|libsystemd)\.so'

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/$name
mkdir -p "$root"/{bin,lib,plugins,translations,doc}
cp "$binary" "$root/bin/gradus"
strip "$root/bin/gradus"
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so xcbglintegrations/libqxcb-glx-integration.so \
              xcbglintegrations/libqxcb-egl-integration.so imageformats/libqjpeg.so imageformats/libqgif.so \
              imageformats/libqsvg.so iconengines/libqsvgicon.so renderers/librhirenderer.so renderers/libopenglrenderer.so \
              platforminputcontexts/libcomposeplatforminputcontextplugin.so \
              platforminputcontexts/libibusplatforminputcontextplugin.so; do
  if [ -f "$qt_plugins/$plugin" ]; then
    mkdir -p "$root/plugins/$(dirname "$plugin")"
    cp "$qt_plugins/$plugin" "$root/plugins/$plugin"
  fi
done
# Every library the program and its plugins load, transitively (ldd resolves the whole tree).
ldd "$root/bin/gradus" $(find "$root/plugins" -name '*.so') 2>/dev/null |
  awk '$2 == "=>" && $3 ~ /^\// {print $3}' | sort -u | while read -r library; do
    base=$(basename "$library")
    if ! [[ $base =~ $system_libraries ]]; then cp -L "$library" "$root/lib/$base"; fi
  done
missing=$(ldd "$root/bin/gradus" | grep "not found" || true)
[ -z "$missing" ] || { echo "libraries not found on this machine: $missing" >&2; exit 1; }
cp "$qt_translations"/qtbase_ru.qm "$root/translations/" 2>/dev/null || true
cp "$source_dir"/installer/copyright "$source_dir"/datasets/CREDITS "$root/doc/"
cp "$source_dir"/datasets/linreg_example.csv "$root/doc/"
# The MIPLIB 3 samples (EPL) as separate files, where the program looks for them (share/gradus beside bin/).
mkdir -p "$root/share/gradus/miplib3"
cp "$source_dir"/datasets/miplib3/*.mps "$root/share/gradus/miplib3/"
cp "$source_dir"/datasets/miplib3/LICENSE-EPL-1.0 "$root/doc/"
cp "$source_dir"/COPYING "$root/doc/"
# Qt finds its plugins and translations beside the program through qt.conf (paths relative to bin/..).
printf '[Paths]\nPrefix=..\nPlugins=plugins\nTranslations=translations\n' >"$root/bin/qt.conf"
cat >"$root/gradus" <<'LAUNCHER'
#!/bin/sh
# Runs the bundled Gradus with its own libraries; arguments are passed on (gradus --help).
here=$(dirname "$(readlink -f "$0")")
LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$here/bin/gradus" "$@"
LAUNCHER
chmod 755 "$root/gradus"
glibc=$(objdump -T "$root/bin/gradus" "$root"/lib/*.so* "$root"/plugins/*/*.so 2>/dev/null |
  grep -o 'GLIBC_[0-9.]*' | sort -t. -k2,2n -u | tail -1 | cut -d_ -f2)
sed -e "s/@VERSION@/$version/g" -e "s/@GLIBC@/$glibc/g" "$source_dir/installer/PORTABLE.txt.in" >"$root/README.txt"
(cd "$stage" && tar --owner=0 --group=0 --sort=name -czf "$output/$name.tar.gz" "$name")
echo "$output/$name.tar.gz: $(du -k "$output/$name.tar.gz" | cut -f1) KiB packed, $(du -sk "$root" | cut -f1) KiB unpacked," \
  "$(ls "$root/lib" | wc -l) bundled libraries, needs glibc $glibc"
