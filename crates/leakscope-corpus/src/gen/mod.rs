//! Deterministic generator of a realistic leaked dump (an exported
//! Elasticsearch cluster of a smart-home / smart-scale service) with exact
//! labels.
//!
//! Records are built as small trees whose leaves carry their label, so the
//! labels cannot drift from the data. A path is labeled only if every leaf
//! seen at it agrees; disagreements are collected as
//! [`Generated::conflicts`] (a generator bug, checked by the tests).
//!
//! ```
//! use leakscope_corpus::{generate, GenKind};
//! let mut out = Vec::new();
//! let labels = generate(1, 20_000, GenKind::Ndjson, &mut out).unwrap();
//! assert!(out.len() >= 20_000);
//! assert!(labels.fields.iter().any(|f| f.category == "email"));
//! ```

mod build;
mod records;
mod values;

use crate::labels::{FieldLabel, Labels, SpanLabel};
use crate::rng::Rng;
use build::{Node, Tracker};
use std::io::{self, Write};

/// Framing of a generated dump.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    /// One record per line; label paths relative to each line (`$._source.email`).
    Ndjson,
    /// One JSON array of records; label paths start with `$[*]`.
    JsonArray,
}

/// A generated dump's labels plus self-check results.
#[derive(Debug, Clone, Default)]
pub struct Generated {
    /// Exact labels.
    pub labels: Labels,
    /// Records written.
    pub records: u64,
    /// Bytes written.
    pub bytes: u64,
    /// Paths where leaves disagreed about their label (should be empty).
    pub conflicts: Vec<String>,
}

/// Writes at least `target_bytes` (one record past it) of a dump seeded by
/// `seed` and returns its labels. The same seed, size and kind always give
/// the same bytes.
pub fn generate(
    seed: u64,
    target_bytes: usize,
    kind: GenKind,
    out: &mut impl Write,
) -> io::Result<Labels> {
    generate_checked(seed, target_bytes, kind, out).map(|g| g.labels)
}

/// Like [`generate`], also returning counts and label conflicts.
pub fn generate_checked(
    seed: u64,
    target_bytes: usize,
    kind: GenKind,
    out: &mut impl Write,
) -> io::Result<Generated> {
    let mut tracker = Tracker::default();
    let root = match kind {
        GenKind::Ndjson => "$",
        GenKind::JsonArray => "$[*]",
    };
    let (records, written) = write_records(seed, target_bytes, kind, out, |rec| {
        tracker.visit(rec, root)
    })?;
    let (fields, spans, conflicts) = tracker.finish();
    let labels = Labels {
        description: format!(
            "generated dump: seed {seed}, {records} records, {}",
            match kind {
                GenKind::Ndjson => "ndjson",
                GenKind::JsonArray => "json array",
            }
        ),
        fields: fields
            .into_iter()
            .map(|(path, category)| FieldLabel {
                path,
                category: category.to_string(),
            })
            .collect(),
        spans: spans
            .into_iter()
            .map(|(path, category, text)| SpanLabel {
                path,
                category: category.to_string(),
                text,
            })
            .collect(),
    };
    Ok(Generated {
        labels,
        records,
        bytes: written,
        conflicts,
    })
}

/// Parses a size such as `100MB`, `2MiB`, `512k`, `1.5GB` or `4096`.
pub fn parse_size(text: &str) -> Option<usize> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.parse().ok()?;
    let mult: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "kib" => 1024.0,
        "m" | "mb" => 1e6,
        "mib" => 1024.0 * 1024.0,
        "g" | "gb" => 1e9,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        _ => return None,
    };
    let v = n * mult;
    if v.is_finite() && v >= 0.0 {
        Some(v as usize)
    } else {
        None
    }
}

/// Writes the same bytes as [`generate`] without collecting labels, so
/// memory stays constant however large the dump (the label tracker keeps
/// every span text it meets). Returns the bytes written.
///
/// ```
/// use leakscope_corpus::{generate, write_dump, GenKind};
/// let (mut a, mut b) = (Vec::new(), Vec::new());
/// generate(5, 10_000, GenKind::Ndjson, &mut a).unwrap();
/// write_dump(5, 10_000, GenKind::Ndjson, &mut b).unwrap();
/// assert_eq!(a, b);
/// ```
pub fn write_dump(
    seed: u64,
    target_bytes: usize,
    kind: GenKind,
    out: &mut impl Write,
) -> io::Result<u64> {
    write_records(seed, target_bytes, kind, out, |_| {}).map(|(_, bytes)| bytes)
}

/// Writes records until `target_bytes` is reached, showing each to
/// `visit`; returns the records and bytes written.
fn write_records(
    seed: u64,
    target_bytes: usize,
    kind: GenKind,
    out: &mut impl Write,
    mut visit: impl FnMut(&Node),
) -> io::Result<(u64, u64)> {
    let mut rng = Rng::new(seed);
    let mut written: u64 = 0;
    let mut records: u64 = 0;
    let mut buf = String::with_capacity(4096);
    if kind == GenKind::JsonArray {
        out.write_all(b"[")?;
        written += 1;
    }
    while (written as usize) < target_bytes {
        let rec: Node = records::record(&mut rng, records);
        buf.clear();
        if kind == GenKind::JsonArray {
            buf.push_str(if records == 0 { "\n" } else { ",\n" });
        }
        rec.write_json(&mut buf);
        if kind == GenKind::Ndjson {
            buf.push('\n');
        }
        visit(&rec);
        out.write_all(buf.as_bytes())?;
        written += buf.len() as u64;
        records += 1;
    }
    if kind == GenKind::JsonArray {
        out.write_all(b"\n]\n")?;
        written += 3;
    }
    Ok((records, written))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, oracle_redact, oracle_report};

    #[test]
    fn same_seed_same_bytes() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        let la = generate(9, 50_000, GenKind::Ndjson, &mut a).unwrap();
        let lb = generate(9, 50_000, GenKind::Ndjson, &mut b).unwrap();
        assert_eq!(a, b);
        assert_eq!(la, lb);
        let mut c = Vec::new();
        generate(10, 50_000, GenKind::Ndjson, &mut c).unwrap();
        assert_ne!(a, c);
    }

    fn check(kind: GenKind) {
        let mut out = Vec::new();
        let g = generate_checked(5, 300_000, kind, &mut out).unwrap();
        assert!(g.conflicts.is_empty(), "{:#?}", g.conflicts);
        assert!(g.bytes as usize == out.len());
        let nd = kind == GenKind::Ndjson;
        let red = oracle_redact(&out, &g.labels, nd).unwrap();
        let m = evaluate(&out, &red, &oracle_report(&g.labels), &g.labels, nd);
        assert!(m.errors.is_empty(), "{:#?}", m.errors);
        assert_eq!(m.recall(), 1.0);
        assert_eq!(m.over_redaction(), 0.0);
        assert!(m.pii_items > 1000 && m.nonpii_leaves > 1000);
        let cats: std::collections::BTreeSet<_> =
            g.labels.pairs().into_iter().map(|p| p.1).collect();
        for c in [
            "email",
            "username",
            "person_name",
            "phone",
            "mac_address",
            "wifi_ssid",
            "oauth_token",
            "jwt",
            "health_metric",
            "ip_address",
            "device_id",
            "demographic",
            "date_of_birth",
            "payment_card",
            "iban",
            "national_id",
            "api_key",
            "password",
            "postal_address",
            "geo_location",
        ] {
            assert!(cats.contains(c), "missing {c}");
        }
    }

    #[test]
    fn ndjson_labels_are_exact() {
        check(GenKind::Ndjson);
    }

    #[test]
    fn json_array_labels_are_exact() {
        check(GenKind::JsonArray);
    }

    #[test]
    fn json_array_is_one_document() {
        let mut out = Vec::new();
        generate(2, 10_000, GenKind::JsonArray, &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert!(v.as_array().map(|a| a.len() > 3).unwrap_or(false));
        let mut empty = Vec::new();
        generate(2, 0, GenKind::JsonArray, &mut empty).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&empty).unwrap();
        assert_eq!(v, serde_json::json!([]));
    }

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("100MB"), Some(100_000_000));
        assert_eq!(parse_size("2MiB"), Some(2 * 1024 * 1024));
        assert_eq!(parse_size("512k"), Some(512_000));
        assert_eq!(parse_size("4096"), Some(4096));
        assert_eq!(parse_size("1.5GB"), Some(1_500_000_000));
        assert_eq!(parse_size("ten"), None);
        assert_eq!(parse_size("5XB"), None);
    }
}
