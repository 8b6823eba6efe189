//! One cheap pass over the bytes of a leaf deciding whether the full
//! multi-pattern scan can find anything. Most JSON string leaves are short
//! plain words, codes and timestamps; they return here in a few ns.

/// What the full scanner has to do with a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// No pattern can match.
    Nothing,
    /// Only ASCII digits: only a card number is possible.
    Number,
    /// No whitespace and an `@`: try the whole text as an e-mail address
    /// first, then the multi-pattern pass.
    MaybeEmail,
    /// Only digits and dots or colons, short: try the whole text as an IP
    /// address first, then the multi-pattern pass.
    MaybeIp,
    /// Run the multi-pattern pass.
    Scan,
}

/// Classifies `text` for the scanner.
pub fn classify(text: &str) -> Verdict {
    let b = text.as_bytes();
    let len = b.len();
    if len < 6 {
        return Verdict::Nothing;
    }
    let mut digits = 0usize;
    let mut special = false; // @ % : = | $ + / (
    let mut light = false; // _ - .
    let mut space = false;
    let mut at = false;
    let mut ip_chars = 0usize;
    for &c in b {
        match c {
            b'0'..=b'9' => digits += 1,
            b'.' => {
                light = true;
                ip_chars += 1;
            }
            b':' => {
                special = true;
                ip_chars += 1;
            }
            b'@' => {
                special = true;
                at = true;
            }
            b'%' | b'=' | b'|' | b'$' | b'+' | b'/' | b'(' => special = true,
            b'_' | b'-' => light = true,
            b' ' | b'\t' | b'\n' | b'\r' => space = true,
            _ => {}
        }
    }
    if digits == len {
        return if (13..=19).contains(&len) {
            Verdict::Number
        } else {
            Verdict::Nothing
        };
    }
    if super::dates::is_iso_datetime(text) {
        return Verdict::Nothing;
    }
    if at && !space && len <= 254 {
        return Verdict::MaybeEmail;
    }
    if digits + ip_chars == len && len <= 45 && ip_chars >= 2 {
        return Verdict::MaybeIp;
    }
    // Words, slugs and codes without digits (`user-profile`, `en_US`).
    if !special && !space && digits == 0 && len < 20 {
        return Verdict::Nothing;
    }
    if len >= 20 || digits >= 4 || special || light || (space && len >= 10) {
        Verdict::Scan
    } else {
        Verdict::Nothing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts() {
        for s in [
            "pro",
            "active",
            "en-US",
            "Jane Doe",
            "New York",
            "2024-01-01T10:00:00Z",
            "2024-01-01",
            "123456",
            "Berlin",
        ] {
            assert_eq!(classify(s), Verdict::Nothing, "{s}");
        }
        assert_eq!(classify("4111111111111111"), Verdict::Number);
        assert_eq!(classify("jane@example.com"), Verdict::MaybeEmail);
        assert_eq!(classify("203.0.113.7"), Verdict::MaybeIp);
        for s in [
            "my password is sunshine",
            "AKIAIOSFODNN7EXAMPLE",
            "tel:+4930123",
            "mail jane@x.io",
        ] {
            assert_eq!(classify(s), Verdict::Scan, "{s}");
        }
    }
}
