#!/bin/sh
# The desktop entry and the AppStream metainfo that the package installs are valid.
# Usage: installer_files_valid.sh BUILD_DIR
set -eu
build=$1
status=0
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
