//! National ids: US Social Security numbers (area/group/serial rules),
//! UK National Insurance numbers and the German Steuer-ID (tax id).

/// True when `s` is a US SSN: nine digits, or `ddd-dd-dddd` / `ddd dd dddd`,
/// whose area is not 000, 666 or 900-999, group not 00, serial not 0000.
pub fn is_ssn_digits(s: &str) -> bool {
    let b = s.trim().as_bytes();
    let mut d = [0u8; 9];
    match b.len() {
        9 => {
            if !b.iter().all(u8::is_ascii_digit) {
                return false;
            }
            d.copy_from_slice(b);
        }
        11 => {
            let sep = b[3];
            if !(sep == b'-' || sep == b' ') || b[6] != sep {
                return false;
            }
            let mut n = 0;
            for (i, &c) in b.iter().enumerate() {
                if i == 3 || i == 6 {
                    continue;
                }
                if !c.is_ascii_digit() {
                    return false;
                }
                d[n] = c;
                n += 1;
            }
        }
        _ => return false,
    }
    ssn_rules(&d)
}

fn ssn_rules(d: &[u8; 9]) -> bool {
    let area = &d[0..3];
    if area == b"000" || area == b"666" || area[0] == b'9' {
        return false;
    }
    if &d[3..5] == b"00" || &d[5..9] == b"0000" {
        return false;
    }
    // Never issued: one digit repeated (`111-11-1111`) and the sample
    // printed in advertising (`123-45-6789`).
    d.iter().any(|&c| c != d[0]) && d != b"123456789"
}

/// True when `s` is a UK National Insurance number (`AB123456C`, spaces
/// between pairs allowed), with the disallowed prefix letters and pairs
/// excluded.
pub fn is_nino(s: &str) -> bool {
    let compact: Vec<u8> = s.bytes().filter(|&b| b != b' ').collect();
    if compact.len() != 9 {
        return false;
    }
    let (p, rest) = compact.split_at(2);
    let (num, suffix) = rest.split_at(6);
    let first_ok = p[0].is_ascii_uppercase() && !b"DFIQUV".contains(&p[0]);
    let second_ok = p[1].is_ascii_uppercase() && !b"DFIOQUV".contains(&p[1]);
    let pair_ok = !matches!(p, b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ");
    first_ok
        && second_ok
        && pair_ok
        && num.iter().all(u8::is_ascii_digit)
        && matches!(suffix[0], b'A'..=b'D')
}

/// For a number grouped 3-2-4 with spaces or dots (`078 05 1123`,
/// `078.05.1123`), the layout of a US SSN and of no phone plan: whether it
/// passes the SSN rules. `None` for any other grouping (dashes are the SSN
/// pattern's own).
///
/// ```
/// use leakscope::detect::shapes::spaced_ssn_layout;
/// assert_eq!(spaced_ssn_layout("078 05 1123"), Some(true));
/// assert_eq!(spaced_ssn_layout("078.05.1123"), Some(true));
/// assert_eq!(spaced_ssn_layout("078 00 1123"), Some(false));
/// assert_eq!(spaced_ssn_layout("078 05 1123 44"), None);
/// assert_eq!(spaced_ssn_layout("078-05-1123"), None);
/// ```
pub fn spaced_ssn_layout(s: &str) -> Option<bool> {
    let b = s.as_bytes();
    if b.len() != 11 {
        return None;
    }
    let sep = b[3];
    let digit_at = |i: usize| b[i].is_ascii_digit();
    let layout = matches!(sep, b' ' | b'.')
        && b[6] == sep
        && (0..11).filter(|&i| i != 3 && i != 6).all(digit_at);
    if !layout {
        return None;
    }
    let mut compact = [0u8; 9];
    for (slot, &c) in compact
        .iter_mut()
        .zip(b.iter().filter(|c| c.is_ascii_digit()))
    {
        *slot = c;
    }
    Some(std::str::from_utf8(&compact).is_ok_and(is_ssn_digits))
}

/// True when `s` is a German Steuer-ID: 11 digits (spaces allowed), first
/// digit not 0, no digit more than three times among the first ten, and
/// the ISO 7064 MOD 11,10 check digit. Issued numbers also repeat one
/// digit, but test vectors (Presidio's `12345678903`) do not, so that rule
/// is not required; the number is only read after its name or key.
pub fn is_steuer_id(s: &str) -> bool {
    let d: Vec<u8> = s.bytes().filter(|&b| b != b' ').collect();
    if d.len() != 11 || !d.iter().all(u8::is_ascii_digit) || d[0] == b'0' {
        return false;
    }
    let mut counts = [0u8; 10];
    for &c in &d[..10] {
        counts[usize::from(c - b'0')] += 1;
    }
    if counts.iter().any(|&c| c > 3) {
        return false;
    }
    let mut product: u32 = 10;
    for &c in &d[..10] {
        let mut sum = (u32::from(c - b'0') + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let mut check = 11 - product;
    if check == 10 {
        check = 0;
    }
    check == u32::from(d[10] - b'0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssn() {
        assert!(is_ssn_digits("536-22-1234"));
        assert!(is_ssn_digits("078051120"));
        assert!(is_ssn_digits("536 22 1234"));
        for bad in [
            "000-12-3456",
            "666-12-3456",
            "900-12-3456",
            "123-00-4567",
            "123-45-0000",
            "123-45-6789",
            "111-11-1111",
            "555555555",
            "123-456-789",
            "123-45 6789",
            "12345678",
            "abc-de-fghi",
        ] {
            assert!(!is_ssn_digits(bad), "{bad}");
        }
    }

    #[test]
    fn nino() {
        assert!(is_nino("AB123456C"));
        assert!(is_nino("AB 12 34 56 C"));
        for bad in [
            "GB123456A",
            "DA123456A",
            "AO123456A",
            "AB123456E",
            "AB12345C",
            "ab123456c",
        ] {
            assert!(!is_nino(bad), "{bad}");
        }
    }

    #[test]
    fn steuer_id() {
        assert!(is_steuer_id("86095742719"));
        assert!(is_steuer_id("47036892816"));
        assert!(!is_steuer_id("86095742718"));
        assert!(!is_steuer_id("06095742719"));
        assert!(!is_steuer_id("12345678901")); // wrong check digit
                                               // Ten different leading digits pass as Presidio's vectors do.
        assert!(is_steuer_id("12345678903"));
        assert!(is_steuer_id("98765432106"));
        assert!(!is_steuer_id("98765432100"));
        assert!(!is_steuer_id("11111111111"));
        assert!(!is_steuer_id("11112345678"));
        assert!(!is_steuer_id("02345678903"));
        assert!(!is_steuer_id("8609574271"));
    }
}
