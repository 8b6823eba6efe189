#!/usr/bin/env python3
"""Benchmark: a bounded number of requests through Envoy without and with the
leakscope filter (redact mode), for 16 KB and 1 MB JSON bodies, on 127.0.0.1.

    bench.py --envoy ENVOY --wasm leakscope_proxy.wasm [--requests-16k 400] [--requests-1m 40]

Requests alternate between the two listeners (same Envoy, same upstream, same
run), one keep-alive connection each, so drift hits both alike. Prints
requests/s and p50/p99 latency for both, and the ratios.
"""

import argparse
import http.client
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def pct(sorted_vals, p):
    if not sorted_vals:
        return float("nan")
    i = min(len(sorted_vals) - 1, max(0, round(p / 100 * (len(sorted_vals) - 1))))
    return sorted_vals[i]


def run(ports, path, n):
    conns = {k: http.client.HTTPConnection("127.0.0.1", p, timeout=120) for k, p in ports.items()}
    lat = {k: [] for k in ports}
    busy = {k: 0.0 for k in ports}
    sizes = {}
    try:
        for i in range(n + 3):
            for k, c in conns.items():
                t0 = time.perf_counter()
                c.request("GET", path)
                r = c.getresponse()
                body = r.read()
                dt = time.perf_counter() - t0
                if r.status != 200:
                    raise RuntimeError(f"{k}: status {r.status}: {body[:200]!r}")
                sizes[k] = len(body)
                if i >= 3:  # 3 warm-up rounds
                    lat[k].append(dt)
                    busy[k] += dt
    finally:
        for c in conns.values():
            c.close()
    return lat, busy, sizes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--envoy", required=True)
    ap.add_argument("--wasm", required=True)
    ap.add_argument("--requests-16k", type=int, default=400)
    ap.add_argument("--requests-1m", type=int, default=40)
    args = ap.parse_args()
    work = harness.workdir()
    try:
        up = harness.start_upstream(os.path.join(ROOT, "tests", "corpus"), work)
        env = harness.Envoy(
            args.envoy,
            os.path.abspath(args.wasm),
            up,
            [("plain", None, ""), ("filter", {"mode": "redact"}, "leakscope")],
            work,
        )
        ports = {"plain": env.ports["plain"], "filter": env.ports["filter"]}
        print(f"{'body':>6} {'proxy':>7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'resp bytes':>10}")
        summary = []
        for label, size, n in (("16 KB", 16 * 1024, args.requests_16k), ("1 MB", 1 << 20, args.requests_1m)):
            lat, busy, sizes = run(ports, f"/big?bytes={size}", n)
            row = {}
            for k in ("plain", "filter"):
                s = sorted(lat[k])
                rps = len(s) / busy[k] if busy[k] > 0 else float("nan")
                row[k] = (rps, pct(s, 50) * 1000, pct(s, 99) * 1000)
                print(f"{label:>6} {k:>7} {rps:8.1f} {row[k][1]:8.2f} {row[k][2]:8.2f} {sizes[k]:>10}")
            summary.append((label, n, row))
        print()
        print("filter / plain, same run:")
        for label, n, row in summary:
            (rp, p50p, p99p), (rf, p50f, p99f) = row["plain"], row["filter"]
            print(
                f"  {label}: {n} requests each; requests/s x{rf / rp:.3f}; "
                f"p50 latency x{p50f / p50p:.2f} (+{p50f - p50p:.2f} ms); "
                f"p99 latency x{p99f / p99p:.2f} (+{p99f - p99p:.2f} ms)"
            )
    finally:
        harness.stop_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
