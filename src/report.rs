//! The field report shared by every front end (`shared/report-format.md`),
//! plus the breach-impact summary.
//!
//! ```
//! use leakscope::Report;
//! let report: Report = serde_json::from_str(
//!     r#"{"fields":[{"path":"$.email","category":"email","confidence":0.99,"count":3,"evidence":["key:email"]}]}"#,
//! ).unwrap();
//! assert_eq!(report.fields[0].count, 3);
//! ```

use crate::Category;
use serde::{Deserialize, Serialize};

/// A field report: one entry per (path, category).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Classified fields, most affected first.
    pub fields: Vec<FieldEntry>,
    /// Breach-impact summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Summary>,
    /// Input statistics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stats: Option<Stats>,
    /// Recoverable problems (e.g. broken NDJSON lines scanned as text).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ReportedError>,
}

/// One (path, category) entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldEntry {
    /// JSONPath with array indices as `[*]`.
    pub path: String,
    /// Category id.
    pub category: Category,
    /// Confidence in [0, 1].
    pub confidence: f64,
    /// Leaves (or spans) seen with this category.
    pub count: u64,
    /// Short machine-readable reasons (`key:email`, `value:email`, `validator:luhn`, `context:person`).
    pub evidence: Vec<String>,
    /// `leaf` when whole values are PII, `span` when PII sits inside text.
    #[serde(default = "default_scope")]
    pub scope: Scope,
    /// Leaves seen at this path in all (with or without this category).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaves: Option<u64>,
    /// Estimated number of distinct values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distinct: Option<u64>,
    /// A masked example value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

fn default_scope() -> Scope {
    Scope::Leaf
}

/// Whether a whole leaf or spans inside it are PII.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The whole value.
    Leaf,
    /// Spans inside a text value.
    Span,
}

/// Input statistics.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Bytes read.
    pub bytes: u64,
    /// Records: NDJSON lines; in a document, the objects of its first array
    /// of objects, each object of another array that holds findings, and
    /// the rest of the document when it holds findings (a document without
    /// arrays of objects is one record).
    pub records: u64,
    /// Leaves (strings, numbers, booleans) seen.
    pub leaves: u64,
    /// Leaves or spans replaced.
    pub redacted: u64,
}

/// A recoverable problem in the input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportedError {
    /// Stable error code (`invalid_json`, `invalid_utf8`, ...).
    pub code: String,
    /// 1-based line.
    pub line: u64,
    /// 0-based byte offset.
    pub byte_offset: u64,
    /// Human-readable message.
    pub message: String,
}

/// Breach impact: who is affected and what must be done.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Records seen (as in [`Stats::records`]).
    pub records: u64,
    /// Records holding at least one finding.
    pub records_with_findings: u64,
    /// Per category: records, values and distinct subjects affected.
    pub categories: Vec<CategoryImpact>,
    /// Secrets that must be rotated, by provider.
    pub secrets_to_rotate: Vec<SecretRotation>,
    /// Special categories of personal data (GDPR Art. 9).
    pub gdpr_special_categories: Vec<SpecialCategory>,
}

/// Impact of one category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryImpact {
    /// The category.
    pub category: Category,
    /// Records holding it.
    pub records: u64,
    /// Values (leaves or spans) found.
    pub values: u64,
    /// Estimated distinct values (distinct subjects for identifying categories).
    pub distinct: u64,
    /// Fields holding it.
    pub fields: u64,
}

/// Credentials of one provider that leaked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecretRotation {
    /// Issuer (`aws`, `github`, `stripe`, `amazon`, ... or `generic`).
    pub provider: String,
    /// Category of the credential.
    pub category: Category,
    /// Values found.
    pub count: u64,
    /// Estimated distinct values.
    pub distinct: u64,
    /// Fields they were found in.
    pub paths: Vec<String>,
}

/// A GDPR Art. 9 special category found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpecialCategory {
    /// The category.
    pub category: Category,
    /// Legal basis reference.
    pub article: String,
    /// Records holding it.
    pub records: u64,
    /// Fields holding it.
    pub paths: Vec<String>,
}

impl Report {
    /// Parses a report from JSON.
    pub fn from_json(text: &str) -> Result<Report, crate::Error> {
        serde_json::from_str(text)
            .map_err(|e| crate::Error::new(crate::ErrorKind::InvalidReport, e.to_string()))
    }

    /// Serializes the report as pretty JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| String::from("{\"fields\":[]}"))
    }
}
