//! Property tests: for any JSON document, the redacted output parses, has
//! the same paths, only replaces leaves (with strings or null), keeps every
//! other byte, and does not depend on how the input was chunked.

use leakscope::{EngineBuilder, InputFormat};
use proptest::prelude::*;
use serde_json::Value;

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-100_000i64..100_000).prop_map(|n| Value::from(n as f64 / 8.0)),
        "[a-z ]{0,12}".prop_map(Value::from),
        prop_oneof![
            Just("jane.doe@example.com"),
            Just("+1 555 123 4567"),
            Just("192.0.2.44"),
            Just("aa:bb:cc:dd:ee:ff"),
            Just("4111 1111 1111 1111"),
            Just("DE89370400440532013000"),
            Just("AKIAIOSFODNN7EXAMPLE"),
            Just("Atza|IwEBIExampleTokenValue0123456789"),
            Just("My Home WiFi"),
            Just("82.5 kg"),
            Just("café \"quoted\" \\ back\nslash"),
            Just("\u{1F600} emoji"),
        ]
        .prop_map(Value::from),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,8}",
        prop_oneof![
            Just("email"),
            Just("ssid"),
            Just("name"),
            Just("weight"),
            Just("height"),
            Just("password"),
            Just("token"),
            Just("gender"),
            Just("value"),
            Just("columns"),
            Just("rows"),
            Just("user"),
            Just("width"),
            Just("a.b"),
            Just("it's"),
        ]
        .prop_map(String::from),
    ]
}

fn json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Puts the input's leaf back wherever the output changed it; checks the
/// shape on the way.
fn restore(input: &Value, output: &mut Value, changed: &mut usize) -> Result<(), String> {
    match (input, &mut *output) {
        (Value::Object(a), Value::Object(b)) => {
            if a.len() != b.len() {
                return Err("object size changed".into());
            }
            for (k, v) in a {
                let w = b.get_mut(k).ok_or_else(|| format!("key {k} lost"))?;
                restore(v, w, changed)?;
            }
            Ok(())
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                return Err("array length changed".into());
            }
            for (v, w) in a.iter().zip(b.iter_mut()) {
                restore(v, w, changed)?;
            }
            Ok(())
        }
        (Value::Object(_) | Value::Array(_), _) => Err("container replaced".into()),
        (a, b) => {
            if a != b {
                if !matches!(b, Value::String(_) | Value::Null) {
                    return Err(format!("leaf replaced by non-string {b}"));
                }
                *changed += 1;
                *b = a.clone();
            }
            Ok(())
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn redaction_keeps_structure_and_untouched_bytes(doc in json(), pretty in any::<bool>(), chunk in 1usize..64) {
        let text = if pretty { serde_json::to_string_pretty(&doc).unwrap() } else { serde_json::to_string(&doc).unwrap() };
        let engine = EngineBuilder::new().format(InputFormat::Json).build().unwrap();
        let whole = engine.redact(text.as_bytes()).unwrap();
        let mut parsed: Value = serde_json::from_slice(&whole.output).map_err(|e| TestCaseError::fail(format!("output does not parse: {e}")))?;
        let mut changed = 0;
        restore(&doc, &mut parsed, &mut changed).map_err(TestCaseError::fail)?;
        prop_assert_eq!(&parsed, &doc);
        if changed == 0 {
            prop_assert_eq!(&whole.output, &text.as_bytes().to_vec());
        }
        // Chunked input gives the same bytes.
        let mut r = engine.redactor();
        let mut out = Vec::new();
        for c in text.as_bytes().chunks(chunk) {
            r.push(c, &mut out).unwrap();
        }
        r.finish(&mut out).unwrap();
        prop_assert_eq!(out, whole.output);
    }

    #[test]
    fn ndjson_keeps_line_count(docs in prop::collection::vec(json(), 0..8)) {
        let text: String = docs.iter().map(|d| serde_json::to_string(d).unwrap() + "\n").collect();
        let engine = EngineBuilder::new().format(InputFormat::Ndjson).build().unwrap();
        let out = engine.redact(text.as_bytes()).unwrap();
        prop_assert_eq!(out.output.iter().filter(|&&b| b == b'\n').count(), docs.len());
        for (line, doc) in out.output.split(|&b| b == b'\n').zip(&docs) {
            let mut parsed: Value = serde_json::from_slice(line).unwrap();
            let mut changed = 0;
            restore(doc, &mut parsed, &mut changed).map_err(TestCaseError::fail)?;
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(prop_oneof![any::<u8>(), Just(b'{'), Just(b'"'), Just(b'\n'), Just(b'}')], 0..256), ndjson in any::<bool>()) {
        let format = if ndjson { InputFormat::Ndjson } else { InputFormat::Json };
        let engine = EngineBuilder::new().format(format).build().unwrap();
        let whole = engine.redact(&bytes);
        // Chunked runs agree with one-shot runs, on success and on failure.
        let mut r = engine.redactor();
        let mut out = Vec::new();
        let streamed = bytes
            .chunks(3)
            .try_for_each(|c| r.push(c, &mut out))
            .and_then(|_| r.finish(&mut out).map(|_| ()));
        prop_assert_eq!(whole.is_ok(), streamed.is_ok());
        if let Ok(w) = whole {
            prop_assert_eq!(w.output, out);
        }
    }
}
