#!/usr/bin/env bash
# Sourced by test-proxy.sh and bench-proxy.sh: installs Envoy if needed
# (envoy-env.sh), builds the filter for wasm32-wasip1 and sets TARGET (the
# cargo target directory) and PROXY_WASM (the filter's .wasm).
source scripts/envoy-env.sh
TARGET="${CARGO_TARGET_DIR:-target}"
if command -v rustup >/dev/null; then rustup target add wasm32-wasip1 >/dev/null 2>&1 || true; fi
cargo build --release -p leakscope-proxy --target wasm32-wasip1
PROXY_WASM="$TARGET/wasm32-wasip1/release/leakscope_proxy.wasm"
