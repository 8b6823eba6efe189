//! Base64 that hides text: Kubernetes Secret `data`, `Basic` auth, docker
//! `auth` fields. Encoding does not launder what is encoded.

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine as _;

/// Strict base64 decoding (standard or URL-safe alphabet, padded or not).
/// Returns `None` for anything that is not base64 through and through.
pub fn decode_base64_bytes(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let url = s.bytes().any(|b| b == b'-' || b == b'_');
    let std_chars = s.bytes().any(|b| b == b'+' || b == b'/');
    if url && std_chars {
        return None;
    }
    let padded = s.ends_with('=');
    let engine = match (url, padded) {
        (false, true) => &STANDARD,
        (false, false) => &STANDARD_NO_PAD,
        (true, true) => &URL_SAFE,
        (true, false) => &URL_SAFE_NO_PAD,
    };
    engine.decode(s).ok()
}

/// True when `text` is mostly printable: no NUL or other control characters
/// except tab, CR, LF; at least 90 % of chars are not replacement chars.
fn mostly_printable(text: &str) -> bool {
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in text.chars() {
        total += 1;
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFD}' {
            bad += 1;
        }
    }
    total > 0 && bad * 20 <= total
}

/// Decodes strict base64 of at least 8 chars to text: the result must be
/// valid UTF-8 and mostly printable, else `None`.
///
/// ```
/// use leakscope::detect::shapes::decode_base64_text;
/// assert_eq!(decode_base64_text("aHVudGVyMg==").as_deref(), Some("hunter2"));
/// assert_eq!(decode_base64_text("active"), None);
/// ```
pub fn decode_base64_text(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() < 8 {
        return None;
    }
    let bytes = decode_base64_bytes(s)?;
    let text = String::from_utf8(bytes).ok()?;
    if mostly_printable(&text) && !text.chars().any(|c| c == '\0') {
        Some(text)
    } else {
        None
    }
}

/// Decodes `Basic dXNlcjpwYXNz` (scheme optional) to `(user, pass)`. The
/// decoded text must be printable, contain a `:` and a non-empty password.
///
/// ```
/// use leakscope::detect::shapes::decode_basic_auth;
/// assert_eq!(decode_basic_auth("Basic dXNlcjpwYXNz"), Some(("user".into(), "pass".into())));
/// ```
pub fn decode_basic_auth(s: &str) -> Option<(String, String)> {
    let s = s.trim();
    let b64 = match s.get(..6) {
        Some(p) if p.eq_ignore_ascii_case("basic ") => s.get(6..)?.trim_start(),
        _ => s,
    };
    let text = decode_base64_text(b64)?;
    let (user, pass) = text.split_once(':')?;
    // `https://hooks.slack.com/…` decodes to a URL, not `user:pass`.
    if pass.is_empty() || text.contains('\n') || user.len() > 256 || pass.starts_with("//") {
        return None;
    }
    Some((user.to_string(), pass.to_string()))
}

/// Decodes the credentials of an explicit `Basic` scheme (the base64
/// after `Basic `): `user:pass`, or `key:` with an empty password, an API
/// key sent as the user name (Segment's write key, Stripe, Mailgun).
///
/// ```
/// use leakscope::detect::shapes::decode_basic_scheme;
/// // `WriteKeyXk3mP9qR2sT5vW8yZ1:`
/// let key = decode_basic_scheme("V3JpdGVLZXlYazNtUDlxUjJzVDV2Vzh5WjE6");
/// assert_eq!(key, Some(("WriteKeyXk3mP9qR2sT5vW8yZ1".into(), String::new())));
/// ```
pub fn decode_basic_scheme(b64: &str) -> Option<(String, String)> {
    if let Some(credentials) = decode_basic_auth(b64) {
        return Some(credentials);
    }
    let text = decode_base64_text(b64.trim())?;
    let key = text.strip_suffix(':')?;
    let printable = key.bytes().all(|b| b.is_ascii_graphic() && b != b':');
    (key.len() >= 8 && printable).then(|| (key.to_string(), String::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_scheme_with_a_key_as_user() {
        // `sk_test_4eC39HqLyjWDarjt:` and `admin:s3cret`.
        assert!(decode_basic_scheme("c2tfdGVzdF80ZUMzOUhxTHlqV0Rhcmp0Og==").is_some());
        assert!(decode_basic_scheme("YWRtaW46czNjcmV0").is_some());
        // `abc:` is too short for a key; `hello` has no colon.
        assert_eq!(decode_basic_scheme("YWJjOg=="), None);
        assert_eq!(decode_basic_scheme("aGVsbG8="), None);
    }

    #[test]
    fn urls_are_not_user_pass() {
        // base64 of `https://hooks.example.com/x`
        assert_eq!(
            decode_basic_auth("aHR0cHM6Ly9ob29rcy5leGFtcGxlLmNvbS94"),
            None
        );
        // base64 of `admin:s3cret`
        assert!(decode_basic_auth("YWRtaW46czNjcmV0").is_some());
    }

    #[test]
    fn text() {
        assert_eq!(
            decode_base64_text("c2VjcmV0LXBhc3M=").as_deref(),
            Some("secret-pass")
        );
        assert_eq!(
            decode_base64_text("c2VjcmV0LXBhc3M").as_deref(),
            Some("secret-pass")
        );
        assert_eq!(
            decode_base64_text("amFuZUB4Lmlv").as_deref(),
            Some("jane@x.io")
        );
        // binary content (a PNG header) is not text
        assert_eq!(decode_base64_text("iVBORw0KGgoAAAANSUhEUg=="), None);
        assert_eq!(decode_base64_text("not base64!!"), None);
        assert_eq!(decode_base64_text("abc"), None);
    }

    #[test]
    fn basic() {
        assert_eq!(
            decode_basic_auth("dXNlcjpwYXNz"),
            Some(("user".to_string(), "pass".to_string()))
        );
        assert_eq!(
            decode_basic_auth("basic   YWRtaW46czNjcjN0IQ=="),
            Some(("admin".to_string(), "s3cr3t!".to_string()))
        );
        assert_eq!(decode_basic_auth("Basic dXNlcg=="), None); // "user", no colon
        assert_eq!(decode_basic_auth("Basic dXNlcjo="), None); // empty password
        assert_eq!(decode_basic_auth("Bearer abc"), None);
    }
}
