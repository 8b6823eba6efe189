// End-to-end tests of the triage page in headless Chromium: load dumps, check
// the table and summary against the native CLI's report, export and compare
// the redacted file and the policy with the CLI, check that nothing leaves
// the machine, and that bad input gets a clear message.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, cliPath, launchBrowser, startServer, tempDir } from "./helpers.mjs";
import { badCorpusFiles, corpusFiles, gzipInto, writeFixtures } from "./fixtures.mjs";

const SHOTS = process.env.SCREENSHOT_DIR || "/tmp/leakscope-www-shots";
const TIMEOUT = { timeout: 180_000 };

let server;
let canary;
let browser;
let tmp;
let fx;

before(async () => {
  assert.ok(cliPath(), "the native CLI must be built (target/*/leakscope)");
  tmp = tempDir();
  fx = writeFixtures(tmp.dir);
  server = await startServer();
  // A second local server that nothing may ever reach.
  canary = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.close();
  await canary?.close();
  tmp?.remove();
});

/** A fresh page with request logging; `opts.colorScheme` etc. go to the context. */
async function openPage(opts = {}) {
  const { picker, query, ...contextOptions } = opts;
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 }, ...contextOptions });
  if (!picker) {
    // Headless runs cannot answer a save dialog: take the download path.
    await context.addInitScript(() => {
      window.showSaveFilePicker = undefined;
    });
  }
  const page = await context.newPage();
  const log = { requests: [], errors: [], console: [] };
  context.on("request", (r) => log.requests.push(r.url()));
  page.on("worker", (w) => log.requests.push(`worker:${w.url()}`));
  page.on("pageerror", (e) => log.errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") log.console.push(m.text());
  });
  await page.goto(`${server.origin}/${query || ""}`);
  await page.waitForSelector("body[data-state=idle]", { state: "attached" });
  return { page, context, log };
}

/** Loads a file through the file input and waits for the scan to end. */
async function load(page, path) {
  await page.setInputFiles("#file-input", path);
  await page.waitForSelector("body[data-state=ready], body[data-state=error]", { state: "attached", timeout: 120_000 });
  return page.evaluate(() => document.body.dataset.state);
}

/** The field table as "path|category|count" strings, sorted. */
async function tableRows(page) {
  const rows = await page.$$eval("#fields tbody tr", (trs) => trs.map((tr) => `${tr.dataset.path}|${tr.dataset.category}|${tr.dataset.count}`));
  return rows.sort();
}

function reportRows(report) {
  return report.fields.map((f) => `${f.path}|${f.category}|${f.count}`).sort();
}

/** The CLI's JSON report for a file. */
function cliReport(path) {
  const r = cli(["scan", path, "--json", "--quiet"]);
  assert.ok(r.status === 0 || r.status === 1, `leakscope scan failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.toString());
}

async function statNumber(page, name) {
  const text = await page.textContent(`[data-stat=${name}] .n`);
  return Number(text.replace(/[^\d]/g, ""));
}

async function downloadVia(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = join(tmp.dir, `dl-${Date.now()}-${dl.suggestedFilename()}`);
  await dl.saveAs(path);
  return { path, name: dl.suggestedFilename() };
}

function ownRequestsOnly(log) {
  const foreign = log.requests.filter((u) => {
    const url = u.replace(/^worker:/, "");
    return !(url.startsWith(`${server.origin}/`) || url.startsWith(`blob:${server.origin}/`));
  });
  assert.deepEqual(foreign, [], "the page requested something that is not its own file");
}

describe("triage page", () => {
  test("loads offline with a strict Content-Security-Policy and says so", TIMEOUT, async () => {
    const { page, context, log } = await openPage();
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /connect-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    const note = await page.textContent("#offline-note");
    assert.match(note, /never leaves this machine/);
    assert.match(note, /Content-Security-Policy/);
    assert.deepEqual(log.errors, []);
    ownRequestsOnly(log);
    await context.close();
  });

  test("the page and its worker cannot reach any other server", TIMEOUT, async () => {
    const { page, context, log } = await openPage();
    const target = `${canary.origin}/exfiltrate`;
    const pageResult = await page.evaluate(async (url) => {
      const out = [];
      try {
        await fetch(url, { method: "POST", body: "secret" });
        out.push("fetch ok");
      } catch {
        out.push("fetch blocked");
      }
      await new Promise((done) => {
        const img = new Image();
        img.onload = () => { out.push("img ok"); done(); };
        img.onerror = () => { out.push("img blocked"); done(); };
        img.src = `${url}.png`;
      });
      out.push(navigator.sendBeacon ? (() => { try { return navigator.sendBeacon(url, "x") ? "beacon queued" : "beacon blocked"; } catch { return "beacon blocked"; } })() : "beacon n/a");
      return out;
    }, target);
    assert.deepEqual(pageResult.slice(0, 2), ["fetch blocked", "img blocked"]);

    // Hold the wasm download so the scan worker stays alive, then try from inside it.
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route("**/*.wasm", async (route) => {
      await held;
      await route.continue();
    });
    // On a loaded machine the worker may be gone (failed to start, or
    // replaced) before the probe runs in it: open the file again, up to
    // three times. The probe itself must run and be blocked.
    let fromWorker = null;
    for (let attempt = 1; attempt <= 3 && fromWorker === null; attempt++) {
      const workerSeen = page.waitForEvent("worker");
      await page.setInputFiles("#file-input", fx.ndjson);
      const worker = await workerSeen;
      try {
        fromWorker = await worker.evaluate(async (url) => {
          try {
            await fetch(url);
            return "fetch ok";
          } catch {
            return "fetch blocked";
          }
        }, target);
      } catch (err) {
        if (!/closed/.test(String(err && err.message))) throw err;
        console.log(`# worker closed before the probe (attempt ${attempt}); opening the file again`);
      }
    }
    assert.equal(fromWorker, "fetch blocked");
    release();
    await page.waitForSelector("body[data-state=ready]", { state: "attached", timeout: 120_000 });
    assert.deepEqual(canary.requests, [], "a request reached the canary server");
    // The probes themselves were attempted and blocked; nothing else was foreign.
    const foreign = log.requests
      .map((u) => u.replace(/^worker:/, ""))
      .filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith(`blob:${server.origin}/`));
    assert.ok(foreign.every((u) => u.startsWith(target)), `unexpected requests: ${foreign.join(", ")}`);
    await context.close();
  });

  test("JSON document: table and summary match the CLI report", TIMEOUT, async () => {
    const files = [fx.json, ...corpusFiles([".json"], 2)];
    const { page, context, log } = await openPage();
    for (const file of files) {
      const state = await load(page, file);
      const report = cliReport(file);
      if (state === "error") {
        // The CLI must reject it too; the page shows why.
        const msg = await page.textContent("#message");
        assert.ok(msg.length > 10, `no message for ${file}`);
        continue;
      }
      assert.equal(state, "ready", file);
      assert.deepEqual(await tableRows(page), reportRows(report), `table of ${file}`);
      const s = report.summary;
      assert.ok(s, "the CLI report has a summary");
      assert.equal(await statNumber(page, "records"), s.records_with_findings, `records affected in ${file}`);
      const detail = (await page.textContent("[data-stat=records] .d")).replace(/\u202f/g, "");
      assert.ok(detail.includes(`of ${s.records} records`), `${detail} vs ${s.records} records`);
      assert.equal(await statNumber(page, "special"), s.gdpr_special_categories.length);
      const chart = await page.$$eval("#chart .lbl", (els) => els.map((e) => e.textContent).sort());
      assert.deepEqual(chart, s.categories.map((c) => c.category).sort());
    }
    ownRequestsOnly(log);
    await context.close();
  });

  test("NDJSON and gzip: same findings, gzip decompressed in the browser", TIMEOUT, async () => {
    const { page, context, log } = await openPage();
    assert.equal(await load(page, fx.ndjson), "ready");
    const plain = await tableRows(page);
    assert.deepEqual(plain, reportRows(cliReport(fx.ndjson)));
    assert.ok(plain.some((r) => r.startsWith("$.user.email|email|400")), `email column found: ${plain.join(", ")}`);
    assert.ok(plain.some((r) => r.startsWith("$.device.ssid|wifi_ssid|")), "ssid column found");
    assert.equal(await statNumber(page, "records"), 400);

    assert.equal(await load(page, fx.gz), "ready");
    assert.deepEqual(await tableRows(page), plain, "gzip gives the same table");
    assert.match(await page.textContent("#results-meta"), /decompressed/);

    for (const file of corpusFiles([".ndjson", ".jsonl"], 2)) {
      const gz = gzipInto(file, tmp.dir, readFileSync);
      const state = await load(page, gz);
      const report = cliReport(file);
      assert.equal(state, "ready", `${gz}: ${await page.textContent("#message")}`);
      assert.deepEqual(await tableRows(page), reportRows(report), `table of ${gz}`);
    }
    ownRequestsOnly(log);
    await context.close();
  });

  test("exports: edited policy and redacted file match the native CLI", TIMEOUT, async () => {
    const { page, context, log } = await openPage();
    assert.equal(await load(page, fx.ndjson), "ready");
    const rows = await tableRows(page);
    const pick = (prefix) => {
      const row = rows.find((r) => r.startsWith(prefix));
      assert.ok(row, `no row ${prefix} in ${rows.join(", ")}`);
      const [path, category] = row.split("|");
      return { path, category };
    };
    const keep = pick("$.device.ssid|wifi_ssid");
    const mask = pick("$.user.email|email");
    const pseudo = pick("$.user.phone|phone");
    await page.getByLabel(`Action for ${keep.path} (${keep.category})`, { exact: true }).selectOption("keep");
    await page.getByLabel(`Action for ${mask.path} (${mask.category})`, { exact: true }).selectOption("mask");
    await page.getByLabel(`Action for ${pseudo.path} (${pseudo.category})`, { exact: true }).selectOption("pseudonymize");
    await page.fill("#hmac-key", "test-key-0123456789");
    assert.equal(await page.locator("#fields tbody tr.changed").count(), 3);
    assert.match(await page.textContent("#export-summary"), /1 field will stay in clear text/);

    // Policy JSON: the core's format, with the edited actions.
    const policyFile = await downloadVia(page, "#export-policy");
    assert.equal(policyFile.name, "users.policy.json");
    const policy = JSON.parse(readFileSync(policyFile.path, "utf8"));
    assert.equal(policy.version, 1);
    assert.deepEqual(Object.keys(policy).filter((k) => !["version", "categories", "fields", "allow", "unknown_fields"].includes(k)), []);
    assert.equal(policy.unknown_fields, "detect");
    const rule = (p) => policy.fields.filter((f) => f.path === p.path && f.category === p.category);
    assert.deepEqual(rule(keep).map((f) => f.action), ["keep"]);
    assert.deepEqual(rule(mask).map((f) => f.action), ["mask"]);
    assert.deepEqual(rule(pseudo).map((f) => f.action), ["pseudonymize"]);
    for (const f of policy.fields) {
      assert.deepEqual(Object.keys(f).sort(), ["action", "category", "path", "scope"]);
      assert.ok(["keep", "label", "mask", "null", "pseudonymize"].includes(f.action));
    }
    const cliDefault = cli(["scan", fx.ndjson, "--quiet", "--policy-out", join(tmp.dir, "cli-policy.json")]);
    assert.ok(cliDefault.status === 0 || cliDefault.status === 1, cliDefault.stderr);
    const cliPolicy = JSON.parse(readFileSync(join(tmp.dir, "cli-policy.json"), "utf8"));
    const strip = (p) => p.fields.map((f) => `${f.path}|${f.category}|${f.scope}`).sort();
    assert.deepEqual(strip(policy), strip(cliPolicy), "same field rules as the CLI's policy");

    // Report JSON.
    const reportFile = await downloadVia(page, "#export-report");
    const report = JSON.parse(readFileSync(reportFile.path, "utf8"));
    assert.deepEqual(reportRows(report), rows);

    // Redacted file (download path: this headless run has no save picker).
    const redacted = await downloadVia(page, "#export-redacted");
    assert.equal(redacted.name, "users.redacted.ndjson");
    await page.waitForSelector("body[data-state=exported]", { state: "attached" });
    const keyFile = join(tmp.dir, "key.txt");
    writeFileSync(keyFile, "test-key-0123456789\n");
    const cliOut = join(tmp.dir, "cli-redacted.ndjson");
    const r = cli(["redact", fx.ndjson, "-o", cliOut, "--policy", policyFile.path, "--key-file", keyFile, "--quiet"]);
    assert.ok(r.status === 0 || r.status === 1, `leakscope redact failed: ${r.stderr}`);
    const mine = readFileSync(redacted.path);
    const theirs = readFileSync(cliOut);
    assert.ok(mine.equals(theirs), "the page's redacted file differs from the CLI's");

    // And the edits took effect.
    const input = readFileSync(fx.ndjson, "utf8").split("\n");
    const out = mine.toString("utf8").split("\n");
    assert.equal(out.length, input.length);
    const first = JSON.parse(out[0]);
    const orig = JSON.parse(input[0]);
    assert.equal(first.device.ssid, orig.device.ssid, "kept field is unchanged");
    assert.notEqual(first.user.email, orig.user.email, "masked email changed");
    assert.notEqual(first.user.phone, orig.user.phone, "pseudonymized phone changed");
    const outText = mine.toString("utf8");
    for (const line of input.filter(Boolean)) {
      const rec = JSON.parse(line);
      assert.ok(!outText.includes(`"${rec.user.email}"`), `e-mail ${rec.user.email} left in the output`);
      assert.ok(!outText.includes(rec.user.phone), `phone ${rec.user.phone} left in the output`);
    }
    ownRequestsOnly(log);
    await context.close();
  });

  test("redacted export streams to disk through the save picker when available", TIMEOUT, async () => {
    const { page, context, log } = await openPage({ picker: true });
    // Stand in for the user's save dialog with a file of the origin-private file system.
    await page.evaluate(() => {
      window.showSaveFilePicker = async (opts) => {
        const dir = await navigator.storage.getDirectory();
        window.__savedAs = opts && opts.suggestedName;
        return dir.getFileHandle("picked-output", { create: true });
      };
    });
    assert.equal(await load(page, fx.gz), "ready");
    await page.click("#export-redacted");
    await page.waitForSelector("body[data-state=exported]", { state: "attached", timeout: 120_000 });
    assert.match(await page.textContent("#message"), /Saved picked-output/);
    const text = await page.evaluate(async () => {
      const dir = await navigator.storage.getDirectory();
      const file = await (await dir.getFileHandle("picked-output")).getFile();
      return { name: window.__savedAs, body: await file.text() };
    });
    assert.equal(text.name, "users.redacted.ndjson");
    const policy = join(tmp.dir, "default-policy.json");
    const p = await downloadVia(page, "#export-policy");
    writeFileSync(policy, readFileSync(p.path));
    const cliOut = join(tmp.dir, "cli-gz.ndjson");
    const r = cli(["redact", fx.gz, "-o", cliOut, "--policy", policy, "--quiet"]);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(text.body, readFileSync(cliOut, "utf8"));
    ownRequestsOnly(log);
    await context.close();
  });

  test("redacted export through in-memory Blob parts (last-resort fallback)", TIMEOUT, async () => {
    const { page, context, log } = await openPage({ query: "?sink=blob" });
    assert.equal(await load(page, fx.json), "ready");
    const policy = await downloadVia(page, "#export-policy");
    const redacted = await downloadVia(page, "#export-redacted");
    assert.equal(redacted.name, "search.redacted.json");
    const cliOut = join(tmp.dir, "cli-search.json");
    const r = cli(["redact", fx.json, "-o", cliOut, "--policy", policy.path, "--quiet"]);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.ok(readFileSync(redacted.path).equals(readFileSync(cliOut)), "Blob export differs from the CLI's");
    ownRequestsOnly(log);
    await context.close();
  });

  test("bad input gets a clear message", TIMEOUT, async () => {
    const { page, context, log } = await openPage();
    const cases = [
      [fx.empty, /empty/i],
      [fx.binary, /binary file, not JSON/i],
      [fx.invalid, /not valid JSON/i],
      [fx.badGz, /gzip|not valid JSON/i],
      [fx.utf16, /UTF-16/],
    ];
    for (const file of badCorpusFiles()) {
      // Only the inputs the CLI rejects as a whole (NDJSON with some broken
      // lines is scanned, with warnings).
      if (cli(["scan", file, "--quiet"]).status === 3) cases.push([file, /./]);
    }
    for (const [file, pattern] of cases) {
      const state = await load(page, file);
      assert.equal(state, "error", `${file} should be rejected`);
      const box = page.locator("#message");
      assert.equal(await box.getAttribute("role"), "alert");
      assert.ok(await box.isVisible());
      const text = await box.textContent();
      assert.match(text, pattern, `${file}: ${text}`);
      assert.ok(await page.locator("#results").isHidden(), "no stale results are shown");
    }
    // Invalid JSON names the place.
    await load(page, fx.invalid);
    assert.match(await page.textContent("#message"), /line|byte|offset|column/i);
    // A good file after bad ones works.
    assert.equal(await load(page, fx.ndjson), "ready");
    assert.notEqual(await page.getAttribute("#message", "data-kind"), "error");
    assert.deepEqual(log.errors, []);
    ownRequestsOnly(log);
    await context.close();
  });

  test("NDJSON with a broken line: scanned, with a warning naming the line", TIMEOUT, async () => {
    const { page, context } = await openPage();
    assert.equal(await load(page, fx.partly), "ready");
    const report = cliReport(fx.partly);
    assert.ok(Array.isArray(report.errors) && report.errors.length >= 1, "the CLI reports the broken line");
    assert.ok(await page.locator("#warnings").isVisible());
    const text = await page.textContent("#warnings");
    assert.match(text, new RegExp(`line ${report.errors[0].line}\\b`));
    assert.deepEqual(await tableRows(page), reportRows(report));
    await context.close();
  });

  test("a dropped file is scanned", TIMEOUT, async () => {
    const { page, context, log } = await openPage();
    const text = readFileSync(fx.json, "utf8");
    const dataTransfer = await page.evaluateHandle((body) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], "dropped.json", { type: "application/json" }));
      return dt;
    }, text);
    await page.dispatchEvent("#drop-zone", "dragenter", { dataTransfer });
    assert.ok(await page.locator("#drop-zone.over").isVisible(), "drop zone highlighted");
    await page.dispatchEvent("#drop-zone", "drop", { dataTransfer });
    await page.waitForSelector("body[data-state=ready], body[data-state=error]", { state: "attached" });
    assert.equal(await page.textContent("#results-file"), "dropped.json");
    assert.deepEqual(await tableRows(page), reportRows(cliReport(fx.json)));
    ownRequestsOnly(log);
    await context.close();
  });

  test("a running scan can be cancelled", TIMEOUT, async () => {
    const { page, context } = await openPage();
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route("**/*.wasm", async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
    await page.setInputFiles("#file-input", fx.ndjson);
    await page.waitForSelector("#progress:not([hidden])");
    assert.match(await page.textContent("#progress-phase"), /Scanning/);
    await page.keyboard.press("Escape");
    await page.waitForSelector("body[data-state=idle]", { state: "attached" });
    assert.ok(await page.locator("#progress").isHidden());
    assert.match(await page.textContent("#message"), /cancelled/i);
    release();
    await page.unroute("**/*.wasm");
    assert.equal(await load(page, fx.ndjson), "ready");
    await context.close();
  });

  test("keyboard, sorting and filtering", TIMEOUT, async () => {
    const { page, context } = await openPage();
    assert.equal(await load(page, fx.ndjson), "ready");
    const all = await page.locator("#fields tbody tr").count();
    assert.ok(all >= 3);
    await page.locator("body").press("/");
    assert.equal(await page.evaluate(() => document.activeElement.id), "filter");
    await page.keyboard.type("wifi_ssid");
    const shown = await page.$$eval("#fields tbody tr", (trs) => trs.map((t) => t.dataset.category));
    assert.ok(shown.length >= 1 && shown.length < all);
    assert.ok(shown.every((c) => c === "wifi_ssid"));
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#fields tbody tr").count(), all);

    await page.click('#fields th[data-key="path"] button');
    assert.equal(await page.getAttribute('#fields th[data-key="path"]', "aria-sort"), "ascending");
    const asc = await page.$$eval("#fields tbody tr", (trs) => trs.map((t) => t.dataset.path));
    assert.deepEqual(asc, [...asc].sort((a, b) => a.localeCompare(b)));
    await page.click('#fields th[data-key="path"] button');
    assert.equal(await page.getAttribute('#fields th[data-key="path"]', "aria-sort"), "descending");

    await page.selectOption("#category-filter", "email");
    const cats = await page.$$eval("#fields tbody tr", (trs) => trs.map((t) => t.dataset.category));
    assert.ok(cats.length >= 1 && cats.every((c) => c === "email"));
    await page.selectOption("#bulk-action", "keep");
    const actions = await page.$$eval("#fields tbody tr", (trs) => trs.map((t) => t.dataset.action));
    assert.ok(actions.every((a) => a === "keep"));

    await page.locator("body").press("t");
    assert.equal(await page.getAttribute("html", "data-theme"), "dark");
    await page.locator("body").press("t");
    assert.equal(await page.getAttribute("html", "data-theme"), "light");
    await context.close();
  });

  test("screenshots in light and dark mode", TIMEOUT, async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const colorScheme of ["light", "dark"]) {
      const { page, context } = await openPage({ colorScheme });
      await page.screenshot({ path: join(SHOTS, `start-${colorScheme}.png`) });
      assert.equal(await load(page, fx.json), "ready");
      await page.screenshot({ path: join(SHOTS, `results-${colorScheme}.png`), fullPage: true });
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g).map(Number);
      const light = (r + g + b) / 3 > 128;
      assert.equal(light, colorScheme === "light", `background ${bg} in ${colorScheme} mode`);
      await context.close();
    }
  });
});
