// Hand-written types of the leakscope npm package (Node ESM/CJS and web builds
// share one API).

/** The 21 category ids of shared/taxonomy.md. */
export type Category =
  | "email"
  | "username"
  | "person_name"
  | "phone"
  | "postal_address"
  | "date_of_birth"
  | "demographic"
  | "ip_address"
  | "mac_address"
  | "wifi_ssid"
  | "geo_location"
  | "device_id"
  | "oauth_token"
  | "api_key"
  | "jwt"
  | "password"
  | "private_key"
  | "payment_card"
  | "iban"
  | "national_id"
  | "health_metric";

/** What replaces a classified value. */
export type Operator = "keep" | "label" | "mask" | "null" | "pseudonymize";

/** `leaf`: the whole value is PII; `span`: PII inside free text. */
export type Scope = "leaf" | "span";

/** One (path, category) entry of a report (shared/report-format.md). */
export interface FieldEntry {
  /** JSONPath with `[*]` for array indices, e.g. `$.hits.hits[*]._source.email`. */
  path: string;
  category: Category;
  /** In [0, 1]. */
  confidence: number;
  /** Leaves (or spans) seen with this category. */
  count: number;
  /** Machine-readable reasons: `key:email`, `value:email`, `validator:luhn`, ... */
  evidence: string[];
  scope?: Scope;
  /** Leaves seen at this path in all. */
  leaves?: number;
  /** Estimated distinct values. */
  distinct?: number;
  /** A masked example value. */
  example?: string;
  /** Readers ignore members they do not know. */
  [member: string]: unknown;
}

export interface Stats {
  bytes: number;
  records: number;
  leaves: number;
  redacted: number;
}

/** A recoverable problem (e.g. a broken NDJSON line scanned as text). */
export interface ReportedError {
  code: string;
  line: number;
  byte_offset: number;
  message: string;
}

export interface CategoryImpact {
  category: Category;
  records: number;
  values: number;
  distinct: number;
  fields: number;
}

export interface SecretRotation {
  provider: string;
  category: Category;
  count: number;
  distinct: number;
  paths: string[];
}

export interface SpecialCategory {
  category: Category;
  article: string;
  records: number;
  paths: string[];
}

/** Breach-impact summary. */
export interface Summary {
  records: number;
  records_with_findings: number;
  categories: CategoryImpact[];
  secrets_to_rotate: SecretRotation[];
  gdpr_special_categories: SpecialCategory[];
}

/** The field report. */
export interface Report {
  fields: FieldEntry[];
  summary?: Summary;
  stats?: Stats;
  errors?: ReportedError[];
  [member: string]: unknown;
}

/** One known field of a policy. */
export interface FieldRule {
  path: string;
  category: Category;
  action: Operator;
  scope?: Scope;
}

/** A redaction policy (see the core's `policy` module). */
export interface Policy {
  version?: 1;
  categories?: Partial<Record<Category, Operator>>;
  fields?: FieldRule[];
  /** Paths kept exactly as they are. */
  allow?: string[];
  /** `redact`: every leaf at a path the policy does not list becomes `"[REDACTED]"`. */
  unknown_fields?: "detect" | "redact";
}

/** Options of `scan`, `redact`, `Redactor` and `Scanner`. Unknown names are rejected. */
export interface Options {
  /** Input framing; default `"auto"`. */
  format?: "auto" | "json" | "ndjson";
  /** Operator per category (overrides the policy's). */
  operators?: Partial<Record<Category, Operator>>;
  /** A policy object or its JSON text. */
  policy?: Policy | string | null;
  /** Key for `pseudonymize` (strings are UTF-8 encoded). */
  hmacKey?: string | Uint8Array | null;
  /** Maximum nesting depth (default 1000). */
  maxDepth?: number;
  /** Maximum bytes of one string, number or NDJSON line (default 256 MiB). */
  maxLeafBytes?: number;
}

/** A document: text, or UTF-8 bytes. */
export type Input = string | Uint8Array | ArrayBufferView | ArrayBuffer;

/** Stable error codes. */
export type ErrorCode =
  | "invalid_json"
  | "invalid_utf8"
  | "truncated"
  | "too_deep"
  | "too_large"
  | "invalid_policy"
  | "invalid_report"
  | "invalid_config"
  | "invalid_argument"
  | "redactor_closed"
  | "not_initialized"
  | "init_failed"
  | "internal";

/** Every error thrown by leakscope. */
export declare class LeakscopeError extends Error {
  readonly name: "LeakscopeError";
  readonly code: ErrorCode;
  /** 1-based line, for errors about the input. */
  readonly line?: number;
  /** 0-based byte offset, for errors about the input. */
  readonly byteOffset?: number;
}

/** What `init` can load the wasm from. */
export type InitSource =
  | string
  | URL
  | Request
  | Response
  | Promise<Response>
  | BufferSource
  | WebAssembly.Module;

/**
 * Loads the wasm module. Required once in browsers and workers before any
 * other call; resolves immediately in Node. Default source: `leakscope_bg.wasm`
 * next to the module.
 */
export declare function init(source?: InitSource): Promise<void>;

/** Synchronous `init` from the wasm bytes or a compiled module (no-op in Node). */
export declare function initSync(source?: BufferSource | WebAssembly.Module): void;

/** Classifies every field of `input`. */
export declare function scan(input: Input, options?: Options): Report;

/** Redacts `input`; `output` is a string for string input, bytes otherwise. */
export declare function redact(input: string, options?: Options): { output: string; report: Report };
export declare function redact(
  input: Uint8Array | ArrayBufferView | ArrayBuffer,
  options?: Options,
): { output: Uint8Array; report: Report };
export declare function redact(input: Input, options?: Options): { output: string | Uint8Array; report: Report };

/** Streaming redaction of input of any size. */
export declare class Redactor {
  constructor(options?: Options);
  /** Consumes a chunk; returns the output bytes that are final (maybe empty). */
  push(chunk: Uint8Array | ArrayBufferView | ArrayBuffer | string): Uint8Array;
  /** Ends the input; returns the rest of the output and the report. */
  finish(): { output: Uint8Array; report: Report };
  /** Releases the wasm memory now; the redactor is closed afterwards. */
  free(): void;
  /** Bytes consumed so far. */
  readonly bytesIn: number;
  /** Finished, freed or failed. */
  readonly closed: boolean;
}

/** Streaming scan of input of any size. */
export declare class Scanner {
  constructor(options?: Options);
  push(chunk: Uint8Array | ArrayBufferView | ArrayBuffer | string): void;
  /** Ends the input and returns the report. */
  finish(): Report;
  free(): void;
  readonly bytesIn: number;
  readonly closed: boolean;
}

/** A policy enforcing every field of `report`, with operators per category. */
export declare function policyFromReport(
  report: Report | string,
  options?: { operators?: Partial<Record<Category, Operator>> },
): Policy;

/** Version of the leakscope core. */
export declare function version(): string;

/** @internal Test hook: makes the wasm module trap. */
export declare function __leakscope_test_panic(): never;

export default init;
