// The page's worker: reads the dump in chunks (File.slice, or a gzip
// DecompressionStream), feeds them to the wasm engine's streaming Redactor and
// reports progress. Never holds the whole file in memory.
//
// Messages in:  {type: "scan", file}
//               {type: "redact", file, policy, key, handle?, sink?}
// Messages out: {type: "progress", done, total}
//               {type: "report", report, policy, gz}
//               {type: "saved", bytes}            (written to handle)
//               {type: "blob", blob, bytes}        (download fallback)
//               {type: "error", kind, message, line?, byteOffset?}
//                 (kind: an input problem found here, or the engine's error code)

import { loadEngine } from "./engine.js";
import { isGzip, sniffNotText } from "./lib.js";

/** Bytes per File.slice read. */
const CHUNK = 4 * 1024 * 1024;
/** Output parts are folded into one Blob every so often (Chromium pages big Blobs to disk). */
const FOLD_BYTES = 64 * 1024 * 1024;
/** Progress messages at most this often (ms). */
const PROGRESS_EVERY = 100;

let cancelled = false;

self.onmessage = (event) => {
  const msg = event.data || {};
  if (msg.type === "cancel") {
    cancelled = true;
    return;
  }
  cancelled = false;
  run(msg).catch((err) => {
    const e = err || {};
    post({
      type: "error",
      kind: e.kind || e.code || "engine",
      message: errorText(err),
      line: typeof e.line === "number" ? e.line : null,
      byteOffset: typeof e.byteOffset === "number" ? e.byteOffset : null,
    });
  });
};

function post(msg, transfer) {
  self.postMessage(msg, transfer || []);
}

function errorText(err) {
  if (err == null) return "unknown error";
  if (typeof err === "string") return err;
  if (err.message) return err.message;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

class InputError extends Error {
  constructor(kind, message) {
    super(message || kind);
    this.kind = kind;
  }
}

async function run(msg) {
  const file = msg.file;
  if (!file || typeof file.size !== "number") throw new InputError("input", "no file given");
  if (file.size === 0) throw new InputError("empty");

  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const gz = isGzip(head);
  if (!gz) {
    const first = new Uint8Array(await file.slice(0, 65536).arrayBuffer());
    const why = sniffNotText(first);
    if (why) throw new InputError(why);
  }

  const engine = await loadEngine();
  if (msg.type === "scan") {
    const redactor = engine.scanner();
    let seen = 0;
    await feed(file, gz, (chunk) => {
      seen += countNonSpace(chunk, seen);
      redactor.push(chunk);
    });
    if (seen === 0) throw new InputError("blank");
    const report = redactor.finish();
    const policy = engine.policyFromReport(report);
    post({ type: "report", report, policy, gz });
    return;
  }

  if (msg.type === "redact") {
    const redactor = engine.redactor(msg.policy, msg.key);
    // Output is about the size of the (decompressed) input.
    const expected = gz ? file.size * 8 : file.size * 1.25;
    const sink = msg.handle ? await fileSink(msg.handle) : await downloadSink(msg.sink, expected);
    try {
      await feed(file, gz, async (chunk) => {
        const out = redactor.push(chunk);
        if (out && out.length) await sink.write(out);
      });
      const rest = redactor.finishOutput();
      if (rest && rest.length) await sink.write(rest);
    } catch (err) {
      await sink.abort();
      throw err;
    }
    await sink.close();
    return;
  }
  throw new InputError("input", `unknown request ${msg.type}`);
}

/** Counts non-whitespace bytes until the first one is seen (blank-file check). */
function countNonSpace(chunk, seen) {
  if (seen > 0) return 1;
  for (let i = 0; i < chunk.length; i += 1) {
    const b = chunk[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return 1;
  }
  return 0;
}

/**
 * Streams the file's (decompressed) bytes to `each`, posting progress in
 * bytes of the file itself (compressed bytes for gzip).
 */
async function feed(file, gz, each) {
  const total = file.size;
  let done = 0;
  let last = 0;
  const progress = (force) => {
    const now = Date.now();
    if (force || now - last >= PROGRESS_EVERY) {
      last = now;
      post({ type: "progress", done, total });
    }
  };
  progress(true);
  if (!gz) {
    for (let off = 0; off < total; off += CHUNK) {
      if (cancelled) throw new InputError("cancelled");
      const chunk = new Uint8Array(await file.slice(off, Math.min(total, off + CHUNK)).arrayBuffer());
      await each(chunk);
      done = Math.min(total, off + CHUNK);
      progress(false);
    }
    progress(true);
    return;
  }
  const counter = new TransformStream({
    transform(chunk, controller) {
      done += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  let stream;
  try {
    stream = file.stream().pipeThrough(counter).pipeThrough(new DecompressionStream("gzip"));
  } catch (err) {
    throw new InputError("gzip", errorText(err));
  }
  const reader = stream.getReader();
  let sawData = false;
  for (;;) {
    if (cancelled) {
      await reader.cancel().catch(() => {});
      throw new InputError("cancelled");
    }
    let step;
    try {
      step = await reader.read();
    } catch (err) {
      throw new InputError("gzip", errorText(err));
    }
    if (step.done) break;
    const chunk = step.value;
    if (!sawData && chunk.length) {
      sawData = true;
      const why = sniffNotText(chunk);
      if (why) {
        await reader.cancel().catch(() => {});
        throw new InputError(why);
      }
    }
    await each(chunk);
    progress(false);
  }
  if (!sawData) throw new InputError("blank");
  done = total;
  progress(true);
}

/**
 * A sink over a writable file stream: `closed(bytes)` runs once the file is
 * complete, `aborted()` after an abort (to remove a temporary file).
 */
function writableSink(writable, closed, aborted = async () => {}) {
  let bytes = 0;
  return {
    async write(chunk) {
      bytes += chunk.length;
      await writable.write(chunk);
    },
    async abort() {
      await writable.abort().catch(() => {});
      await aborted();
    },
    async close() {
      await writable.close();
      await closed(bytes);
    },
  };
}

/** Writes to a file the user picked (File System Access API), streaming. */
async function fileSink(handle) {
  return writableSink(await handle.createWritable(), (bytes) => post({ type: "saved", bytes }));
}

/** Prefix of the temporary export files in the origin-private file system. */
const TEMP_PREFIX = "leakscope-export-";

/**
 * Output for a download: a temporary file in the origin-private file system
 * (written as it is produced, so memory stays bounded; the download then
 * reads it from disk), else Blob parts. Earlier temporary exports are removed.
 */
async function downloadSink(mode, expected) {
  if (mode !== "blob") {
    try {
      // Private windows keep this file system in memory with a small quota.
      const { quota, usage } = await navigator.storage.estimate();
      if (typeof quota === "number" && quota - (usage || 0) < expected) throw new Error("quota");
      return await opfsSink();
    } catch {
      // no OPFS (private mode, old browser): fall back to Blob parts
    }
  }
  return blobSink();
}

async function opfsSink() {
  const dir = await navigator.storage.getDirectory();
  for await (const name of dir.keys()) {
    if (name.startsWith(TEMP_PREFIX)) await dir.removeEntry(name).catch(() => {});
  }
  const name = `${TEMP_PREFIX}${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const handle = await dir.getFileHandle(name, { create: true });
  let bytes = 0;
  if (typeof handle.createSyncAccessHandle === "function") {
    const access = await handle.createSyncAccessHandle();
    return {
      async write(chunk) {
        let off = 0;
        while (off < chunk.length) {
          const n = access.write(chunk.subarray(off), { at: bytes + off });
          if (!n) throw new Error("could not write the temporary export file (disk full?)");
          off += n;
        }
        bytes += chunk.length;
      },
      async abort() {
        access.close();
        await dir.removeEntry(name).catch(() => {});
      },
      async close() {
        access.flush();
        access.close();
        post({ type: "blob", blob: await handle.getFile(), bytes });
      },
    };
  }
  return writableSink(
    await handle.createWritable(),
    async (written) => post({ type: "blob", blob: await handle.getFile(), bytes: written }),
    () => dir.removeEntry(name).catch(() => {}),
  );
}

/** Collects output as Blob parts (never one big string) for a download. */
function blobSink() {
  let blob = new Blob([]);
  let parts = [];
  let pending = 0;
  let bytes = 0;
  const fold = () => {
    blob = new Blob([blob, ...parts], { type: "application/octet-stream" });
    parts = [];
    pending = 0;
  };
  return {
    async write(chunk) {
      parts.push(chunk);
      pending += chunk.length;
      bytes += chunk.length;
      if (pending >= FOLD_BYTES) fold();
    },
    async abort() {
      parts = [];
      blob = null;
    },
    async close() {
      fold();
      post({ type: "blob", blob, bytes });
    },
  };
}
