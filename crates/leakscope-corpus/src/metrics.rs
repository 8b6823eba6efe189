//! Quality metrics: recall of personal data, over-redaction of everything
//! else, and field-level precision/recall of the report.

use crate::labels::Labels;
use crate::path::{leaf_text, ndjson_lines, walk_pair};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// At most this many notes are kept per list (the counters stay exact).
pub const MAX_NOTES: usize = 200;

/// Scores of one output (or of several, merged).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metrics {
    /// Labeled PII items seen in the input: field leaves plus (leaf, span) pairs.
    pub pii_items: usize,
    /// Of those, items no longer present in the output.
    pub pii_removed: usize,
    /// Leaves that carry no label.
    pub nonpii_leaves: usize,
    /// Of those, leaves whose output value differs (or is missing).
    pub nonpii_changed: usize,
    /// Labeled (path, category) pairs.
    pub fields_labeled: usize,
    /// Reported (path, category) pairs.
    pub fields_reported: usize,
    /// Pairs both labeled and reported.
    pub fields_matched: usize,
    /// PII still present in the output.
    pub misses: Vec<String>,
    /// Non-PII leaves that were changed.
    pub over_redactions: Vec<String>,
    /// Reported (path, category) pairs that are not labeled.
    pub false_alarms: Vec<String>,
    /// Labeled (path, category) pairs that are not reported.
    pub unreported: Vec<String>,
    /// Problems of the harness rather than of detection: labels that match
    /// nothing, unparsable output or report, changed structure.
    pub errors: Vec<String>,
    /// Per category id: (PII items, items removed).
    pub per_category: BTreeMap<String, (usize, usize)>,
}

fn ratio(num: usize, den: usize, empty: f64) -> f64 {
    if den == 0 {
        empty
    } else {
        num as f64 / den as f64
    }
}

fn note(list: &mut Vec<String>, text: impl FnOnce() -> String) {
    if list.len() < MAX_NOTES {
        list.push(text());
    }
}

fn clip(s: &str) -> String {
    const MAX: usize = 80;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

impl Metrics {
    /// Share of PII items removed (1.0 when there are none).
    pub fn recall(&self) -> f64 {
        ratio(self.pii_removed, self.pii_items, 1.0)
    }

    /// Share of non-PII leaves changed (0.0 when there are none).
    pub fn over_redaction(&self) -> f64 {
        ratio(self.nonpii_changed, self.nonpii_leaves, 0.0)
    }

    /// Reported pairs that are labeled, over reported pairs.
    pub fn field_precision(&self) -> f64 {
        ratio(self.fields_matched, self.fields_reported, 1.0)
    }

    /// Labeled pairs that are reported, over labeled pairs.
    pub fn field_recall(&self) -> f64 {
        ratio(self.fields_matched, self.fields_labeled, 1.0)
    }

    /// Harmonic mean of field precision and recall.
    pub fn field_f1(&self) -> f64 {
        let p = self.field_precision();
        let r = self.field_recall();
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Adds another case's metrics; notes get `prefix: ` in front.
    pub fn merge(&mut self, other: &Metrics, prefix: &str) {
        self.pii_items += other.pii_items;
        self.pii_removed += other.pii_removed;
        self.nonpii_leaves += other.nonpii_leaves;
        self.nonpii_changed += other.nonpii_changed;
        self.fields_labeled += other.fields_labeled;
        self.fields_reported += other.fields_reported;
        self.fields_matched += other.fields_matched;
        for (cat, (items, removed)) in &other.per_category {
            let e = self.per_category.entry(cat.clone()).or_default();
            e.0 += items;
            e.1 += removed;
        }
        let lists = [
            (&mut self.misses, &other.misses),
            (&mut self.over_redactions, &other.over_redactions),
            (&mut self.false_alarms, &other.false_alarms),
            (&mut self.unreported, &other.unreported),
            (&mut self.errors, &other.errors),
        ];
        for (mine, theirs) in lists {
            for n in theirs {
                note(mine, || format!("{prefix}: {n}"));
            }
        }
    }
}

/// Parses the documents of an input or output: one for JSON, one per
/// non-blank line for NDJSON. Unparsable documents are `Err(message)`.
fn documents(bytes: &[u8], is_ndjson: bool) -> Vec<Result<Value, String>> {
    if is_ndjson {
        ndjson_lines(bytes)
            .into_iter()
            .map(|l| serde_json::from_slice(l).map_err(|e| e.to_string()))
            .collect()
    } else {
        vec![serde_json::from_slice(bytes).map_err(|e| e.to_string())]
    }
}

/// Reads the (path, category) pairs of a report (`shared/report-format.md`).
fn report_pairs(report_json: &str) -> Result<BTreeSet<(String, String)>, String> {
    let v: Value = serde_json::from_str(report_json).map_err(|e| e.to_string())?;
    let fields = v
        .get("fields")
        .and_then(Value::as_array)
        .ok_or_else(|| String::from("report has no \"fields\" array"))?;
    let mut out = BTreeSet::new();
    for f in fields {
        let path = f.get("path").and_then(Value::as_str);
        let cat = f.get("category").and_then(Value::as_str);
        match (path, cat) {
            (Some(p), Some(c)) => {
                out.insert((p.to_string(), c.to_string()));
            }
            _ => return Err(format!("report field without path/category: {f}")),
        }
    }
    Ok(out)
}

/// Is the labeled value gone from the output leaf? Short values (under four
/// characters, e.g. a gender code `M`) only need to differ: a label such as
/// `[DEMOGRAPHIC]` may contain their letters.
fn value_removed(original: &Value, output: Option<&Value>) -> bool {
    let Some(out) = output else { return false };
    if out == original {
        return false;
    }
    let text = leaf_text(original);
    match out {
        Value::String(s) => text.chars().count() < 4 || !s.contains(&text),
        Value::Null => true,
        other => text.chars().count() < 4 || !leaf_text(other).contains(&text),
    }
}

/// Scores a redacted `output` and its `report_json` against the labels of
/// `case_input`. Inputs and outputs are compared leaf by leaf at the same
/// position; for NDJSON, line by line (blank lines skipped).
pub fn evaluate(
    case_input: &[u8],
    output: &[u8],
    report_json: &str,
    labels: &Labels,
    is_ndjson: bool,
) -> Metrics {
    let mut m = Metrics::default();
    for p in labels.problems() {
        note(&mut m.errors, || format!("label: {p}"));
    }

    // Field-level precision and recall.
    let labeled: BTreeSet<(String, String)> = labels.pairs().into_iter().collect();
    m.fields_labeled = labeled.len();
    match report_pairs(report_json) {
        Ok(reported) => {
            m.fields_reported = reported.len();
            for pair in &reported {
                if labeled.contains(pair) {
                    m.fields_matched += 1;
                } else {
                    note(&mut m.false_alarms, || {
                        format!("reported {} as {}", pair.0, pair.1)
                    });
                }
            }
            for pair in labeled.difference(&reported) {
                note(&mut m.unreported, || {
                    format!("not reported: {} as {}", pair.0, pair.1)
                });
            }
        }
        Err(e) => {
            note(&mut m.errors, || format!("report: {e}"));
            for pair in &labeled {
                note(&mut m.unreported, || {
                    format!("not reported: {} as {}", pair.0, pair.1)
                });
            }
        }
    }

    // Leaf-level recall and over-redaction.
    let mut field_cat: HashMap<&str, &str> = HashMap::new();
    for f in &labels.fields {
        field_cat.insert(f.path.as_str(), f.category.as_str());
    }
    let mut spans_at: HashMap<&str, Vec<(usize, &str, &str)>> = HashMap::new();
    for (i, s) in labels.spans.iter().enumerate() {
        spans_at.entry(s.path.as_str()).or_default().push((
            i,
            s.category.as_str(),
            s.text.as_str(),
        ));
    }
    let mut field_used = vec![false; labels.fields.len()];
    let field_index: HashMap<&str, usize> = labels
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| (f.path.as_str(), i))
        .collect();
    let mut span_used = vec![false; labels.spans.len()];

    let ins = documents(case_input, is_ndjson);
    let outs = documents(output, is_ndjson);
    if ins.len() != outs.len() {
        note(&mut m.errors, || {
            format!("input has {} documents, output {}", ins.len(), outs.len())
        });
    }
    for (doc_no, input) in ins.iter().enumerate() {
        let where_ = |path: &str| {
            if is_ndjson {
                format!("line {} {}", doc_no + 1, path)
            } else {
                path.to_string()
            }
        };
        let input = match input {
            Ok(v) => v,
            Err(e) => {
                note(&mut m.errors, || {
                    format!("input document {}: {e}", doc_no + 1)
                });
                continue;
            }
        };
        let out_doc = match outs.get(doc_no) {
            Some(Ok(v)) => Some(v),
            Some(Err(e)) => {
                note(&mut m.errors, || {
                    format!("output document {}: {e}", doc_no + 1)
                });
                None
            }
            None => None,
        };
        let mut shape_errors = Vec::new();
        walk_pair(
            input,
            out_doc,
            &mut String::from("$"),
            &mut |path, leaf, out| {
                if let Some(cat) = field_cat.get(path) {
                    if let Some(&i) = field_index.get(path) {
                        if let Some(u) = field_used.get_mut(i) {
                            *u = true;
                        }
                    }
                    m.pii_items += 1;
                    let per = m.per_category.entry(cat.to_string()).or_default();
                    per.0 += 1;
                    if value_removed(leaf, out) {
                        m.pii_removed += 1;
                        per.1 += 1;
                    } else {
                        note(&mut m.misses, || {
                            format!("{cat} kept at {}: {}", where_(path), clip(&leaf_text(leaf)))
                        });
                    }
                    return;
                }
                let text = leaf_text(leaf);
                let mut had_span = false;
                if let Some(spans) = spans_at.get(path) {
                    for &(i, cat, span) in spans {
                        if !text.contains(span) {
                            continue;
                        }
                        had_span = true;
                        if let Some(u) = span_used.get_mut(i) {
                            *u = true;
                        }
                        m.pii_items += 1;
                        let gone = match out {
                            Some(Value::String(s)) => !s.contains(span),
                            Some(Value::Null) => true,
                            Some(other) => other != leaf && !leaf_text(other).contains(span),
                            None => false,
                        };
                        let per = m.per_category.entry(cat.to_string()).or_default();
                        per.0 += 1;
                        if gone {
                            m.pii_removed += 1;
                            per.1 += 1;
                        } else {
                            note(&mut m.misses, || {
                                format!("{cat} span kept at {}: {}", where_(path), clip(span))
                            });
                        }
                    }
                }
                if had_span {
                    return;
                }
                m.nonpii_leaves += 1;
                if out != Some(leaf) {
                    m.nonpii_changed += 1;
                    note(&mut m.over_redactions, || {
                        format!(
                            "changed at {}: {} -> {}",
                            where_(path),
                            clip(&text),
                            out.map(|o| clip(&o.to_string()))
                                .unwrap_or_else(|| "(missing)".into())
                        )
                    });
                }
            },
            &mut |path| shape_errors.push(where_(path)),
        );
        if out_doc.is_some() {
            for p in shape_errors {
                note(&mut m.errors, || format!("output structure differs at {p}"));
            }
        }
    }
    for (i, used) in field_used.iter().enumerate() {
        if !used {
            if let Some(f) = labels.fields.get(i) {
                note(&mut m.errors, || {
                    format!("label: field {} matches no leaf", f.path)
                });
            }
        }
    }
    for (i, used) in span_used.iter().enumerate() {
        if !used {
            if let Some(s) = labels.spans.get(i) {
                note(&mut m.errors, || {
                    format!("label: span {:?} at {} found in no leaf", s.text, s.path)
                });
            }
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oracle::{oracle_redact, oracle_report};

    fn labels() -> Labels {
        serde_json::from_str(
            r#"{"fields":[{"path":"$.users[*].email","category":"email"},
                          {"path":"$.users[*].gender","category":"demographic"}],
                "spans":[{"path":"$.log","category":"ip_address","text":"203.0.113.7"}]}"#,
        )
        .unwrap()
    }

    const INPUT: &[u8] = br#"{"users":[{"email":"a@example.com","gender":"M","plan":"pro"},
        {"email":"b@example.org","gender":"w","plan":"free"}],
        "log":"GET / from 203.0.113.7 ok","took":5}"#;

    #[test]
    fn perfect_output_scores_one() {
        let l = labels();
        let out = oracle_redact(INPUT, &l, false).unwrap();
        let m = evaluate(INPUT, &out, &oracle_report(&l), &l, false);
        assert!(m.errors.is_empty(), "{:?}", m.errors);
        assert_eq!(m.pii_items, 5);
        assert_eq!(m.recall(), 1.0);
        assert_eq!(m.over_redaction(), 0.0);
        assert_eq!(m.nonpii_leaves, 3);
        assert_eq!(m.field_f1(), 1.0);
        assert_eq!(m.per_category.get("demographic"), Some(&(2, 2)));
        assert_eq!(m.per_category.get("ip_address"), Some(&(1, 1)));
    }

    #[test]
    fn passthrough_scores_zero_recall() {
        let l = labels();
        let m = evaluate(INPUT, INPUT, r#"{"fields":[]}"#, &l, false);
        assert_eq!(m.recall(), 0.0);
        assert_eq!(m.over_redaction(), 0.0);
        assert_eq!(m.field_recall(), 0.0);
        assert_eq!(m.misses.len(), 5);
        assert!(m.errors.is_empty());
        assert_eq!(m.per_category.get("email"), Some(&(2, 0)));
    }

    #[test]
    fn over_redaction_is_caught() {
        let l = labels();
        let out = br#"{"users":[{"email":"[EMAIL]","gender":"[DEMOGRAPHIC]","plan":"[USERNAME]"},
            {"email":"[EMAIL]","gender":"[DEMOGRAPHIC]","plan":"free"}],
            "log":"[IP_ADDRESS]","took":5}"#;
        let report = r#"{"fields":[{"path":"$.users[*].email","category":"email"},
            {"path":"$.users[*].gender","category":"demographic"},
            {"path":"$.log","category":"ip_address"},
            {"path":"$.users[*].plan","category":"username"}]}"#;
        let m = evaluate(INPUT, out, report, &l, false);
        assert_eq!(m.recall(), 1.0);
        assert_eq!(m.nonpii_changed, 1);
        assert!((m.over_redaction() - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(m.field_precision(), 0.75);
        assert_eq!(m.field_recall(), 1.0);
        assert_eq!(m.false_alarms.len(), 1);
    }

    #[test]
    fn masked_value_that_keeps_the_original_is_a_miss() {
        let l = labels();
        let out = br#"{"users":[{"email":"x a@example.com","gender":"[DEMOGRAPHIC]","plan":"pro"},
            {"email":"[EMAIL]","gender":"[DEMOGRAPHIC]","plan":"free"}],
            "log":"GET / from [IP_ADDRESS] ok","took":5}"#;
        let m = evaluate(INPUT, out, r#"{"fields":[]}"#, &l, false);
        assert_eq!(m.pii_removed, 4);
        assert_eq!(m.misses.len(), 1);
    }

    #[test]
    fn broken_structure_and_bad_labels_are_errors() {
        let mut l = labels();
        l.fields.push(crate::FieldLabel {
            path: "$.nope".into(),
            category: "email".into(),
        });
        l.fields.push(crate::FieldLabel {
            path: "$.took".into(),
            category: "bogus".into(),
        });
        let m = evaluate(INPUT, b"{\"users\":3}", "not json", &l, false);
        assert!(m.errors.iter().any(|e| e.contains("$.nope")));
        assert!(m.errors.iter().any(|e| e.contains("bogus")));
        assert!(m.errors.iter().any(|e| e.contains("structure")));
        assert!(m.errors.iter().any(|e| e.starts_with("report")));
    }

    #[test]
    fn ndjson_lines_are_paired() {
        let l: Labels =
            serde_json::from_str(r#"{"fields":[{"path":"$.email","category":"email"}]}"#).unwrap();
        let input =
            b"{\"email\":\"a@example.com\",\"n\":1}\n\n{\"email\":\"b@example.com\",\"n\":2}\n";
        let out = b"{\"email\":\"[EMAIL]\",\"n\":1}\n{\"email\":\"b@example.com\",\"n\":2}\n";
        let m = evaluate(
            input,
            out,
            r#"{"fields":[{"path":"$.email","category":"email"}]}"#,
            &l,
            true,
        );
        assert_eq!(m.pii_items, 2);
        assert_eq!(m.pii_removed, 1);
        assert!(m.misses[0].contains("line 2"));
        assert_eq!(m.field_f1(), 1.0);
    }
}
