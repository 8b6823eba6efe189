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
    // `https://hooks.slack.com/…` decodes to a URL, not `user:pass`; a
    // pagination cursor (`eyJpZCI6MTIzNDV9`) or a Grafana API key
    // (`eyJrIjoi…`) to a JSON object.
    if pass.is_empty()
        || is_json_container(&text)
        || text.contains('\n')
        || user.len() > 256
        || pass.starts_with("//")
        || is_github_legacy_node_id(&text)
    {
        return None;
    }
    Some((user.to_string(), pass.to_string()))
}

/// Text written as a JSON object or array (`{"id":12345}`).
fn is_json_container(text: &str) -> bool {
    let t = text.trim();
    (t.starts_with('{') && t.ends_with('}')) || (t.starts_with('[') && t.ends_with(']'))
}

/// A decoded GitHub GraphQL node id of the legacy format (`node_id:
/// "MDQ6VXNlcjkxMjM0NTY="` is `04:User9123456`): the length of the type
/// name, `:`, the type name, its database id (a commit's also `:` and its
/// SHA). An object id, no `user:pass`.
fn is_github_legacy_node_id(text: &str) -> bool {
    let Some((len, rest)) = text.split_once(':') else {
        return false;
    };
    // Written with a leading zero: `04`, `010`.
    if !(2..=3).contains(&len.len()) || !len.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Ok(n) = len.parse::<usize>() else {
        return false;
    };
    if *len != format!("0{n}") {
        return false;
    }
    let (Some(type_name), Some(id)) = (rest.get(..n), rest.get(n..)) else {
        return false;
    };
    let id = id.split_once(':').map_or(id, |(db_id, sha)| {
        if sha.bytes().all(|b| b.is_ascii_hexdigit()) {
            db_id
        } else {
            ""
        }
    });
    n >= 2
        && type_name.starts_with(|c: char| c.is_ascii_uppercase())
        && type_name.bytes().all(|b| b.is_ascii_alphabetic())
        && !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
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
    fn json_cursors_are_not_user_pass() {
        // base64 of `{"id":12345}` and `["cursor",20]`
        assert_eq!(decode_basic_auth("eyJpZCI6MTIzNDV9"), None);
        assert_eq!(decode_basic_auth("WyJjdXJzb3IiLDIwXQ=="), None);
        // base64 of `{admin:s3cret` (no JSON, a brace in the user)
        assert!(decode_basic_auth("e2FkbWluOnMzY3JldA==").is_some());
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

    #[test]
    fn github_node_ids_are_no_credentials() {
        // `04:User9123456`, `03:Bot49699333`, `010:Repository1296269`.
        for id in [
            "MDQ6VXNlcjkxMjM0NTY=",
            "MDM6Qm90NDk2OTkzMzM=",
            "MDEwOlJlcG9zaXRvcnkxMjk2MjY5",
        ] {
            assert_eq!(decode_basic_auth(id), None, "{id}");
        }
        assert!(is_github_legacy_node_id(
            "06:Commit1296269:6dcb09b5b57875f334f61aebed695e2e4193db5e"
        ));
        // Credentials that merely start with digits.
        for text in [
            "04:Userpass",
            "4:User123",
            "04:user1234",
            "12:hunter2",
            "04:User",
        ] {
            assert!(!is_github_legacy_node_id(text), "{text}");
        }
        // base64 of `0815:Geheim2024`
        assert!(decode_basic_auth("MDgxNTpHZWhlaW0yMDI0").is_some());
    }
}
