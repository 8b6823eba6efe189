// Shared body of the leakscope JavaScript API.
//
// scripts/build-pkg.sh concatenates a head, this file and a tail into
// dist/node/index.cjs (CommonJS, Node) and dist/web/index.js (ES module,
// browsers/workers/bundlers). This file therefore has no import/export
// statements. The head must define:
//   glue           the wasm-bindgen glue module (WasmEngine, WasmError, ...)
//   reinitGlue()   re-instantiates the wasm module synchronously
//   ensureReady()  throws `not_initialized` when the wasm is not loaded yet

/** Every error thrown by leakscope. */
class LeakscopeError extends Error {
  constructor(code, message, details) {
    super(message, details && details.cause !== undefined ? { cause: details.cause } : undefined);
    this.name = "LeakscopeError";
    this.code = code;
    if (details && typeof details.line === "number") this.line = details.line;
    if (details && typeof details.byteOffset === "number") this.byteOffset = details.byteOffset;
  }
}

const OPTION_NAMES = new Set(["format", "operators", "policy", "hmacKey", "maxDepth", "maxLeafBytes"]);
const textEncoder = new TextEncoder();

// Incremented each time the wasm instance is replaced after a trap; streaming
// objects created under an older generation are closed.
let generation = 0;

function configError(message) {
  return new LeakscopeError("invalid_config", message);
}

// Converts anything thrown by a glue call. Errors of the core arrive as
// WasmError objects; anything else (a WebAssembly.RuntimeError from a panic,
// an out-of-memory trap, a failure inside the glue) means the instance can no
// longer be trusted: it is replaced before the error is reported.
function convertError(e) {
  if (e instanceof LeakscopeError) return e;
  if (e instanceof glue.WasmError) {
    const err = new LeakscopeError(e.code, e.message, { line: e.line, byteOffset: e.byteOffset });
    e.free();
    return err;
  }
  let reason = e && e.message ? e.message : String(e);
  try {
    // The panic hook kept the message; the trapped instance can still answer.
    const panic = glue.__leakscope_last_panic();
    if (panic) reason = `${reason} (${panic})`;
  } catch (_) {
    // The instance is too broken to ask; the reset below replaces it.
  }
  let resetNote = "the module was re-instantiated";
  try {
    resetModule();
  } catch (resetError) {
    resetNote = `re-instantiating the module failed too (${resetError && resetError.message})`;
  }
  return new LeakscopeError("internal", `internal error in the leakscope wasm module: ${reason}; ${resetNote}`, {
    cause: e,
  });
}

function guarded(fn) {
  ensureReady();
  try {
    return fn();
  } catch (e) {
    throw convertError(e);
  }
}

// ---- engines ---------------------------------------------------------------

// Building an engine parses the policy and the operators; engines are cached
// by their canonical options so loops of small calls stay cheap.
const ENGINE_CACHE_SIZE = 8;
const engineCache = new Map();

function isPlainObject(value) {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function limitOption(options, name) {
  const value = options[name];
  if (value === undefined) return 0;
  if (!Number.isInteger(value) || value < 1 || value > 0xffffffff) {
    throw configError(`options.${name} must be an integer between 1 and 4294967295`);
  }
  return value;
}

function toHex(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += bytes[i].toString(16).padStart(2, "0");
  return s;
}

function normalizeOptions(options) {
  if (options === undefined || options === null) options = {};
  if (typeof options !== "object" || Array.isArray(options)) {
    throw configError("options must be an object");
  }
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) {
      throw configError(`unknown option \`${name}\` (${[...OPTION_NAMES].join(", ")})`);
    }
  }
  const format = options.format === undefined ? "auto" : options.format;
  if (typeof format !== "string") throw configError('options.format must be "auto", "json" or "ndjson"');

  let operators = "{}";
  if (options.operators !== undefined) {
    if (!isPlainObject(options.operators)) {
      throw configError("options.operators must be an object mapping category ids to operator ids");
    }
    for (const [category, operator] of Object.entries(options.operators)) {
      if (typeof operator !== "string") throw configError(`options.operators.${category} must be a string`);
    }
    operators = JSON.stringify(options.operators);
  }

  let policy;
  if (options.policy !== undefined && options.policy !== null) {
    if (typeof options.policy === "string") policy = options.policy;
    else if (typeof options.policy === "object") policy = JSON.stringify(options.policy);
    else throw configError("options.policy must be a policy object or JSON text");
  }

  let hmacKey;
  if (options.hmacKey !== undefined && options.hmacKey !== null) {
    if (typeof options.hmacKey === "string") hmacKey = textEncoder.encode(options.hmacKey);
    else if (options.hmacKey instanceof Uint8Array) hmacKey = options.hmacKey;
    else if (ArrayBuffer.isView(options.hmacKey)) {
      const v = options.hmacKey;
      hmacKey = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    } else if (options.hmacKey instanceof ArrayBuffer) hmacKey = new Uint8Array(options.hmacKey);
    else throw configError("options.hmacKey must be a string or a Uint8Array");
  }

  return {
    format,
    operators,
    policy,
    hmacKey,
    maxDepth: limitOption(options, "maxDepth"),
    maxLeafBytes: limitOption(options, "maxLeafBytes"),
  };
}

function engineFor(options) {
  const o = normalizeOptions(options);
  const key = JSON.stringify([
    o.format,
    o.operators,
    o.policy === undefined ? null : o.policy,
    o.hmacKey === undefined ? null : toHex(o.hmacKey),
    o.maxDepth,
    o.maxLeafBytes,
  ]);
  const cached = engineCache.get(key);
  if (cached !== undefined) {
    engineCache.delete(key);
    engineCache.set(key, cached);
    return cached;
  }
  const engine = new glue.WasmEngine(o.format, o.operators, o.policy, o.hmacKey, o.maxDepth, o.maxLeafBytes);
  engineCache.set(key, engine);
  if (engineCache.size > ENGINE_CACHE_SIZE) {
    const [oldestKey, oldest] = engineCache.entries().next().value;
    engineCache.delete(oldestKey);
    oldest.free();
  }
  return engine;
}

// ---- inputs ----------------------------------------------------------------

function bytesOf(input, what) {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new LeakscopeError(
    "invalid_argument",
    `${what} must be a string, a Uint8Array (or other ArrayBufferView) or an ArrayBuffer, not ${describe(input)}`,
  );
}

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return `an object (${Object.prototype.toString.call(value)})`;
  return typeof value;
}

function takeRedacted(redacted, asString) {
  try {
    const output = asString ? redacted.takeOutputString() : redacted.takeOutput();
    return { output, report: JSON.parse(redacted.report) };
  } finally {
    redacted.free();
  }
}

// ---- API -------------------------------------------------------------------

/**
 * Classifies every field of `input` and returns the field report.
 * @param {string | Uint8Array | ArrayBufferView | ArrayBuffer} input
 * @param {object} [options]
 */
function scan(input, options) {
  return guarded(() => {
    const engine = engineFor(options);
    const json = typeof input === "string" ? engine.scanStr(input) : engine.scan(bytesOf(input, "input"));
    return JSON.parse(json);
  });
}

/**
 * Redacts `input`. Returns `{ output, report }`; `output` is a string when
 * `input` is a string, a Uint8Array otherwise.
 */
function redact(input, options) {
  return guarded(() => {
    const engine = engineFor(options);
    if (typeof input === "string") return takeRedacted(engine.redactStr(input), true);
    return takeRedacted(engine.redact(bytesOf(input, "input")), false);
  });
}

// Raw streaming objects alive in the current instance, so that a reset can
// detach them (their pointers mean nothing in the new instance).
const liveStreams = new Set();
const streamRegistry =
  typeof FinalizationRegistry === "undefined"
    ? { register() {}, unregister() {} }
    : new FinalizationRegistry((raw) => {
        if (liveStreams.delete(raw)) {
          try {
            raw.free();
          } catch (_) {
            // The instance is gone; nothing to release.
          }
        }
      });

function closedError(why) {
  return new LeakscopeError("redactor_closed", `the ${why}`);
}

class StreamBase {
  #raw;
  #generation;
  #closedWhy;

  constructor(options, kind) {
    this.#raw = guarded(() => {
      const engine = engineFor(options);
      return kind === "scanner" ? engine.scanner() : engine.redactor();
    });
    this.#generation = generation;
    this.#closedWhy = null;
    liveStreams.add(this.#raw);
    streamRegistry.register(this, this.#raw, this);
  }

  // The raw object, or throws redactor_closed.
  _raw() {
    if (this.#closedWhy === null && this.#generation !== generation) {
      this.#closedWhy = "stream was closed because the wasm module was reset after an internal error";
      this.#raw = null;
    }
    if (this.#closedWhy !== null) throw closedError(this.#closedWhy);
    return this.#raw;
  }

  _release(why) {
    const raw = this.#raw;
    this.#raw = null;
    this.#closedWhy = why;
    streamRegistry.unregister(this);
    if (raw !== null && liveStreams.delete(raw)) {
      try {
        raw.free();
      } catch (_) {
        // Already detached by a reset.
      }
    }
  }

  _call(fn) {
    const raw = this._raw();
    const gen = generation;
    try {
      return guarded(() => fn(raw));
    } catch (e) {
      if (gen === generation) this._release("stream was closed by an earlier error");
      else this.#closedWhy = "stream was closed because the wasm module was reset after an internal error";
      throw e;
    }
  }

  _push(chunk) {
    const bytes = typeof chunk === "string" ? textEncoder.encode(chunk) : bytesOf(chunk, "chunk");
    return this._call((raw) => raw.push(bytes));
  }

  _finish(asReport) {
    const result = this._call((raw) => takeRedacted(raw.finish(), false));
    this._release("stream is finished");
    return asReport ? result.report : result;
  }

  /** Bytes consumed so far. */
  get bytesIn() {
    try {
      return this._raw().bytesIn;
    } catch (_) {
      return 0;
    }
  }

  /** Whether the stream is finished, freed or failed. */
  get closed() {
    try {
      this._raw();
      return false;
    } catch (_) {
      return true;
    }
  }

  /** Releases the wasm memory now; the stream is closed afterwards. */
  free() {
    if (this.#closedWhy === null) this._release("stream was freed");
  }
}

/** Streaming redaction: push chunks of any size, get the final output bytes. */
class Redactor extends StreamBase {
  constructor(options) {
    super(options, "redactor");
  }

  /** Consumes a chunk; returns the output bytes that are final (maybe empty). */
  push(chunk) {
    return this._push(chunk);
  }

  /** Ends the input: `{ output, report }` with the rest of the output. */
  finish() {
    return this._finish(false);
  }
}

/** Streaming scan: like Redactor but without output. */
class Scanner extends StreamBase {
  constructor(options) {
    super(options, "scanner");
  }

  /** Consumes a chunk. */
  push(chunk) {
    this._push(chunk);
  }

  /** Ends the input and returns the report. */
  finish() {
    return this._finish(true);
  }
}

/**
 * A policy that enforces every field of `report` (object or JSON text), with
 * `options.operators` per category.
 */
function policyFromReport(report, options) {
  return guarded(() => {
    let text;
    if (typeof report === "string") text = report;
    else if (report !== null && typeof report === "object") text = JSON.stringify(report);
    else throw new LeakscopeError("invalid_report", `report must be an object or JSON text, not ${describe(report)}`);
    if (options === undefined || options === null) options = {};
    if (typeof options !== "object") throw configError("options must be an object");
    for (const name of Object.keys(options)) {
      if (name !== "operators") throw configError(`unknown option \`${name}\` for policyFromReport (operators)`);
    }
    const operators = normalizeOptions({ operators: options.operators }).operators;
    return JSON.parse(glue.policyFromReport(text, operators));
  });
}

/** Version of the leakscope core. */
function version() {
  return guarded(() => glue.version());
}

// Replaces the wasm instance after a trap. Raw objects of the old instance
// are detached without calling into it.
function resetModule() {
  generation++;
  for (const raw of liveStreams) raw.__destroy_into_raw();
  liveStreams.clear();
  for (const engine of engineCache.values()) engine.__destroy_into_raw();
  engineCache.clear();
  reinitGlue();
}

/** Test hook: makes the wasm module trap. Not part of the API. */
function __leakscope_test_panic() {
  return guarded(() => glue.__leakscope_test_panic());
}
