// A wasm trap (panic, out of memory) becomes an `internal` error and the
// module is re-instantiated, so the next call works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, loadNode } from "./helpers.mjs";

const ls = await loadNode();
const input = '{"user":{"email":"jane@example.com","plan":"pro"}}';

function trap(lib) {
  try {
    lib.__leakscope_test_panic();
  } catch (e) {
    assert.ok(e instanceof lib.LeakscopeError, `got ${e && e.name}: ${e && e.message}`);
    assert.equal(e.code, "internal");
    assert.ok(e.cause instanceof WebAssembly.RuntimeError, "the cause is the trap");
    assert.match(e.message, /leakscope test panic/, "the panic message is kept");
    return e;
  }
  assert.fail("the test hook did not trap");
}

async function checkRecovery(lib) {
  const before = lib.redact(input, { operators: { email: "mask" } });
  const stream = new lib.Redactor();
  stream.push('{"a":');
  for (let i = 0; i < 3; i++) {
    trap(lib);
    // Same results after the reset (engine cache rebuilt, fresh memory).
    assert.deepEqual(lib.redact(input, { operators: { email: "mask" } }), before);
    assert.deepEqual(lib.redact(new TextEncoder().encode(input)).report, lib.scan(input));
  }
  // A stream opened before the reset is closed, with a clear code.
  assert.equal(stream.closed, true);
  assert.throws(() => stream.push("1}"), (e) => e.code === "redactor_closed" && /reset/.test(e.message));
  stream.free();
  // New streams work.
  const s = new lib.Redactor();
  const out = Buffer.concat([s.push(input), s.finish().output]).toString();
  assert.equal(out, lib.redact(input).output);
}

test("Node build recovers from a trap", async () => {
  await checkRecovery(ls);
});

test("many traps in a row do not leak or break the module", () => {
  for (let i = 0; i < 50; i++) trap(ls);
  assert.equal(ls.redact('{"a":1}').output, '{"a":1}');
});

test("web build recovers from a trap (initSync with bytes)", async () => {
  const web = await import(join(DIST, "web", "index.js") + "?trap");
  web.initSync(readFileSync(join(DIST, "web", "leakscope_bg.wasm")));
  await checkRecovery(web);
  assert.equal(web.redact(input).output, ls.redact(input).output);
});
