#!/usr/bin/env bash
# Builds the npm package when its inputs changed, builds the native CLI (for
# the byte-for-byte parity tests) and runs the package tests with node --test.
# Exits non-zero when anything fails.
#   --no-cli     do not build the native CLI (parity tests are skipped when it is absent)
#   --rebuild    always rebuild the package
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BUILD_CLI=1
REBUILD=0
for arg in "$@"; do
  case "$arg" in
    --no-cli) BUILD_CLI=0 ;;
    --rebuild) REBUILD=1 ;;
    *) echo "test-npm.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

WASM=pkg/dist/web/leakscope_bg.wasm
needs_build() {
  [ "$REBUILD" = 1 ] && return 0
  [ -f "$WASM" ] && [ -f pkg/dist/node/index.cjs ] && [ -f pkg/dist/web/index.js ] || return 0
  # Any input newer than the built package?
  [ -n "$(find src crates/leakscope-wasm pkg/src pkg/types pkg/tools Cargo.toml Cargo.lock \
            scripts/build-pkg.sh -newer "$WASM" -type f -print -quit 2>/dev/null)" ]
}
if needs_build; then
  scripts/build-pkg.sh
fi

TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
if [ "$BUILD_CLI" = 1 ] && [ -f crates/leakscope-cli/Cargo.toml ] && [ -z "${LEAKSCOPE_CLI:-}" ]; then
  echo "test-npm: cargo build --release -p leakscope-cli (native CLI for parity tests)" >&2
  cargo build --release -p leakscope-cli
fi
if [ -z "${LEAKSCOPE_CLI:-}" ] && [ -x "$TARGET_DIR/release/leakscope" ]; then
  export LEAKSCOPE_CLI="$TARGET_DIR/release/leakscope"
fi

cd pkg
if [ ! -x node_modules/.bin/tsc ] || [ ! -x node_modules/.bin/wasm-opt ]; then
  echo "test-npm: npm ci in pkg/ (binaryen, typescript)" >&2
  npm ci --no-audit --no-fund
fi
node --test test/*.test.mjs
