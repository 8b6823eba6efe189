//! Shannon entropy and the generic "looks like a secret" test used when a
//! key name suggests a secret but no provider shape matched.

use super::technical::is_technical_id;
use super::trivial::{is_secret_reference, is_trivial};

/// Shannon entropy of the chars of `s`, in bits per char (0 for "").
pub fn shannon_entropy(s: &str) -> f64 {
    let mut counts = [0u32; 256];
    let mut other: Vec<(char, u32)> = Vec::new();
    let mut n = 0u32;
    for c in s.chars() {
        n += 1;
        let u = c as u32;
        if u < 256 {
            counts[u as usize] += 1;
        } else if let Some(e) = other.iter_mut().find(|e| e.0 == c) {
            e.1 += 1;
        } else {
            other.push((c, 1));
        }
    }
    if n == 0 {
        return 0.0;
    }
    let total = f64::from(n);
    counts
        .iter()
        .copied()
        .chain(other.iter().map(|e| e.1))
        .filter(|&c| c > 0)
        .map(|c| {
            let p = f64::from(c) / total;
            -p * p.log2()
        })
        .sum()
}

/// A generic secret under a key-ish name: 12..=1024 chars, no whitespace,
/// high entropy or mixed character classes, and none of: placeholder,
/// reference, plain word, URL without credentials, file path, technical id.
///
/// ```
/// use leakscope::detect::shapes::looks_like_secret;
/// assert!(looks_like_secret("f8Kq2LmZ9xVt4RbN"));
/// assert!(!looks_like_secret("${DB_PASSWORD}"));
/// assert!(!looks_like_secret("configuration"));
/// ```
pub fn looks_like_secret(s: &str) -> bool {
    let s = crate::detect::trim_ws(s);
    let len = s.len();
    if !(12..=1024).contains(&len) || s.chars().any(char::is_whitespace) {
        return false;
    }
    if is_trivial(s) || is_secret_reference(s) || is_placeholder(s) {
        return false;
    }
    if let Some(idx) = s.find("://") {
        // A URL is a secret only when it carries credentials.
        let after = &s[idx + 3..];
        let authority = after.split('/').next().unwrap_or("");
        return authority.contains('@') && authority.contains(':');
    }
    if s.starts_with('/') || s.starts_with("./") || s.starts_with("~/") || s.contains(":\\") {
        return false;
    }
    if is_technical_id(s) {
        return false;
    }
    let (mut lower, mut upper, mut digit, mut sym) = (0, 0, 0, 0);
    for b in s.bytes() {
        match b {
            b'a'..=b'z' => lower += 1,
            b'A'..=b'Z' => upper += 1,
            b'0'..=b'9' => digit += 1,
            _ => sym += 1,
        }
    }
    if digit == 0 && sym == 0 && (lower == 0 || upper == 0) {
        // a plain word, any casing
        return false;
    }
    if upper == 0
        && digit == 0
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'-' || b == b'.')
    {
        // snake_case / kebab-case / dotted identifiers
        return false;
    }
    let classes = [lower, upper, digit, sym]
        .iter()
        .filter(|&&c| c > 0)
        .count();
    let h = shannon_entropy(s);
    h >= 3.5 || (classes >= 3 && h >= 3.0)
}

fn is_placeholder(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    let first = s.chars().next().unwrap_or(' ');
    if s.chars().all(|c| c == first) {
        return true;
    }
    [
        "changeme",
        "change_me",
        "your_",
        "your-",
        "example",
        "placeholder",
        "xxxx",
        "<",
        "dummy",
        "sample",
    ]
    .iter()
    .any(|p| l.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entropy_values() {
        assert_eq!(shannon_entropy(""), 0.0);
        assert_eq!(shannon_entropy("aaaa"), 0.0);
        assert!((shannon_entropy("abcd") - 2.0).abs() < 1e-9);
        assert!((shannon_entropy("ab") - 1.0).abs() < 1e-9);
    }

    #[test]
    fn secrets() {
        for s in [
            "f8Kq2LmZ9xVt4RbN",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
                .replace("EXAMPLE", "ABCDEFG")
                .as_str(),
            "Zx9_vQ2-Lp7mN4tR8sW1",
            "postgres://app:Sup3rS3cret@db:5432/app",
        ] {
            assert!(looks_like_secret(s), "{s}");
        }
    }

    #[test]
    fn not_secrets() {
        for s in [
            "short",
            "configuration",
            "ConfigurationManager",
            "database_connection_name",
            "${DB_PASSWORD}",
            "vault:secret/data/db",
            "https://example.com/path/to/thing",
            "/etc/ssl/private/server.key",
            "550e8400-e29b-41d4-a716-446655440000",
            "da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "aaaaaaaaaaaaaaaaaaaa",
            "your-api-key-here",
            "<your token>",
            "has spaces in it okay",
        ] {
            assert!(!looks_like_secret(s), "{s}");
        }
    }
}
