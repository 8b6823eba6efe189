#!/usr/bin/env bash
# End-to-end test of the Envoy filter (crates/leakscope-proxy): builds the
# filter (wasm32-wasip1) and the CLI, installs Envoy if needed, and runs
# crates/leakscope-proxy/tests/e2e.py against a real Envoy on 127.0.0.1.
# Prints "N passed, N failed"; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/proxy-wasm.sh
cargo build --release -p leakscope-cli
exec python3 crates/leakscope-proxy/tests/e2e.py \
  --envoy "$ENVOY" \
  --wasm "$PROXY_WASM" \
  --cli "$TARGET/release/leakscope" \
  --corpus tests/corpus "$@"
