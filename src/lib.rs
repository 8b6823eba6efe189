//! # leakscope
//!
//! A data-leak schema classifier: it streams JSON and NDJSON, decides which
//! *fields* hold which kind of personal data or secret (the 21 categories of
//! [`Category`]), writes redacted output with the structure intact, and
//! builds a field [`Report`] with a breach-impact summary.
//!
//! The core never builds a document tree: a resumable tokenizer copies
//! untouched bytes straight through, so the output is byte-identical to the
//! input except for the redacted leaves.
//!
//! ```
//! use leakscope::EngineBuilder;
//! let engine = EngineBuilder::new().build().unwrap();
//! let input = br#"{"user":{"email":"jane@example.com","ssid":"Jane's WiFi","plan":"pro"}}"#;
//! let redacted = engine.redact(input).unwrap();
//! assert_eq!(
//!     String::from_utf8(redacted.output).unwrap(),
//!     r#"{"user":{"email":"[EMAIL]","ssid":"[WIFI_SSID]","plan":"pro"}}"#
//! );
//! let report = redacted.outcome.report();
//! assert!(report.fields.iter().any(|f| f.path == "$.user.ssid"));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod category;
pub mod detect;
mod engine;
pub mod error;
pub mod keys;
mod memo;
pub mod operator;
pub mod path;
pub mod policy;
pub mod report;

pub use category::Category;
pub use engine::{Engine, EngineBuilder, InputFormat, Outcome, Redacted, Redactor};
pub use error::{Error, ErrorKind};
pub use operator::Operator;
pub use policy::Policy;
pub use report::Report;
