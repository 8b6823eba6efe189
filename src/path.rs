//! JSONPath rendering of field paths: `$` root, `.name` for identifier-like
//! keys, `['key']` otherwise, `[*]` for every array index.
//!
//! ```
//! use leakscope::path::{push_key, push_index};
//! let mut p = String::from("$");
//! push_key(&mut p, "hits");
//! push_index(&mut p);
//! push_key(&mut p, "app.kubernetes.io/name");
//! assert_eq!(p, "$.hits[*]['app.kubernetes.io/name']");
//! ```

/// Appends one object key to a path.
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

/// Appends the array wildcard `[*]`.
pub fn push_index(path: &mut String) {
    path.push_str("[*]");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_keys() {
        let mut p = String::from("$");
        push_key(&mut p, "_source");
        push_key(&mut p, "it's");
        push_key(&mut p, "a\\b");
        push_key(&mut p, "");
        push_key(&mut p, "1st");
        assert_eq!(p, "$._source['it\\'s']['a\\\\b']['']['1st']");
    }
}
