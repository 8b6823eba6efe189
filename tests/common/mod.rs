//! Helpers shared by the rule-by-rule integration tests: redact one
//! document and check what left it and what stayed.

#![allow(dead_code)] // Each test file uses its own subset.

use leakscope::{EngineBuilder, InputFormat};

/// The redacted output of `input` read as `format`.
pub fn redact_as(input: &str, format: InputFormat) -> String {
    let engine = EngineBuilder::new().format(format).build().expect("engine");
    let out = engine.redact(input.as_bytes()).expect("redact").output;
    String::from_utf8(out).expect("utf-8")
}

/// The redacted output of `input` read as one JSON document.
pub fn redact(input: &str) -> String {
    redact_as(input, InputFormat::Json)
}

/// Asserts that redaction leaves `input` byte for byte as it was.
#[track_caller]
pub fn kept(input: &str) {
    assert_eq!(redact(input), input);
}

/// Asserts that `gone` left the output and `label` took a place in it.
#[track_caller]
pub fn redacted(input: &str, gone: &str, label: &str) {
    let out = redact(input);
    assert!(!out.contains(gone), "{gone:?} left in {out}");
    assert!(out.contains(label), "no {label} in {out}");
}

/// Asserts that `text` is still in `out`.
#[track_caller]
pub fn keeps(out: &str, text: &str) {
    assert!(out.contains(text), "{text:?} redacted in {out}");
}

/// Asserts that `text` is gone from `out`.
#[track_caller]
pub fn removes(out: &str, text: &str) {
    assert!(!out.contains(text), "{text:?} left in {out}");
}
