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
    let mut special = false; // @ % : = | $ _ - . + / (
    let mut space = false;
    for &c in b {
        match c {
            b'0'..=b'9' => digits += 1,
            b'@' | b'%' | b':' | b'=' | b'|' | b'$' | b'_' | b'-' | b'.' | b'+' | b'/' | b'(' => {
                special = true
            }
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
    if len >= 20 || digits >= 4 || special || (space && len >= 10) {
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
        for s in [
            "a@b.io",
            "1.2.3.4",
            "my password is sunshine",
            "AKIAIOSFODNN7EXAMPLE",
            "tel:+4930123",
        ] {
            assert_eq!(classify(s), Verdict::Scan, "{s}");
        }
    }
}
