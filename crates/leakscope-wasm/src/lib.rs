//! # leakscope-wasm
//!
//! The wasm-bindgen binding behind the `leakscope` npm package. It is a thin
//! layer over the core crate: it turns JavaScript options into an
//! [`leakscope::Engine`], moves documents in and out as bytes or strings and
//! reports as JSON text, and turns [`leakscope::Error`] into [`WasmError`]
//! values that the JavaScript wrapper (`pkg/src/api.js`) rethrows as `Error`
//! objects with a stable `code`. There is no detection logic here.
//!
//! The exported names are an internal interface between this crate and the
//! hand-written JavaScript wrapper; users see the wrapper's API
//! (`scan`, `redact`, `Redactor`, `policyFromReport`).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod options;

use leakscope::{Engine, Outcome, Policy, Redactor, Report};
use wasm_bindgen::prelude::*;

pub use options::EngineOptions;

/// An error crossing into JavaScript: a stable code, a message and, for
/// errors about the input, the 1-based line and 0-based byte offset.
#[wasm_bindgen]
#[derive(Debug, Clone, PartialEq)]
pub struct WasmError {
    code: String,
    message: String,
    line: Option<f64>,
    byte_offset: Option<f64>,
}

#[wasm_bindgen]
impl WasmError {
    /// Stable snake_case code (`invalid_json`, `invalid_config`, ...).
    #[wasm_bindgen(getter)]
    pub fn code(&self) -> String {
        self.code.clone()
    }

    /// Human-readable message without the position.
    #[wasm_bindgen(getter)]
    pub fn message(&self) -> String {
        self.message.clone()
    }

    /// 1-based line of the input, when the error concerns the input.
    #[wasm_bindgen(getter)]
    pub fn line(&self) -> Option<f64> {
        self.line
    }

    /// 0-based byte offset in the input, when the error concerns the input.
    #[wasm_bindgen(getter, js_name = byteOffset)]
    pub fn byte_offset(&self) -> Option<f64> {
        self.byte_offset
    }
}

impl WasmError {
    /// An error of the binding itself (bad options, misuse of a redactor).
    pub fn new(code: &str, message: impl Into<String>) -> WasmError {
        WasmError {
            code: code.to_string(),
            message: message.into(),
            line: None,
            byte_offset: None,
        }
    }
}

impl From<leakscope::Error> for WasmError {
    fn from(e: leakscope::Error) -> WasmError {
        let position = e.position();
        WasmError {
            code: e.code().to_string(),
            message: e.message().to_string(),
            // Positions above 2^53 would lose precision in a JS number;
            // no input that fits in wasm memory gets there.
            line: position.map(|p| p.line as f64),
            byte_offset: position.map(|p| p.byte_offset as f64),
        }
    }
}

/// Serializes a report as compact JSON text.
fn report_json(report: &Report) -> Result<String, WasmError> {
    serde_json::to_string(report).map_err(|e| WasmError::new("internal", e.to_string()))
}

/// A configured engine. Cheap to reuse for many calls.
#[wasm_bindgen]
#[derive(Debug, Clone)]
pub struct WasmEngine {
    engine: Engine,
}

#[wasm_bindgen]
impl WasmEngine {
    /// Builds an engine. `operators_json` is a JSON object mapping category
    /// ids to operator ids (`"{}"` for none); `policy_json` a policy
    /// document; `max_depth`/`max_leaf_bytes` 0 for the defaults.
    #[wasm_bindgen(constructor)]
    pub fn new(
        format: &str,
        operators_json: &str,
        policy_json: Option<String>,
        hmac_key: Option<Vec<u8>>,
        max_depth: u32,
        max_leaf_bytes: u32,
    ) -> Result<WasmEngine, WasmError> {
        let options = EngineOptions::parse(
            format,
            operators_json,
            policy_json.as_deref(),
            hmac_key,
            max_depth,
            max_leaf_bytes,
        )?;
        Ok(WasmEngine {
            engine: options.build()?,
        })
    }

    /// Scans bytes; returns the report as JSON text.
    pub fn scan(&self, input: &[u8]) -> Result<String, WasmError> {
        report_json(&self.engine.scan(input)?.report())
    }

    /// Scans a string; returns the report as JSON text.
    #[wasm_bindgen(js_name = scanStr)]
    pub fn scan_str(&self, input: &str) -> Result<String, WasmError> {
        self.scan(input.as_bytes())
    }

    /// Redacts bytes.
    pub fn redact(&self, input: &[u8]) -> Result<WasmRedacted, WasmError> {
        let redacted = self.engine.redact(input)?;
        WasmRedacted::new(redacted.output, &redacted.outcome)
    }

    /// Redacts a string.
    #[wasm_bindgen(js_name = redactStr)]
    pub fn redact_str(&self, input: &str) -> Result<WasmRedacted, WasmError> {
        self.redact(input.as_bytes())
    }

    /// A streaming redactor.
    pub fn redactor(&self) -> WasmRedactor {
        WasmRedactor::new(self.engine.redactor())
    }

    /// A streaming scanner (produces no output, only the report).
    pub fn scanner(&self) -> WasmRedactor {
        WasmRedactor::new(self.engine.scanner())
    }
}

/// Redacted output and report of one call.
#[wasm_bindgen]
#[derive(Debug, Clone)]
pub struct WasmRedacted {
    output: Vec<u8>,
    report: String,
}

impl WasmRedacted {
    fn new(output: Vec<u8>, outcome: &Outcome) -> Result<WasmRedacted, WasmError> {
        Ok(WasmRedacted {
            output,
            report: report_json(&outcome.report())?,
        })
    }
}

#[wasm_bindgen]
impl WasmRedacted {
    /// Moves the output bytes out (empty afterwards).
    #[wasm_bindgen(js_name = takeOutput)]
    pub fn take_output(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.output)
    }

    /// Moves the output out as a string (invalid UTF-8, which the core
    /// never writes for valid input, would be replaced by U+FFFD).
    #[wasm_bindgen(js_name = takeOutputString)]
    pub fn take_output_string(&mut self) -> String {
        let bytes = std::mem::take(&mut self.output);
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }
    }

    /// The report as JSON text.
    #[wasm_bindgen(getter)]
    pub fn report(&self) -> String {
        self.report.clone()
    }
}

/// A streaming redactor or scanner. After `finish` or after an error it is
/// closed and every further call fails with `redactor_closed`.
#[wasm_bindgen]
#[derive(Debug)]
pub struct WasmRedactor {
    inner: Option<Redactor>,
}

impl WasmRedactor {
    fn new(inner: Redactor) -> WasmRedactor {
        WasmRedactor { inner: Some(inner) }
    }

    fn closed_error() -> WasmError {
        WasmError::new(
            "redactor_closed",
            "the redactor is closed (finish() was called or an earlier call failed)",
        )
    }
}

#[wasm_bindgen]
impl WasmRedactor {
    /// Consumes a chunk; returns the output bytes that are final.
    pub fn push(&mut self, chunk: &[u8]) -> Result<Vec<u8>, WasmError> {
        let inner = self.inner.as_mut().ok_or_else(WasmRedactor::closed_error)?;
        let mut out = Vec::new();
        match inner.push(chunk, &mut out) {
            Ok(()) => Ok(out),
            Err(e) => {
                self.inner = None;
                Err(e.into())
            }
        }
    }

    /// Ends the input; returns the remaining output and the report.
    pub fn finish(&mut self) -> Result<WasmRedacted, WasmError> {
        let inner = self.inner.take().ok_or_else(WasmRedactor::closed_error)?;
        let mut out = Vec::new();
        let outcome = inner.finish(&mut out)?;
        WasmRedacted::new(out, &outcome)
    }

    /// Bytes consumed so far (0 once closed).
    #[wasm_bindgen(getter, js_name = bytesIn)]
    pub fn bytes_in(&self) -> f64 {
        self.inner.as_ref().map_or(0.0, |r| r.bytes_in() as f64)
    }

    /// Whether `finish` was called or a call failed.
    #[wasm_bindgen(getter)]
    pub fn closed(&self) -> bool {
        self.inner.is_none()
    }
}

/// Builds a policy from a report (JSON text) with optional operators per
/// category (`"{}"` for the defaults); returns the policy as JSON text.
#[wasm_bindgen(js_name = policyFromReport)]
pub fn policy_from_report(report_json: &str, operators_json: &str) -> Result<String, WasmError> {
    let report = Report::from_json(report_json)?;
    let operators = options::parse_operators(operators_json)?;
    let policy = Policy::from_report_with(&report, &operators);
    serde_json::to_string(&policy).map_err(|e| WasmError::new("internal", e.to_string()))
}

/// Version of the core crate.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

thread_local! {
    /// Message of the last panic, read by the wrapper after a trap.
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Installs a panic hook that keeps the panic message (a panic aborts, i.e.
/// traps, in wasm; the wrapper reads the message, then re-instantiates).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        LAST_PANIC.with(|m| {
            if let Ok(mut slot) = m.try_borrow_mut() {
                *slot = Some(message);
            }
        });
    }));
}

/// The message of the last panic, if any (taken: a second call gives `None`).
#[wasm_bindgen(js_name = __leakscope_last_panic)]
pub fn last_panic() -> Option<String> {
    LAST_PANIC.with(|m| m.try_borrow_mut().ok().and_then(|mut slot| slot.take()))
}

/// Test hook: panics on purpose so the wrapper's trap recovery can be
/// tested. Not part of the public API.
#[wasm_bindgen(js_name = __leakscope_test_panic)]
pub fn test_panic() {
    panic!("leakscope test panic");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_errors_become_wasm_errors() {
        let e = WasmEngine::new("xml", "{}", None, None, 0, 0).unwrap_err();
        assert_eq!(e.code(), "invalid_config");
        let e = WasmEngine::new("json", "{}", Some("{".into()), None, 0, 0).unwrap_err();
        assert_eq!(e.code(), "invalid_policy");
        let e = WasmEngine::new("json", r#"{"email":"burn"}"#, None, None, 0, 0).unwrap_err();
        assert_eq!(e.code(), "invalid_config");
    }

    #[test]
    fn positions_are_carried() {
        let e: WasmError =
            leakscope::Error::at(leakscope::ErrorKind::InvalidJson, "x", 2, 7).into();
        assert_eq!(e.code(), "invalid_json");
        assert_eq!(e.line(), Some(2.0));
        assert_eq!(e.byte_offset(), Some(7.0));
    }

    #[test]
    fn policy_from_report_uses_operators() {
        let report = r#"{"fields":[{"path":"$.email","category":"email","confidence":0.9,"count":1,"evidence":[]}]}"#;
        let policy = policy_from_report(report, r#"{"email":"mask"}"#).unwrap();
        let policy = Policy::from_json(&policy).unwrap();
        assert_eq!(policy.fields[0].action, leakscope::Operator::Mask);
        assert_eq!(
            policy_from_report("[", "{}").unwrap_err().code(),
            "invalid_report"
        );
    }

    #[test]
    fn closed_redactor_reports_closed() {
        let engine = WasmEngine::new("auto", "{}", None, None, 0, 0).unwrap();
        let mut r = engine.redactor();
        // Whatever the core does with this input, a second finish is closed.
        let _ = r.finish();
        assert!(r.closed());
        assert_eq!(r.finish().unwrap_err().code(), "redactor_closed");
        assert_eq!(r.push(b"{}").unwrap_err().code(), "redactor_closed");
    }
}
