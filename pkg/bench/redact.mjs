// Benchmark: MB/s of `redact` in Node (wasm) beside the native CLI on the
// same generated data, in the same run.
//
//   node pkg/bench/redact.mjs [--mb 32] [--runs 3] [--cli path/to/leakscope]
//
// The native CLI is $LEAKSCOPE_CLI, --cli, or target/release/leakscope
// (build it with `cargo build --release -p leakscope-cli`). It runs with one
// thread (--threads 1) so both sides do the same single-threaded work.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const PKG = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = resolve(PKG, "..");

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const targetMb = Number(arg("mb", "32"));
const runs = Number(arg("runs", "3"));

const ls = await import(join(PKG, "dist", "node", "index.mjs"));

// Deterministic, realistic NDJSON: log records with PII, secrets and noise.
function generate(bytes) {
  let seed = 0x9e3779b9;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const first = ["jane", "john", "zoë", "ahmed", "li", "maria", "olga", "kofi"];
  const last = ["doe", "smith", "müller", "nguyen", "garcia", "kowalski"];
  const paths = ["/api/v1/users", "/login", "/checkout", "/static/app.js", "/search"];
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const f = pick(first);
    const l = pick(last);
    const line =
      JSON.stringify({
        ts: `2024-05-${String(1 + (i % 28)).padStart(2, "0")}T12:${String(i % 60).padStart(2, "0")}:00Z`,
        level: pick(["info", "warn", "error"]),
        request: { method: pick(["GET", "POST"]), path: pick(paths), status: pick([200, 201, 404, 500]), ms: Math.floor(rand() * 900) },
        client_ip: `${10 + (i % 200)}.${i % 256}.${(i >> 8) % 256}.${Math.floor(rand() * 255)}`,
        user: {
          id: i,
          name: `${f} ${l}`,
          email: `${f}.${l}${i}@example.com`,
          phone: `+1 415 555 ${String(1000 + (i % 9000))}`,
          address: { city: pick(["Berlin", "Lagos", "Austin"]), zip: String(10000 + (i % 89999)) },
        },
        headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64)", authorization: i % 7 === 0 ? `Bearer ${Math.floor(rand() * 1e16).toString(36)}abcdefghijklmnop` : undefined },
        message: `user ${f} ${l} (${f}@example.org) updated the cart with ${Math.floor(rand() * 9)} items`,
        tags: ["web", pick(["eu", "us", "af"])],
        flags: { beta: rand() < 0.5, consent: true },
      }) + "\n";
    parts.push(line);
    size += Buffer.byteLength(line);
  }
  return Buffer.from(parts.join(""));
}

const data = generate(targetMb * 1024 * 1024);
const mb = data.length / (1024 * 1024);
const dir = mkdtempSync(join(tmpdir(), "leakscope-bench-"));
const file = join(dir, "data.ndjson");
writeFileSync(file, data);

function best(fn) {
  let bestMs = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    bestMs = Math.min(bestMs, performance.now() - t0);
  }
  return { ms: bestMs, result };
}

const rows = [];
try {
  // Warm-up (compilation tiers).
  ls.redact(data.subarray(0, data.indexOf(10, 1 << 20) + 1));

  const whole = best(() => ls.redact(data));
  rows.push(["node wasm redact(bytes)", whole.ms]);

  const streamed = best(() => {
    const r = new ls.Redactor();
    const parts = [];
    for (let at = 0; at < data.length; at += 1 << 20) parts.push(r.push(data.subarray(at, at + (1 << 20))));
    parts.push(r.finish().output);
    return Buffer.concat(parts);
  });
  rows.push(["node wasm Redactor (1 MiB chunks)", streamed.ms]);
  const sameStream = Buffer.compare(Buffer.from(whole.result.output), streamed.result) === 0;

  const cli = [arg("cli"), process.env.LEAKSCOPE_CLI, process.env.CARGO_TARGET_DIR && join(process.env.CARGO_TARGET_DIR, "release", "leakscope"), join(ROOT, "target", "release", "leakscope")].find(
    (p) => p && existsSync(p),
  );
  let nativeMs = null;
  let sameAsNative = null;
  if (cli) {
    const out = join(dir, "out.ndjson");
    const native = best(() => {
      const r = spawnSync(cli, ["redact", "-q", "--threads", "1", "-o", out, file], { stdio: ["ignore", "ignore", "pipe"] });
      if (r.status !== 0) throw new Error(`native CLI failed (${r.status}): ${r.stderr}`);
    });
    nativeMs = native.ms;
    rows.push([`native CLI (${cli}, --threads 1)`, native.ms]);
    sameAsNative = Buffer.compare(Buffer.from(whole.result.output), readFileSync(out)) === 0;
  }

  console.log(`leakscope redact benchmark: ${mb.toFixed(1)} MiB NDJSON (${data.length} bytes), best of ${runs}`);
  for (const [name, ms] of rows) {
    console.log(`  ${name.padEnd(60)} ${(mb / (ms / 1000)).toFixed(1).padStart(8)} MB/s  (${ms.toFixed(0)} ms)`);
  }
  console.log(`  streaming output identical to redact(): ${sameStream ? "yes" : "NO"}`);
  if (nativeMs === null) {
    console.log("  native CLI: not found (build it with `cargo build --release -p leakscope-cli`, or pass --cli / $LEAKSCOPE_CLI)");
  } else {
    const ratio = nativeMs / whole.ms;
    console.log(`  output identical to the native CLI: ${sameAsNative ? "yes" : "NO"}`);
    console.log(`  wasm/native throughput: ${(ratio * 100).toFixed(0)}% (target >= 60%)`);
  }
  if (!sameStream || sameAsNative === false) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
