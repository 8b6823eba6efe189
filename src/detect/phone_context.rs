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

/// Words that name the number right after them as one to call or text.
const PHONE_WORDS: [&str; 32] = [
    "phone",
    "telephone",
    "tel",
    "cell",
    "cellphone",
    "mobile",
    "call",
    "ring",
    "text",
    "sms",
    "whatsapp",
    "signal",
    "handy",
    "telefon",
    "telefonnummer",
    "handynummer",
    "mobilnummer",
    "rufnummer",
    "téléphone",
    "portable",
    "teléfono",
    "telefono",
    "móvil",
    "movil",
    "celular",
    "cellulare",
    "telefone",
    "telemóvel",
    "telefoon",
    "mobiel",
    "gsm",
    "natel",
];

/// `number` words that name a phone only after `my` (`mi número es`,
/// `mijn nummer`): an order's number is no phone.
const OWN_NUMBER_WORDS: [&str; 5] = ["number", "número", "numéro", "nummer", "numero"];

/// Possessives that make an `OWN_NUMBER_WORDS` word the writer's phone.
const MY_WORDS: [&str; 8] = ["my", "mi", "mon", "mein", "meine", "mijn", "meu", "mio"];

/// Words between a phone word and the number (`phone is`, `Handy: `,
/// `teléfono es`, `call me on`).
const LINKING_WORDS: [&str; 10] = ["is", "es", "est", "ist", "é", "è", "me", "on", "at", "al"];

/// The last word of `text` (letters of any script) and what is before it.
fn split_last_word(text: &str) -> (&str, &str) {
    let trimmed = text.trim_end_matches([' ', '\t', ':', '.', '-', ',']);
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(trimmed.len(), |(i, _)| i);
    (&trimmed[..start], &trimmed[start..])
}

/// A phone word ends the text before the number, perhaps with linking
/// words after it: `Mi número es `, `call me on `, `Handy: `.
fn phone_word_before(before: &str) -> bool {
    let mut cut = before.len().saturating_sub(48);
    while !before.is_char_boundary(cut) {
        cut += 1;
    }
    let tail = &before[cut..];
    if !tail.ends_with([' ', ':', '\t']) {
        return false;
    }
    let (mut rest, mut word) = split_last_word(tail);
    for _ in 0..2 {
        if !LINKING_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            break;
        }
        (rest, word) = split_last_word(rest);
    }
    let lower = word.to_lowercase();
    if PHONE_WORDS.contains(&lower.as_str()) {
        return true;
    }
    if OWN_NUMBER_WORDS.contains(&lower.as_str()) {
        let (_, my) = split_last_word(rest);
        return MY_WORDS.iter().any(|w| my.eq_ignore_ascii_case(w));
    }
    false
}

/// A number written in a national layout that its shape alone does not
/// decide (`612 34 56 78` in Spain, `98765 43210` in India), right after
/// a word that names it a phone: 8 to 15 digits in two to five groups of
/// two or more, one kind of separator.
pub(crate) fn is_cued_phone(m: &str, before: &str) -> bool {
    let digits = m.bytes().filter(u8::is_ascii_digit).count();
    if !(8..=15).contains(&digits) {
        return false;
    }
    let sep = m.bytes().find(|b| !b.is_ascii_digit());
    let Some(sep) = sep else {
        return false;
    };
    if !matches!(sep, b' ' | b'-' | b'.') || m.bytes().any(|b| !b.is_ascii_digit() && b != sep) {
        return false;
    }
    let groups = m.split(sep as char);
    if !(2..=5).contains(&groups.clone().count()) || groups.clone().any(|g| g.len() < 2) {
        return false;
    }
    if m.split(sep as char)
        .next()
        .is_some_and(|g| g.bytes().all(|b| b == b'0'))
        || super::dates::is_date_like(m)
        || super::ip::ipv4_in_text(m)
    {
        return false;
    }
    phone_word_before(before)
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
    fn cued_national_layouts() {
        assert!(is_cued_phone("612 34 56 78", "Mi número es "));
        assert!(is_cued_phone("98765 43210", "call "));
        assert!(is_cued_phone("98765 43210", "please call me on "));
        assert!(is_cued_phone("0612 345 678", "Handy: "));
        assert!(is_cued_phone("612-34-56-78", "mon numéro est "));
        assert!(is_cued_phone("98765 43210", "WhatsApp: "));
        // No phone word right before it.
        assert!(!is_cued_phone("612 34 56 78", "order "));
        assert!(!is_cued_phone("612 34 56 78", ""));
        assert!(!is_cued_phone("98765 43210", "the phone broke after "));
        // A number word without `my` names an order's number.
        assert!(!is_cued_phone("612 34 56 78", "order number "));
        assert!(!is_cued_phone("612 34 56 78", "el número "));
        // Shapes that are no phone whatever the word.
        assert!(!is_cued_phone("1234567", "call "));
        assert!(!is_cued_phone("12 3 45 67 89", "call "));
        assert!(!is_cued_phone("612 34-56 78", "call "));
        assert!(!is_cued_phone("00 00 12 34", "call "));
        assert!(!is_cued_phone("1234567890123456", "call "));
        assert!(!is_cued_phone("2024-11-15", "call "));
        assert!(!is_cued_phone("10.20.30.40", "call "));
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
