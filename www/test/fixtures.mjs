// Fixture dumps for the page tests: files of tests/corpus/ plus a generated
// NDJSON user dump and a JSON document, and bad inputs.

import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CORPUS } from "./helpers.mjs";

/** Corpus files the page tests prefer when they exist (varied shapes). */
const PREFERRED = ["es-users.json", "k8s-secret.json", "api-gateway-logs.ndjson", "nginx-combined.ndjson"];

/**
 * Corpus files with an extension in `exts` (label files excluded): the
 * preferred ones first, then the smallest (at most `limit`).
 */
export function corpusFiles(exts, limit = 2) {
  if (!existsSync(CORPUS)) return [];
  const out = [];
  const walk = (dir, depth) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        if (depth < 2 && !["bad", "expected"].includes(name)) walk(p, depth + 1);
      } else if (exts.some((e) => name.endsWith(e)) && !name.endsWith(".labels.json") && st.size > 0 && st.size < 8 * 1024 * 1024) {
        out.push({ path: p, size: st.size });
      }
    }
  };
  walk(CORPUS, 0);
  const rank = (f) => {
    const i = PREFERRED.indexOf(f.path.split("/").pop());
    return i < 0 ? PREFERRED.length : i;
  };
  return out
    .sort((a, b) => rank(a) - rank(b) || a.size - b.size || a.path.localeCompare(b.path))
    .slice(0, limit)
    .map((f) => f.path);
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function luhnComplete(prefix) {
  // Appends the check digit that makes `prefix` Luhn-valid.
  const digits = prefix.split("").map(Number);
  let sum = 0;
  for (let i = digits.length - 1, dbl = true; i >= 0; i -= 1, dbl = !dbl) {
    let d = digits[i];
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return prefix + String((10 - (sum % 10)) % 10);
}

const FIRST = ["Jane", "Ahmed", "Mia", "Lukas", "Sofia", "Kenji", "Amara", "Pedro"];
const LAST = ["Doe", "Schmidt", "Rossi", "Tanaka", "Okafor", "Silva", "Novak", "Berg"];

/** One user record of the generated dump. */
export function userRecord(i, r) {
  const first = FIRST[i % FIRST.length];
  const last = LAST[(i * 7) % LAST.length];
  const card = luhnComplete(`4${String(Math.floor(r() * 1e14)).padStart(14, "0")}`);
  return {
    id: i,
    created_at: `2024-03-${String((i % 28) + 1).padStart(2, "0")}T10:00:00Z`,
    user: {
      email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.com`,
      email_verified: i % 2 === 0,
      first_name: first,
      last_name: last,
      phone: `+49 170 ${String(1000000 + Math.floor(r() * 8999999))}`,
      gender: i % 2 ? "f" : "m",
      weight: Math.round((55 + r() * 40) * 10) / 10,
    },
    device: {
      ssid: `${last} Home WiFi`,
      bssid: `a4:2b:8c:${(i % 256).toString(16).padStart(2, "0")}:1e:7f`,
      client_ip: `192.168.${i % 250}.${(i * 3) % 250 + 1}`,
      firmware_ver: "4.9.6.156",
    },
    payment: { card_number: card, currency: "EUR" },
    note: `Call ${first} back at ${first.toLowerCase()}@example.org about order ${1000 + i}`,
    plan: i % 3 ? "pro" : "free",
  };
}

/** Writes the generated fixtures into `dir`; returns their paths. */
export function writeFixtures(dir) {
  const r = rng(42);
  const lines = [];
  for (let i = 0; i < 400; i += 1) lines.push(JSON.stringify(userRecord(i, r)));
  const ndjson = join(dir, "users.ndjson");
  writeFileSync(ndjson, `${lines.join("\n")}\n`);

  const doc = {
    took: 3,
    hits: {
      total: 25,
      hits: Array.from({ length: 25 }, (_, i) => ({ _id: `doc-${i}`, _source: userRecord(i, r) })),
    },
    config: { aws_access_key_id: "AKIAIOSFODNN7EXAMPLE", aws_secret_access_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
  };
  const json = join(dir, "search.json");
  writeFileSync(json, JSON.stringify(doc, null, 2));

  const gz = join(dir, "users.ndjson.gz");
  writeFileSync(gz, gzipSync(`${lines.join("\n")}\n`));

  const invalid = join(dir, "broken.json");
  writeFileSync(invalid, '{"user": {"email": "jane@example.com", "phone": }\n');
  const binary = join(dir, "image.bin");
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 37 + 11) & 0xff;
  bytes.write("\x89PNG\r\n\x1a\n", 0, "latin1");
  writeFileSync(binary, bytes);
  const empty = join(dir, "empty.json");
  writeFileSync(empty, "");
  const badGz = join(dir, "truncated.json.gz");
  const full = gzipSync(Buffer.from(`${lines.slice(0, 50).join("\n")}\n`));
  writeFileSync(badGz, full.subarray(0, Math.floor(full.length / 2)));
  const partly = join(dir, "partly-broken.ndjson");
  writeFileSync(partly, `${lines[0]}\n{"user": {"email": "broken@example.com",\n${lines[1]}\n`);
  const utf16 = join(dir, "utf16.json");
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"email": "jane@example.com"}\n', "utf16le")]));
  return { ndjson, json, gz, invalid, binary, empty, badGz, partly, utf16 };
}

/** Gzips `path` into `dir` (name + .gz); returns the new path. */
export function gzipInto(path, dir, readFile) {
  const out = join(dir, `${path.split("/").pop()}.gz`);
  writeFileSync(out, gzipSync(readFile(path)));
  return out;
}

/** Files of tests/corpus/bad/ (inputs every front end must reject), at most `limit`. */
export function badCorpusFiles(limit = 4) {
  const dir = join(CORPUS, "bad");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((p) => statSync(p).isFile() && statSync(p).size < 8 * 1024 * 1024)
    .sort()
    .slice(0, limit);
}
