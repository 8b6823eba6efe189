//! Bad input never panics, never loses data and never passes unscanned
//! bytes through: invalid JSON, invalid UTF-8, truncation, deep nesting,
//! huge strings, NUL bytes, lone surrogates, broken NDJSON lines.

use leakscope::{EngineBuilder, ErrorKind, InputFormat};

fn engine(format: InputFormat) -> leakscope::Engine {
    EngineBuilder::new().format(format).build().unwrap()
}

fn redact_chunked(
    format: InputFormat,
    input: &[u8],
    chunk: usize,
) -> Result<Vec<u8>, leakscope::Error> {
    let e = engine(format);
    let mut r = e.redactor();
    let mut out = Vec::new();
    for c in input.chunks(chunk.max(1)) {
        r.push(c, &mut out)?;
    }
    r.finish(&mut out)?;
    Ok(out)
}

#[test]
fn untouched_json_is_byte_identical() {
    let input = br#"  { "a" : [1, 2.5e3, -0, true, false, null, "x\u00e9\"y"],
        "b": {"c": {}}, "d": [], "e": "plain text"}  "#;
    let out = engine(InputFormat::Json).redact(input).unwrap();
    assert_eq!(out.output, input.to_vec());
}

#[test]
fn chunking_does_not_change_output() {
    let input = br#"{"user":{"email":"jane@example.com","note":"call +1 555 123 4567 or mail bob@example.org","n":[1,2,3],"s":"a\\b\"c"}}"#;
    let whole = redact_chunked(InputFormat::Json, input, input.len()).unwrap();
    for chunk in [1, 2, 3, 7, 16] {
        assert_eq!(
            redact_chunked(InputFormat::Json, input, chunk).unwrap(),
            whole,
            "chunk {chunk}"
        );
    }
}

#[test]
fn invalid_json_names_line_and_offset() {
    let err = engine(InputFormat::Json)
        .redact(b"{\n\"a\": 1,\n\"b\" 2}")
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidJson);
    let pos = err.position().unwrap();
    assert_eq!(pos.line, 3);
    assert_eq!(pos.byte_offset, 14);
    assert!(err.to_string().contains("line 3"));
}

#[test]
fn truncated_input_is_an_error() {
    for input in [
        &b"{\"a\": [1, 2"[..],
        b"{\"a\": \"unterminated",
        b"{\"a\": tru",
        b"[",
        b"{\"a\"",
    ] {
        for chunk in [1, 3, 100] {
            let err = redact_chunked(InputFormat::Json, input, chunk).unwrap_err();
            assert_eq!(
                err.kind(),
                ErrorKind::Truncated,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }
}

#[test]
fn empty_json_input_is_an_error_but_empty_ndjson_is_fine() {
    assert_eq!(
        engine(InputFormat::Json)
            .redact(b"  \n")
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidJson
    );
    assert_eq!(engine(InputFormat::Ndjson).redact(b"").unwrap().output, b"");
}

#[test]
fn invalid_utf8_is_an_error_in_json() {
    let err = engine(InputFormat::Json)
        .redact(b"{\"a\": \"ok\xff\xfe\"}")
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
    assert_eq!(err.position().unwrap().byte_offset, 9);
}

#[test]
fn raw_control_characters_and_nul_are_rejected() {
    let err = engine(InputFormat::Json)
        .redact(b"{\"a\": \"x\x00y\"}")
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidJson);
    let err = engine(InputFormat::Json)
        .redact(b"{\"a\": 1}\x00")
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidJson);
}

#[test]
fn lone_surrogates_are_kept_and_scanned() {
    let input = br#"{"a": "\ud800 jane@example.com"}"#;
    let out = engine(InputFormat::Json).redact(input).unwrap();
    let text = String::from_utf8(out.output).unwrap();
    assert!(!text.contains("jane@example.com"), "{text}");
}

#[test]
fn deep_nesting_is_a_clear_error_not_a_stack_overflow() {
    let mut input = Vec::new();
    input.extend(std::iter::repeat_n(b'[', 100_000));
    input.extend(std::iter::repeat_n(b']', 100_000));
    let err = engine(InputFormat::Json).redact(&input).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooDeep);
    // Allowed depth works with the explicit stack, also far beyond recursion limits.
    let deep = EngineBuilder::new()
        .max_depth(200_000)
        .format(InputFormat::Json)
        .build()
        .unwrap();
    assert_eq!(deep.redact(&input).unwrap().output, input);
}

#[test]
fn huge_strings_are_scanned_inside() {
    let mut input = b"{\"blob\": \"".to_vec();
    input.extend(std::iter::repeat_n(b'a', 20 << 20));
    input.extend_from_slice(b" contact jane@example.com\"}");
    let out = redact_chunked(InputFormat::Json, &input, 1 << 16).unwrap();
    assert!(!out.windows(16).any(|w| w == b"jane@example.com"));
    assert_eq!(
        out.len(),
        input.len() - "jane@example.com".len() + "[EMAIL]".len()
    );
    let small = EngineBuilder::new()
        .max_leaf_bytes(1 << 20)
        .format(InputFormat::Json)
        .build()
        .unwrap();
    let mut r = small.redactor();
    let mut out = Vec::new();
    let err = input
        .chunks(1 << 16)
        .try_for_each(|c| r.push(c, &mut out))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooLarge);
    assert_eq!(
        small.redact(&input).unwrap_err().kind(),
        ErrorKind::TooLarge
    );
}

#[test]
fn broken_ndjson_lines_are_scanned_as_text_and_reported() {
    let input = b"{\"email\":\"a@example.com\"}\n{\"email\":\"b@example.com\", broken\n{\"ok\":1}\n\xff\xfe bob@example.org\n{\"email\":\"c@example.com\"}";
    let e = engine(InputFormat::Ndjson);
    let out = e.redact(input).unwrap();
    let text = String::from_utf8_lossy(&out.output).to_string();
    assert_eq!(
        out.output.iter().filter(|&&b| b == b'\n').count(),
        4,
        "{text}"
    );
    for leaked in [
        "a@example.com",
        "b@example.com",
        "bob@example.org",
        "c@example.com",
    ] {
        assert!(!text.contains(leaked), "{leaked} leaked in {text}");
    }
    assert!(text.contains("{\"ok\":1}"));
    assert_eq!(out.outcome.line_error_count(), 2);
    let report = out.outcome.report();
    assert_eq!(report.errors.len(), 2);
    assert_eq!(report.errors[0].line, 2);
}

#[test]
fn auto_detection_does_not_depend_on_chunking() {
    let input = b"{\"email\":\"a@example.com\"}\n{\"email\":\"b@example.com\"}\n";
    let e = EngineBuilder::new().build().unwrap();
    let whole = e.redact(input).unwrap();
    for chunk in [1, 2, 5] {
        let mut r = e.redactor();
        let mut out = Vec::new();
        for c in input.chunks(chunk) {
            r.push(c, &mut out).unwrap();
        }
        assert_eq!(r.format(), InputFormat::Ndjson);
        let outcome = r.finish(&mut out).unwrap();
        assert_eq!(out, whole.output);
        assert_eq!(outcome.records(), 2);
    }
}

#[test]
fn ndjson_keeps_line_count_and_crlf() {
    let input = b"{\"a\":1}\r\n\r\n{\"a\":2}\n";
    let out = engine(InputFormat::Ndjson).redact(input).unwrap();
    assert_eq!(out.output, input.to_vec());
}

#[test]
fn errors_are_sticky_after_a_failed_push() {
    let e = engine(InputFormat::Json);
    let mut r = e.redactor();
    let mut out = Vec::new();
    assert!(r.push(b"{]", &mut out).is_err());
    assert!(r.push(b"{}", &mut out).is_err());
}
