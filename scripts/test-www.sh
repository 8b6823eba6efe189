#!/usr/bin/env bash
# End-to-end tests of the triage page (www/) in a real headless Chromium.
# Installs what it needs when missing: Debian chromium, the npm test
# dependencies, the wasm package (scripts/build-pkg.sh, when missing or older
# than its sources; copied into www/vendor by scripts/build-www.sh) and the
# native CLI that the page's tables and exports are compared with.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ -z "${CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "test-www: installing chromium (apt)" >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

if [ ! -f www/node_modules/playwright-core/package.json ]; then
  echo "test-www: installing npm test dependencies" >&2
  (cd www && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

# Rebuild the wasm package when it is missing or older than its inputs, so
# the page and the CLI it is compared with run the same core.
wasm=pkg/dist/web/leakscope_bg.wasm
if [ ! -f "$wasm" ] || [ ! -f pkg/dist/web/index.js ] \
  || [ -n "$(find src crates/leakscope-wasm pkg/src pkg/tools Cargo.toml Cargo.lock scripts/build-pkg.sh \
               -newer "$wasm" -type f -print -quit 2>/dev/null)" ]; then
  echo "test-www: building the wasm package (scripts/build-pkg.sh)" >&2
  bash scripts/build-pkg.sh
fi
bash scripts/build-www.sh

echo "test-www: building the native CLI" >&2
cargo build --quiet -p leakscope-cli
target_dir="${CARGO_TARGET_DIR:-$root/target}"
case "$target_dir" in /*) ;; *) target_dir="$root/$target_dir" ;; esac
export LEAKSCOPE_BIN="$target_dir/debug/leakscope"

cd www
exec node --test --test-concurrency=1 test/*.test.mjs
