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

const DIGIT: u8 = 1;
const SPECIAL: u8 = 2; // @ % : = | $ + / (
const LIGHT: u8 = 4; // _ - .
const SPACE: u8 = 8;
const AT: u8 = 16;
const IPCHAR: u8 = 32; // . :

/// Byte classes, one table lookup per byte.
static CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = b'0';
    while i <= b'9' {
        t[i as usize] = DIGIT;
        i += 1;
    }
    t[b'.' as usize] = LIGHT | IPCHAR;
    t[b':' as usize] = SPECIAL | IPCHAR;
    t[b'@' as usize] = SPECIAL | AT;
    t[b'%' as usize] = SPECIAL;
    t[b'=' as usize] = SPECIAL;
    t[b'|' as usize] = SPECIAL;
    t[b'$' as usize] = SPECIAL;
    t[b'+' as usize] = SPECIAL;
    t[b'/' as usize] = SPECIAL;
    t[b'(' as usize] = SPECIAL;
    t[b'_' as usize] = LIGHT;
    t[b'-' as usize] = LIGHT;
    t[b' ' as usize] = SPACE;
    t[b'\t' as usize] = SPACE;
    t[b'\n' as usize] = SPACE;
    t[b'\r' as usize] = SPACE;
    t
};

/// Classifies `text` for the scanner.
pub fn classify(text: &str) -> Verdict {
    let b = text.as_bytes();
    let len = b.len();
    if len < 6 {
        return Verdict::Nothing;
    }
    if b[0].is_ascii_digit() && super::dates::is_iso_datetime(text) {
        return Verdict::Nothing;
    }
    let mut flags = 0u8;
    let mut digits = 0usize;
    let mut ip_chars = 0usize;
    for &c in b {
        let k = CLASSES[c as usize];
        flags |= k;
        digits += usize::from(k & DIGIT);
        ip_chars += usize::from((k & IPCHAR) >> 5);
    }
    let has = |f: u8| flags & f != 0;
    if digits == len {
        return if (13..=19).contains(&len) {
            Verdict::Number
        } else {
            Verdict::Nothing
        };
    }
    if has(AT) && !has(SPACE) && len <= 254 {
        return Verdict::MaybeEmail;
    }
    if digits + ip_chars == len && len <= 45 && ip_chars >= 2 {
        return Verdict::MaybeIp;
    }
    // Words, slugs and codes without digits (`user-profile`, `en_US`).
    // A device named after its owner (`Annas-iPad`) is one.
    if !has(SPECIAL) && !has(SPACE) && digits == 0 && len < 20 {
        return if has(LIGHT) && super::device_hostnames::may_be_owner_device(b) {
            Verdict::Scan
        } else {
            Verdict::Nothing
        };
    }
    if len >= 20 || digits >= 4 || has(SPECIAL) || has(LIGHT) || (has(SPACE) && len >= 10) {
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
