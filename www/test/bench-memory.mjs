// Manual benchmark (not part of the test run): scans and redacts a large
// generated NDJSON dump in the page and samples the resident memory of the
// whole Chromium process tree, to show that memory stays bounded.
//
//   node www/test/bench-memory.mjs [MB=1024]
//
// Prints throughput and peak RSS; exits non-zero when the peak RSS exceeds
// MAX_RSS_MB (default 1500) or the scan fails.

import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { launchBrowser, startServer, tempDir } from "./helpers.mjs";
import { userRecord } from "./fixtures.mjs";

const mb = Number(process.argv[2] || 1024);
const maxRss = Number(process.env.MAX_RSS_MB || 1500);

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(path, bytes) {
  const out = createWriteStream(path);
  const r = rng(7);
  let written = 0;
  let i = 0;
  while (written < bytes) {
    const lines = [];
    for (let k = 0; k < 1000; k += 1, i += 1) lines.push(JSON.stringify(userRecord(i, r)));
    const block = `${lines.join("\n")}\n`;
    written += Buffer.byteLength(block);
    if (!out.write(block)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** RSS (kB) of `pid` and all its descendants. */
function treeRss(pid) {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // process ended
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      if (m) total += Number(m[1]);
    } catch {
      // process ended
    }
    stack.push(...(children.get(p) || []));
  }
  return total;
}

/** RSS per process of the tree (kB) with its Chromium --type. */
function detail(root) {
  const lines = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, "utf8");
      if (!cmd.includes("chromium")) continue;
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const m = status.match(/VmRSS:\s+(\d+)/);
      const kinds = ["RssAnon", "RssFile", "RssShmem"].map((k) => `${k} ${Math.round(Number((status.match(new RegExp(`${k}:\\s+(\\d+)`)) || [, 0])[1]) / 1024)}`).join(" ");
      const type = (cmd.match(/--type=([a-z-]+)/) || [, "browser"])[1];
      const sub = (cmd.match(/--utility-sub-type=([a-zA-Z.]+)/) || [, ""])[1];
      lines.push(`${name} ${type} ${sub} ${Math.round(Number(m[1]) / 1024)} MB (${kinds})`);
    } catch {
      // gone
    }
  }
  return `${root}:\n  ${lines.join("\n  ")}`;
}

const tmp = tempDir("leakscope-bench-");
const server = await startServer();
// A persistent context on a fresh profile directory, like a user's normal
// window: Playwright's default contexts are incognito, where the
// origin-private file system (the download path's temporary file) lives in
// memory.
const profile = tempDir("leakscope-bench-profile-");
const browser = await launchBrowser({ userDataDir: profile.dir });
let failed = false;
try {
  const file = join(tmp.dir, "big.ndjson");
  if (!existsSync(file)) await generate(file, mb * 1e6);
  const size = statSync(file).size;
  console.log(`generated ${(size / 1e6).toFixed(0)} MB`);
  const context = browser;
  const picker = process.env.BENCH_MODE === "picker";
  const noDownload = picker || process.env.BENCH_MODE === "nodownload";
  await context.addInitScript((usePicker) => {
    // No dialog in a headless run: either no picker (download path) or a
    // picker that answers with a file of the origin-private file system.
    window.showSaveFilePicker = usePicker
      ? async () => (await navigator.storage.getDirectory()).getFileHandle("bench-output", { create: true })
      : undefined;
  }, picker);
  const page = await context.newPage();
  await page.goto(`${server.origin}/${process.env.BENCH_QUERY || ""}`);
  // Chromium runs as children of this process: the tree minus node itself.
  const sample = () => treeRss(process.pid) - Math.round(process.memoryUsage().rss / 1024);
  const base = sample();
  let peak = base;
  let peakDetail = "";
  const timer = setInterval(() => {
    const now = sample();
    if (now > peak) {
      peak = now;
      if (process.env.BENCH_DETAIL) peakDetail = detail(process.pid);
    }
  }, 200);
  let t0 = Date.now();
  await page.setInputFiles("#file-input", file);
  await page.waitForSelector("body[data-state=ready], body[data-state=error]", { state: "attached", timeout: 3_600_000 });
  const scanS = (Date.now() - t0) / 1000;
  console.log(`peak during scan: ${(peak / 1024).toFixed(0)} MB`);
  const state = await page.evaluate(() => document.body.dataset.state);
  console.log(`scan: ${state} in ${scanS.toFixed(1)} s, ${(size / 1e6 / scanS).toFixed(1)} MB/s, fields: ${await page.locator("#fields tbody tr").count()}`);
  if (state !== "ready") {
    console.log(await page.textContent("#message"));
    failed = true;
  } else {
    t0 = Date.now();
    if (noDownload) {
      await page.click("#export-redacted");
      await page.waitForSelector("body[data-state=exported], #message[data-kind=error]", { state: "attached", timeout: 3_600_000 });
      console.log(`redact to picked file: ${((Date.now() - t0) / 1000).toFixed(1)} s: ${await page.textContent("#message")}`);
    } else {
      const [dl] = await Promise.all([page.waitForEvent("download", { timeout: 3_600_000 }), page.click("#export-redacted")]);
      const out = join(tmp.dir, "out.ndjson");
      await dl.saveAs(out);
      const redactS = (Date.now() - t0) / 1000;
      console.log(`redact + download: ${redactS.toFixed(1)} s, output ${(statSync(out).size / 1e6).toFixed(0)} MB`);
    }
  }
  clearInterval(timer);
  console.log(`chromium RSS: ${(base / 1024).toFixed(0)} MB at start, peak ${(peak / 1024).toFixed(0)} MB (limit ${maxRss} MB)`);
  if (peakDetail) console.log(peakDetail);
  if (peak / 1024 > maxRss) failed = true;
} finally {
  await browser.close();
  profile.remove();
  await server.close();
  tmp.remove();
}
process.exit(failed ? 1 : 0);
