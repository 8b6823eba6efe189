//! JSON Web Tokens: three base64url parts whose header decodes to a JSON
//! object with an `alg` member.

use super::base64_text::decode_base64_bytes;

/// True when `s` is a JWT (JWS compact form). The header must decode to a
/// JSON object with a string `alg`; the payload must decode too.
pub fn is_jwt(s: &str) -> bool {
    let mut parts = s.split('.');
    let (Some(h), Some(p), Some(sig), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    if h.len() < 10 || p.is_empty() || !sig.bytes().all(is_b64url) {
        return false;
    }
    if !h.bytes().all(is_b64url) || !p.bytes().all(is_b64url) {
        return false;
    }
    let Some(header) = decode_base64_bytes(h) else {
        return false;
    };
    // A JSON object with a string `alg` (other members ignored), parsed
    // without building a map.
    #[derive(serde::Deserialize)]
    struct Header<'a> {
        // Only its presence as a string is checked.
        #[serde(borrow, rename = "alg")]
        _alg: std::borrow::Cow<'a, str>,
    }
    let is_object = header.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let has_alg = is_object && serde_json::from_slice::<Header<'_>>(&header).is_ok();
    if !has_alg {
        return false;
    }
    decode_base64_bytes(p).is_some()
}

fn is_b64url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'='
}

#[cfg(test)]
mod tests {
    use super::*;

    const JWT: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    #[test]
    fn valid() {
        assert!(is_jwt(JWT));
        // alg none, empty signature
        assert!(is_jwt("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
    }

    #[test]
    fn look_alikes() {
        // header without alg: {"typ":"JWT"}
        assert!(!is_jwt("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.abc"));
        // not JSON
        assert!(!is_jwt("aGVsbG8gd29ybGQ.eyJzdWIiOiJ4In0.abc"));
        assert!(!is_jwt("a.b.c"));
        // header is a JSON array holding a string: ["HS256"]
        assert!(!is_jwt("WyJIUzI1NiJd.eyJzdWIiOiJ4In0.abc"));
        assert!(!is_jwt("1.2.3"));
        assert!(!is_jwt(&JWT.replacen('.', "", 1)));
        assert!(!is_jwt(&format!("{JWT}.x")));
    }
}
