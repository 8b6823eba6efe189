#!/usr/bin/env bash
# Memory bench: streams a generated NDJSON dump (default 2GB) through the
# release `leakscope` binary and prints its peak resident memory.
#
#   scripts/bench-memory.sh [SIZE]        e.g. scripts/bench-memory.sh 500MB
#
# The dump is generated on the fly (gen-dump | leakscope), so no disk space
# is needed; the peak RSS is that of the leakscope process only.
set -euo pipefail
SIZE="${1:-2GB}"
cd "$(dirname "$0")/.."
cargo build --release --quiet -p leakscope-cli -p leakscope-corpus --bins
TARGET="${CARGO_TARGET_DIR:-target}"
BIN="$TARGET/release/leakscope"
GEN="$TARGET/release/gen-dump"
ERR="$(mktemp)"
trap 'rm -f "$ERR"' EXIT

echo "streaming $SIZE of generated NDJSON through $BIN"
for args in "redact --threads 1" "redact --threads 2" "scan --threads 1"; do
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        "$GEN" --seed 3 --size "$SIZE" \
            | /usr/bin/time -v "$BIN" $args --format ndjson --quiet --print-peak-rss - \
              $( [ "${args%% *}" = redact ] && echo "-o /dev/null" ) >/dev/null 2>"$ERR" || true
        rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2 " kB"}' "$ERR")
    else
        "$GEN" --seed 3 --size "$SIZE" \
            | "$BIN" $args --format ndjson --quiet --print-peak-rss - \
              $( [ "${args%% *}" = redact ] && echo "-o /dev/null" ) >/dev/null 2>"$ERR" || true
        rss=$(sed -n 's/^leakscope: peak RSS //p' "$ERR")
    fi
    end=$(date +%s.%N)
    if grep -q '^leakscope: [^p]' "$ERR"; then
        grep '^leakscope: [^p]' "$ERR" | head -3
    fi
    printf '%-22s peak RSS %-12s wall %6.1fs\n' "$args" "$rss" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
done
