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

/// What a run found.
#[derive(Debug, Default)]
pub struct Outcome {}

impl Outcome {
    /// The field report.
    pub fn report(&self) -> Report { Report::default() }
}

/// Streaming redactor.
#[derive(Debug)]
pub struct Redactor {}

impl Engine {
    /// Redacts a whole input.
    pub fn redact(&self, _input: &[u8]) -> Result<Redacted, Error> { Err(Error::new(ErrorKind::InvalidConfig, "engine not ready")) }
}
