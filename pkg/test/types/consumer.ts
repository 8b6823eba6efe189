// Type-level test of the hand-written declarations (checked by tsc in
// types.test.mjs). Every export is used with its documented shapes.
import init, {
  initSync,
  scan,
  redact,
  Redactor,
  Scanner,
  policyFromReport,
  version,
  LeakscopeError,
  type Report,
  type Policy,
  type Options,
  type ErrorCode,
  type FieldEntry,
} from "leakscope";

async function main(): Promise<void> {
  await init();
  await init(new URL("https://example.com/leakscope_bg.wasm"));
  initSync(new Uint8Array(8));

  const options: Options = {
    format: "ndjson",
    operators: { email: "mask", payment_card: "label" },
    hmacKey: "key",
    maxDepth: 100,
  };
  const report: Report = scan('{"email":"a@b.co"}', options);
  const first: FieldEntry | undefined = report.fields[0];
  const path: string | undefined = first?.path;

  const text: string = redact("{}").output;
  const bytes: Uint8Array = redact(new Uint8Array(2)).output;
  const r2: Report = redact(new Uint8Array(2), { policy: "{}" }).report;

  const redactor = new Redactor({ policy: { version: 1, unknown_fields: "redact" } });
  const out: Uint8Array = redactor.push(new Uint8Array(1));
  const done: { output: Uint8Array; report: Report } = redactor.finish();
  const n: number = redactor.bytesIn;
  const closed: boolean = redactor.closed;
  redactor.free();

  const scanner = new Scanner();
  scanner.push("{}");
  const rep: Report = scanner.finish();

  const policy: Policy = policyFromReport(report, { operators: { email: "null" } });
  const policy2: Policy = policyFromReport(JSON.stringify(report));
  const v: string = version();

  try {
    scan("{");
  } catch (e) {
    if (e instanceof LeakscopeError) {
      const code: ErrorCode = e.code;
      const line: number | undefined = e.line;
      const offset: number | undefined = e.byteOffset;
      const asError: Error = e;
      void [code, line, offset, asError];
    }
  }
  void [path, text, bytes, r2, out, done, n, closed, rep, policy, policy2, v];
}

// Misuse must not type-check.
// @ts-expect-error unknown operator
const badOperator: Options = { operators: { email: "burn" } };
// @ts-expect-error unknown category
const badCategory: Options = { operators: { emali: "mask" } };
// @ts-expect-error string input gives string output
const wrong: Uint8Array = redact("{}").output;
// @ts-expect-error push does not take numbers
new Redactor().push(1);
void [badOperator, badCategory, wrong, main];
