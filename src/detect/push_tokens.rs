//! A Firebase Cloud Messaging registration token: the address Google's push
//! service gives one app install on one device, sent to analytics and
//! messaging tools as a device's push token (`dQw4w9WgXcQ:APA91bH…`).

/// `<instance id>:APA91b<body>`: an instance id of 11 to 64 base64url
/// characters, a colon, the `APA91b` marker and a body of at least 100
/// more base64url characters. Only values of 120 bytes or more are looked
/// at, and only their first 65 bytes are searched for the colon. An id of
/// `AAAA` and seven more characters is no instance but a project: the
/// legacy server key (`AAAA…:APA91b…`, an api key, see `provider_tokens`).
pub(crate) fn is_fcm_registration_token(t: &str) -> bool {
    let b = t.as_bytes();
    if !(120..=512).contains(&b.len()) {
        return false;
    }
    let Some(colon) = b[..65].iter().position(|&c| c == b':') else {
        return false;
    };
    let (id, rest) = (&b[..colon], &b[colon + 1..]);
    (11..=64).contains(&id.len())
        && !(id.len() == 11 && id.starts_with(b"AAAA"))
        && rest.starts_with(b"APA91b")
        && rest.len() >= 106
        && id.iter().chain(rest).all(|&c| is_base64url(c))
}

/// A character of unpadded base64url.
fn is_base64url(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx7g8w5Fa0dZ9mVs8KYtQ3qUq7sZrVbNn2Zk9TqWmYxPzLp0aBcDeFgHiJkLmNoPqRsTuVwXyZ";

    #[test]
    fn fcm_registration_tokens() {
        assert!(is_fcm_registration_token(&format!("dQw4w9WgXcQ:{BODY}")));
        assert!(is_fcm_registration_token(&format!(
            "eWx1Y2p0_fT-2kLmN9pQrS:{BODY}AbC"
        )));
        // No marker, a short body, a space, a URL: no token.
        assert!(!is_fcm_registration_token(&format!(
            "dQw4w9WgXcQ:{}",
            BODY.replace("APA91b", "APA92b")
        )));
        assert!(!is_fcm_registration_token("dQw4w9WgXcQ:APA91bHun4MxP5eg"));
        assert!(!is_fcm_registration_token(&format!("dQw4w9 WgXcQ:{BODY}")));
        assert!(!is_fcm_registration_token(&format!("https://x.io/{BODY}")));
        assert!(!is_fcm_registration_token(&"a".repeat(200)));
        // A legacy server key is the project's secret, not a device.
        assert!(!is_fcm_registration_token(&format!("AAAAx2Lq9Zk:{BODY}")));
        assert!(is_fcm_registration_token(&format!("AAAAx2Lq9Zk0:{BODY}")));
    }
}
