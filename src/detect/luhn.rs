//! The Luhn (mod 10) checksum used by payment cards and IMEIs.

/// True when `digits` (ASCII `0`-`9` only) pass the Luhn check.
///
/// Returns false for an empty slice or any non-digit byte.
pub fn luhn_valid(digits: &[u8]) -> bool {
    digits.iter().all(u8::is_ascii_digit) && luhn_sum_ok(digits.iter().map(|b| b - b'0'))
}

/// [`luhn_valid`] over digit values (`0`-`9`, not ASCII), as the national
/// id checks hold them.
pub(crate) fn luhn_valid_values(digits: &[u8]) -> bool {
    digits.iter().all(|&d| d <= 9) && luhn_sum_ok(digits.iter().copied())
}

/// The Luhn sum of digit values (rightmost is the check digit) is a
/// multiple of ten; no digits is no number.
fn luhn_sum_ok(values: impl DoubleEndedIterator<Item = u8> + ExactSizeIterator) -> bool {
    if values.len() == 0 {
        return false;
    }
    let sum: u32 = values
        .rev()
        .enumerate()
        .map(|(i, d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// Collects the ASCII digits of `s`, allowing only the separator bytes in
/// `seps` between them. Returns `None` on any other byte.
pub fn digits_with_separators(s: &str, seps: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_digit() {
            out.push(b);
        } else if !seps.contains(&b) {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_vectors() {
        assert!(luhn_valid(b"4111111111111111"));
        assert!(luhn_valid(b"79927398713"));
        assert!(luhn_valid(b"490154203237518"));
        assert!(!luhn_valid(b"4111111111111112"));
        assert!(!luhn_valid(b"79927398710"));
        assert!(!luhn_valid(b""));
        assert!(!luhn_valid(b"41111a1111111111"));
    }

    #[test]
    fn separators() {
        assert_eq!(
            digits_with_separators("4111 1111-1111", b" -").as_deref(),
            Some(&b"411111111111"[..])
        );
        assert_eq!(digits_with_separators("4111/1111", b" -"), None);
    }
}
