#!/usr/bin/env bash
# The main job on the embedded example dump (an Elasticsearch user index of a
# smart-home / smart-scale service): build the CLI, print the field table and
# breach-impact summary, write the redacted dump, the report and a policy.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p leakscope-cli
bin=target/release/leakscope
mkdir -p out
"$bin" scan examples/es-users.json --policy-out out/es-users.policy.json
"$bin" redact examples/es-users.json -o out/es-users.redacted.json --report out/es-users.report.json
echo
echo "wrote out/es-users.redacted.json, out/es-users.report.json and out/es-users.policy.json"
