//! Typed errors of the core. Front ends convert them at their edges (exit
//! codes in the CLI, `Error.code` in JavaScript, HTTP status in the proxy).

use std::fmt;

/// What went wrong, with a stable machine-readable [`ErrorKind::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The input is not valid JSON (or NDJSON) at the given position.
    InvalidJson,
    /// The input is not valid UTF-8 at the given position.
    InvalidUtf8,
    /// The input ended inside a value.
    Truncated,
    /// Nesting deeper than the configured maximum.
    TooDeep,
    /// A single string, number or NDJSON line larger than the configured maximum.
    TooLarge,
    /// A policy document that cannot be read.
    InvalidPolicy,
    /// An engine option that cannot be used (e.g. pseudonymization without a key).
    InvalidConfig,
    /// A report document that cannot be read.
    InvalidReport,
}

impl ErrorKind {
    /// Stable snake_case code, shared by every front end.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::InvalidJson => "invalid_json",
            ErrorKind::InvalidUtf8 => "invalid_utf8",
            ErrorKind::Truncated => "truncated",
            ErrorKind::TooDeep => "too_deep",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::InvalidPolicy => "invalid_policy",
            ErrorKind::InvalidConfig => "invalid_config",
            ErrorKind::InvalidReport => "invalid_report",
        }
    }
}

/// An error with its position in the input (1-based line, 0-based byte
/// offset from the start of the input) when it concerns the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    position: Option<Position>,
}

/// Where in the input an error was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based line number.
    pub line: u64,
    /// 0-based byte offset from the start of the input.
    pub byte_offset: u64,
}

impl Error {
    /// An error about the input at a position.
    pub fn at(kind: ErrorKind, message: impl Into<String>, line: u64, byte_offset: u64) -> Error {
        Error {
            kind,
            message: message.into(),
            position: Some(Position { line, byte_offset }),
        }
    }

    /// An error that is not about a position in the input.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            position: None,
        }
    }

    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Stable code of the kind, e.g. `invalid_json`.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The message without position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Position in the input, if the error concerns the input.
    pub fn position(&self) -> Option<Position> {
        self.position
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(p) => write!(
                f,
                "{} at line {}, byte offset {}: {}",
                self.kind.code(),
                p.line,
                p.byte_offset,
                self.message
            ),
            None => write!(f, "{}: {}", self.kind.code(), self.message),
        }
    }
}

impl std::error::Error for Error {}
