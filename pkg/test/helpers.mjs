// Shared helpers of the npm package tests.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

export const PKG = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = resolve(PKG, "..");
export const CORPUS = join(ROOT, "tests", "corpus");
export const EXPECTED = join(CORPUS, "expected");
export const DIST = join(PKG, "dist");

/** Loads the Node ESM build (or LEAKSCOPE_PKG_ENTRY). */
export async function loadNode() {
  const entry = process.env.LEAKSCOPE_PKG_ENTRY || join(DIST, "node", "index.mjs");
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run scripts/build-pkg.sh first`);
  return import(entry);
}

/** Deterministic PRNG (mulberry32) so failures can be reproduced from the seed. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits `bytes` into chunks of random sizes (1..maxChunk, with some empty chunks). */
export function randomChunks(bytes, random, maxChunk) {
  const chunks = [];
  let at = 0;
  while (at < bytes.length) {
    if (random() < 0.05) chunks.push(bytes.subarray(at, at));
    const size = 1 + Math.floor(random() * maxChunk);
    chunks.push(bytes.subarray(at, Math.min(bytes.length, at + size)));
    at += size;
  }
  return chunks;
}

export function concat(parts) {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Corpus inputs: tests/corpus/*.json|*.ndjson except labels. */
export function corpusInputs() {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => /\.(json|ndjson)$/.test(f) && !f.endsWith(".labels.json"))
    .sort()
    .map((f) => join(CORPUS, f));
}

/**
 * Cases with an expected output: tests/corpus/expected/<name>.redacted.<ext>
 * for input tests/corpus/<name>.<ext>.
 */
export function expectedCases() {
  if (!existsSync(EXPECTED)) return [];
  const cases = [];
  for (const f of readdirSync(EXPECTED).sort()) {
    const m = /^(.*)\.redacted\.([A-Za-z0-9]+)$/.exec(f);
    if (!m) continue;
    const input = join(CORPUS, `${m[1]}.${m[2]}`);
    const report = join(EXPECTED, `${m[1]}.report.json`);
    cases.push({
      name: `${m[1]}.${m[2]}`,
      input,
      expected: join(EXPECTED, f),
      report: existsSync(report) ? report : null,
    });
  }
  return cases;
}

/** The native CLI: LEAKSCOPE_CLI, else target/release/leakscope; null if absent. */
export function nativeCli() {
  const candidates = [
    process.env.LEAKSCOPE_CLI,
    process.env.CARGO_TARGET_DIR && join(process.env.CARGO_TARGET_DIR, "release", "leakscope"),
    join(ROOT, "target", "release", "leakscope"),
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p)) || null;
}

/** Runs the native CLI; returns { status, stdout (Buffer), stderr (string) }. */
export function runCli(cli, args, input) {
  const r = spawnSync(cli, args, { input, maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8") };
}

export function readBytes(path) {
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
