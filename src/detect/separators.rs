//! Typographic look-alikes of the ASCII characters that numbers are written
//! with: no-break and thin spaces between digit groups (`+49 30 1234567`
//! copied from a word processor), Unicode dashes (`078‐05‐1120`,
//! `4111–1111–…`) and full-width digits (`４１１１…`). The value patterns
//! are ASCII, so such text is scanned in an ASCII-normalised copy and the
//! spans are mapped back: a number must not escape redaction because of
//! how it was typeset.

/// The ASCII stand-in for a typographic character, if it has one.
fn ascii_for(c: char) -> Option<u8> {
    match c {
        // No-break, figure, thin, narrow no-break and other fixed spaces.
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => Some(b' '),
        // Hyphen, non-breaking hyphen, figure dash, en and em dash, minus.
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe63}' | '\u{ff0d}' => Some(b'-'),
        // Full-width digits and signs.
        '\u{ff10}'..='\u{ff19}' => Some(b'0' + (c as u32 - 0xff10) as u8),
        '\u{ff0b}' => Some(b'+'),
        '\u{ff08}' => Some(b'('),
        '\u{ff09}' => Some(b')'),
        '\u{ff0e}' => Some(b'.'),
        '\u{ff0f}' => Some(b'/'),
        '\u{ff20}' => Some(b'@'),
        _ => None,
    }
}

/// Cheap test on the bytes: could `text` hold one of the characters above?
/// (Their UTF-8 encodings start with `C2`, `E2`, `E3` or `EF`.)
fn may_need_normalizing(text: &str) -> bool {
    !text.is_ascii() && text.bytes().any(|b| matches!(b, 0xC2 | 0xE2 | 0xE3 | 0xEF))
}

/// The ASCII-normalised copy of `text` and, for every byte offset of the
/// copy (and its end), the byte offset in `text` it came from. `None` when
/// nothing needed replacing.
///
/// ```
/// use leakscope::detect::shapes::normalize_separators;
/// let text = "call +49\u{a0}30\u{a0}1234567";
/// let (norm, map) = normalize_separators(text).unwrap();
/// assert_eq!(norm, "call +49 30 1234567");
/// assert_eq!(&text[map[5]..map[norm.len()]], "+49\u{a0}30\u{a0}1234567");
/// ```
pub fn normalize_separators(text: &str) -> Option<(String, Vec<usize>)> {
    if !may_need_normalizing(text) || !text.chars().any(|c| ascii_for(c).is_some()) {
        return None;
    }
    let mut norm = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        match ascii_for(c) {
            Some(a) => {
                norm.push(char::from(a));
                map.push(i);
            }
            None => {
                norm.push(c);
                map.extend(std::iter::repeat_n(i, c.len_utf8()));
            }
        }
    }
    map.push(text.len());
    Some((norm, map))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_spans_back_to_the_original() {
        let text = "IBAN DE89\u{a0}3704\u{202f}0044 – SSN 078\u{2010}05\u{2010}1120 ４２";
        let (norm, map) = normalize_separators(text).unwrap_or_default();
        assert_eq!(norm, "IBAN DE89 3704 0044 - SSN 078-05-1120 42");
        assert_eq!(map.len(), norm.len() + 1);
        let s = norm.find("078").unwrap_or(0);
        let e = s + "078-05-1120".len();
        assert_eq!(&text[map[s]..map[e]], "078\u{2010}05\u{2010}1120");
        let s = norm.find("42").unwrap_or(0);
        assert_eq!(&text[map[s]..map[s + 2]], "４２");
    }

    #[test]
    fn leaves_other_text_alone() {
        assert!(normalize_separators("plain ascii 123").is_none());
        assert!(normalize_separators("Grüße aus Köln").is_none());
        assert!(may_need_normalizing("a\u{a0}b"));
        assert!(!may_need_normalizing("ascii"));
    }
}
