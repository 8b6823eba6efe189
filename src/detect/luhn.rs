//! The Luhn (mod 10) checksum used by payment cards and IMEIs.

/// True when `digits` (ASCII `0`-`9` only) pass the Luhn check.
///
/// Returns false for an empty slice or any non-digit byte.
pub fn luhn_valid(digits: &[u8]) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum: u32 = 0;
    for (i, &b) in digits.iter().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d = u32::from(b - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
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
