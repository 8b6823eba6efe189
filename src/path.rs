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

/// The last object key of a rendered path (array wildcards skipped):
/// `$.users[*].religion` -> `religion`, `$['x.y'][*]` -> `x.y`; `None`
/// for the root or a path of arrays only.
///
/// ```
/// use leakscope::path::last_key;
/// assert_eq!(last_key("$.users[*].religion").as_deref(), Some("religion"));
/// assert_eq!(last_key("$['it\\'s'][*]").as_deref(), Some("it's"));
/// assert_eq!(last_key("$[*]"), None);
/// ```
pub fn last_key(path: &str) -> Option<String> {
    let mut chars = path.strip_prefix('$')?.chars().peekable();
    let mut last = None;
    while let Some(c) = chars.next() {
        match c {
            '.' => {
                let mut key = String::new();
                while let Some(&n) = chars.peek() {
                    if n == '.' || n == '[' {
                        break;
                    }
                    key.push(n);
                    chars.next();
                }
                last = Some(key);
            }
            '[' => match chars.next() {
                Some('\'') => {
                    let mut key = String::new();
                    while let Some(n) = chars.next() {
                        match n {
                            '\\' => key.extend(chars.next()),
                            '\'' => {
                                chars.next(); // the closing `]`
                                break;
                            }
                            _ => key.push(n),
                        }
                    }
                    last = Some(key);
                }
                _ => {
                    // `[*]`: skip to its `]`.
                    for n in chars.by_ref() {
                        if n == ']' {
                            break;
                        }
                    }
                }
            },
            _ => return last,
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_keys_of_rendered_paths() {
        for key in ["religion", "app.kubernetes.io/name", "it's", "a\\b", "имя"] {
            let mut p = String::from("$.outer");
            push_index(&mut p);
            push_key(&mut p, key);
            push_index(&mut p);
            assert_eq!(last_key(&p).as_deref(), Some(key), "{p}");
        }
        assert_eq!(last_key("$"), None);
        assert_eq!(last_key("$[*][*]"), None);
        assert_eq!(last_key("$.a.b"), Some("b".to_string()));
    }

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
