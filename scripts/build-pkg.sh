#!/usr/bin/env bash
# Builds the npm package in pkg/dist from a clean checkout:
#   cargo build (wasm32-unknown-unknown, release, fat LTO, panic=abort)
#   -> wasm-bindgen (pinned to the crate's wasm-bindgen version)
#   -> wasm-opt -O3 (npm binaryen, pinned in pkg/package.json)
#   -> pkg/tools/assemble.mjs (entry points, types, size)
# Installs missing tools idempotently. Options:
#   --update-readme   rewrite the "Size" section of pkg/README.md
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
UPDATE_README=""
for arg in "$@"; do
  case "$arg" in
    --update-readme) UPDATE_README="--update-readme" ;;
    *) echo "build-pkg.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

say() { echo "build-pkg: $*" >&2; }

# The wasm-bindgen CLI must match the crate's wasm-bindgen exactly.
BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' crates/leakscope-wasm/Cargo.toml)"
if [ -z "$BINDGEN_VERSION" ]; then
  say "cannot read the pinned wasm-bindgen version from crates/leakscope-wasm/Cargo.toml"
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION"
  # --locked can fail when the registry index lags behind the CLI's lock file.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi

if [ ! -x pkg/node_modules/.bin/wasm-opt ]; then
  say "installing binaryen (wasm-opt) into pkg/node_modules"
  if [ -f pkg/package-lock.json ]; then
    (cd pkg && npm ci --no-audit --no-fund)
  else
    (cd pkg && npm install --no-audit --no-fund)
  fi
fi

TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
say "cargo build -p leakscope-wasm (target dir $TARGET_DIR)"
CARGO_PROFILE_RELEASE_LTO=fat \
CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
CARGO_PROFILE_RELEASE_OPT_LEVEL=3 \
CARGO_PROFILE_RELEASE_PANIC=abort \
CARGO_PROFILE_RELEASE_STRIP=debuginfo \
CARGO_PROFILE_RELEASE_DEBUG=false \
  cargo build -p leakscope-wasm --target wasm32-unknown-unknown --release
WASM="$TARGET_DIR/wasm32-unknown-unknown/release/leakscope_wasm.wasm"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
say "wasm-bindgen $BINDGEN_VERSION"
wasm-bindgen --target web --out-name leakscope --no-typescript --out-dir "$TMP/web" "$WASM"
wasm-bindgen --target nodejs --out-name leakscope --no-typescript --out-dir "$TMP/node" "$WASM"
# The package ships one wasm file for both glues; they must agree.
cmp -s "$TMP/web/leakscope_bg.wasm" "$TMP/node/leakscope_bg.wasm" || {
  say "the web and nodejs wasm-bindgen outputs differ; cannot share one .wasm"
  exit 1
}

rm -rf pkg/dist
mkdir -p pkg/dist/web pkg/dist/node
say "wasm-opt -O3"
pkg/node_modules/.bin/wasm-opt -O3 "$TMP/web/leakscope_bg.wasm" -o pkg/dist/web/leakscope_bg.wasm

node pkg/tools/assemble.mjs "$TMP/web" "$TMP/node" $UPDATE_README
say "done: pkg/dist"
