//! Context that makes a phone-shaped digit run something else: the digits
//! after an IBAN-like country and check prefix (`BE71 0961 2345 6760`), a
//! reference or order number (`ref 078 00 1123`), or a part number with
//! the impossible area code `000` (`000-123-4567`).

/// Words that name the number after them as a reference, not a phone.
const REFERENCE_WORDS: [&str; 12] = [
    "ref",
    "reference",
    "order",
    "invoice",
    "ticket",
    "booking",
    "confirmation",
    "tracking",
    "serial",
    "part",
    "sku",
    "case",
];

/// `BE71 ` or `NL91 ABNA ` right before the run: an IBAN's country code
/// and check digits, then up to three four-character groups.
fn iban_prefix_before(before: &str) -> bool {
    let mut b = before.as_bytes();
    for _ in 0..4 {
        let Some(head) = b.len().checked_sub(5).and_then(|i| b.get(i..)) else {
            return false;
        };
        let starts_word = b.len() == 5 || !b[b.len() - 6].is_ascii_alphanumeric();
        if head[4] != b' ' {
            return false;
        }
        if starts_word
            && head[..2].iter().all(u8::is_ascii_uppercase)
            && head[2..4].iter().all(u8::is_ascii_digit)
        {
            return true;
        }
        let group = head[..4]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if !group {
            return false;
        }
        b = &b[..b.len() - 5];
    }
    false
}

/// The last word before the run (`ref`, `Order #`) names a reference.
fn reference_word_before(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\t', ':', '#', '.', '-']);
    if trimmed.len() == before.len() {
        return false;
    }
    let word_len = trimmed
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let word = &trimmed[trimmed.len() - word_len..];
    REFERENCE_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// A first group of three or more zeros (`000-123-4567`, `(000) 123…`):
/// no numbering plan has that area code; part numbers do.
fn zero_area_code(m: &str) -> bool {
    let first = m
        .trim_start_matches('(')
        .split([' ', '-', '.', '/', ')'])
        .next()
        .unwrap_or("");
    first.len() >= 3 && first.bytes().all(|b| b == b'0')
}

/// Whether the phone-shaped `m` after `before` is an id, not a phone.
pub(crate) fn is_grouped_id(m: &str, before: &str) -> bool {
    zero_area_code(m) || iban_prefix_before(before) || reference_word_before(before)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_not_phones() {
        assert!(is_grouped_id("0961 2345 6760", "reference BE71 "));
        assert!(is_grouped_id("078 00 1123", "ref "));
        assert!(is_grouped_id("0417 1643 01", "iban NL91 ABNA "));
        assert!(is_grouped_id("078 00 1123", "Order #"));
        assert!(is_grouped_id("000-123-4567", "part "));
        assert!(is_grouped_id("000-123-4567", ""));
        assert!(is_grouped_id("(000) 123-4567", "x "));
    }

    #[test]
    fn phones_stay_phones() {
        assert!(!is_grouped_id("030 1234567", "Tel. "));
        assert!(!is_grouped_id("555-123-4567", "call "));
        assert!(!is_grouped_id("0171 1234567", "mobile: "));
        assert!(!is_grouped_id("0961 2345 6760", "XBE71 "));
        assert!(!is_grouped_id("0961 2345 6760", "preference "));
        assert!(!is_grouped_id("030 1234567", "ref"));
        assert!(!is_grouped_id("030 1234567", "call ABCD "));
    }
}
