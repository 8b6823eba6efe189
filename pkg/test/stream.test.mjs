// Streaming Redactor/Scanner: any chunking gives the bytes and the report of
// the one-shot calls.
import { test } from "node:test";
import assert from "node:assert/strict";
import { concat, loadNode, randomChunks, rng } from "./helpers.mjs";

const ls = await loadNode();
const enc = new TextEncoder();

function syntheticNdjson(lines, random) {
  const names = ["Zoë Ødegård", "José Müller", "李小龍", "Анна Петрова", "Ana \u{1F600} Lima"];
  let s = "";
  for (let i = 0; i < lines; i++) {
    const name = names[Math.floor(random() * names.length)];
    s +=
      JSON.stringify({
        id: i,
        user: { name, email: `user${i}@example.com`, phone: "+1 415 555 01" + String(i % 100).padStart(2, "0") },
        ip: `10.0.${i % 256}.${(i * 7) % 256}`,
        note: `contact ${name} at user${i}@example.org — thanks`,
        tags: ["a", "b\u00e9", { deep: [1, 2.5e10, true, null] }],
      }) + "\n";
  }
  return enc.encode(s);
}

const inputs = [
  ["ndjson", syntheticNdjson(200, rng(42))],
  ["json", enc.encode(JSON.stringify({ hits: { hits: [{ _source: { email: "jane@example.com", ssid: "Jane's WiFi" } }] } }, null, 2))],
  ["escapes", enc.encode('{"k\\u00e9y":"line\\nbreak \\"quoted\\" \\ud83d\\ude00 jane@example.com","n":-0.5e-3}\n')],
];

for (const [name, input] of inputs) {
  test(`Redactor matches redact(): ${name}`, () => {
    const whole = ls.redact(input);
    for (const seed of [11, 12, 13, 14]) {
      const random = rng(seed);
      for (const max of [1, 3, 17, 1000, 1 << 16]) {
        const r = new ls.Redactor();
        const parts = [];
        for (const chunk of randomChunks(input, random, max)) {
          const out = r.push(chunk);
          assert.ok(out instanceof Uint8Array);
          parts.push(out);
        }
        assert.equal(r.bytesIn, input.length);
        const end = r.finish();
        parts.push(end.output);
        assert.deepEqual(concat(parts), whole.output, `seed ${seed}, chunks <= ${max}`);
        assert.deepEqual(end.report, whole.report, `report, seed ${seed}, chunks <= ${max}`);
        assert.equal(r.closed, true);
      }
    }
  });

  test(`Scanner matches scan(): ${name}`, () => {
    const report = ls.scan(input);
    const s = new ls.Scanner();
    for (const chunk of randomChunks(input, rng(5), 13)) assert.equal(s.push(chunk), undefined);
    assert.deepEqual(s.finish(), report);
  });
}

test("push accepts strings, Buffers and ArrayBuffers", () => {
  const text = '{"email":"jane@example.com","name":"Zoë"}';
  const expected = enc.encode(ls.redact(text).output);
  const r = new ls.Redactor({ format: "json" });
  const parts = [r.push(text.slice(0, 10)), r.push(Buffer.from(text.slice(10, 20))), r.push(enc.encode(text.slice(20)).buffer)];
  parts.push(r.finish().output);
  assert.deepEqual(concat(parts), expected);
});

test("options apply to streams", () => {
  const input = enc.encode('{"user":{"email":"jane@example.com","plan":"pro"}}');
  const options = { operators: { email: "mask" } };
  const r = new ls.Redactor(options);
  const out = concat([r.push(input), r.finish().output]);
  assert.deepEqual(out, ls.redact(input, options).output);
  assert.notDeepEqual(out, ls.redact(input).output, "the mask operator must change the output");
});

test("many streams can be open at once", () => {
  const input = syntheticNdjson(20, rng(7));
  const expected = ls.redact(input).output;
  const streams = Array.from({ length: 8 }, () => new ls.Redactor());
  const outs = streams.map(() => []);
  for (const chunk of randomChunks(input, rng(8), 50)) {
    for (const [k, s] of streams.entries()) outs[k].push(s.push(chunk));
  }
  for (const [k, s] of streams.entries()) {
    outs[k].push(s.finish().output);
    assert.deepEqual(concat(outs[k]), expected);
  }
});
