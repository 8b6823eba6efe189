// Consumer test: `npm pack`, install the tarball into a fresh project, and use
// it from an ES module and from a CommonJS script.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PKG } from "./helpers.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const quiet = { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" };

const usage = (loader) => `
const doc = '{"user":{"email":"jane@example.com","plan":"pro"}}';
const { output, report } = ls.redact(doc);
if (typeof output !== "string" || output.includes("jane@example.com")) throw new Error("not redacted: " + output);
if (!report.fields.some((f) => f.category === "email")) throw new Error("no email in report");
const bytes = ls.redact(new TextEncoder().encode(doc)).output;
if (!(bytes instanceof Uint8Array) || new TextDecoder().decode(bytes) !== output) throw new Error("bytes differ");
const r = new ls.Redactor();
const parts = [r.push(doc.slice(0, 9)), r.push(doc.slice(9)), r.finish().output];
if (Buffer.concat(parts).toString() !== output) throw new Error("stream differs");
let code;
try { ls.scan("{"); } catch (e) { code = e instanceof ls.LeakscopeError && e instanceof Error ? e.code : "wrong class"; }
if (code !== "truncated") throw new Error("error code " + code);
const policy = ls.policyFromReport(report);
if (!Array.isArray(policy.fields)) throw new Error("policy");
console.log("${loader} ok " + ls.version());
`;

test("npm pack + install into a fresh project, used from ESM and CJS", (t) => {
  const work = mkdtempSync(join(tmpdir(), "leakscope-consumer-"));
  try {
    const packed = execFileSync(npm, ["pack", "--json", "--pack-destination", work], { ...quiet, cwd: PKG });
    const info = JSON.parse(packed)[0];
    const files = info.files.map((f) => f.path).sort();
    t.diagnostic(`tarball ${info.filename}: ${info.size} bytes, ${files.length} files`);
    for (const required of [
      "package.json",
      "README.md",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/node/index.cjs",
      "dist/node/index.mjs",
      "dist/node/leakscope_glue.cjs",
      "dist/web/index.js",
      "dist/web/leakscope.js",
      "dist/web/leakscope_bg.wasm",
    ]) {
      assert.ok(files.includes(required), `${required} missing from the tarball`);
    }
    assert.ok(!files.some((f) => f.startsWith("test/") || f.startsWith("src/") || f.includes("node_modules")), files.join(", "));

    const app = join(work, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
    execFileSync(
      npm,
      ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", join(work, info.filename)],
      { ...quiet, cwd: app },
    );
    assert.ok(existsSync(join(app, "node_modules", "leakscope", "dist", "web", "leakscope_bg.wasm")));

    writeFileSync(join(app, "esm.mjs"), `import * as ls from "leakscope";\nimport init from "leakscope";\nawait init();\n${usage("esm")}`);
    writeFileSync(join(app, "cjs.cjs"), `const ls = require("leakscope");\n${usage("cjs")}`);
    writeFileSync(
      join(app, "subpaths.mjs"),
      `import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const require = createRequire(import.meta.url);
const wasmPath = require.resolve("leakscope/leakscope.wasm");
const web = await import("leakscope/web");
await web.init(readFileSync(wasmPath));
const out = web.redact('{"email":"jane@example.com"}').output;
if (out.includes("jane@")) throw new Error("web build did not redact: " + out);
const pkg = require("leakscope/package.json");
console.log("subpaths ok " + pkg.name);
`,
    );
    assert.match(execFileSync(process.execPath, ["esm.mjs"], { ...quiet, cwd: app }), /^esm ok \d/);
    assert.match(execFileSync(process.execPath, ["cjs.cjs"], { ...quiet, cwd: app }), /^cjs ok \d/);
    assert.match(execFileSync(process.execPath, ["subpaths.mjs"], { ...quiet, cwd: app }), /^subpaths ok leakscope/);
    // The installed tree holds only the package (it has no dependencies).
    assert.deepEqual(readdirSync(join(app, "node_modules")).filter((d) => !d.startsWith(".")), ["leakscope"]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
