// Every error path: LeakscopeError (an Error) with a stable code, never a
// trap, and the module stays usable afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadNode } from "./helpers.mjs";

const ls = await loadNode();
const enc = new TextEncoder();

function expectCode(fn, code, extra) {
  let thrown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown !== undefined, `expected a ${code} error, nothing was thrown`);
  assert.ok(thrown instanceof Error, "must be an Error");
  assert.ok(thrown instanceof ls.LeakscopeError, `must be a LeakscopeError, got ${thrown && thrown.name}: ${thrown && thrown.message}`);
  assert.equal(thrown.name, "LeakscopeError");
  assert.equal(thrown.code, code, `message: ${thrown.message}`);
  assert.equal(typeof thrown.message, "string");
  assert.ok(thrown.message.length > 0);
  if (extra) extra(thrown);
  // Still usable.
  assert.equal(ls.redact('{"ok":true}').output, '{"ok":true}');
  return thrown;
}

const both = (text) => [text, enc.encode(text)];

test("invalid_json with a position", () => {
  for (const input of both('{"a": tru}')) {
    for (const fn of [() => ls.redact(input), () => ls.scan(input)]) {
      expectCode(fn, "invalid_json", (e) => {
        assert.equal(e.line, 1);
        assert.equal(typeof e.byteOffset, "number");
        assert.ok(e.byteOffset >= 6 && e.byteOffset <= 9, `byteOffset ${e.byteOffset}`);
      });
    }
  }
  expectCode(() => ls.redact('{\n"a":\n x}', { format: "json" }), "invalid_json", (e) => {
    assert.equal(e.line, 3);
    assert.equal(e.byteOffset, 8);
  });
});

test("invalid_utf8", () => {
  const bad = Uint8Array.from([...enc.encode('{"a":"x'), 0xff, 0xfe, ...enc.encode('"}')]);
  expectCode(() => ls.redact(bad), "invalid_utf8", (e) => assert.equal(e.byteOffset, 7));
  expectCode(() => ls.scan(bad), "invalid_utf8");
});

test("truncated", () => {
  for (const input of [...both('{"a":"unterminated'), ...both('[1,2'), ...both('{"a":')]) {
    expectCode(() => ls.redact(input), "truncated");
  }
  const r = new ls.Redactor({ format: "json" });
  r.push('{"a":[1,');
  expectCode(() => r.finish(), "truncated");
  expectCode(() => r.push("2]}"), "redactor_closed");
});

test("too_deep", () => {
  const deep = "[".repeat(5000) + "]".repeat(5000);
  expectCode(() => ls.redact(deep), "too_deep");
  expectCode(() => ls.scan('{"a":{"b":{"c":{"d":1}}}}', { maxDepth: 3 }), "too_deep");
  assert.deepEqual(ls.scan('{"a":{"b":{"c":1}}}', { maxDepth: 3 }).fields, []);
});

test("too_large", () => {
  // The limit bounds what a stream must buffer: a string longer than
  // maxLeafBytes that spans chunks is rejected.
  const r = new ls.Redactor({ maxLeafBytes: 16 });
  const input = enc.encode(`{"a":"${"x".repeat(100)}"}`);
  expectCode(() => {
    for (let i = 0; i < input.length; i += 4) r.push(input.subarray(i, i + 4));
    r.finish();
  }, "too_large");
  const lines = enc.encode(`{"a":1}\n{"b":"${"y".repeat(100)}"}\n`);
  const n = new ls.Redactor({ format: "ndjson", maxLeafBytes: 16 });
  expectCode(() => {
    for (let i = 0; i < lines.length; i += 4) n.push(lines.subarray(i, i + 4));
    n.finish();
  }, "too_large");
});

test("invalid_policy", () => {
  expectCode(() => ls.redact("{}", { policy: "{" }), "invalid_policy");
  expectCode(() => ls.redact("{}", { policy: { version: 2 } }), "invalid_policy");
  expectCode(() => ls.redact("{}", { policy: { fields: [{ path: "email", category: "email", action: "label" }] } }), "invalid_policy");
  expectCode(() => ls.redact("{}", { policy: { categories: { nope: "label" } } }), "invalid_policy");
  expectCode(() => new ls.Redactor({ policy: '{"surprise":1}' }), "invalid_policy");
});

test("invalid_config", () => {
  expectCode(() => ls.redact("{}", { format: "xml" }), "invalid_config");
  expectCode(() => ls.redact("{}", { format: 1 }), "invalid_config");
  expectCode(() => ls.redact("{}", { fromat: "json" }), "invalid_config");
  expectCode(() => ls.redact("{}", { operators: { emial: "mask" } }), "invalid_config");
  expectCode(() => ls.redact("{}", { operators: { email: "burn" } }), "invalid_config");
  expectCode(() => ls.redact("{}", { operators: { email: 1 } }), "invalid_config");
  expectCode(() => ls.redact("{}", { operators: [["email", "mask"]] }), "invalid_config");
  expectCode(() => ls.redact("{}", { hmacKey: 12 }), "invalid_config");
  expectCode(() => ls.redact("{}", { maxDepth: 0 }), "invalid_config");
  expectCode(() => ls.redact("{}", { maxDepth: 1.5 }), "invalid_config");
  expectCode(() => ls.redact("{}", { policy: 3 }), "invalid_config");
  expectCode(() => ls.redact("{}", "json"), "invalid_config");
  expectCode(() => ls.scan("{}", { operators: { email: "pseudonymize" } }), "invalid_config");
  expectCode(() => new ls.Scanner({ format: "yaml" }), "invalid_config");
  expectCode(() => ls.policyFromReport({ fields: [] }, { operators: { email: "burn" } }), "invalid_config");
  expectCode(() => ls.policyFromReport({ fields: [] }, { format: "json" }), "invalid_config");
});

test("invalid_report", () => {
  expectCode(() => ls.policyFromReport("["), "invalid_report");
  expectCode(() => ls.policyFromReport({ fields: [{ path: "$.a" }] }), "invalid_report");
  expectCode(() => ls.policyFromReport(42), "invalid_report");
  expectCode(() => ls.policyFromReport(null), "invalid_report");
});

test("invalid_argument", () => {
  for (const input of [42, null, undefined, {}, [1, 2], true]) {
    expectCode(() => ls.redact(input), "invalid_argument");
    expectCode(() => ls.scan(input), "invalid_argument");
  }
  // A bad chunk is rejected before anything is consumed: the stream goes on.
  const r = new ls.Redactor();
  const parts = [r.push('{"a":')];
  expectCode(() => r.push({ length: 3 }), "invalid_argument");
  expectCode(() => r.push(1), "invalid_argument");
  parts.push(r.push("1}"));
  parts.push(r.finish().output);
  assert.equal(Buffer.concat(parts).toString(), '{"a":1}');
});

test("redactor_closed", () => {
  const r = new ls.Redactor();
  r.push("{}");
  r.finish();
  expectCode(() => r.push("{}"), "redactor_closed");
  expectCode(() => r.finish(), "redactor_closed");
  const f = new ls.Redactor();
  f.free();
  assert.equal(f.closed, true);
  expectCode(() => f.push("{}"), "redactor_closed");
  f.free(); // idempotent
  const s = new ls.Scanner();
  s.push("{}");
  s.finish();
  expectCode(() => s.push("{}"), "redactor_closed");
});

test("errors of one stream do not affect another", () => {
  const good = new ls.Redactor({ format: "json" });
  const bad = new ls.Redactor({ format: "json" });
  const parts = [good.push('{"email":')];
  // The core may report the error on push or on finish.
  expectCode(() => {
    bad.push("{]");
    bad.finish();
  }, "invalid_json");
  assert.equal(bad.closed, true);
  parts.push(good.push('"jane@example.com"}'));
  parts.push(good.finish().output);
  const out = Buffer.concat(parts).toString("utf8");
  assert.equal(out, ls.redact('{"email":"jane@example.com"}').output);
});

test("the error class is exported and usable with instanceof from CJS too", async () => {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  const cjs = require("../dist/node/index.cjs");
  assert.equal(cjs.LeakscopeError, ls.LeakscopeError, "ESM and CJS share one module");
  try {
    cjs.redact("{");
    assert.fail("no error");
  } catch (e) {
    assert.ok(e instanceof ls.LeakscopeError);
    assert.equal(e.code, "truncated");
  }
});
