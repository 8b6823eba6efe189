#!/usr/bin/env bash
# Benchmark of the Envoy filter: the same Envoy run with and without the
# filter, 16 KB and 1 MB JSON bodies, bounded request counts, 127.0.0.1 only.
# Extra arguments go to bench.py (--requests-16k N, --requests-1m N).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/proxy-wasm.sh
exec python3 crates/leakscope-proxy/tests/bench.py \
  --envoy "$ENVOY" \
  --wasm "$PROXY_WASM" "$@"
