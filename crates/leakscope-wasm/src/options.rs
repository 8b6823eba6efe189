//! Engine options as they arrive from JavaScript, validated into an
//! [`EngineBuilder`].

use crate::WasmError;
use leakscope::{Category, EngineBuilder, InputFormat, Operator, Policy};
use std::collections::BTreeMap;

/// Validated options for one engine.
#[derive(Debug, Clone)]
pub struct EngineOptions {
    format: InputFormat,
    operators: BTreeMap<Category, Operator>,
    policy: Option<Policy>,
    hmac_key: Option<Vec<u8>>,
    max_depth: Option<usize>,
    max_leaf_bytes: Option<usize>,
}

fn config_error(message: impl Into<String>) -> WasmError {
    WasmError::new("invalid_config", message)
}

/// Parses `{"category_id": "operator_id", ...}`.
pub fn parse_operators(json: &str) -> Result<BTreeMap<Category, Operator>, WasmError> {
    let raw: BTreeMap<String, String> = serde_json::from_str(json).map_err(|e| {
        config_error(format!(
            "operators must map category ids to operator ids: {e}"
        ))
    })?;
    let mut operators = BTreeMap::new();
    for (category, operator) in raw {
        let c = Category::from_id(&category)
            .ok_or_else(|| config_error(format!("unknown category `{category}` in operators")))?;
        let o = Operator::from_id(&operator).ok_or_else(|| {
            config_error(format!(
                "unknown operator `{operator}` for `{category}` (keep, label, mask, null, pseudonymize)"
            ))
        })?;
        operators.insert(c, o);
    }
    Ok(operators)
}

fn parse_format(format: &str) -> Result<InputFormat, WasmError> {
    match format {
        "auto" => Ok(InputFormat::Auto),
        "json" => Ok(InputFormat::Json),
        "ndjson" => Ok(InputFormat::Ndjson),
        other => Err(config_error(format!(
            "unknown format `{other}` (auto, json, ndjson)"
        ))),
    }
}

impl EngineOptions {
    /// Validates raw options; `0` limits mean the core's defaults.
    pub fn parse(
        format: &str,
        operators_json: &str,
        policy_json: Option<&str>,
        hmac_key: Option<Vec<u8>>,
        max_depth: u32,
        max_leaf_bytes: u32,
    ) -> Result<EngineOptions, WasmError> {
        let policy = match policy_json {
            Some(text) => Some(Policy::from_json(text)?),
            None => None,
        };
        let nonzero = |n: u32| (n > 0).then_some(n as usize);
        Ok(EngineOptions {
            format: parse_format(format)?,
            operators: parse_operators(operators_json)?,
            policy,
            hmac_key,
            max_depth: nonzero(max_depth),
            max_leaf_bytes: nonzero(max_leaf_bytes),
        })
    }

    /// Builds the engine (the core checks the combination, e.g.
    /// pseudonymization without a key).
    pub fn build(self) -> Result<leakscope::Engine, WasmError> {
        let mut builder = EngineBuilder::new().format(self.format);
        if let Some(policy) = self.policy {
            builder = builder.policy(policy);
        }
        if let Some(key) = self.hmac_key {
            builder = builder.hmac_key(key);
        }
        for (category, operator) in self.operators {
            builder = builder.operator(category, operator);
        }
        if let Some(depth) = self.max_depth {
            builder = builder.max_depth(depth);
        }
        if let Some(bytes) = self.max_leaf_bytes {
            builder = builder.max_leaf_bytes(bytes);
        }
        Ok(builder.build()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_are_validated() {
        let ops = parse_operators(r#"{"email":"mask","phone":"null"}"#).unwrap();
        assert_eq!(ops.get(&Category::Email), Some(&Operator::Mask));
        assert_eq!(ops.get(&Category::Phone), Some(&Operator::Null));
        assert_eq!(
            parse_operators(r#"{"nope":"mask"}"#).unwrap_err().code(),
            "invalid_config"
        );
        assert_eq!(
            parse_operators(r#"{"email":"burn"}"#).unwrap_err().code(),
            "invalid_config"
        );
        assert_eq!(
            parse_operators(r#"[1]"#).unwrap_err().code(),
            "invalid_config"
        );
    }

    #[test]
    fn formats_are_validated() {
        assert_eq!(parse_format("ndjson").unwrap(), InputFormat::Ndjson);
        assert_eq!(parse_format("NDJSON").unwrap_err().code(), "invalid_config");
    }
}
