// Assembles pkg/dist from the wasm-bindgen output (called by
// scripts/build-pkg.sh):
//
//   node tools/assemble.mjs <bindgen-web-dir> <bindgen-node-dir> [--update-readme]
//
// - patches the two glue files (pinned wasm-bindgen 0.2.130) with a
//   `__leakscope_reinit` function used to replace a trapped instance, and
//   points the Node glue at the single wasm file in dist/web/;
// - concatenates src/*-head + src/api.js + src/*-tail into the entry points;
// - copies the hand-written types;
// - writes dist/SIZE.txt (raw and gzipped wasm size), and with
//   --update-readme the "Size" section of README.md.
//
// Every patch checks that its anchor is present, so a different glue layout
// fails the build instead of producing a broken package.

import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const [webDir, nodeDir, ...flags] = process.argv.slice(2);
if (!webDir || !nodeDir) {
  console.error("usage: node tools/assemble.mjs <bindgen-web-dir> <bindgen-node-dir> [--update-readme]");
  process.exit(2);
}
const dist = join(pkg, "dist");
mkdirSync(join(dist, "web"), { recursive: true });
mkdirSync(join(dist, "node"), { recursive: true });

function replaceOnce(text, anchor, replacement, file) {
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + anchor.length) >= 0) {
    throw new Error(`${file}: expected exactly one occurrence of ${JSON.stringify(anchor)}`);
  }
  return text.slice(0, at) + replacement + text.slice(at + anchor.length);
}

function requireAnchor(text, anchor, file) {
  if (!text.includes(anchor)) throw new Error(`${file}: missing ${JSON.stringify(anchor)}`);
}

// Web glue: keep the module, drop the instance, instantiate again.
{
  const file = join(webDir, "leakscope.js");
  let glue = readFileSync(file, "utf8");
  requireAnchor(glue, "let wasmModule, wasmInstance, wasm;", file);
  requireAnchor(glue, "function initSync(module) {", file);
  requireAnchor(glue, "cachedUint8ArrayMemory0 = null;", file);
  glue += `
// Added by pkg/tools/assemble.mjs: replaces a trapped instance with a fresh
// one from the same compiled module (synchronous).
export function __leakscope_reinit() {
    const module = wasmModule;
    wasm = undefined;
    return initSync({ module });
}
`;
  writeFileSync(join(dist, "web", "leakscope.js"), glue);
}

// Node glue: CommonJS, reads the wasm synchronously from dist/web/.
{
  const file = join(nodeDir, "leakscope.js");
  let glue = readFileSync(file, "utf8");
  glue = replaceOnce(
    glue,
    "const wasmPath = `${__dirname}/leakscope_bg.wasm`;",
    "const wasmPath = require('path').join(__dirname, '..', 'web', 'leakscope_bg.wasm');",
    file,
  );
  requireAnchor(glue, "const wasmModule = new WebAssembly.Module(wasmBytes);", file);
  requireAnchor(glue, "let wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());", file);
  requireAnchor(glue, "let wasm = wasmInstance.exports;", file);
  requireAnchor(glue, "let cachedUint8ArrayMemory0 = null;", file);
  if (glue.includes("cachedDataViewMemory0")) throw new Error(`${file}: unexpected DataView cache; extend the reinit patch`);
  glue += `
// Added by pkg/tools/assemble.mjs: replaces a trapped instance with a fresh
// one from the same compiled module (synchronous).
exports.__leakscope_reinit = function () {
    wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
    wasm = wasmInstance.exports;
    cachedUint8ArrayMemory0 = null;
    wasm.__wbindgen_start();
};
`;
  writeFileSync(join(dist, "node", "leakscope_glue.cjs"), glue);
}

// Entry points.
const src = (name) => readFileSync(join(pkg, "src", name), "utf8");
writeFileSync(join(dist, "node", "index.cjs"), src("node-head.cjs") + src("api.js") + src("node-tail.cjs"));
writeFileSync(join(dist, "node", "index.mjs"), src("node-index.mjs"));
writeFileSync(join(dist, "web", "index.js"), src("web-head.js") + src("api.js") + src("web-tail.js"));

// Types: one declaration file, as ESM and CJS flavours.
const types = readFileSync(join(pkg, "types", "index.d.ts"), "utf8");
writeFileSync(join(dist, "index.d.ts"), types);
// CommonJS has no default export: drop it from the CJS flavour.
const ctsTypes = replaceOnce(types, "\nexport default init;\n", "\n", "types/index.d.ts");
writeFileSync(join(dist, "index.d.cts"), ctsTypes);

// Size.
const wasmFile = join(dist, "web", "leakscope_bg.wasm");
if (!existsSync(wasmFile)) throw new Error(`${wasmFile} is missing (wasm-opt output)`);
const wasm = readFileSync(wasmFile);
const gz = gzipSync(wasm, { level: 9 });
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sizeLine = `\`dist/web/leakscope_bg.wasm\`: ${wasm.length} bytes (${kb(wasm.length)}) raw, ${gz.length} bytes (${kb(gz.length)}) gzipped (level 9).`;
writeFileSync(join(dist, "SIZE.txt"), sizeLine + "\n");
console.log(sizeLine);

if (flags.includes("--update-readme")) {
  const readmePath = join(pkg, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const start = readme.indexOf("## Size\n");
  if (start < 0) throw new Error("README.md has no `## Size` section");
  const next = readme.indexOf("\n## ", start + 1);
  const body = `## Size\n\nMeasured by \`scripts/build-pkg.sh\` (wasm-opt -O3, \`strip = "debuginfo"\`, fat LTO, \`panic = "abort"\`):\n\n${sizeLine}\n\nThe target is under 800 KB gzipped. The whole core is in it (detectors, key-name word lists, regexes); the JavaScript glue and wrapper add about 40 KB before compression.\n`;
  writeFileSync(readmePath, readme.slice(0, start) + body + (next < 0 ? "" : readme.slice(next)));
}
