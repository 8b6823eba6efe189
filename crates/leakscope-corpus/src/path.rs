//! Wildcard JSONPaths as in `shared/report-format.md`, and a walk over the
//! leaves of a `serde_json` value.

use serde_json::Value;

/// Appends one object key: `.name` for identifier keys, `['key']` otherwise.
pub fn push_key(path: &mut String, key: &str) {
    let mut bytes = key.bytes();
    let identifier = match bytes.next() {
        Some(b) if b.is_ascii_alphabetic() || b == b'_' => {
            bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
        }
        _ => false,
    };
    if identifier {
        path.push('.');
        path.push_str(key);
    } else {
        path.push_str("['");
        for c in key.chars() {
            match c {
                '\'' => path.push_str("\\'"),
                '\\' => path.push_str("\\\\"),
                _ => path.push(c),
            }
        }
        path.push_str("']");
    }
}

/// Appends the array wildcard.
pub fn push_index(path: &mut String) {
    path.push_str("[*]");
}

/// Is the value a leaf (string, number or boolean)?
pub fn is_leaf(v: &Value) -> bool {
    matches!(v, Value::String(_) | Value::Number(_) | Value::Bool(_))
}

/// The text of a leaf: the string itself, the number or boolean as written.
pub fn leaf_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::from("null"),
        other => other.to_string(),
    }
}

/// Visits every leaf of `input` with its wildcard path and the value at the
/// same concrete position in `output` (if any). `on_shape` is called with a
/// path where the output's structure differs from the input's.
pub fn walk_pair<'a>(
    input: &'a Value,
    output: Option<&'a Value>,
    path: &mut String,
    on_leaf: &mut dyn FnMut(&str, &'a Value, Option<&'a Value>),
    on_shape: &mut dyn FnMut(&str),
) {
    match input {
        Value::Object(map) => {
            let out_map = match output {
                Some(Value::Object(m)) => Some(m),
                _ => {
                    on_shape(path);
                    None
                }
            };
            if let Some(m) = out_map {
                if m.len() != map.len() {
                    on_shape(path);
                }
            }
            for (k, v) in map {
                let len = path.len();
                push_key(path, k);
                let o = out_map.and_then(|m| m.get(k));
                walk_pair(v, o, path, on_leaf, on_shape);
                path.truncate(len);
            }
        }
        Value::Array(items) => {
            let out_items = match output {
                Some(Value::Array(a)) => Some(a),
                _ => {
                    on_shape(path);
                    None
                }
            };
            if let Some(a) = out_items {
                if a.len() != items.len() {
                    on_shape(path);
                }
            }
            let len = path.len();
            push_index(path);
            for (i, v) in items.iter().enumerate() {
                let o = out_items.and_then(|a| a.get(i));
                walk_pair(v, o, path, on_leaf, on_shape);
            }
            path.truncate(len);
        }
        Value::Null => {}
        leaf => on_leaf(path, leaf, output),
    }
}

/// Visits every leaf of `value` mutably with its wildcard path.
pub fn walk_mut(value: &mut Value, path: &mut String, f: &mut dyn FnMut(&str, &mut Value)) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                let len = path.len();
                push_key(path, k);
                walk_mut(v, path, f);
                path.truncate(len);
            }
        }
        Value::Array(items) => {
            let len = path.len();
            push_index(path);
            for v in items.iter_mut() {
                walk_mut(v, path, f);
            }
            path.truncate(len);
        }
        Value::Null => {}
        leaf => f(path, leaf),
    }
}

/// Splits NDJSON into its non-blank lines (a trailing `\r` is dropped).
pub fn ndjson_lines(bytes: &[u8]) -> Vec<&[u8]> {
    bytes
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| l.iter().any(|b| !b.is_ascii_whitespace()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_paths() {
        let mut p = String::from("$");
        push_key(&mut p, "_source");
        push_index(&mut p);
        push_key(&mut p, "it's");
        push_key(&mut p, "tls.key");
        push_key(&mut p, "1st");
        assert_eq!(p, "$._source[*]['it\\'s']['tls.key']['1st']");
    }

    #[test]
    fn walks_leaves_with_wildcards() {
        let v: Value =
            serde_json::from_str(r#"{"a":[{"b":1},{"b":"x","c":null}],"d":true}"#).unwrap();
        let mut seen = Vec::new();
        walk_pair(
            &v,
            Some(&v),
            &mut String::from("$"),
            &mut |p, l, o| seen.push((p.to_string(), leaf_text(l), o.is_some())),
            &mut |p| panic!("shape at {p}"),
        );
        seen.sort();
        assert_eq!(
            seen,
            vec![
                ("$.a[*].b".to_string(), "1".to_string(), true),
                ("$.a[*].b".to_string(), "x".to_string(), true),
                ("$.d".to_string(), "true".to_string(), true),
            ]
        );
    }

    #[test]
    fn reports_shape_changes() {
        let a: Value = serde_json::from_str(r#"{"a":[1,2],"b":{"c":1}}"#).unwrap();
        let b: Value = serde_json::from_str(r#"{"a":[1],"b":"x"}"#).unwrap();
        let mut shapes = Vec::new();
        walk_pair(
            &a,
            Some(&b),
            &mut String::from("$"),
            &mut |_, _, _| {},
            &mut |p| shapes.push(p.to_string()),
        );
        assert!(shapes.contains(&"$.a".to_string()));
        assert!(shapes.contains(&"$.b".to_string()));
    }
}
