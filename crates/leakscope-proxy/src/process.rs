//! What the filter does with one whole (buffered) body: the decision logic,
//! free of proxy-wasm calls so that it is tested natively.

use crate::config::{BodyKind, Config, Direction, FailureAction, Mode};
use crate::decode::{decode, DecodeError, Encoding};
use leakscope::{Category, Outcome};

/// Why a body could not be scanned as configured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Larger than `max_body_bytes` (before or after inflating).
    TooLarge,
    /// Not valid JSON / NDJSON, or not UTF-8, or too deep.
    Invalid,
    /// Corrupt compressed data.
    CorruptEncoding,
    /// A `content-encoding` the filter cannot inflate.
    UnsupportedEncoding,
}

impl Failure {
    /// Stable code, used in errors, logs and stats names.
    pub fn code(self) -> &'static str {
        match self {
            Failure::TooLarge => "too_large",
            Failure::Invalid => "invalid_body",
            Failure::CorruptEncoding => "corrupt_encoding",
            Failure::UnsupportedEncoding => "unsupported_encoding",
        }
    }

    /// HTTP status of the rejection.
    pub fn status(self, direction: Direction) -> u32 {
        match (direction, self) {
            (Direction::Request, Failure::TooLarge) => 413,
            (Direction::Request, Failure::UnsupportedEncoding) => 415,
            (Direction::Request, _) => 400,
            (Direction::Response, _) => 502,
        }
    }
}

/// A field finding, for logs: path and category, never the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// JSONPath of the field.
    pub path: String,
    /// What it holds.
    pub category: Category,
}

/// The filter's decision for a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Leave the body exactly as it is.
    Pass,
    /// Replace the body (identity encoding) and set the count header.
    Replace {
        /// The new body.
        body: Vec<u8>,
        /// Values redacted.
        redacted: u64,
        /// True when the body was redacted as text after a failure.
        as_text: bool,
    },
    /// Reject with this status and JSON body.
    Reject {
        /// HTTP status.
        status: u32,
        /// JSON error body.
        body: String,
    },
}

/// Everything about one processed body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    /// What to do.
    pub verdict: Verdict,
    /// Values found (redacted, blocked or reported) per category the filter acts on.
    pub counts: Vec<(Category, u64)>,
    /// Fields with findings (path + category), for the log.
    pub findings: Vec<Finding>,
    /// Set when the body could not be scanned as configured.
    pub failure: Option<Failure>,
}

/// JSON error body of a rejection: names categories or a failure code,
/// never values.
pub fn error_body(direction: Direction, error: &str, categories: &[Category]) -> String {
    let cats: Vec<&str> = categories.iter().map(|c| c.id()).collect();
    serde_json::json!({
        "error": error,
        "direction": direction.id(),
        "categories": cats,
    })
    .to_string()
}

fn findings_of(cfg: &Config, outcome: &Outcome) -> (Vec<(Category, u64)>, Vec<Finding>) {
    let report = outcome.report();
    let mut counts: Vec<(Category, u64)> = Vec::new();
    let mut findings = Vec::new();
    for f in &report.fields {
        if !cfg.acts_on(f.category) {
            continue;
        }
        match counts.iter_mut().find(|(c, _)| *c == f.category) {
            Some((_, n)) => *n += f.count,
            None => counts.push((f.category, f.count)),
        }
        findings.push(Finding {
            path: f.path.clone(),
            category: f.category,
        });
    }
    counts.sort();
    (counts, findings)
}

fn redacted_counts(cfg: &Config, outcome: &Outcome) -> (Vec<(Category, u64)>, Vec<Finding>) {
    let (_, findings) = findings_of(cfg, outcome);
    let counts = outcome
        .redacted_by_category()
        .into_iter()
        .filter(|(c, _)| cfg.acts_on(*c))
        .collect();
    (counts, findings)
}

/// Processes a whole body of `kind` arriving with `encoding`, in `direction`.
pub fn process(
    cfg: &Config,
    direction: Direction,
    kind: BodyKind,
    encoding: Encoding,
    raw: &[u8],
) -> Processed {
    let mode = cfg.direction(direction).mode;
    let fail = |failure: Failure, plain: Option<&[u8]>| -> Processed {
        failed(cfg, direction, mode, failure, plain)
    };
    if raw.len() > cfg.max_body_bytes {
        return fail(Failure::TooLarge, None);
    }
    let body = match decode(encoding, raw, cfg.max_body_bytes) {
        Ok(b) => b,
        Err(DecodeError::TooLarge) => return fail(Failure::TooLarge, None),
        Err(DecodeError::Corrupt) => return fail(Failure::CorruptEncoding, None),
        Err(DecodeError::Unsupported) => return fail(Failure::UnsupportedEncoding, None),
    };
    let engine = cfg.engine(kind);
    match mode {
        Mode::Redact => match engine.redact(&body) {
            Ok(r) => {
                let (counts, findings) = redacted_counts(cfg, &r.outcome);
                Processed {
                    verdict: Verdict::Replace {
                        body: r.output,
                        redacted: r.outcome.redacted_values(),
                        as_text: false,
                    },
                    counts,
                    findings,
                    failure: None,
                }
            }
            Err(_) => fail(Failure::Invalid, Some(&body)),
        },
        Mode::Block | Mode::Report => match engine.scan(&body) {
            Ok(outcome) => {
                let (counts, findings) = findings_of(cfg, &outcome);
                let verdict = if mode == Mode::Block && !counts.is_empty() {
                    let cats: Vec<Category> = counts.iter().map(|(c, _)| *c).collect();
                    Verdict::Reject {
                        status: 403,
                        body: error_body(direction, "sensitive_data", &cats),
                    }
                } else if encoding != Encoding::Identity && mode == Mode::Block {
                    // Scanned and clean: forward the inflated body, so the
                    // downstream sees exactly what was scanned.
                    Verdict::Replace {
                        body,
                        redacted: 0,
                        as_text: false,
                    }
                } else {
                    Verdict::Pass
                };
                Processed {
                    verdict,
                    counts,
                    findings,
                    failure: None,
                }
            }
            Err(_) => fail(Failure::Invalid, Some(&body)),
        },
    }
}

/// The decision for a body that could not be scanned as configured.
/// `plain` is the decoded body when there is one.
pub fn failed(
    cfg: &Config,
    direction: Direction,
    mode: Mode,
    failure: Failure,
    plain: Option<&[u8]>,
) -> Processed {
    let none = |verdict| Processed {
        verdict,
        counts: Vec::new(),
        findings: Vec::new(),
        failure: Some(failure),
    };
    if mode == Mode::Report {
        return none(Verdict::Pass);
    }
    if cfg.on_failure == FailureAction::RedactAsText {
        if let Some(body) = plain {
            if let Ok(r) = cfg.ndjson.redact(body) {
                let (counts, findings) = redacted_counts(cfg, &r.outcome);
                if mode == Mode::Block && !counts.is_empty() {
                    let cats: Vec<Category> = counts.iter().map(|(c, _)| *c).collect();
                    return Processed {
                        verdict: Verdict::Reject {
                            status: 403,
                            body: error_body(direction, "sensitive_data", &cats),
                        },
                        counts,
                        findings,
                        failure: Some(failure),
                    };
                }
                return Processed {
                    verdict: Verdict::Replace {
                        body: r.output,
                        redacted: r.outcome.redacted_values(),
                        as_text: true,
                    },
                    counts,
                    findings,
                    failure: Some(failure),
                };
            }
        }
    }
    none(Verdict::Reject {
        status: failure.status(direction),
        body: error_body(direction, failure.code(), &[]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use flate2::Compression;
    use std::io::Write;

    const DOC: &[u8] = br#"{"user":{"email":"jane@example.com","ssid":"Home WiFi","plan":"pro"}}"#;

    fn cfg(s: &str) -> Config {
        Config::parse(s.as_bytes()).unwrap()
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn body_of(p: &Processed) -> String {
        match &p.verdict {
            Verdict::Replace { body, .. } => String::from_utf8(body.clone()).unwrap(),
            Verdict::Reject { body, .. } => body.clone(),
            Verdict::Pass => String::new(),
        }
    }

    #[test]
    fn redact_matches_engine() {
        let c = cfg("");
        let p = process(
            &c,
            Direction::Response,
            BodyKind::Json,
            Encoding::Identity,
            DOC,
        );
        let want = c.json.redact(DOC).unwrap().output;
        assert_eq!(
            p.verdict,
            Verdict::Replace {
                body: want,
                redacted: 2,
                as_text: false
            }
        );
        assert_eq!(
            p.counts,
            vec![(Category::Email, 1), (Category::WifiSsid, 1)]
        );
        assert!(p.findings.iter().any(|f| f.path == "$.user.email"));
        assert_eq!(p.failure, None);
    }

    #[test]
    fn gzip_is_inflated_and_redacted() {
        let c = cfg("");
        let p = process(
            &c,
            Direction::Response,
            BodyKind::Json,
            Encoding::Gzip,
            &gzip(DOC),
        );
        assert!(body_of(&p).contains("[EMAIL]"));
        assert!(!body_of(&p).contains("jane"));
    }

    #[test]
    fn block_names_categories_never_values() {
        let c = cfg(r#"{"mode":"block"}"#);
        let p = process(
            &c,
            Direction::Response,
            BodyKind::Json,
            Encoding::Identity,
            DOC,
        );
        match &p.verdict {
            Verdict::Reject { status, body } => {
                assert_eq!(*status, 403);
                assert!(
                    body.contains("email") && body.contains("wifi_ssid"),
                    "{body}"
                );
                assert!(!body.contains("jane") && !body.contains("Home"), "{body}");
            }
            v => panic!("{v:?}"),
        }
        let clean = br#"{"plan":"pro"}"#;
        let p = process(
            &c,
            Direction::Response,
            BodyKind::Json,
            Encoding::Identity,
            clean,
        );
        assert_eq!(p.verdict, Verdict::Pass);
    }

    #[test]
    fn report_passes_and_counts() {
        let c = cfg(r#"{"mode":"report"}"#);
        let p = process(
            &c,
            Direction::Response,
            BodyKind::Json,
            Encoding::Identity,
            DOC,
        );
        assert_eq!(p.verdict, Verdict::Pass);
        assert_eq!(p.counts.len(), 2);
        let p = process(
            &c,
            Direction::Response,
            BodyKind::Json,
            Encoding::Identity,
            b"{bad",
        );
        assert_eq!(p.verdict, Verdict::Pass);
        assert_eq!(p.failure, Some(Failure::Invalid));
    }

    #[test]
    fn failures_block_by_default() {
        let c = cfg(r#"{"max_body_bytes":64}"#);
        let big = [b' '; 100];
        for (dir, body, enc, status, code) in [
            (
                Direction::Response,
                &b"{\"email\": jane@example.com"[..],
                Encoding::Identity,
                502,
                "invalid_body",
            ),
            (
                Direction::Request,
                &b"{\"email\": jane@example.com"[..],
                Encoding::Identity,
                400,
                "invalid_body",
            ),
            (
                Direction::Request,
                &big[..],
                Encoding::Identity,
                413,
                "too_large",
            ),
            (
                Direction::Response,
                &big[..],
                Encoding::Identity,
                502,
                "too_large",
            ),
            (
                Direction::Response,
                &b"xx"[..],
                Encoding::Gzip,
                502,
                "corrupt_encoding",
            ),
            (
                Direction::Response,
                &b"xx"[..],
                Encoding::Unsupported,
                502,
                "unsupported_encoding",
            ),
        ] {
            let p = process(&c, dir, BodyKind::Json, enc, body);
            match &p.verdict {
                Verdict::Reject { status: s, body } => {
                    assert_eq!(*s, status);
                    assert!(body.contains(code), "{body}");
                    assert!(!body.contains("jane"));
                }
                v => panic!("{v:?}"),
            }
        }
    }

    #[test]
    fn gzip_bomb_is_too_large() {
        let c = cfg(r#"{"max_body_bytes":1000}"#);
        let bomb = gzip(&vec![b' '; 100_000]);
        assert!(bomb.len() < 1000);
        let p = process(
            &c,
            Direction::Response,
            BodyKind::Json,
            Encoding::Gzip,
            &bomb,
        );
        assert_eq!(p.failure, Some(Failure::TooLarge));
    }

    #[test]
    fn redact_as_text_on_invalid_json() {
        let c = cfg(r#"{"on_failure":"redact_as_text"}"#);
        let body = b"{\"email\": jane@example.com, oops\n";
        let p = process(
            &c,
            Direction::Response,
            BodyKind::Json,
            Encoding::Identity,
            body,
        );
        assert_eq!(p.failure, Some(Failure::Invalid));
        let out = body_of(&p);
        assert!(matches!(p.verdict, Verdict::Replace { as_text: true, .. }));
        assert!(!out.contains("jane@example.com"), "{out}");
    }
}
