// Shared test helpers: a tiny static server for www/ on 127.0.0.1, a headless
// Chromium via playwright-core, the native CLI, and fixture paths.

import { createServer } from "node:http";
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { chromium } from "playwright-core";

export const WWW = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = resolve(WWW, "..");
export const CORPUS = join(ROOT, "tests", "corpus");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * Serves `www/` on 127.0.0.1 with a free port, like any static server
 * (no special headers: the page's own meta CSP must do the work).
 * Records every path requested.
 */
export async function startServer() {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url);
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(WWW, path));
    if (!file.startsWith(WWW + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] || "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ok);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(() => ok());
    }),
  };
}

/**
 * Launches the Debian Chromium headless with a fresh profile: Playwright's
 * own temporary user-data-dir, or `userDataDir` (then the result is a
 * persistent BrowserContext, not a Browser).
 */
export async function launchBrowser({ userDataDir } = {}) {
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  const options = {
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  };
  if (userDataDir) return chromium.launchPersistentContext(userDataDir, { ...options, acceptDownloads: true });
  return chromium.launch(options);
}

/** The native CLI binary (release preferred), or null. */
export function cliPath() {
  for (const p of [process.env.LEAKSCOPE_BIN, join(ROOT, "target", "release", "leakscope"), join(ROOT, "target", "debug", "leakscope")]) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

/** Runs the CLI; returns {status, stdout, stderr}. */
export function cli(args, options = {}) {
  const bin = cliPath();
  if (!bin) throw new Error("native CLI not built (cargo build -p leakscope-cli)");
  const r = spawnSync(bin, args, { encoding: "buffer", maxBuffer: 1 << 30, ...options });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr ? r.stderr.toString() : "" };
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix = "leakscope-www-") {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
