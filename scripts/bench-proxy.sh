#!/usr/bin/env bash
# Benchmark of the Envoy filter: the same Envoy run with and without the
# filter, 16 KB and 1 MB JSON bodies, bounded request counts, 127.0.0.1 only.
# Extra arguments go to bench.py (--requests-16k N, --requests-1m N).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/envoy-env.sh
TARGET="${CARGO_TARGET_DIR:-target}"
if command -v rustup >/dev/null; then rustup target add wasm32-wasip1 >/dev/null 2>&1 || true; fi
cargo build --release -p leakscope-proxy --target wasm32-wasip1
exec python3 crates/leakscope-proxy/tests/bench.py \
  --envoy "$ENVOY" \
  --wasm "$TARGET/wasm32-wasip1/release/leakscope_proxy.wasm" "$@"
