//! A reference redactor that applies the labels themselves: its output and
//! report score perfectly. It checks that labels are consistent and gives
//! front-end tests a known-good baseline.

use crate::case::CorpusError;
use crate::labels::Labels;
use crate::path::{ndjson_lines, walk_mut};
use serde_json::Value;
use std::collections::HashMap;

fn label_of(category: &str) -> String {
    format!("[{}]", category.to_ascii_uppercase())
}

fn redact_doc(doc: &mut Value, labels: &Labels) {
    let fields: HashMap<&str, &str> = labels
        .fields
        .iter()
        .map(|f| (f.path.as_str(), f.category.as_str()))
        .collect();
    let mut spans: HashMap<&str, Vec<&crate::labels::SpanLabel>> = HashMap::new();
    for sp in &labels.spans {
        spans.entry(sp.path.as_str()).or_default().push(sp);
    }
    walk_mut(doc, &mut String::from("$"), &mut |path, leaf| {
        if let Some(cat) = fields.get(path) {
            *leaf = Value::String(label_of(cat));
            return;
        }
        for span in spans.get(path).map(Vec::as_slice).unwrap_or(&[]) {
            match &mut *leaf {
                Value::String(s) => {
                    if s.contains(&span.text) {
                        *s = s.replace(&span.text, &label_of(&span.category));
                    }
                }
                other => {
                    if crate::path::leaf_text(other).contains(&span.text) {
                        *other = Value::String(label_of(&span.category));
                    }
                }
            }
        }
    });
}

/// Redacts `input` exactly as the labels say (fields become `"[CATEGORY]"`,
/// span texts are replaced by the label). The output is compact JSON.
pub fn oracle_redact(
    input: &[u8],
    labels: &Labels,
    is_ndjson: bool,
) -> Result<Vec<u8>, CorpusError> {
    let mut out = Vec::with_capacity(input.len());
    let docs: Vec<&[u8]> = if is_ndjson {
        ndjson_lines(input)
    } else {
        vec![input]
    };
    for d in docs {
        let mut v: Value = serde_json::from_slice(d)
            .map_err(|e| CorpusError::Json(String::from("input"), e.to_string()))?;
        redact_doc(&mut v, labels);
        let text = serde_json::to_vec(&v)
            .map_err(|e| CorpusError::Json(String::from("output"), e.to_string()))?;
        out.extend_from_slice(&text);
        if is_ndjson {
            out.push(b'\n');
        }
    }
    Ok(out)
}

/// A report (`shared/report-format.md`) listing exactly the labeled
/// (path, category) pairs.
pub fn oracle_report(labels: &Labels) -> String {
    let fields: Vec<Value> = labels
        .pairs()
        .into_iter()
        .map(|(path, category)| {
            serde_json::json!({"path": path, "category": category, "confidence": 1.0,
                               "count": 1, "evidence": ["label"]})
        })
        .collect();
    serde_json::json!({ "fields": fields }).to_string()
}
