//! Placeholder: the streaming engine is being written.
use crate::report::Report;
use crate::{Error, ErrorKind, Operator, Category, Policy};

/// Input framing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Decide from the first bytes: several top-level values separated by newlines is NDJSON.
    #[default]
    Auto,
    /// One JSON document (any top-level value).
    Json,
    /// One JSON document per line.
    Ndjson,
}

/// Builds an immutable [`Engine`].
#[derive(Debug, Clone, Default)]
pub struct EngineBuilder {
    policy: Option<Policy>,
    hmac_key: Option<Vec<u8>>,
    format: InputFormat,
    operators: Vec<(Category, Operator)>,
}

impl EngineBuilder {
    /// Defaults: auto-detected format, default operators, no policy.
    pub fn new() -> EngineBuilder { EngineBuilder::default() }
    /// Enforce a policy.
    pub fn policy(mut self, policy: Policy) -> EngineBuilder { self.policy = Some(policy); self }
    /// Key for the `pseudonymize` operator.
    pub fn hmac_key(mut self, key: impl Into<Vec<u8>>) -> EngineBuilder { self.hmac_key = Some(key.into()); self }
    /// Input framing.
    pub fn format(mut self, format: InputFormat) -> EngineBuilder { self.format = format; self }
    /// Operator for one category (overrides the policy's).
    pub fn operator(mut self, category: Category, op: Operator) -> EngineBuilder { self.operators.push((category, op)); self }
    /// Maximum nesting depth (default 1000).
    pub fn max_depth(self, _depth: usize) -> EngineBuilder { self }
    /// Maximum bytes of one string, number or NDJSON line (default 256 MiB).
    pub fn max_leaf_bytes(self, _bytes: usize) -> EngineBuilder { self }
    /// Builds the engine.
    pub fn build(self) -> Result<Engine, Error> { Ok(Engine {}) }
}

/// Immutable, cheap to clone.
#[derive(Debug, Clone)]
pub struct Engine {}

/// Output and outcome of [`Engine::redact`].
#[derive(Debug)]
pub struct Redacted {
    /// Redacted bytes.
    pub output: Vec<u8>,
    /// Statistics and findings.
    pub outcome: Outcome,
}

/// What a run found: mergeable statistics from which the report is built.
#[derive(Debug, Default, Clone)]
pub struct Outcome {}

impl Outcome {
    /// Adds the statistics of another run (e.g. another thread's share of an NDJSON file).
    pub fn merge(&mut self, _other: Outcome) {}
    /// Leaves or spans replaced.
    pub fn redacted_values(&self) -> u64 { 0 }
    /// Counts of redacted values per category id.
    pub fn redacted_by_category(&self) -> Vec<(Category, u64)> { Vec::new() }
    /// Recoverable errors (broken NDJSON lines scanned as text).
    pub fn line_errors(&self) -> &[Error] { &[] }
}

impl Outcome {
    /// The field report.
    pub fn report(&self) -> Report { Report::default() }
}

/// Streaming redactor: push chunks of any size, get redacted bytes.
#[derive(Debug)]
pub struct Redactor {}

impl Redactor {
    /// Consumes a chunk; appends redacted bytes that are final to `out`.
    pub fn push(&mut self, _chunk: &[u8], _out: &mut Vec<u8>) -> Result<(), Error> { Ok(()) }
    /// Ends the input; appends the rest to `out`.
    pub fn finish(self, _out: &mut Vec<u8>) -> Result<Outcome, Error> { Ok(Outcome::default()) }
    /// Bytes consumed so far.
    pub fn bytes_in(&self) -> u64 { 0 }
}

impl Engine {
    /// A streaming redactor.
    pub fn redactor(&self) -> Redactor { Redactor {} }
    /// A streaming scanner: like [`Engine::redactor`] but writes nothing to `out`.
    pub fn scanner(&self) -> Redactor { Redactor {} }
    /// Scans a whole input.
    pub fn scan(&self, _input: &[u8]) -> Result<Outcome, Error> { Ok(Outcome::default()) }
    /// Redacts a whole input.
    pub fn redact(&self, _input: &[u8]) -> Result<Redacted, Error> { Err(Error::new(ErrorKind::InvalidConfig, "engine not ready")) }
}
