// The fixture corpus the core uses: the wasm build must write the same bytes
// as the native CLI, both against the committed expected outputs
// (tests/corpus/expected/) and against the CLI binary itself when it is built.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import {
  concat,
  corpusInputs,
  expectedCases,
  loadNode,
  nativeCli,
  randomChunks,
  readBytes,
  rng,
  runCli,
} from "./helpers.mjs";

const ls = await loadNode();
const cases = expectedCases();
const cli = nativeCli();
const decoder = new TextDecoder();

function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

function assertSameBytes(actual, expected, what) {
  const at = firstDifference(actual, expected);
  if (at >= 0) {
    const ctx = (b) => JSON.stringify(decoder.decode(b.subarray(Math.max(0, at - 40), at + 40)));
    assert.fail(
      `${what}: outputs differ at byte ${at} (lengths ${actual.length} vs ${expected.length})\n` +
        `  wasm:     ${ctx(actual)}\n  expected: ${ctx(expected)}`,
    );
  }
}

test("there is something to compare the wasm build against", () => {
  assert.ok(
    cases.length > 0 || cli !== null,
    "neither tests/corpus/expected/*.redacted.* nor a native CLI binary (target/release/leakscope or $LEAKSCOPE_CLI) exists",
  );
});

for (const c of cases) {
  test(`expected output: ${c.name}`, () => {
    const input = readBytes(c.input);
    const expected = readBytes(c.expected);
    const { output, report } = ls.redact(input);
    assert.ok(output instanceof Uint8Array);
    assertSameBytes(output, expected, `${c.name} (bytes)`);
    if (c.report !== null) {
      const expectedReport = JSON.parse(readFileSync(c.report, "utf8"));
      assert.deepEqual(report, expectedReport, `${c.name}: report differs from ${basename(c.report)}`);
      assert.deepEqual(ls.scan(input), expectedReport, `${c.name}: scan() report differs`);
    }

    // Same document as a string gives the same text.
    const text = decoder.decode(input);
    if (new TextEncoder().encode(text).length === input.length) {
      const fromString = ls.redact(text).output;
      assert.equal(typeof fromString, "string");
      assertSameBytes(new TextEncoder().encode(fromString), expected, `${c.name} (string)`);
    }

    // Streaming with random chunk sizes, several seeds.
    for (const seed of [1, 2, 3]) {
      const random = rng(seed * 7919 + input.length);
      for (const max of [1 + Math.floor(random() * 7), 64, 4096]) {
        const r = new ls.Redactor();
        const parts = randomChunks(input, random, max).map((chunk) => r.push(chunk));
        parts.push(r.finish().output);
        assertSameBytes(concat(parts), expected, `${c.name} (stream, seed ${seed}, chunks <= ${max})`);
      }
    }
  });
}

// Option sets passed identically to the CLI (flags) and to the package (options).
const OPTION_SETS = [
  { name: "defaults", flags: [], options: {} },
  {
    name: "operators",
    flags: ["--op", "email=mask", "--op", "phone=null", "--op", "ip_address=keep", "--op", "payment_card=label"],
    options: { operators: { email: "mask", phone: "null", ip_address: "keep", payment_card: "label" } },
  },
  {
    name: "pseudonymize",
    flags: ["--op", "email=pseudonymize", "--op", "username=pseudonymize", "--key-file", "KEYFILE"],
    options: { operators: { email: "pseudonymize", username: "pseudonymize" }, hmacKey: "corpus-test-key" },
  },
];

test("native CLI parity on the corpus", { skip: cli === null ? "native CLI not built" : false }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), "leakscope-parity-"));
  try {
    const keyFile = join(dir, "key");
    writeFileSync(keyFile, "corpus-test-key");
    const inputs = corpusInputs();
    assert.ok(inputs.length > 0, "tests/corpus has no inputs");
    let compared = 0;
    for (const path of inputs) {
      const input = readBytes(path);
      for (const set of OPTION_SETS) {
        const reportFile = join(dir, "report.json");
        rmSync(reportFile, { force: true });
        const flags = set.flags.map((f) => (f === "KEYFILE" ? keyFile : f));
        const native = runCli(cli, ["redact", "-q", "--report", reportFile, ...flags, path]);
        const what = `${basename(path)} [${set.name}]`;
        let wasm;
        try {
          wasm = ls.redact(input, set.options);
        } catch (e) {
          // Both must fail the same way.
          assert.notEqual(native.status, 0, `${what}: wasm threw ${e.code} but the CLI succeeded`);
          assert.match(native.stderr, new RegExp(e.code), `${what}: CLI stderr should name ${e.code}`);
          compared++;
          continue;
        }
        assert.equal(native.status, 0, `${what}: CLI failed: ${native.stderr}`);
        assertSameBytes(wasm.output, new Uint8Array(native.stdout), what);
        const nativeReport = JSON.parse(readFileSync(reportFile, "utf8"));
        assert.deepEqual(wasm.report, nativeReport, `${what}: reports differ`);
        compared++;
      }
      // policyFromReport against `leakscope policy`.
      const report = ls.scan(input);
      const reportFile = join(dir, "scan.json");
      writeFileSync(reportFile, JSON.stringify(report));
      const native = runCli(cli, ["policy", "--op", "email=mask", reportFile]);
      assert.equal(native.status, 0, native.stderr);
      assert.deepEqual(
        ls.policyFromReport(report, { operators: { email: "mask" } }),
        JSON.parse(native.stdout.toString("utf8")),
        `${basename(path)}: policy differs`,
      );
    }
    t.diagnostic(`compared ${compared} (input, options) pairs with ${cli}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
