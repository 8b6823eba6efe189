// Triage page UI: open/drop a dump, run the scan and the redaction in a
// worker, show the field table, chart and breach-impact summary, export.

import {
  ACTIONS, applyActions, badInputMessage, categoryGroup, compareRows, defaultAction,
  formatBytes, formatCount, impactFigures, matchesFilter, progressText, randomKey,
  redactedName, ruleKey, stem,
} from "./lib.js";

const $ = (sel) => document.querySelector(sel);

const state = {
  file: null,
  report: null,
  basePolicy: null,
  actions: new Map(),
  sort: { key: "count", dir: -1 },
  job: null,
};

// ---------------------------------------------------------------- theme

const THEMES = ["auto", "dark", "light"];

function applyTheme(theme) {
  const root = document.documentElement;
  if (theme === "auto") delete root.dataset.theme;
  else root.dataset.theme = theme;
  $("#theme-label").textContent = `Theme: ${theme}`;
  $("#theme-toggle").setAttribute("aria-pressed", theme === "auto" ? "false" : "true");
}

function storedTheme() {
  try {
    const t = localStorage.getItem("leakscope-theme");
    return THEMES.includes(t) ? t : "auto";
  } catch {
    return "auto";
  }
}

function cycleTheme() {
  const next = THEMES[(THEMES.indexOf(storedTheme()) + 1) % THEMES.length];
  try {
    localStorage.setItem("leakscope-theme", next);
  } catch {
    // private mode: theme is not remembered
  }
  applyTheme(next);
}

// ---------------------------------------------------------------- messages

function showMessage(title, detail, kind) {
  const box = $("#message");
  box.replaceChildren();
  const strong = document.createElement("strong");
  strong.textContent = title;
  box.append(strong);
  if (detail) {
    const p = document.createElement("span");
    p.textContent = detail;
    box.append(p);
  }
  box.className = kind === "info" ? "message info" : "message error";
  box.setAttribute("role", kind === "info" ? "status" : "alert");
  box.dataset.kind = kind || "error";
  box.hidden = false;
}

function clearMessage() {
  const box = $("#message");
  box.hidden = true;
  box.replaceChildren();
  delete box.dataset.kind;
}

function setState(s) {
  document.body.dataset.state = s;
}

// ---------------------------------------------------------------- worker jobs

/**
 * Starts the worker from a blob: URL so it inherits this document's
 * Content-Security-Policy (a worker loaded straight from an http URL would
 * get the policy of its own response headers, and plain static servers send
 * none).
 */
function makeWorker() {
  const url = new URL("worker.js", document.baseURI).href;
  const src = new Blob([`import ${JSON.stringify(url)};\n`], { type: "text/javascript" });
  const blobUrl = URL.createObjectURL(src);
  try {
    return new Worker(blobUrl, { type: "module", name: "leakscope" });
  } finally {
    setTimeout(() => URL.revokeObjectURL(blobUrl), 10000);
  }
}

function runJob(phase, message, handlers) {
  cancelJob(true);
  const worker = makeWorker();
  const started = performance.now();
  const job = { worker, phase };
  state.job = job;
  $("#progress-phase").textContent = phase;
  $("#progress-file").textContent = state.file ? state.file.name : "";
  $("#progress-bar").value = 0;
  $("#progress-text").textContent = "starting…";
  $("#progress").hidden = false;
  setState(phase === "Scanning" ? "scanning" : "redacting");
  const finish = () => {
    if (state.job === job) state.job = null;
    worker.terminate();
    $("#progress").hidden = true;
  };
  worker.onmessage = (event) => {
    const msg = event.data || {};
    if (state.job !== job) return;
    if (msg.type === "progress") {
      const total = msg.total || 0;
      $("#progress-bar").value = total ? msg.done / total : 0;
      $("#progress-text").textContent = progressText(msg.done, total, (performance.now() - started) / 1000);
      return;
    }
    finish();
    if (msg.type === "error") handlers.error(msg);
    else handlers.done(msg);
  };
  worker.onerror = (event) => {
    if (state.job !== job) return;
    event.preventDefault();
    finish();
    handlers.error({ kind: "engine", message: event.message || "the worker failed to start" });
  };
  worker.postMessage(message);
}

function cancelJob(silent) {
  const job = state.job;
  if (!job) return false;
  state.job = null;
  job.worker.terminate();
  $("#progress").hidden = true;
  if (!silent) {
    showMessage(`${job.phase} cancelled.`, job.phase === "Scanning" ? "Open the file again to restart." : "No file was written.", "info");
    setState(state.report ? "ready" : "idle");
  }
  return true;
}

function where(msg) {
  const parts = [];
  if (msg.line != null) parts.push(`line ${formatCount(msg.line)}`);
  if (msg.byteOffset != null) parts.push(`byte ${formatCount(msg.byteOffset)}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function inputError(msg) {
  const name = state.file ? state.file.name : "The file";
  const text = msg.message || "";
  switch (msg.kind) {
    case "empty":
    case "blank":
    case "binary":
    case "utf16":
    case "zip":
    case "bzip2":
    case "xz":
    case "zstd": {
      const m = badInputMessage(msg.kind, name);
      showMessage(m.title, m.detail);
      break;
    }
    case "gzip":
      showMessage(`${name} is not a valid gzip file.`, `Decompression failed — the file is truncated or corrupt: ${text}`);
      break;
    case "engine-missing":
    case "init_failed":
      showMessage("The wasm engine could not be loaded.", text);
      break;
    case "cancelled":
      showMessage("Cancelled.", "", "info");
      break;
    case "invalid_utf8":
      showMessage(`${name} is not UTF-8 text.`, `${text}${where(msg)}. JSON must be UTF-8.`);
      break;
    case "truncated":
      showMessage(`${name} ends in the middle of a value.`, `${text}${where(msg)}. The dump is probably cut off.`);
      break;
    case "too_deep":
    case "too_large":
      showMessage(`${name} exceeds a safety limit.`, `${text}${where(msg)}.`);
      break;
    case "invalid_policy":
    case "invalid_config":
      showMessage("The export settings were rejected.", text);
      break;
    case "invalid_json":
      showMessage(`${name} is not valid JSON or NDJSON.`, `${text}${where(msg)}.`);
      break;
    default:
      showMessage(`${name} could not be processed.`, `${text}${where(msg)}`);
  }
  setState(state.report ? "ready" : "error");
}

// ---------------------------------------------------------------- open

function openFile(file) {
  if (!file) return;
  clearMessage();
  state.file = file;
  state.report = null;
  state.basePolicy = null;
  state.actions = new Map();
  $("#results").hidden = true;
  document.body.classList.remove("has-results");
  if (file.size === 0) {
    const m = badInputMessage("empty", file.name);
    showMessage(m.title, m.detail);
    setState("error");
    return;
  }
  runJob("Scanning", { type: "scan", file }, {
    done(msg) {
      state.report = msg.report;
      state.basePolicy = msg.policy;
      state.gz = Boolean(msg.gz);
      renderResults();
      setState("ready");
      $("#results-title").focus({ preventScroll: true });
    },
    error: inputError,
  });
}

// ---------------------------------------------------------------- render

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
}

/** A JSONPath as text nodes with line-break opportunities before `.` and `[`. */
function pathParts(path) {
  const out = [];
  for (const part of path.split(/(?=[.[])/)) {
    if (out.length) out.push(document.createElement("wbr"));
    out.push(document.createTextNode(part));
  }
  return out;
}

function chip(category) {
  return el("span", { class: `chip g-${categoryGroup(category)}`, text: category });
}

function renderResults() {
  const report = state.report;
  const f = state.file;
  $("#results-file").textContent = f.name;
  const st = report.stats || {};
  $("#results-meta").textContent = [
    formatBytes(f.size),
    state.gz && st.bytes ? `${formatBytes(st.bytes)} decompressed` : null,
    st.leaves != null ? `${formatCount(st.leaves)} values scanned` : null,
  ].filter(Boolean).join(" · ");
  renderSummary(report);
  renderChart(report);
  renderImpact(report);
  renderWarnings(report);
  renderCategoryFilter(report);
  renderTable();
  $("#results").hidden = false;
  document.body.classList.add("has-results");
  if (!report.fields || report.fields.length === 0) {
    showMessage("No personal data or secrets found.", "Nothing in this file matched a category. The exports still work (the redacted file equals the input).", "info");
  }
}

function stat(cls, key, value, detail) {
  return el("div", { class: `stat ${cls}${value === 0 ? " zero" : ""}`, "data-stat": cls },
    el("div", { class: "k", text: key }),
    el("div", { class: "n", text: formatCount(value) }),
    el("div", { class: "d", text: detail || "" }));
}

function renderSummary(report) {
  const fig = impactFigures(report);
  const pct = fig.records ? Math.round((fig.recordsWithFindings / fig.records) * 100) : 0;
  const providers = [...new Set(fig.secrets.map((s) => s.provider))];
  $("#summary").replaceChildren(
    stat("records", "Records affected", fig.recordsWithFindings, `of ${formatCount(fig.records)} records (${pct} %)`),
    stat("subjects", "Distinct subjects", fig.subjects, fig.subjectsFrom ? `estimated from distinct ${fig.subjectsFrom} values` : "no identifying field found"),
    stat("secrets", "Secrets to rotate", fig.secretsDistinct, providers.length ? providers.join(", ") : "no credentials found"),
    stat("special", "GDPR special categories", fig.special.length, fig.special.length ? [...new Set(fig.special.map((s) => String(s.article || s.category).replace(/^GDPR Art\. 9\(1\): /, "")))].join(", ") : "none found (Art. 9)"),
  );
}

function renderChart(report) {
  const fig = impactFigures(report);
  const chart = $("#chart");
  chart.replaceChildren();
  const max = Math.max(1, ...fig.categories.map((c) => c.records || 0));
  if (!fig.categories.length) {
    chart.append(el("p", { class: "muted", text: "No category found." }));
    return;
  }
  chart.setAttribute("role", "list");
  for (const c of fig.categories) {
    const fill = el("div", { class: `fill g-${categoryGroup(c.category)}` });
    fill.style.width = `${Math.max(0.5, ((c.records || 0) / max) * 100)}%`;
    const label = `${c.category}: ${formatCount(c.records)} records, ${formatCount(c.values)} values, ${formatCount(c.fields)} fields`;
    const row = [
      el("span", { class: "lbl", text: c.category }),
      el("div", { class: "track", title: label, "aria-hidden": "true" }, fill),
      el("span", { class: "val", text: formatCount(c.records), "aria-hidden": "true" }),
    ];
    row[0].setAttribute("role", "listitem");
    row[0].setAttribute("aria-label", label);
    chart.append(...row);
  }
}

function renderImpact(report) {
  const fig = impactFigures(report);
  const box = $("#impact");
  box.replaceChildren();
  box.append(el("h4", { text: "Secrets to rotate" }));
  const secrets = el("ul", { id: "secrets-list" });
  if (!fig.secrets.length) secrets.append(el("li", { class: "none", text: "No credentials found." }));
  for (const s of fig.secrets) {
    const li = el("li", { class: `g-${categoryGroup(s.category)}` },
      el("strong", { text: `${s.provider} ` }), chip(s.category),
      document.createTextNode(s.distinct != null && s.distinct !== s.count
        ? ` · ${formatCount(s.distinct)} distinct in ${formatCount(s.count)} values`
        : ` · ${formatCount(s.count)} value${s.count === 1 ? "" : "s"}`),
      el("span", { class: "paths", text: (s.paths || []).join("  ") }));
    secrets.append(li);
  }
  box.append(secrets);
  box.append(el("h4", { text: "GDPR special categories (Art. 9)" }));
  const special = el("ul", { id: "special-list" });
  if (!fig.special.length) special.append(el("li", { class: "none", text: "None found." }));
  for (const s of fig.special) {
    special.append(el("li", { class: "g-special" },
      chip(s.category),
      document.createTextNode(` ${s.article} · ${formatCount(s.records)} records`),
      el("span", { class: "paths", text: (s.paths || []).join("  ") })));
  }
  box.append(special);
}

function renderWarnings(report) {
  const box = $("#warnings");
  const errors = Array.isArray(report.errors) ? report.errors : [];
  if (!errors.length) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const list = el("ul");
  for (const e of errors.slice(0, 50)) {
    list.append(el("li", { text: `line ${e.line}, byte ${e.byte_offset}: ${e.code} — ${e.message}` }));
  }
  box.replaceChildren(
    el("h3", { text: `${errors.length} line${errors.length === 1 ? "" : "s"} could not be parsed (scanned as text)` }),
    list,
  );
  if (errors.length > 50) box.append(el("p", { class: "muted small", text: `… and ${errors.length - 50} more (see the report JSON).` }));
  box.hidden = false;
}

function renderCategoryFilter(report) {
  const select = $("#category-filter");
  const current = select.value;
  const cats = [...new Set((report.fields || []).map((f) => f.category))].sort();
  select.replaceChildren(el("option", { value: "", text: "all" }), ...cats.map((c) => el("option", { value: c, text: c })));
  select.value = cats.includes(current) ? current : "";
}

function ruleAction(field) {
  const key = ruleKey(field.path, field.category);
  if (state.actions.has(key)) return state.actions.get(key);
  const rule = (state.basePolicy?.fields || []).find((r) => r.path === field.path && r.category === field.category);
  return rule ? rule.action : defaultAction(field.category);
}

function baseAction(field) {
  const rule = (state.basePolicy?.fields || []).find((r) => r.path === field.path && r.category === field.category);
  return rule ? rule.action : defaultAction(field.category);
}

function visibleRows() {
  const text = $("#filter").value;
  const cat = $("#category-filter").value;
  const rows = (state.report?.fields || []).map((f) => ({ ...f, action: ruleAction(f) }));
  return rows.filter((r) => matchesFilter(r, text, cat)).sort(compareRows(state.sort.key, state.sort.dir));
}

function renderTable() {
  const rows = visibleRows();
  const total = state.report?.fields?.length || 0;
  $("#fields-count").textContent = rows.length === total ? `(${total})` : `(${rows.length} of ${total})`;
  const tbody = $("#fields tbody");
  const frag = document.createDocumentFragment();
  for (const r of rows) {
    const select = el("select", { "aria-label": `Action for ${r.path} (${r.category})`, class: r.action });
    for (const a of ACTIONS) select.append(el("option", { value: a, text: a }));
    select.value = r.action;
    select.dataset.path = r.path;
    select.dataset.category = r.category;
    const conf = Number(r.confidence) || 0;
    const meter = el("i");
    meter.style.width = `${Math.round(conf * 100)}%`;
    const tr = el("tr", { "data-path": r.path, "data-category": r.category, "data-count": String(r.count), "data-action": r.action, class: r.action !== baseAction(r) ? "changed" : null },
      el("td", { class: "path", title: r.path }, ...pathParts(r.path)),
      el("td", {}, chip(r.category), r.scope === "span" ? el("span", { class: "muted small", text: " in text" }) : null),
      el("td", { class: "num" }, el("span", { class: "conf", title: `confidence ${conf}` }, el("span", { class: "meter" }, meter), document.createTextNode(conf.toFixed(2)))),
      el("td", { class: "num", title: r.leaves != null ? `${r.count} of ${r.leaves} values at this path${r.distinct != null ? `, ~${r.distinct} distinct` : ""}` : null, text: formatCount(r.count) }),
      el("td", { class: "example", text: r.example || "" }),
      el("td", { class: "evidence" }, ...(r.evidence || []).map((e) => el("span", { text: e }))),
      el("td", { class: "action" }, select),
    );
    frag.append(tr);
  }
  tbody.replaceChildren(frag);
  renderExportSummary();
  const empty = $("#fields-empty");
  empty.textContent = total ? "No field matches the filter." : "Nothing found: no field holds personal data or secrets.";
  empty.hidden = rows.length > 0;
  for (const th of document.querySelectorAll("#fields thead th")) {
    const key = th.dataset.key;
    th.setAttribute("aria-sort", key === state.sort.key ? (state.sort.dir > 0 ? "ascending" : "descending") : "none");
  }
}

/** One line saying what the export will do, warning about fields kept in clear. */
function renderExportSummary() {
  const counts = new Map();
  for (const f of state.report?.fields || []) {
    const a = ruleAction(f);
    counts.set(a, (counts.get(a) || 0) + 1);
  }
  const box = $("#export-summary");
  const parts = ACTIONS.filter((a) => counts.get(a)).map((a) => `${counts.get(a)} ${a}`);
  box.textContent = parts.length ? `Field actions: ${parts.join(" · ")}.` : "No field to redact.";
  const kept = counts.get("keep") || 0;
  if (kept) {
    box.append(" ", el("strong", { class: "kept", text: `${kept} field${kept === 1 ? "" : "s"} will stay in clear text.` }));
  }
}

function setAction(path, category, action) {
  if (!ACTIONS.includes(action)) return;
  state.actions.set(ruleKey(path, category), action);
}

// ---------------------------------------------------------------- export

function currentPolicy() {
  return applyActions(state.basePolicy || { fields: [] }, state.actions, $("#unknown-fields").value);
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function exportJson(kind) {
  if (!state.report) return;
  const value = kind === "policy" ? currentPolicy() : state.report;
  const name = `${stem(state.file.name)}.${kind}.json`;
  download(new Blob([JSON.stringify(value, null, 2), "\n"], { type: "application/json" }), name);
  showMessage(`Saved ${name}.`, kind === "policy" ? "Enforce it with: leakscope redact INPUT -o OUTPUT --policy " + name : "", "info");
}

async function exportRedacted() {
  if (!state.report || state.job) return;
  const name = redactedName(state.file.name);
  const policy = currentPolicy();
  const key = $("#hmac-key").value;
  if (!key && policy.fields.some((f) => f.action === "pseudonymize")) {
    showMessage("A pseudonym key is needed.", "Some fields are set to pseudonymize: enter a key in the Export section (keep it to pseudonymize other files the same way).");
    $("#hmac-key").focus();
    return;
  }
  let handle = null;
  if (typeof window.showSaveFilePicker === "function") {
    try {
      handle = await window.showSaveFilePicker({ suggestedName: name });
    } catch (err) {
      if (err && err.name === "AbortError") return;
      handle = null;
    }
  }
  clearMessage();
  runJob("Redacting", {
    type: "redact",
    file: state.file,
    policy,
    key,
    handle,
    // "blob" forces the in-memory fallback (tests); default: a temporary OPFS file.
    sink: new URLSearchParams(location.search).get("sink") || "",
  }, {
    done(msg) {
      if (msg.type === "blob") {
        download(msg.blob, name);
        showMessage(`Downloaded ${name} (${formatBytes(msg.bytes)}).`, "Redacted with the policy shown in the table.", "info");
      } else {
        showMessage(`Saved ${handle ? handle.name : name} (${formatBytes(msg.bytes)}).`, "Written to disk as it was produced.", "info");
      }
      setState("exported");
    },
    error: inputError,
  });
}

// ---------------------------------------------------------------- wiring

function typingTarget(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));
}

function wire() {
  applyTheme(storedTheme());
  $("#theme-toggle").addEventListener("click", cycleTheme);
  $("#hmac-key").value = randomKey(crypto);

  const input = $("#file-input");
  $("#open-button").addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const file = input.files && input.files[0];
    input.value = "";
    openFile(file);
  });

  const zone = $("#drop-zone");
  let depth = 0;
  document.addEventListener("dragenter", (e) => {
    e.preventDefault();
    depth += 1;
    zone.classList.add("over");
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (!depth) zone.classList.remove("over");
  });
  document.addEventListener("dragover", (e) => e.preventDefault());
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    depth = 0;
    zone.classList.remove("over");
    const files = e.dataTransfer && e.dataTransfer.files;
    if (files && files.length) openFile(files[0]);
  });

  $("#cancel-button").addEventListener("click", () => cancelJob(false));

  for (const th of document.querySelectorAll("#fields thead th")) {
    th.querySelector("button").addEventListener("click", () => {
      const key = th.dataset.key;
      if (state.sort.key === key) state.sort.dir = -state.sort.dir;
      else state.sort = { key, dir: ["count", "confidence"].includes(key) ? -1 : 1 };
      renderTable();
    });
  }
  $("#filter").addEventListener("input", renderTable);
  $("#category-filter").addEventListener("change", renderTable);
  $("#fields tbody").addEventListener("change", (e) => {
    const t = e.target;
    if (t instanceof HTMLSelectElement && t.dataset.path != null) {
      setAction(t.dataset.path, t.dataset.category, t.value);
      t.className = t.value;
      const tr = t.closest("tr");
      if (tr) tr.dataset.action = t.value;
      renderExportSummary();
      if (tr) tr.classList.toggle("changed", t.value !== baseAction({ path: t.dataset.path, category: t.dataset.category }));
    }
  });
  $("#bulk-action").addEventListener("change", (e) => {
    const action = e.target.value;
    if (!action) return;
    for (const r of visibleRows()) setAction(r.path, r.category, action);
    e.target.value = "";
    renderTable();
  });

  $("#export-redacted").addEventListener("click", exportRedacted);
  $("#export-policy").addEventListener("click", () => exportJson("policy"));
  $("#export-report").addEventListener("click", () => exportJson("report"));

  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Escape") {
      if (cancelJob(false)) return;
      if (e.target === $("#filter") && $("#filter").value) {
        $("#filter").value = "";
        renderTable();
        return;
      }
      clearMessage();
      return;
    }
    if (typingTarget(e.target)) return;
    const k = e.key.toLowerCase();
    if (k === "o") {
      e.preventDefault();
      input.click();
    } else if (k === "/" && state.report) {
      e.preventDefault();
      $("#filter").focus();
    } else if (k === "e" && state.report) {
      e.preventDefault();
      exportRedacted();
    } else if (k === "p" && state.report) {
      e.preventDefault();
      exportJson("policy");
    } else if (k === "r" && state.report) {
      e.preventDefault();
      exportJson("report");
    } else if (k === "t") {
      e.preventDefault();
      cycleTheme();
    }
  });
  setState("idle");
}

wire();
