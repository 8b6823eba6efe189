// Pure helpers of the triage page: formatting, sorting, filtering, policy
// editing and input sniffing. No DOM, so node's test runner can load them.

/** Category ids of shared/taxonomy.md, in taxonomy order. */
export const CATEGORIES = [
  "email", "username", "person_name", "phone", "postal_address", "date_of_birth",
  "demographic", "ip_address", "mac_address", "wifi_ssid", "geo_location", "device_id",
  "oauth_token", "api_key", "jwt", "password", "private_key", "payment_card", "iban",
  "national_id", "health_metric",
];

/** Actions the page offers per field (a subset of the policy operators plus null). */
export const ACTIONS = ["keep", "label", "mask", "pseudonymize", "null"];

const GROUPS = {
  secret: ["oauth_token", "api_key", "jwt", "password", "private_key"],
  contact: ["email", "username", "person_name", "phone", "postal_address", "date_of_birth", "national_id"],
  special: ["health_metric", "demographic"],
  device: ["ip_address", "mac_address", "wifi_ssid", "geo_location", "device_id"],
  finance: ["payment_card", "iban"],
};

/** Colour group of a category: secret, contact, special, device, finance or other. */
export function categoryGroup(category) {
  for (const [group, ids] of Object.entries(GROUPS)) {
    if (ids.includes(category)) return group;
  }
  return "other";
}

/** Categories that identify a person: used for the distinct-subjects estimate. */
const IDENTIFYING = ["email", "username", "person_name", "phone", "national_id", "iban", "payment_card", "device_id", "mac_address"];

/** "1.5 MB" style sizes (decimal units, like file managers). */
export function formatBytes(n) {
  if (!Number.isFinite(n) || n < 0) return "?";
  if (n < 1000) return `${n} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let v = n;
  let i = -1;
  do {
    v /= 1000;
    i += 1;
  } while (v >= 1000 && i < units.length - 1);
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}

/** "1 h 02 min", "3 min 05 s", "12 s". */
export function formatDuration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "–";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

/** Thousands separators with a thin space; stable across locales. */
export function formatCount(n) {
  if (typeof n !== "number" || !Number.isFinite(n)) return "–";
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
}

/**
 * Progress line: bytes done of total, throughput and time left.
 * `elapsed` is in seconds.
 */
export function progressText(done, total, elapsed) {
  const rate = elapsed > 0 ? done / elapsed : 0;
  const parts = [`${formatBytes(done)} of ${formatBytes(total)}`];
  if (total > 0) parts.unshift(`${Math.min(100, Math.floor((done / total) * 100))} %`);
  if (rate > 0) {
    parts.push(`${(rate / 1e6).toFixed(1)} MB/s`);
    if (done < total && elapsed >= 0.5) parts.push(`${formatDuration((total - done) / rate)} left`);
  }
  return parts.join(" · ");
}

/** Does a first chunk look like gzip? */
export function isGzip(bytes) {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Why a first chunk is not JSON text, or null when it may be.
 * Catches the cases that deserve a clearer message than a parser error.
 */
export function sniffNotText(bytes) {
  // Known binary containers that are not gzip (handled) and not JSON.
  const sig = Array.from(bytes.slice(0, 4));
  const starts = (arr) => arr.every((v, i) => sig[i] === v);
  if (starts([0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (starts([0x42, 0x5a, 0x68])) return "bzip2";
  if (starts([0xfd, 0x37, 0x7a, 0x58])) return "xz";
  if (starts([0x28, 0xb5, 0x2f, 0xfd])) return "zstd";
  if (starts([0xff, 0xfe]) || starts([0xfe, 0xff])) return "utf16";
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i];
    if (b === 0) return "binary";
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  }
  if (n > 0 && control / n > 0.05) return "binary";
  return null;
}

/** Human message for an input that cannot be scanned. */
export function badInputMessage(kind, name) {
  switch (kind) {
    case "empty":
      return { title: `${name} is empty.`, detail: "The file has 0 bytes: there is nothing to scan. Pick the dump itself, not a placeholder." };
    case "blank":
      return { title: `${name} holds no JSON.`, detail: "The file only contains whitespace." };
    case "binary":
      return { title: `${name} is a binary file, not JSON.`, detail: "leakscope reads JSON, NDJSON and gzip-compressed JSON. This file contains NUL or control bytes." };
    case "utf16":
      return { title: `${name} is UTF-16 text.`, detail: "JSON dumps must be UTF-8. Convert it first, e.g. iconv -f UTF-16 -t UTF-8 in > out." };
    case "zip":
    case "bzip2":
    case "xz":
    case "zstd":
      return { title: `${name} is a ${kind} archive.`, detail: `Only gzip is decompressed in the browser. Unpack it first (e.g. with ${kind === "zip" ? "unzip" : kind === "bzip2" ? "bunzip2" : kind === "xz" ? "unxz" : "unzstd"}) and open the JSON inside.` };
    default:
      return { title: `${name} cannot be read.`, detail: String(kind) };
  }
}

/** The action of a field in a policy (per path and category), or the category default. */
export function ruleKey(path, category) {
  return `${category}\u0000${path}`;
}

/**
 * Policy with per-field actions applied. `base` is the policy made from the
 * report (policyFromReport); `actions` maps ruleKey(path, category) to an
 * action id. Rules are kept in their order; unknown keys are ignored.
 */
export function applyActions(base, actions, unknownFields) {
  const policy = {
    version: 1,
    ...(base.categories && Object.keys(base.categories).length ? { categories: { ...base.categories } } : {}),
    fields: (base.fields || []).map((rule) => {
      const action = actions.get(ruleKey(rule.path, rule.category));
      return { path: rule.path, category: rule.category, action: action || rule.action, scope: rule.scope || "leaf" };
    }),
    ...(base.allow && base.allow.length ? { allow: [...base.allow] } : {}),
    unknown_fields: unknownFields || base.unknown_fields || "detect",
  };
  return policy;
}

/** Default action for a category when the policy has no rule (mirrors Operator::default_for). */
export function defaultAction(category) {
  return category === "payment_card" || category === "iban" ? "mask" : "label";
}

/** Does a report field match a free-text filter and a category? */
export function matchesFilter(field, text, category) {
  if (category && field.category !== category) return false;
  const q = (text || "").trim().toLowerCase();
  if (!q) return true;
  const hay = [field.path, field.category, field.example || "", ...(field.evidence || []), field.action || ""].join(" ").toLowerCase();
  return q.split(/\s+/).every((word) => hay.includes(word));
}

/** Comparator for table rows by key and direction (1 or -1). */
export function compareRows(key, dir) {
  return (a, b) => {
    let x = a[key];
    let y = b[key];
    if (key === "evidence") {
      x = (x || []).join(",");
      y = (y || []).join(",");
    }
    let c;
    if (typeof x === "number" || typeof y === "number") c = (x ?? -1) - (y ?? -1);
    else c = String(x ?? "").localeCompare(String(y ?? ""));
    if (c === 0) c = String(a.path).localeCompare(String(b.path));
    return c * dir;
  };
}

/**
 * Breach-impact figures from a report's summary (with fallbacks computed
 * from the fields when the summary is missing).
 */
export function impactFigures(report) {
  const s = report.summary || {};
  const cats = Array.isArray(s.categories) ? s.categories : [];
  const secrets = Array.isArray(s.secrets_to_rotate) ? s.secrets_to_rotate : [];
  const special = Array.isArray(s.gdpr_special_categories) ? s.gdpr_special_categories : [];
  let subjects = 0;
  let subjectsFrom = null;
  for (const c of cats) {
    if (IDENTIFYING.includes(c.category) && (c.distinct || 0) > subjects) {
      subjects = c.distinct || 0;
      subjectsFrom = c.category;
    }
  }
  const records = s.records ?? report.stats?.records ?? 0;
  return {
    records,
    recordsWithFindings: s.records_with_findings ?? 0,
    subjects,
    subjectsFrom,
    secretsDistinct: secrets.reduce((t, x) => t + (x.distinct || x.count || 0), 0),
    secrets,
    special,
    categories: cats.slice().sort((a, b) => (b.records || 0) - (a.records || 0) || String(a.category).localeCompare(String(b.category))),
  };
}

/** Name of the redacted export for an input file name. */
export function redactedName(name) {
  const base = name.replace(/\.gz$/i, "");
  const m = base.match(/^(.*?)(\.(?:json|ndjson|jsonl|txt))$/i);
  return m ? `${m[1]}.redacted${m[2]}` : `${base}.redacted.json`;
}

/** Base name used for report/policy exports. */
export function stem(name) {
  return name.replace(/\.gz$/i, "").replace(/\.(json|ndjson|jsonl|txt)$/i, "");
}

/** A random pseudonym key (hex) for the pseudonymize action. */
export function randomKey(cryptoObj) {
  const bytes = new Uint8Array(16);
  cryptoObj.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
