//! Policies: which categories and fields get which operator, which paths are
//! allowed through, and what happens to fields the policy has never seen.
//!
//! A policy is written once from a report (in the CLI or the triage page)
//! and enforced later by `redact` and by the proxy filter.
//!
//! ```
//! use leakscope::{Policy, Report, Operator, Category};
//! let report = Report::from_json(
//!     r#"{"fields":[{"path":"$.email","category":"email","confidence":0.99,"count":3,"evidence":["key:email"]}]}"#,
//! ).unwrap();
//! let policy = Policy::from_report(&report);
//! assert_eq!(policy.fields[0].path, "$.email");
//! assert_eq!(policy.fields[0].action, Operator::Label);
//! let text = policy.to_json_pretty();
//! assert_eq!(Policy::from_json(&text).unwrap(), policy);
//! ```

use crate::report::{Report, Scope};
use crate::{Category, Error, ErrorKind, Operator};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A redaction policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Format version, currently 1.
    #[serde(default = "one")]
    pub version: u32,
    /// Operator per category (categories not listed use their default).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub categories: BTreeMap<Category, Operator>,
    /// Known fields and their actions.
    #[serde(default)]
    pub fields: Vec<FieldRule>,
    /// Paths kept exactly as they are (not scanned, not redacted).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<String>,
    /// What happens to leaves at paths the policy does not list.
    #[serde(default)]
    pub unknown_fields: UnknownFields,
}

fn one() -> u32 {
    1
}

/// One known field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldRule {
    /// JSONPath with `[*]` for array indices.
    pub path: String,
    /// What the field holds.
    pub category: Category,
    /// What to do with it.
    pub action: Operator,
    /// `leaf`: the whole value is redacted even when detection does not fire
    /// on a particular record; `span`: only detected spans are redacted.
    #[serde(default = "leaf")]
    pub scope: Scope,
}

fn leaf() -> Scope {
    Scope::Leaf
}

/// Treatment of leaves at paths a policy does not list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnknownFields {
    /// Run detection as usual (default).
    #[default]
    Detect,
    /// Replace every string/number leaf at an unknown path with `"[REDACTED]"`
    /// (strict allow-listing).
    Redact,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            version: 1,
            categories: BTreeMap::new(),
            fields: Vec::new(),
            allow: Vec::new(),
            unknown_fields: UnknownFields::Detect,
        }
    }
}

impl Policy {
    /// Parses and validates a policy.
    pub fn from_json(text: &str) -> Result<Policy, Error> {
        let policy: Policy = serde_json::from_str(text)
            .map_err(|e| Error::new(ErrorKind::InvalidPolicy, e.to_string()))?;
        policy.validate()?;
        Ok(policy)
    }

    /// Checks version and path syntax.
    pub fn validate(&self) -> Result<(), Error> {
        if self.version != 1 {
            return Err(Error::new(
                ErrorKind::InvalidPolicy,
                format!("unsupported policy version {}", self.version),
            ));
        }
        for path in self.fields.iter().map(|f| &f.path).chain(self.allow.iter()) {
            if !path.starts_with('$') {
                return Err(Error::new(
                    ErrorKind::InvalidPolicy,
                    format!("path `{path}` must start with `$`"),
                ));
            }
        }
        Ok(())
    }

    /// A policy that enforces every field of a report with the default
    /// operator of its category.
    pub fn from_report(report: &Report) -> Policy {
        Policy::from_report_with(report, &BTreeMap::new())
    }

    /// Like [`Policy::from_report`], with operators per category.
    pub fn from_report_with(report: &Report, operators: &BTreeMap<Category, Operator>) -> Policy {
        let mut fields: Vec<FieldRule> = report
            .fields
            .iter()
            .map(|f| FieldRule {
                path: f.path.clone(),
                category: f.category,
                action: operators
                    .get(&f.category)
                    .copied()
                    .unwrap_or_else(|| Operator::default_for(f.category)),
                scope: f.scope,
            })
            .collect();
        fields.sort_by(|a, b| a.path.cmp(&b.path).then(a.category.cmp(&b.category)));
        fields.dedup_by(|a, b| a.path == b.path && a.category == b.category);
        Policy {
            categories: operators.clone(),
            fields,
            ..Policy::default()
        }
    }

    /// Serializes as pretty JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The operator for a category: the policy's, else the default.
    pub fn operator_for(&self, category: Category) -> Operator {
        self.categories
            .get(&category)
            .copied()
            .unwrap_or_else(|| Operator::default_for(category))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_policies() {
        assert_eq!(
            Policy::from_json("{").unwrap_err().kind(),
            ErrorKind::InvalidPolicy
        );
        assert!(Policy::from_json(r#"{"version":2}"#).is_err());
        assert!(Policy::from_json(
            r#"{"fields":[{"path":"email","category":"email","action":"label"}]}"#
        )
        .is_err());
        assert!(Policy::from_json(r#"{"categories":{"nope":"label"}}"#).is_err());
        assert!(Policy::from_json(r#"{"surprise":1}"#).is_err());
        let p = Policy::from_json(r#"{"categories":{"email":"mask"},"unknown_fields":"redact"}"#)
            .unwrap();
        assert_eq!(p.operator_for(Category::Email), Operator::Mask);
        assert_eq!(p.operator_for(Category::Phone), Operator::Label);
        assert_eq!(p.unknown_fields, UnknownFields::Redact);
    }
}
