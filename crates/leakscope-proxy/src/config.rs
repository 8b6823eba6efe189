//! Plugin configuration: the JSON object given as `configuration` of the
//! Wasm plugin in the Envoy (or Istio `WasmPlugin`) config.
//!
//! Parsing is strict (unknown keys are errors) so that a typo fails at load
//! time instead of silently turning the filter into a pass-through.

use base64::Engine as _;
use leakscope::{Category, Engine, EngineBuilder, InputFormat, Operator, Policy};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// Default largest body (after decompression) the filter buffers and scans.
pub const DEFAULT_MAX_BODY_BYTES: usize = 8 << 20;

/// Default response/request header that carries the number of redacted values.
pub const DEFAULT_COUNT_HEADER: &str = "x-leakscope-redacted";

/// What the filter does with personal data it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Replace the values (the body keeps its structure).
    Redact,
    /// Answer 403 with a JSON error naming the categories (never the values).
    Block,
    /// Pass the body through unchanged; count and log.
    Report,
}

impl Mode {
    /// snake_case id, as in the configuration and the stats names.
    pub fn id(self) -> &'static str {
        match self {
            Mode::Redact => "redact",
            Mode::Block => "block",
            Mode::Report => "report",
        }
    }
}

/// What happens to a body that cannot be scanned as configured (too large,
/// invalid JSON, unsupported encoding, internal error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureAction {
    /// Reject it (request: 400/413, response: 502), with a JSON error.
    Block,
    /// Redact it as text: line by line, lines that are not JSON are scanned
    /// as free text. Bodies over the size limit are redacted as a stream.
    RedactAsText,
}

/// Which way a body travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Client to upstream.
    Request,
    /// Upstream to client.
    Response,
}

impl Direction {
    /// Lower-case id used in stats names, logs and errors.
    pub fn id(self) -> &'static str {
        match self {
            Direction::Request => "request",
            Direction::Response => "response",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDirection {
    #[serde(default)]
    enabled: Option<bool>,
    #[serde(default)]
    mode: Option<Mode>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    mode: Option<Mode>,
    categories: Option<Vec<String>>,
    #[serde(default)]
    operators: BTreeMap<String, String>,
    policy: Option<serde_json::Value>,
    hmac_key: Option<String>,
    hmac_key_base64: Option<String>,
    max_body_bytes: Option<usize>,
    on_failure: Option<FailureAction>,
    content_types: Option<Vec<String>>,
    request: Option<RawDirection>,
    response: Option<RawDirection>,
    count_header: Option<String>,
    strip_accept_encoding: Option<bool>,
    test_panic_header: Option<String>,
}

/// A configuration error, reported at load time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

fn err<T>(msg: impl Into<String>) -> Result<T, ConfigError> {
    Err(ConfigError(msg.into()))
}

/// Settings of one direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirectionConfig {
    /// Whether bodies in this direction are scanned at all.
    pub enabled: bool,
    /// What is done with findings.
    pub mode: Mode,
}

/// Body framing of a scanned content type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// One JSON document.
    Json,
    /// One JSON document per line.
    Ndjson,
}

/// The validated configuration, with engines built once per plugin.
#[derive(Debug, Clone)]
pub struct Config {
    /// Request-body settings (off by default).
    pub request: DirectionConfig,
    /// Response-body settings (on, `redact`, by default).
    pub response: DirectionConfig,
    /// Largest body buffered and scanned, after decompression.
    pub max_body_bytes: usize,
    /// What happens to bodies that cannot be scanned.
    pub on_failure: FailureAction,
    /// Categories the filter acts on; `None`: all 21.
    pub categories: Option<Vec<Category>>,
    /// Content types scanned: exact media types, or suffixes starting with `+`.
    pub content_types: Vec<String>,
    /// Header carrying the number of redacted values.
    pub count_header: String,
    /// Remove `accept-encoding` from requests when responses are scanned.
    pub strip_accept_encoding: bool,
    /// Testing only: a request header that makes the filter panic.
    pub test_panic_header: Option<String>,
    /// Engine for JSON bodies.
    pub json: Engine,
    /// Engine for NDJSON bodies and for redact-as-text.
    pub ndjson: Engine,
}

const NDJSON_TYPES: [&str; 4] = [
    "application/x-ndjson",
    "application/ndjson",
    "application/jsonl",
    "application/x-jsonlines",
];

fn default_content_types() -> Vec<String> {
    let mut v = vec!["application/json".to_string()];
    v.extend(NDJSON_TYPES.iter().map(|s| s.to_string()));
    v.push("+json".to_string());
    v
}

impl Config {
    /// Parses and validates the plugin configuration. An empty configuration
    /// means all defaults.
    pub fn parse(bytes: &[u8]) -> Result<Config, ConfigError> {
        let trimmed = bytes.iter().all(|b| b.is_ascii_whitespace());
        let raw: RawConfig = if trimmed {
            RawConfig::default()
        } else {
            serde_json::from_slice(bytes)
                .map_err(|e| ConfigError(format!("configuration is not valid: {e}")))?
        };
        Config::from_raw(raw)
    }

    fn from_raw(raw: RawConfig) -> Result<Config, ConfigError> {
        let mode = raw.mode.unwrap_or(Mode::Redact);
        let dir = |d: Option<RawDirection>, on: bool| DirectionConfig {
            enabled: d.as_ref().and_then(|d| d.enabled).unwrap_or(on),
            mode: d.and_then(|d| d.mode).unwrap_or(mode),
        };
        let request = dir(raw.request, false);
        let response = dir(raw.response, true);

        let max_body_bytes = raw.max_body_bytes.unwrap_or(DEFAULT_MAX_BODY_BYTES);
        if max_body_bytes == 0 {
            return err("max_body_bytes must be at least 1");
        }

        let categories = match raw.categories {
            None => None,
            Some(ids) => {
                if ids.is_empty() {
                    return err("categories is empty: leave it out to act on all categories");
                }
                let mut v = Vec::new();
                for id in &ids {
                    match Category::from_id(id) {
                        Some(c) => v.push(c),
                        None => return err(format!("unknown category {id:?}")),
                    }
                }
                Some(v)
            }
        };

        let mut builder = EngineBuilder::new();
        if let Some(p) = raw.policy {
            let text = match p {
                serde_json::Value::String(s) => s,
                other @ serde_json::Value::Object(_) => other.to_string(),
                _ => return err("policy must be a JSON object or a string holding one"),
            };
            let policy = Policy::from_json(&text)
                .map_err(|e| ConfigError(format!("invalid policy: {}", e.message())))?;
            builder = builder.policy(policy);
        }
        if let Some(cats) = &categories {
            for c in Category::ALL {
                if !cats.contains(&c) {
                    builder = builder.operator(c, Operator::Keep);
                }
            }
        }
        for (cat, op) in &raw.operators {
            let c = Category::from_id(cat)
                .ok_or_else(|| ConfigError(format!("operators: unknown category {cat:?}")))?;
            let o = Operator::from_id(op).ok_or_else(|| {
                ConfigError(format!(
                    "operators: unknown operator {op:?} for {cat} (keep, label, mask, null, pseudonymize)"
                ))
            })?;
            if let Some(cats) = &categories {
                if !cats.contains(&c) {
                    return err(format!(
                        "operators: {cat} is not in categories, so it would never be acted on"
                    ));
                }
            }
            builder = builder.operator(c, o);
        }
        let key = match (raw.hmac_key, raw.hmac_key_base64) {
            (Some(_), Some(_)) => return err("give hmac_key or hmac_key_base64, not both"),
            (Some(k), None) => Some(k.into_bytes()),
            (None, Some(b)) => Some(
                base64::engine::general_purpose::STANDARD
                    .decode(b.trim())
                    .map_err(|e| ConfigError(format!("hmac_key_base64: {e}")))?,
            ),
            (None, None) => None,
        };
        if let Some(k) = key {
            if k.is_empty() {
                return err("hmac key is empty");
            }
            builder = builder.hmac_key(k);
        }
        let json = builder
            .clone()
            .format(InputFormat::Json)
            .build()
            .map_err(|e| ConfigError(e.message().to_string()))?;
        let ndjson = builder
            .format(InputFormat::Ndjson)
            .build()
            .map_err(|e| ConfigError(e.message().to_string()))?;

        let content_types = match raw.content_types {
            None => default_content_types(),
            Some(v) => {
                if v.is_empty() {
                    return err("content_types is empty: nothing would be scanned");
                }
                let mut out = Vec::new();
                for t in v {
                    let t = t.trim().to_ascii_lowercase();
                    let ok = if let Some(suffix) = t.strip_prefix('+') {
                        !suffix.is_empty() && !suffix.contains('/')
                    } else {
                        t.split_once('/')
                            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
                    };
                    if !ok {
                        return err(format!(
                            "content_types: {t:?} is neither a media type (type/subtype) nor a suffix (+json)"
                        ));
                    }
                    out.push(t);
                }
                out
            }
        };

        let count_header = raw
            .count_header
            .unwrap_or_else(|| DEFAULT_COUNT_HEADER.to_string())
            .to_ascii_lowercase();
        if count_header.is_empty()
            || !count_header
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return err(format!(
                "count_header {count_header:?} is not a header name"
            ));
        }

        Ok(Config {
            request,
            response,
            max_body_bytes,
            on_failure: raw.on_failure.unwrap_or(FailureAction::Block),
            categories,
            content_types,
            count_header,
            strip_accept_encoding: raw.strip_accept_encoding.unwrap_or(true),
            test_panic_header: raw.test_panic_header.map(|h| h.to_ascii_lowercase()),
            json,
            ndjson,
        })
    }

    /// Settings of one direction.
    pub fn direction(&self, d: Direction) -> DirectionConfig {
        match d {
            Direction::Request => self.request,
            Direction::Response => self.response,
        }
    }

    /// True when the filter acts on this category.
    pub fn acts_on(&self, c: Category) -> bool {
        self.categories.as_ref().is_none_or(|v| v.contains(&c))
    }

    /// The framing of a body with this `content-type` header value, or `None`
    /// when the type is not scanned.
    pub fn body_kind(&self, content_type: &str) -> Option<BodyKind> {
        let media = content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if media.is_empty() {
            return None;
        }
        let listed = self.content_types.iter().any(|t| {
            if t.starts_with('+') {
                media.ends_with(t.as_str())
            } else {
                *t == media
            }
        });
        if !listed {
            return None;
        }
        if NDJSON_TYPES.contains(&media.as_str()) {
            Some(BodyKind::Ndjson)
        } else {
            Some(BodyKind::Json)
        }
    }

    /// The engine for a body kind.
    pub fn engine(&self, kind: BodyKind) -> &Engine {
        match kind {
            BodyKind::Json => &self.json,
            BodyKind::Ndjson => &self.ndjson,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Config, ConfigError> {
        Config::parse(s.as_bytes())
    }

    #[test]
    fn empty_config_is_all_defaults() {
        let c = parse("").unwrap();
        assert!(c.response.enabled);
        assert_eq!(c.response.mode, Mode::Redact);
        assert!(!c.request.enabled);
        assert_eq!(c.on_failure, FailureAction::Block);
        assert_eq!(c.max_body_bytes, DEFAULT_MAX_BODY_BYTES);
        assert_eq!(c.count_header, DEFAULT_COUNT_HEADER);
    }

    #[test]
    fn full_config() {
        let c = parse(
            r#"{"mode":"block","categories":["email","phone"],"operators":{"email":"pseudonymize"},
                "hmac_key":"k","max_body_bytes":100,"on_failure":"redact_as_text",
                "content_types":["application/json","+json"],
                "request":{"enabled":true,"mode":"redact"},"response":{"mode":"report"},
                "count_header":"X-Count"}"#,
        )
        .unwrap();
        assert_eq!(
            c.request,
            DirectionConfig {
                enabled: true,
                mode: Mode::Redact
            }
        );
        assert_eq!(
            c.response,
            DirectionConfig {
                enabled: true,
                mode: Mode::Report
            }
        );
        assert!(c.acts_on(Category::Email));
        assert!(!c.acts_on(Category::Iban));
        assert_eq!(c.count_header, "x-count");
        assert_eq!(c.on_failure, FailureAction::RedactAsText);
    }

    #[test]
    fn invalid_configs_fail_with_a_reason() {
        for (cfg, needle) in [
            (r#"{"mode":"drop"}"#, "unknown variant"),
            (r#"{"modes":"redact"}"#, "unknown field"),
            (r#"{"categories":["emails"]}"#, "unknown category"),
            (r#"{"categories":[]}"#, "empty"),
            (r#"{"operators":{"email":"shred"}}"#, "unknown operator"),
            (r#"{"operators":{"email":"pseudonymize"}}"#, "HMAC"),
            (
                r#"{"categories":["phone"],"operators":{"email":"mask"}}"#,
                "not in categories",
            ),
            (r#"{"policy":{"version":1,"bogus":true}}"#, "invalid policy"),
            (r#"{"policy":3}"#, "policy must be"),
            (r#"{"max_body_bytes":0}"#, "max_body_bytes"),
            (r#"{"content_types":["json"]}"#, "content_types"),
            (r#"{"hmac_key_base64":"***"}"#, "hmac_key_base64"),
            (r#"{"count_header":"bad header"}"#, "count_header"),
            ("[1,2", "not valid"),
        ] {
            let e = parse(cfg).expect_err(cfg);
            assert!(e.0.contains(needle), "{cfg}: {e}");
        }
    }

    #[test]
    fn content_types() {
        let c = parse("").unwrap();
        assert_eq!(
            c.body_kind("application/json; charset=utf-8"),
            Some(BodyKind::Json)
        );
        assert_eq!(c.body_kind("Application/JSON"), Some(BodyKind::Json));
        assert_eq!(
            c.body_kind("application/problem+json"),
            Some(BodyKind::Json)
        );
        assert_eq!(c.body_kind("application/x-ndjson"), Some(BodyKind::Ndjson));
        assert_eq!(c.body_kind("text/plain"), None);
        assert_eq!(c.body_kind(""), None);
        let c = parse(r#"{"content_types":["application/json"]}"#).unwrap();
        assert_eq!(c.body_kind("application/problem+json"), None);
    }

    #[test]
    fn policy_as_string_or_object() {
        let p = r#"{"version":1,"categories":{"email":"mask"}}"#;
        let c = parse(&format!(
            r#"{{"policy":{}}}"#,
            serde_json::to_string(p).unwrap()
        ))
        .unwrap();
        let out = c.json.redact(br#"{"email":"jane@example.com"}"#).unwrap();
        assert_eq!(out.output, br#"{"email":"j***@example.com"}"#);
        let c = parse(&format!(r#"{{"policy":{p}}}"#)).unwrap();
        let out = c.json.redact(br#"{"email":"jane@example.com"}"#).unwrap();
        assert_eq!(out.output, br#"{"email":"j***@example.com"}"#);
    }

    #[test]
    fn categories_limit_what_is_redacted() {
        let c = parse(r#"{"categories":["wifi_ssid"]}"#).unwrap();
        let out = c
            .json
            .redact(br#"{"email":"jane@example.com","ssid":"Home WiFi"}"#)
            .unwrap();
        assert_eq!(
            out.output,
            br#"{"email":"jane@example.com","ssid":"[WIFI_SSID]"}"#
        );
    }
}
