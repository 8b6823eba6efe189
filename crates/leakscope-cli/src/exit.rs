//! Exit codes and the CLI's error type.
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | success |
//! | 1 | success, findings present and `--fail-on-findings` was given |
//! | 2 | usage or configuration error (bad flag, policy, key file, `--op`) |
//! | 3 | input error (invalid JSON / UTF-8, truncated or corrupt input, invalid report) |
//! | 4 | I/O error (cannot open, read or write a file or stream) |

use leakscope::{Error, ErrorKind};
use std::fmt;
use std::io;

/// Success.
pub const OK: u8 = 0;
/// Success, but findings exist and `--fail-on-findings` was given.
pub const FINDINGS: u8 = 1;
/// Usage or configuration error.
pub const USAGE: u8 = 2;
/// The input cannot be processed.
pub const INPUT: u8 = 3;
/// Reading or writing failed.
pub const IO: u8 = 4;

/// A fatal error with the exit code it maps to.
#[derive(Debug)]
pub struct CliError {
    /// Process exit code.
    pub code: u8,
    /// Message for stderr (empty: print nothing, e.g. a closed pipe).
    pub message: String,
}

impl CliError {
    /// A usage or configuration error.
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError {
            code: USAGE,
            message: message.into(),
        }
    }

    /// An input error.
    pub fn input(message: impl Into<String>) -> CliError {
        CliError {
            code: INPUT,
            message: message.into(),
        }
    }

    /// An I/O error on a named file or stream.
    pub fn io(what: &str, err: &io::Error) -> CliError {
        if err.kind() == io::ErrorKind::BrokenPipe {
            // The reader went away (`leakscope redact x | head`): no message.
            return CliError {
                code: IO,
                message: String::new(),
            };
        }
        CliError {
            code: IO,
            message: format!("{what}: {err}"),
        }
    }

    /// An error while reading the input: decoding problems (corrupt gzip)
    /// are input errors, everything else I/O errors.
    pub fn read(what: &str, err: &io::Error) -> CliError {
        match err.kind() {
            io::ErrorKind::InvalidData
            | io::ErrorKind::InvalidInput
            | io::ErrorKind::UnexpectedEof => CliError::input(format!("{what}: {err}")),
            _ => CliError::io(what, err),
        }
    }

    /// An engine error, classified by kind.
    pub fn engine(what: &str, err: &Error) -> CliError {
        let code = match err.kind() {
            ErrorKind::InvalidPolicy | ErrorKind::InvalidConfig => USAGE,
            ErrorKind::InvalidJson
            | ErrorKind::InvalidUtf8
            | ErrorKind::Truncated
            | ErrorKind::TooDeep
            | ErrorKind::TooLarge
            | ErrorKind::InvalidReport => INPUT,
        };
        CliError {
            code,
            message: format!("{what}: {err}"),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_errors_map_to_codes() {
        let e = Error::at(ErrorKind::InvalidJson, "x", 1, 0);
        assert_eq!(CliError::engine("in", &e).code, INPUT);
        let e = Error::new(ErrorKind::InvalidConfig, "no key");
        assert_eq!(CliError::engine("cfg", &e).code, USAGE);
        let e = io::Error::new(io::ErrorKind::InvalidData, "corrupt deflate stream");
        assert_eq!(CliError::read("in.gz", &e).code, INPUT);
        let e = io::Error::new(io::ErrorKind::PermissionDenied, "nope");
        assert_eq!(CliError::read("in", &e).code, IO);
        let e = io::Error::new(io::ErrorKind::BrokenPipe, "pipe");
        assert!(CliError::io("stdout", &e).message.is_empty());
    }
}
