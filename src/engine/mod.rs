//! The engine: an immutable, shareable configuration ([`Engine`], built by
//! [`EngineBuilder`]) and streaming [`Redactor`]s that push chunks of input
//! through it.

mod classify;
mod cycle_words;
mod escape;
mod fhir_findings;
mod health_lists;
mod measure_codes;
mod nodes;
mod parent_slots;
mod pyrepr;
mod special_categories;
mod stats;
mod walker;

pub use stats::Outcome;

use crate::detect::ValueScanner;
use crate::operator::Pseudonymizer;
use crate::policy::UnknownFields;
use crate::report::Scope;
use crate::{Category, Error, ErrorKind, Operator, Policy};
use nodes::NodeRule;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use walker::Walker;

/// Input framing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Decide from the first bytes: a first line that is a whole JSON object
    /// (or array) followed by another line starting the same way is NDJSON;
    /// anything else is one JSON document.
    #[default]
    Auto,
    /// One JSON document (any top-level value; several whitespace-separated
    /// values are accepted too).
    Json,
    /// One JSON document per line. A line that is not valid JSON does not
    /// stop the run: it is scanned as text, redacted, and reported.
    Ndjson,
}

/// Shared, immutable settings of an engine.
pub(crate) struct Settings {
    pub scanner: ValueScanner,
    operators: [Operator; Category::COUNT],
    pub pseudonymizer: Option<Pseudonymizer>,
    policy_fields: HashMap<String, Vec<(Category, Operator, Scope)>>,
    allow: HashSet<String>,
    redact_unknown: bool,
    pub format: InputFormat,
    pub max_depth: usize,
    pub max_leaf_bytes: usize,
}

impl Settings {
    pub(crate) fn rule_for(&self, path: &str) -> NodeRule {
        let fields = self.policy_fields.get(path).cloned().unwrap_or_default();
        let allow = self.allow.contains(path);
        NodeRule {
            redact_unknown: self.redact_unknown && fields.is_empty() && !allow,
            allow,
            fields,
        }
    }

    /// True when a policy names paths (allow-list, field rules, or a rule for unknown paths).
    pub(crate) fn has_path_rules(&self) -> bool {
        self.redact_unknown || !self.policy_fields.is_empty() || !self.allow.is_empty()
    }

    pub(crate) fn op_for(&self, rule: &NodeRule, category: Category) -> Operator {
        rule.fields
            .iter()
            .find(|(c, _, _)| *c == category)
            .map(|(_, op, _)| *op)
            .unwrap_or(self.operators[category.index()])
    }
}

/// Builds an immutable [`Engine`].
///
/// ```
/// use leakscope::{EngineBuilder, Category, Operator, InputFormat};
/// let engine = EngineBuilder::new()
///     .format(InputFormat::Ndjson)
///     .operator(Category::Email, Operator::Mask)
///     .build()
///     .unwrap();
/// let out = engine.redact(b"{\"email\":\"jane@example.com\"}\n").unwrap();
/// assert_eq!(out.output, b"{\"email\":\"j***@example.com\"}\n");
/// ```
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    policy: Option<Policy>,
    hmac_key: Option<Vec<u8>>,
    format: InputFormat,
    operators: Vec<(Category, Operator)>,
    max_depth: usize,
    max_leaf_bytes: usize,
}

impl Default for EngineBuilder {
    fn default() -> EngineBuilder {
        EngineBuilder {
            policy: None,
            hmac_key: None,
            format: InputFormat::Auto,
            operators: Vec::new(),
            max_depth: 1000,
            max_leaf_bytes: 256 << 20,
        }
    }
}

impl EngineBuilder {
    /// Defaults: auto-detected format, default operators, no policy.
    pub fn new() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// Enforce a policy (operators per category and per field, allowed
    /// paths, treatment of unknown fields).
    pub fn policy(mut self, policy: Policy) -> EngineBuilder {
        self.policy = Some(policy);
        self
    }

    /// Secret key for the `pseudonymize` operator.
    pub fn hmac_key(mut self, key: impl Into<Vec<u8>>) -> EngineBuilder {
        self.hmac_key = Some(key.into());
        self
    }

    /// Input framing.
    pub fn format(mut self, format: InputFormat) -> EngineBuilder {
        self.format = format;
        self
    }

    /// Operator for one category; overrides the policy's category operator.
    pub fn operator(mut self, category: Category, op: Operator) -> EngineBuilder {
        self.operators.push((category, op));
        self
    }

    /// Maximum nesting depth (default 1000); deeper input is an error.
    pub fn max_depth(mut self, depth: usize) -> EngineBuilder {
        self.max_depth = depth.max(1);
        self
    }

    /// Maximum bytes of one string or NDJSON line (default 256 MiB).
    pub fn max_leaf_bytes(mut self, bytes: usize) -> EngineBuilder {
        self.max_leaf_bytes = bytes.max(16);
        self
    }

    /// Builds the engine. Fails when an operator is `pseudonymize` but no
    /// HMAC key was given, or when the policy is invalid.
    pub fn build(self) -> Result<Engine, Error> {
        let mut operators = [Operator::Label; Category::COUNT];
        for c in Category::ALL {
            operators[c.index()] = Operator::default_for(c);
        }
        let mut policy_fields: HashMap<String, Vec<(Category, Operator, Scope)>> = HashMap::new();
        let mut allow = HashSet::new();
        let mut redact_unknown = false;
        if let Some(policy) = &self.policy {
            policy.validate()?;
            for (c, op) in &policy.categories {
                operators[c.index()] = *op;
            }
            for rule in &policy.fields {
                policy_fields.entry(rule.path.clone()).or_default().push((
                    rule.category,
                    rule.action,
                    rule.scope,
                ));
            }
            allow.extend(policy.allow.iter().cloned());
            redact_unknown = policy.unknown_fields == UnknownFields::Redact;
        }
        for (c, op) in &self.operators {
            operators[c.index()] = *op;
        }
        let wants_key = operators.contains(&Operator::Pseudonymize)
            || policy_fields
                .values()
                .flatten()
                .any(|(_, op, _)| *op == Operator::Pseudonymize);
        if wants_key && self.hmac_key.as_ref().is_none_or(|k| k.is_empty()) {
            return Err(Error::new(
                ErrorKind::InvalidConfig,
                "the pseudonymize operator needs an HMAC key (no key, no HMAC)",
            ));
        }
        Ok(Engine {
            settings: Arc::new(Settings {
                scanner: ValueScanner::new(),
                operators,
                pseudonymizer: self.hmac_key.as_deref().map(Pseudonymizer::new),
                policy_fields,
                allow,
                redact_unknown,
                format: self.format,
                max_depth: self.max_depth,
                max_leaf_bytes: self.max_leaf_bytes,
            }),
        })
    }
}

/// An immutable, thread-safe engine; cheap to clone.
#[derive(Clone)]
pub struct Engine {
    settings: Arc<Settings>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("format", &self.settings.format)
            .finish_non_exhaustive()
    }
}

/// Output and outcome of [`Engine::redact`].
#[derive(Debug)]
pub struct Redacted {
    /// Redacted bytes: the input with classified leaves and spans replaced.
    pub output: Vec<u8>,
    /// Statistics and findings.
    pub outcome: Outcome,
}

impl Engine {
    /// The engine with default settings.
    pub fn new() -> Engine {
        match EngineBuilder::new().build() {
            Ok(e) => e,
            Err(_) => unreachable!("default settings are valid"),
        }
    }

    /// A streaming redactor.
    pub fn redactor(&self) -> Redactor {
        Redactor::new(self.settings.clone(), true)
    }

    /// A streaming scanner: like [`Engine::redactor`] but writes nothing.
    pub fn scanner(&self) -> Redactor {
        Redactor::new(self.settings.clone(), false)
    }

    /// Scans a whole input.
    pub fn scan(&self, input: &[u8]) -> Result<Outcome, Error> {
        let mut r = self.scanner();
        let mut sink = Vec::new();
        r.push(input, &mut sink)?;
        r.finish(&mut sink)
    }

    /// Redacts a whole input.
    pub fn redact(&self, input: &[u8]) -> Result<Redacted, Error> {
        let mut r = self.redactor();
        let mut output = Vec::with_capacity(input.len() + input.len() / 16);
        r.push(input, &mut output)?;
        let outcome = r.finish(&mut output)?;
        Ok(Redacted { output, outcome })
    }
}

impl Default for Engine {
    fn default() -> Engine {
        Engine::new()
    }
}

/// Streaming redactor: push chunks of any size, get redacted bytes.
///
/// Memory stays bounded by the largest token (string, NDJSON line) plus the
/// context buffer, whatever the input size.
///
/// ```
/// use leakscope::Engine;
/// let engine = Engine::new();
/// let mut r = engine.redactor();
/// let mut out = Vec::new();
/// for chunk in br#"{"ssid": "Home WiFi", "n": 1}"#.chunks(3) {
///     r.push(chunk, &mut out).unwrap();
/// }
/// let outcome = r.finish(&mut out).unwrap();
/// assert_eq!(out, br#"{"ssid": "[WIFI_SSID]", "n": 1}"#);
/// assert_eq!(outcome.redacted_values(), 1);
/// ```
pub struct Redactor {
    walker: Walker,
    settings: Arc<Settings>,
    format: InputFormat,
    carry: Vec<u8>,
    carry_base: u64,
    line: u64,
    bytes_in: u64,
    failed: Option<Error>,
    line_errors: Vec<Error>,
    line_error_count: u64,
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redactor")
            .field("format", &self.format)
            .field("bytes_in", &self.bytes_in)
            .finish_non_exhaustive()
    }
}

/// How many bytes Auto-detection looks at before settling on JSON.
const AUTO_PEEK: usize = 1 << 20;

impl Redactor {
    fn new(settings: Arc<Settings>, redact: bool) -> Redactor {
        let format = settings.format;
        Redactor {
            walker: Walker::new(settings.clone(), redact, format == InputFormat::Ndjson),
            settings,
            format,
            carry: Vec::new(),
            carry_base: 0,
            line: 1,
            bytes_in: 0,
            failed: None,
            line_errors: Vec::new(),
            line_error_count: 0,
        }
    }

    /// Bytes consumed so far.
    pub fn bytes_in(&self) -> u64 {
        self.bytes_in
    }

    /// The framing in use (after auto-detection, once decided).
    pub fn format(&self) -> InputFormat {
        self.format
    }

    /// Consumes a chunk; appends redacted bytes that are final to `out`.
    /// After an error every further call returns the same error.
    pub fn push(&mut self, chunk: &[u8], out: &mut Vec<u8>) -> Result<(), Error> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        self.bytes_in += chunk.len() as u64;
        let result = self.push_inner(chunk, out, false);
        if let Err(e) = &result {
            self.failed = Some(e.clone());
        }
        result
    }

    /// Ends the input; appends the rest to `out` and returns the outcome.
    pub fn finish(mut self, out: &mut Vec<u8>) -> Result<Outcome, Error> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        self.push_inner(&[], out, true)?;
        if self.format == InputFormat::Json {
            if !self.walker.at_top() {
                return Err(Error::at(
                    ErrorKind::Truncated,
                    "input ends inside a JSON value",
                    self.line,
                    self.bytes_in,
                ));
            }
            if self.walker.documents() == 0 {
                return Err(Error::at(
                    ErrorKind::InvalidJson,
                    "empty input: no JSON value",
                    self.line,
                    self.bytes_in,
                ));
            }
        }
        let mut outcome = std::mem::replace(
            &mut self.walker,
            Walker::new(self.settings.clone(), false, false),
        )
        .into_outcome(self.bytes_in);
        outcome.line_errors = std::mem::take(&mut self.line_errors);
        outcome.line_error_count = self.line_error_count;
        Ok(outcome)
    }

    fn push_inner(&mut self, chunk: &[u8], out: &mut Vec<u8>, is_final: bool) -> Result<(), Error> {
        if self.format == InputFormat::Auto {
            self.carry.extend_from_slice(chunk);
            match detect_format(&self.carry, is_final) {
                None => return Ok(()),
                Some(format) => {
                    self.format = format;
                    self.walker.is_ndjson = format == InputFormat::Ndjson;
                    let buffered = std::mem::take(&mut self.carry);
                    return self.push_inner(&buffered, out, is_final);
                }
            }
        }
        match self.format {
            InputFormat::Ndjson => self.push_ndjson(chunk, out, is_final),
            _ => self.push_json(chunk, out, is_final),
        }
    }

    fn push_json(&mut self, chunk: &[u8], out: &mut Vec<u8>, is_final: bool) -> Result<(), Error> {
        if self.carry.is_empty() {
            let consumed = self
                .walker
                .run(chunk, self.carry_base, self.line, is_final, out)?;
            self.line += memchr::memchr_iter(b'\n', &chunk[..consumed]).count() as u64;
            self.carry_base += consumed as u64;
            self.carry.extend_from_slice(&chunk[consumed..]);
        } else {
            self.carry.extend_from_slice(chunk);
            let consumed =
                self.walker
                    .run(&self.carry, self.carry_base, self.line, is_final, out)?;
            self.line += memchr::memchr_iter(b'\n', &self.carry[..consumed]).count() as u64;
            self.carry_base += consumed as u64;
            self.carry.drain(..consumed);
        }
        if is_final && !self.carry.is_empty() {
            return Err(Error::at(
                ErrorKind::Truncated,
                "input ends inside a JSON value",
                self.line,
                self.carry_base,
            ));
        }
        Ok(())
    }

    fn push_ndjson(
        &mut self,
        chunk: &[u8],
        out: &mut Vec<u8>,
        is_final: bool,
    ) -> Result<(), Error> {
        let mut rest = chunk;
        if !self.carry.is_empty() {
            match memchr::memchr(b'\n', rest) {
                Some(nl) => {
                    self.carry.extend_from_slice(&rest[..=nl]);
                    rest = &rest[nl + 1..];
                    let line = std::mem::take(&mut self.carry);
                    self.ndjson_line(&line, out)?;
                    self.carry = line;
                    self.carry.clear();
                }
                None => {
                    self.carry.extend_from_slice(rest);
                    rest = &[];
                }
            }
        }
        while let Some(nl) = memchr::memchr(b'\n', rest) {
            self.ndjson_line(&rest[..=nl], out)?;
            rest = &rest[nl + 1..];
        }
        if !rest.is_empty() {
            self.carry.extend_from_slice(rest);
        }
        if self.carry.len() > self.settings.max_leaf_bytes {
            return Err(Error::at(
                ErrorKind::TooLarge,
                format!(
                    "NDJSON line longer than {} bytes",
                    self.settings.max_leaf_bytes
                ),
                self.line,
                self.carry_base,
            ));
        }
        if is_final && !self.carry.is_empty() {
            let line = std::mem::take(&mut self.carry);
            self.ndjson_line(&line, out)?;
        }
        Ok(())
    }

    /// One NDJSON line (with its `\n`, if any).
    fn ndjson_line(&mut self, line: &[u8], out: &mut Vec<u8>) -> Result<(), Error> {
        let base = self.carry_base;
        self.carry_base += line.len() as u64;
        let line_no = self.line;
        self.line += 1;
        let mut body = line;
        let mut ending: &[u8] = b"";
        if let Some(stripped) = body.strip_suffix(b"\n") {
            body = stripped;
            ending = b"\n";
            if let Some(s) = body.strip_suffix(b"\r") {
                body = s;
                ending = b"\r\n";
            }
        }
        let redact = self.walker_redacts();
        if body.iter().all(|&b| matches!(b, b' ' | b'\t' | b'\r')) {
            if redact {
                out.extend_from_slice(line);
            }
            return Ok(());
        }
        let result = self
            .walker
            .run(body, base, line_no, true, out)
            .and_then(|consumed| {
                if consumed == body.len() && self.walker.at_top() {
                    Ok(())
                } else {
                    Err(Error::at(
                        ErrorKind::Truncated,
                        "line ends inside a JSON value",
                        line_no,
                        base + body.len() as u64,
                    ))
                }
            });
        match result {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::TooLarge => return Err(e),
            Err(e) => {
                // The valid prefix was written by the walker; the rest of the
                // line is scanned as text, never passed through unscanned.
                let from = self.walker.salvage(out).min(body.len());
                self.walker.redact_text(&body[from..], out);
                self.line_error_count += 1;
                if self.line_errors.len() < stats::MAX_LINE_ERRORS {
                    self.line_errors.push(e);
                }
            }
        }
        if redact {
            out.extend_from_slice(ending);
        }
        Ok(())
    }

    fn walker_redacts(&self) -> bool {
        self.walker.redacts()
    }
}

/// Decides between JSON and NDJSON from the first bytes; `None` while more
/// bytes are needed. Only complete lines are judged, so the decision does
/// not depend on how the input is chunked.
fn detect_format(buf: &[u8], is_final: bool) -> Option<InputFormat> {
    let undecided = |rest: &[u8]| {
        if is_final || buf.len() > AUTO_PEEK || rest.len() > AUTO_PEEK {
            Some(InputFormat::Json)
        } else {
            None
        }
    };
    let mut rest = buf;
    let first = loop {
        match memchr::memchr(b'\n', rest) {
            Some(nl) => {
                let line = rest[..nl].trim_ascii();
                rest = &rest[nl + 1..];
                if !line.is_empty() {
                    break line;
                }
            }
            None => {
                let t = rest.trim_ascii_start();
                if !t.is_empty() && !t.starts_with(b"{") && !t.starts_with(b"[") {
                    return Some(InputFormat::Json);
                }
                return undecided(rest);
            }
        }
    };
    let looks_whole = (first.starts_with(b"{") && first.ends_with(b"}"))
        || (first.starts_with(b"[") && first.ends_with(b"]"));
    if !looks_whole {
        return Some(InputFormat::Json);
    }
    let second = rest.trim_ascii_start();
    match second.first() {
        Some(b'{' | b'[') => Some(InputFormat::Ndjson),
        Some(_) => Some(InputFormat::Json),
        None => undecided(rest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_formats() {
        assert_eq!(
            detect_format(b"{\"a\":1}\n{\"a\":2}\n", false),
            Some(InputFormat::Ndjson)
        );
        assert_eq!(
            detect_format(b"{\n  \"a\": 1\n}\n", false),
            Some(InputFormat::Json)
        );
        assert_eq!(detect_format(b"[1,2]", true), Some(InputFormat::Json));
        assert_eq!(detect_format(b"{\"a\":1}", false), None);
        assert_eq!(detect_format(b"{", false), None);
        assert_eq!(detect_format(b"{\"a\":1}\n", false), None);
        assert_eq!(
            detect_format(b"{\"a\":1}\n{", false),
            Some(InputFormat::Ndjson)
        );
        assert_eq!(detect_format(b"\"text\"", false), Some(InputFormat::Json));
        assert_eq!(detect_format(b"{\"a\":1}\n", true), Some(InputFormat::Json));
        assert_eq!(detect_format(b"", true), Some(InputFormat::Json));
    }
}
