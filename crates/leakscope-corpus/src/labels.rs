//! The label format of a fixture (`<name>.labels.json`).

use serde::{Deserialize, Serialize};

/// The 21 category ids of `shared/taxonomy.md`, in taxonomy order.
pub const CATEGORY_IDS: [&str; 21] = [
    "email",
    "username",
    "person_name",
    "phone",
    "postal_address",
    "date_of_birth",
    "demographic",
    "ip_address",
    "mac_address",
    "wifi_ssid",
    "geo_location",
    "device_id",
    "oauth_token",
    "api_key",
    "jwt",
    "password",
    "private_key",
    "payment_card",
    "iban",
    "national_id",
    "health_metric",
];

/// Ground truth of one input: which fields and spans are personal data.
/// Every leaf that no label covers is not personal data and must come out
/// unchanged.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Labels {
    /// What the case is about.
    #[serde(default)]
    pub description: String,
    /// Every leaf at one of these paths is personal data of the category.
    #[serde(default)]
    pub fields: Vec<FieldLabel>,
    /// Personal data inside a text leaf: the exact text must be gone.
    #[serde(default)]
    pub spans: Vec<SpanLabel>,
}

/// A whole-leaf label.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FieldLabel {
    /// Wildcard JSONPath (`$.hits.hits[*]._source.email`).
    pub path: String,
    /// Category id.
    pub category: String,
}

/// A span label: PII inside a text leaf.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SpanLabel {
    /// Wildcard JSONPath of the text leaf.
    pub path: String,
    /// Category id.
    pub category: String,
    /// The exact text (as it appears in the decoded JSON string).
    pub text: String,
}

impl Labels {
    /// Problems with the labels themselves: unknown categories, empty span
    /// texts, paths not starting at `$`, a path labeled both as a field and
    /// as carrying spans.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for f in &self.fields {
            if !CATEGORY_IDS.contains(&f.category.as_str()) {
                out.push(format!(
                    "field {}: unknown category {:?}",
                    f.path, f.category
                ));
            }
            if !f.path.starts_with('$') {
                out.push(format!("field {}: path must start with $", f.path));
            }
        }
        for s in &self.spans {
            if !CATEGORY_IDS.contains(&s.category.as_str()) {
                out.push(format!(
                    "span {}: unknown category {:?}",
                    s.path, s.category
                ));
            }
            if s.text.is_empty() {
                out.push(format!("span {}: empty text", s.path));
            }
            if !s.path.starts_with('$') {
                out.push(format!("span {}: path must start with $", s.path));
            }
            if self.fields.iter().any(|f| f.path == s.path) {
                out.push(format!("span {}: path is also a field label", s.path));
            }
        }
        out
    }

    /// The labeled (path, category) pairs, fields and spans together, sorted
    /// and deduplicated.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = self
            .fields
            .iter()
            .map(|f| (f.path.clone(), f.category.clone()))
            .chain(
                self.spans
                    .iter()
                    .map(|s| (s.path.clone(), s.category.clone())),
            )
            .collect();
        v.sort();
        v.dedup();
        v
    }
}
