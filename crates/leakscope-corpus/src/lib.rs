//! # leakscope-corpus
//!
//! The shared test corpus of leakscope: hand-written labeled fixtures
//! (`tests/corpus/`), a deterministic generator of realistic leaked dumps
//! with exact labels, and the quality metrics that compare a redacted
//! output and its field report against the labels.
//!
//! This crate does not depend on the `leakscope` crate: every front end
//! (library, CLI, wasm, proxy) is measured the same way.
//!
//! ```
//! use leakscope_corpus::{evaluate, Labels};
//! let labels: Labels = serde_json::from_str(
//!     r#"{"fields":[{"path":"$.email","category":"email"}]}"#).unwrap();
//! let input = br#"{"email":"jane@example.com","plan":"pro"}"#;
//! let output = br#"{"email":"[EMAIL]","plan":"pro"}"#;
//! let report = r#"{"fields":[{"path":"$.email","category":"email"}]}"#;
//! let m = evaluate(input, output, report, &labels, false);
//! assert_eq!(m.recall(), 1.0);
//! assert_eq!(m.field_f1(), 1.0);
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod case;
pub mod gen;
mod labels;
mod metrics;
mod oracle;
pub mod path;
pub mod rng;

pub use case::{cases, default_dir, Case, CorpusError, Format};
pub use gen::{generate, generate_checked, write_dump, GenKind, Generated};
pub use labels::{FieldLabel, Labels, SpanLabel, CATEGORY_IDS};
pub use metrics::{evaluate, Metrics};
pub use oracle::{oracle_redact, oracle_report};
