#!/usr/bin/env bash
# Builds gradus_<version>_amd64.deb in build/ (CPack; Depends from dpkg-shlibdeps) and checks it with
# lintian, desktop-file-validate and appstreamcli when they are installed.
# The Maintainer is whoever builds and distributes it: DEBFULLNAME and DEBEMAIL, as for Debian's own packaging
# tools, or GRADUS_MAINTAINER="Name <address>"; without either the build warns and uses a placeholder that
# lintian rejects. With --portable it also makes build/portable/gradus-<version>-linux-x86_64.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
extra=()
if [[ -n "${GRADUS_MAINTAINER:-}" ]]; then extra+=("-DGRADUS_MAINTAINER=${GRADUS_MAINTAINER}"); fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "${extra[@]}"
cmake --build build --parallel "$(nproc)"
(cd build && cpack)
deb=$(ls -t build/gradus_*_amd64.deb | head -1)
echo "package: $deb ($(du -h "$deb" | cut -f1), installed size $(dpkg-deb -f "$deb" Installed-Size) KiB)"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate build/*.desktop && echo "desktop file: valid"; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net build/*.metainfo.xml; fi
if command -v lintian >/dev/null; then lintian --allow-root "$deb" || true; fi
if [[ "${1:-}" == --portable ]]; then bash installer/make_portable.sh build build/portable; fi
