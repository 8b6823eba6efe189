// Unit tests of the page's pure helpers (no browser).

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  applyActions, badInputMessage, categoryGroup, CATEGORIES, compareRows, formatBytes,
  formatDuration, impactFigures, isGzip, matchesFilter, progressText, redactedName, ruleKey,
  sniffNotText, stem,
} from "../lib.js";

test("every taxonomy category has a colour group", () => {
  assert.equal(CATEGORIES.length, 21);
  assert.equal(categoryGroup("api_key"), "secret");
  assert.equal(categoryGroup("health_metric"), "special");
  assert.equal(categoryGroup("iban"), "finance");
  assert.equal(categoryGroup("wifi_ssid"), "device");
  assert.equal(categoryGroup("email"), "contact");
  assert.equal(categoryGroup("nope"), "other");
});

test("sizes, durations and progress lines", () => {
  assert.equal(formatBytes(0), "0 B");
  assert.equal(formatBytes(1500), "1.5 kB");
  assert.equal(formatBytes(1e9), "1.0 GB");
  assert.equal(formatBytes(-1), "?");
  assert.equal(formatDuration(5), "5 s");
  assert.equal(formatDuration(125), "2 min 05 s");
  assert.equal(formatDuration(3720), "1 h 02 min");
  const line = progressText(50e6, 100e6, 2);
  assert.match(line, /^50 % · 50\.0 MB of 100 MB · 25\.0 MB\/s · 2 s left$/);
  assert.equal(progressText(0, 100, 0), "0 % · 0 B of 100 B");
});

test("input sniffing", () => {
  assert.ok(isGzip(new Uint8Array([0x1f, 0x8b, 8, 0])));
  assert.ok(!isGzip(new Uint8Array([0x7b])));
  assert.equal(sniffNotText(new TextEncoder().encode('{"a":1}\n')), null);
  assert.equal(sniffNotText(new Uint8Array([0x7b, 0, 0x7d])), "binary");
  assert.equal(sniffNotText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x41])), "zip");
  assert.equal(sniffNotText(new Uint8Array([0xff, 0xfe, 0x7b, 0x00])), "utf16");
  const noisy = new Uint8Array(100).fill(0x41);
  for (let i = 0; i < 10; i += 1) noisy[i * 10] = 0x01;
  assert.equal(sniffNotText(noisy), "binary");
  assert.match(badInputMessage("empty", "x.json").title, /empty/);
  assert.match(badInputMessage("binary", "x.bin").title, /binary/);
  assert.match(badInputMessage("xz", "x.xz").detail, /unxz/);
});

test("actions are applied to the matching field rule only", () => {
  const base = {
    version: 1,
    fields: [
      { path: "$.a", category: "email", action: "label", scope: "leaf" },
      { path: "$.a", category: "phone", action: "label", scope: "span" },
      { path: "$.card", category: "payment_card", action: "mask", scope: "leaf" },
    ],
    unknown_fields: "detect",
  };
  const actions = new Map([[ruleKey("$.a", "phone"), "keep"], [ruleKey("$.zzz", "email"), "mask"]]);
  const p = applyActions(base, actions, "redact");
  assert.deepEqual(p, {
    version: 1,
    fields: [
      { path: "$.a", category: "email", action: "label", scope: "leaf" },
      { path: "$.a", category: "phone", action: "keep", scope: "span" },
      { path: "$.card", category: "payment_card", action: "mask", scope: "leaf" },
    ],
    unknown_fields: "redact",
  });
  // The base is not modified.
  assert.equal(base.fields[1].action, "label");
});

test("filter and sort", () => {
  const rows = [
    { path: "$.user.email", category: "email", count: 5, confidence: 0.9, evidence: ["key:email"] },
    { path: "$.ssid", category: "wifi_ssid", count: 9, confidence: 0.7, evidence: ["key:ssid"] },
    { path: "$.note", category: "email", count: 1, confidence: 0.99, evidence: ["value:email"], example: "j***@x.io" },
  ];
  assert.equal(rows.filter((r) => matchesFilter(r, "email", "")).length, 2);
  assert.equal(rows.filter((r) => matchesFilter(r, "user key:email", "")).length, 1);
  assert.equal(rows.filter((r) => matchesFilter(r, "", "wifi_ssid")).length, 1);
  assert.equal(rows.filter((r) => matchesFilter(r, "j***", "")).length, 1);
  assert.deepEqual(rows.slice().sort(compareRows("count", -1)).map((r) => r.count), [9, 5, 1]);
  assert.deepEqual(rows.slice().sort(compareRows("path", 1)).map((r) => r.path), ["$.note", "$.ssid", "$.user.email"]);
});

test("impact figures from a summary", () => {
  const fig = impactFigures({
    fields: [],
    summary: {
      records: 10,
      records_with_findings: 4,
      categories: [
        { category: "email", records: 3, values: 3, distinct: 3, fields: 1 },
        { category: "phone", records: 4, values: 4, distinct: 2, fields: 1 },
        { category: "health_metric", records: 4, values: 8, distinct: 8, fields: 2 },
      ],
      secrets_to_rotate: [{ provider: "aws", category: "api_key", count: 2, distinct: 1, paths: ["$.k"] }],
      gdpr_special_categories: [{ category: "health_metric", article: "Art. 9(1)", records: 4, paths: ["$.w"] }],
    },
  });
  assert.equal(fig.records, 10);
  assert.equal(fig.recordsWithFindings, 4);
  assert.equal(fig.subjects, 3);
  assert.equal(fig.subjectsFrom, "email");
  assert.equal(fig.secretsDistinct, 1);
  assert.equal(fig.special.length, 1);
  assert.deepEqual(fig.categories.map((c) => c.category), ["health_metric", "phone", "email"]);
  const empty = impactFigures({ fields: [] });
  assert.equal(empty.records, 0);
  assert.equal(empty.subjects, 0);
});

test("export names", () => {
  assert.equal(redactedName("dump.ndjson.gz"), "dump.redacted.ndjson");
  assert.equal(redactedName("users.json"), "users.redacted.json");
  assert.equal(redactedName("blob"), "blob.redacted.json");
  assert.equal(stem("x.json.gz"), "x");
});
