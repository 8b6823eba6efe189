//! Phone numbers: E.164 (`+49 30 1234567`), NANP (`(555) 123-4567`,
//! `555-123-4567`), national trunk-prefixed numbers (`030 1234567`) and
//! `tel:` URIs. Bare digit runs (ids, timestamps, prices) are not phones.

fn count_digits(s: &str) -> usize {
    s.bytes().filter(u8::is_ascii_digit).count()
}

/// Key-driven phone test: 6..=15 digits with optional leading `+`, spaces,
/// dashes, dots, parentheses, `/`, an optional `tel:` prefix and an
/// optional extension (`x4506`, ` ext. 12`, as generated US numbers have).
///
/// ```
/// use leakscope::detect::shapes::is_phone_like;
/// assert!(is_phone_like("+49 (0)30 123-4567"));
/// assert!(!is_phone_like("2024-01-01"));
/// ```
pub fn is_phone_like(s: &str) -> bool {
    let t = s.trim();
    let t = t
        .strip_prefix("tel:")
        .or_else(|| t.strip_prefix("TEL:"))
        .unwrap_or(t);
    let t = t.strip_prefix('+').unwrap_or(t);
    let t = strip_extension(t);
    if t.is_empty()
        || !t
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'/'))
    {
        return false;
    }
    let version = count_digits(t) < 9 && super::technical::is_version(t);
    if super::dates::is_date_like(t) || super::ip::ipv4_in_text(t) || version {
        return false;
    }
    if t.contains("  ") || t.contains("--") || t.contains("..") {
        return false;
    }
    (6..=15).contains(&count_digits(t))
}

/// The number without a trailing extension of 1..=6 digits: `x4506`,
/// ` x12`, ` ext. 12`, ` ext 12`, `;ext=12` (RFC 3966). The number before
/// it must end in a digit, so a bare `x12` or a word is no phone.
fn strip_extension(t: &str) -> &str {
    let b = t.as_bytes();
    let tail = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if tail == 0 || tail > 6 || tail == b.len() {
        return t;
    }
    let head = &t[..t.len() - tail];
    let lower = |s: &str, suffix: &str| {
        s.len() >= suffix.len()
            && s.is_char_boundary(s.len() - suffix.len())
            && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    let marker = [
        ";ext=", " ext. ", " ext.", " ext ", " ext", "ext.", "ext", " x", "x",
    ]
    .iter()
    .find(|m| lower(head, m))
    .map_or(0, |m| m.len());
    if marker == 0 {
        return t;
    }
    let number = &head[..head.len() - marker];
    if number.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        number
    } else {
        t
    }
}

/// Groups of digits separated by single separators, with the separators.
fn groups(s: &str) -> Option<(Vec<&str>, Vec<u8>)> {
    let mut gs = Vec::new();
    let mut seps = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
        gs.push(&s[start..i]);
        if i < b.len() {
            seps.push(b[i]);
            i += 1;
        }
    }
    Some((gs, seps))
}

/// Decides whether a span found in free text is a phone number. `s` is
/// the candidate, `before` the text in front of it (for `$`, `#`, `v`,
/// `tel:` and other context).
pub fn is_phone_in_text(s: &str, before: &str) -> bool {
    let prev = before.chars().last();
    let tel = before
        .get(before.len().saturating_sub(4)..)
        .is_some_and(|t| t.eq_ignore_ascii_case("tel:"));
    if matches!(
        prev,
        Some('$' | '€' | '£' | '#' | '.' | ',' | '/' | ':' | '=' | '-' | '_')
    ) && !tel
    {
        return false;
    }
    if prev.is_some_and(|c| c.is_alphanumeric()) {
        return false;
    }
    let digits = count_digits(s);
    if !(7..=15).contains(&digits) {
        return false;
    }
    // `+1969-07-16`: an ISO 8601 date with an explicit year sign (Wikidata).
    if is_signed_iso_date(s) {
        return false;
    }
    if let Some(rest) = s.strip_prefix('+') {
        // E.164: +CC then groups; separators space, dash, dot, parens.
        let norm: String = rest.replace(['(', ')'], " ");
        let norm = norm.split_whitespace().collect::<Vec<_>>().join(" ");
        let Some((gs, seps)) = groups(&norm) else {
            return false;
        };
        let first = gs.first().copied().unwrap_or("");
        if first.starts_with('0') || first.is_empty() {
            return false;
        }
        let mixed = seps
            .windows(2)
            .any(|w| w[0] != w[1] && w[0] != b' ' && w[1] != b' ');
        return digits >= 8 && !mixed;
    }
    if tel {
        return is_phone_like(s);
    }
    if super::dates::is_date_like(s) || super::ip::ipv4_in_text(s) {
        return false;
    }
    // (555) 123-4567 / (030) 1234567
    if let Some(rest) = s.strip_prefix('(') {
        let Some((area, num)) = rest.split_once(')') else {
            return false;
        };
        let num = num.trim_start();
        return (2..=5).contains(&area.len())
            && area.bytes().all(|b| b.is_ascii_digit())
            && groups(num).is_some_and(|(gs, seps)| {
                gs.len() <= 3 && seps.iter().all(|&c| c == b'-' || c == b' ' || c == b'.')
            });
    }
    let Some((gs, seps)) = groups(s) else {
        return false;
    };
    if gs.len() < 2 || seps.windows(2).any(|w| w[0] != w[1]) {
        return false;
    }
    let sep = seps.first().copied().unwrap_or(b' ');
    let lens: Vec<usize> = gs.iter().map(|g| g.len()).collect();
    // NANP: [1-]NXX-XXX-XXXX (area code never starts with 0 or 1)
    let nanp = |gs: &[&str], l: &[usize]| {
        l == [3, 3, 4] && gs.first().is_some_and(|a| !a.starts_with(['0', '1']))
    };
    if nanp(&gs, &lens)
        || (lens.first() == Some(&1) && gs.first() == Some(&"1") && nanp(&gs[1..], &lens[1..]))
    {
        return sep != b'/';
    }
    // NXX-XXXX local NANP with dash only.
    if lens == [3, 4] && sep == b'-' && gs.first().is_some_and(|a| !a.starts_with(['0', '1'])) {
        return false; // too short to be sure (7 digits); prices and codes look the same
    }
    // French national format: five pairs, `01 23 45 67 89`, `06.12.34.56.78`.
    if lens == [2, 2, 2, 2, 2]
        && gs.first().is_some_and(|f| f.starts_with('0') && f != &"00")
        && matches!(sep, b' ' | b'.' | b'-')
    {
        return true;
    }
    // National trunk prefix 0 (not 00): 030 1234567, 0171/1234567, 089-123456.
    let first = gs.first().copied().unwrap_or("");
    if first.starts_with('0') && (2..=5).contains(&first.len()) && digits >= 9 && sep != b'.' {
        return gs.len() <= 4 && lens.iter().skip(1).all(|&l| l >= 2);
    }
    // International access prefix 00: 0049 30 1234567.
    if first.starts_with("00") && first.len() >= 3 && digits >= 10 && sep == b' ' {
        return true;
    }
    false
}

/// `+YYYY-MM-DD`: a date with an expanded-year sign, not a number to call.
fn is_signed_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 11
        && b[0] == b'+'
        && b[1..5].iter().all(u8::is_ascii_digit)
        && b[5] == b'-'
        && b[6..8].iter().all(u8::is_ascii_digit)
        && b[8] == b'-'
        && b[9..11].iter().all(u8::is_ascii_digit)
        && (1..=12).contains(&((b[6] - b'0') * 10 + (b[7] - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_pairs() {
        assert!(is_phone_in_text("01 23 45 67 89", "appelez le "));
        assert!(is_phone_in_text("06.12.34.56.78", "tel "));
        assert!(!is_phone_in_text("00 23 45 67 89", " "));
        assert!(!is_phone_in_text("12 23 45 67 89", " "));
    }

    #[test]
    fn key_driven() {
        for s in [
            "+49 30 1234567",
            "0301234567",
            "tel:+1-555-123-4567",
            "(555) 123-4567",
            "555.123.4567",
            "123456",
            "(366)419-3451x4506",
            "659.275.1049x0495",
            "001-783-363-2053x83567",
            "+1-202-555-0143 ext. 12",
            "202 555 0143 x12",
            "tel:+1-202-555-0143;ext=1234",
        ] {
            assert!(is_phone_like(s), "{s}");
        }
        for s in [
            "2024-01-01",
            "12345",
            "1.2.3.4",
            "abc-defg",
            "+",
            "1234567890123456",
            "4.9.6.156",
            "x4506",
            "ext. 12",
            "555-0143 room x1234567",
            "2024-01-01x12",
            "1920x1080",
        ] {
            assert!(!is_phone_like(s), "{s}");
        }
    }

    #[test]
    fn in_text() {
        for s in [
            "+49 30 1234567",
            "+1-555-123-4567",
            "+44 20 7946 0958",
            "+49 (0)30 1234567",
            "(555) 123-4567",
            "555-123-4567",
            "555.123.4567",
            "1-555-123-4567",
            "030 1234567",
            "0171 1234567",
            "0049 30 1234567",
        ] {
            assert!(is_phone_in_text(s, "call "), "{s}");
        }
        assert!(is_phone_in_text("+1 555 123 4567", ""));
    }

    #[test]
    fn not_phones_in_text() {
        for s in [
            "1700000000",
            "2024-01-01",
            "192.168.1.10",
            "123-456-7890", // area code starting with 1
            "555-1234",
            "200 2326",
            "1.234.567",
            "12345678",
            "+0 123 456",
            "2024 1234 5678",
        ] {
            assert!(!is_phone_in_text(s, " "), "{s}");
        }
        assert!(!is_phone_in_text("555-123-4567", "$"));
        assert!(!is_phone_in_text("555-123-4567", "#"));
        assert!(!is_phone_in_text("555-123-4567", "id"));
    }
}
