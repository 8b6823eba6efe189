#!/usr/bin/env bash
# Builds the triage page: copies the browser build of the npm package
# (pkg/dist/web, made by scripts/build-pkg.sh) into www/vendor/.
# The page is then plain static files: serve www/ with any static server,
# e.g. `python3 -m http.server -d www 8000`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="${PKG_WEB:-$root/pkg/dist/web}"
vendor="$root/www/vendor"

if [ ! -f "$web/index.js" ] || [ "${REBUILD_PKG:-0}" = 1 ]; then
  echo "build-www: building the npm package first (scripts/build-pkg.sh)" >&2
  bash "$root/scripts/build-pkg.sh"
fi
if [ ! -f "$web/index.js" ]; then
  echo "build-www: $web/index.js is missing after scripts/build-pkg.sh" >&2
  exit 1
fi

wasm="$web/leakscope_bg.wasm"
if [ ! -s "$wasm" ] || [ "$(head -c 4 "$wasm" | od -An -tx1 | tr -d ' \n')" != "0061736d" ]; then
  echo "build-www: $wasm is missing or not a wasm module (a build still running?)" >&2
  exit 1
fi

rm -rf "$vendor.tmp"
mkdir -p "$vendor.tmp"
cp -R "$web"/. "$vendor.tmp"/
rm -rf "$vendor"
mv "$vendor.tmp" "$vendor"
echo "build-www: copied $(find "$vendor" -type f | wc -l) files from ${web#"$root"/} to www/vendor/" >&2
