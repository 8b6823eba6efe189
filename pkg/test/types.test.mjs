// The hand-written declarations type-check a consumer (ESM and CJS flavours,
// resolved through package.json `exports`), and reject documented misuse.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PKG } from "./helpers.mjs";

test("TypeScript declarations", () => {
  const tsc = join(PKG, "node_modules", "typescript", "bin", "tsc");
  assert.ok(existsSync(tsc), "typescript is missing: run `npm ci` in pkg/ (scripts/test-npm.sh does)");
  const dir = mkdtempSync(join(tmpdir(), "leakscope-types-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(PKG, join(dir, "node_modules", "leakscope"), "dir");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "types-consumer", private: true, type: "module" }));
    copyFileSync(join(PKG, "test", "types", "consumer.ts"), join(dir, "consumer.ts"));
    copyFileSync(join(PKG, "test", "types", "cjs-consumer.cts"), join(dir, "cjs-consumer.cts"));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          lib: ["es2022", "dom"],
          types: [],
          skipLibCheck: false,
        },
        files: ["consumer.ts", "cjs-consumer.cts"],
      }),
    );
    const r = spawnSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
    assert.equal(r.status, 0, `tsc failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
