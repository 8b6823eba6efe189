// The public API: input/output types, options, policies, and the web build
// (same API after init).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, loadNode } from "./helpers.mjs";

const ls = await loadNode();
const enc = new TextEncoder();
const doc = `{"user":{"email":"jane@example.com","ssid":"Jane's WiFi","plan":"pro"}}`;

test("the documented example (README and core docs)", () => {
  const { output, report } = ls.redact(doc);
  assert.equal(output, `{"user":{"email":"[EMAIL]","ssid":"[WIFI_SSID]","plan":"pro"}}`);
  assert.ok(report.fields.some((f) => f.path === "$.user.ssid" && f.category === "wifi_ssid"));
  assert.ok(report.fields.some((f) => f.path === "$.user.email" && f.category === "email"));
});

test("strings in, strings out; bytes in, Uint8Array out", () => {
  const fromString = ls.redact(doc);
  assert.equal(typeof fromString.output, "string");
  for (const input of [enc.encode(doc), Buffer.from(doc), enc.encode(doc).buffer, new DataView(enc.encode(doc).buffer)]) {
    const r = ls.redact(input);
    assert.ok(r.output instanceof Uint8Array);
    assert.equal(Buffer.from(r.output).toString("utf8"), fromString.output);
    assert.deepEqual(r.report, fromString.report);
  }
  // A view into a larger buffer only uses its own bytes.
  const big = enc.encode(`xxxx${doc}yyyy`);
  assert.equal(Buffer.from(ls.redact(big.subarray(4, 4 + doc.length)).output).toString(), fromString.output);
});

test("the input is not modified", () => {
  const bytes = enc.encode(doc);
  const copy = bytes.slice();
  ls.redact(bytes);
  assert.deepEqual(bytes, copy);
});

test("scan returns the report that redact returns", () => {
  const report = ls.scan(doc);
  assert.deepEqual(report, ls.redact(doc).report);
  assert.ok(Array.isArray(report.fields));
  for (const f of report.fields) {
    assert.equal(typeof f.path, "string");
    assert.ok(f.path.startsWith("$"));
    assert.ok(f.confidence >= 0 && f.confidence <= 1);
    assert.ok(Number.isInteger(f.count));
    assert.ok(Array.isArray(f.evidence));
  }
});

test("operators change the output", () => {
  const masked = ls.redact(doc, { operators: { email: "mask" } }).output;
  assert.match(masked, /"email":"j\*+@example\.com"/);
  const kept = ls.redact(doc, { operators: { email: "keep", wifi_ssid: "null" } }).output;
  assert.equal(kept, `{"user":{"email":"jane@example.com","ssid":null,"plan":"pro"}}`);
});

test("pseudonymize is keyed and deterministic", () => {
  const a = ls.redact(doc, { operators: { email: "pseudonymize" }, hmacKey: "k1" }).output;
  const b = ls.redact(doc, { operators: { email: "pseudonymize" }, hmacKey: enc.encode("k1") }).output;
  const c = ls.redact(doc, { operators: { email: "pseudonymize" }, hmacKey: "k2" }).output;
  assert.equal(a, b, "string keys are UTF-8 bytes");
  assert.notEqual(a, c, "another key gives another pseudonym");
  assert.match(a, /"email":"\[EMAIL:[^"]+\]"/);
});

test("policyFromReport round-trips through redact", () => {
  const report = ls.scan(doc);
  const policy = ls.policyFromReport(report, { operators: { email: "mask" } });
  assert.equal(policy.version, 1);
  assert.ok(policy.fields.some((f) => f.path === "$.user.email" && f.action === "mask"));
  assert.deepEqual(ls.policyFromReport(JSON.stringify(report), { operators: { email: "mask" } }), policy);
  // Object and JSON-text policies give the same output.
  const viaObject = ls.redact(doc, { policy }).output;
  assert.equal(ls.redact(doc, { policy: JSON.stringify(policy) }).output, viaObject);
  assert.match(viaObject, /"email":"j\*+@example\.com"/);
  // Strict allow-listing from the policy.
  const strict = ls.redact('{"user":{"email":"a@b.co","plan":"pro"},"other":"x"}', {
    policy: { ...policy, unknown_fields: "redact" },
  }).output;
  assert.match(strict, /"other":"\[REDACTED\]"/);
});

test("NDJSON format", () => {
  const nd = '{"email":"a@example.com"}\n{"email":"b@example.com"}\n';
  const out = ls.redact(nd, { format: "ndjson" }).output;
  assert.equal(out, '{"email":"[EMAIL]"}\n{"email":"[EMAIL]"}\n');
  assert.equal(ls.redact(nd).output, out, "auto-detected");
});

test("version and init exist in Node", async () => {
  assert.match(ls.version(), /^\d+\.\d+\.\d+/);
  await ls.init();
  ls.initSync();
  assert.equal(typeof ls.default, "function");
});

test("web build: not_initialized before init, then the same API and results", async () => {
  const web = await import(join(DIST, "web", "index.js") + "?api");
  assert.throws(() => web.scan("{}"), (e) => e instanceof web.LeakscopeError && e.code === "not_initialized");
  assert.throws(() => new web.Redactor(), (e) => e.code === "not_initialized");
  await assert.rejects(web.init(new Uint8Array([0, 1, 2, 3])), (e) => e.code === "init_failed");
  const bytes = readFileSync(join(DIST, "web", "leakscope_bg.wasm"));
  await web.init(bytes);
  await web.init(); // second call is a no-op
  assert.deepEqual(Object.keys(web).sort(), Object.keys(ls).sort(), "same exports in Node and web builds");
  assert.deepEqual(web.redact(doc), ls.redact(doc));
  assert.deepEqual(web.scan(enc.encode(doc)), ls.scan(doc));
  const r = new web.Redactor();
  const out = Buffer.concat([r.push(doc.slice(0, 7)), r.push(doc.slice(7)), r.finish().output]).toString();
  assert.equal(out, ls.redact(doc).output);
});

test("web build: init from a compiled WebAssembly.Module", async () => {
  const web = await import(join(DIST, "web", "index.js") + "?module");
  const module = new WebAssembly.Module(readFileSync(join(DIST, "web", "leakscope_bg.wasm")));
  await web.init(module);
  assert.equal(web.redact(doc).output, ls.redact(doc).output);
});
