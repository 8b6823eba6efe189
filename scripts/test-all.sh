#!/usr/bin/env bash
# Sets up a machine (idempotently) and runs every test of every front end:
# the Rust workspace (core, corpus quality, golden files, properties, CLI),
# the npm package (node --test), the triage page (headless Chromium) and the
# Envoy filter (a real Envoy on 127.0.0.1).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "setup failed"; exit 1; }

passed=0
failed=0
failed_names=()
suite() {
  local name=$1
  shift
  echo
  echo "=== $name: $*"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failed_names+=("$name")
    echo "=== $name FAILED"
  fi
}

suite rust cargo test --workspace
suite npm bash scripts/test-npm.sh
suite www bash scripts/test-www.sh
suite proxy bash scripts/test-proxy.sh

echo
[ "$failed" -gt 0 ] && echo "failed suites: ${failed_names[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
