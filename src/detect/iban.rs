//! IBANs: country code, two check digits, a country-specific length and
//! the ISO 7064 mod-97 check (remainder 1).

/// The IBAN length of a country (ISO 3166 alpha-2, upper case), if it
/// issues IBANs.
pub fn iban_length(cc: &[u8]) -> Option<usize> {
    let n = match cc {
        b"NO" => 15,
        b"BE" => 16,
        b"DK" | b"FI" | b"FO" | b"GL" | b"NL" => 18,
        b"MK" | b"SI" => 19,
        b"AT" | b"BA" | b"EE" | b"KZ" | b"LT" | b"LU" | b"XK" => 20,
        b"CH" | b"HR" | b"LI" | b"LV" => 21,
        b"BG" | b"BH" | b"CR" | b"DE" | b"GB" | b"GE" | b"IE" | b"ME" | b"RS" | b"VA" => 22,
        b"AE" | b"GI" | b"IL" | b"IQ" | b"TL" => 23,
        b"AD" | b"CZ" | b"ES" | b"MD" | b"PK" | b"RO" | b"SA" | b"SE" | b"SK" | b"TN" | b"VG" => 24,
        b"LY" | b"PT" | b"ST" => 25,
        b"IS" | b"TR" => 26,
        b"FR" | b"GR" | b"IT" | b"MC" | b"MR" | b"SM" => 27,
        b"AL" | b"AZ" | b"BY" | b"CY" | b"DO" | b"GT" | b"HU" | b"LB" | b"PL" | b"SV" => 28,
        b"BR" | b"EG" | b"PS" | b"QA" | b"UA" => 29,
        b"JO" | b"KW" | b"MU" => 30,
        b"MT" | b"SC" => 31,
        b"LC" => 32,
        _ => return None,
    };
    Some(n)
}

/// True when `s` is written like an IBAN: two capital letters, two check
/// digits, then 10 to 30 capital letters and digits, compact or in groups
/// of single spaces, whatever the country's length and check say. Under a
/// key naming an IBAN such a value is an account only when it is valid: a
/// wrong check, a wrong length or no such country is a typo or a made-up
/// reference.
///
/// ```
/// use leakscope::detect::shapes::has_iban_layout;
/// assert!(has_iban_layout("DE89370400440532013001"));
/// assert!(has_iban_layout("DE89 3704 0044 0532 0130 00"));
/// assert!(has_iban_layout("CH93 0076 2011 6238 5295"));
/// assert!(!has_iban_layout("DE8937040044"));
/// assert!(!has_iban_layout("12345678901234567890"));
/// assert!(!has_iban_layout("DE89  3704 0044 0532 0130 00"));
/// ```
pub fn has_iban_layout(s: &str) -> bool {
    let b = s.trim().as_bytes();
    let country_ok = b
        .get(..2)
        .is_some_and(|c| c.iter().all(u8::is_ascii_uppercase));
    let digits_ok = b
        .get(2..4)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let body_ok = b
        .iter()
        .all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b' ')
        && !b.windows(2).any(|w| w == b"  ");
    let compact = b.iter().filter(|&&c| c != b' ').count();
    country_ok && digits_ok && body_ok && (14..=34).contains(&compact)
}

/// True when `s` is a valid IBAN, written compact or in groups separated by
/// single spaces (upper case only, as printed on statements).
pub fn is_valid_iban(s: &str) -> bool {
    let mut compact = [0u8; 34];
    let mut n = 0usize;
    let mut prev_space = true;
    for &b in s.trim().as_bytes() {
        if b == b' ' {
            if prev_space {
                return false;
            }
            prev_space = true;
            continue;
        }
        prev_space = false;
        if !(b.is_ascii_uppercase() || b.is_ascii_digit()) || n >= compact.len() {
            return false;
        }
        compact[n] = b;
        n += 1;
    }
    let iban = &compact[..n];
    if n < 15 {
        return false;
    }
    let (cc, rest) = iban.split_at(2);
    if !cc.iter().all(u8::is_ascii_uppercase) || !rest[..2].iter().all(u8::is_ascii_digit) {
        return false;
    }
    if iban_length(cc) != Some(n) {
        return false;
    }
    // Check digits 00, 01 and 99 are never issued.
    if matches!(&rest[..2], b"00" | b"01" | b"99") {
        return false;
    }
    mod97(iban) == 1
}

/// ISO 7064 mod-97 over the rearranged IBAN (first four chars moved to the
/// end, letters expanded to 10..35).
fn mod97(iban: &[u8]) -> u32 {
    let (head, tail) = iban.split_at(4);
    let mut rem: u32 = 0;
    for &b in tail.iter().chain(head.iter()) {
        if b.is_ascii_digit() {
            rem = (rem * 10 + u32::from(b - b'0')) % 97;
        } else {
            let v = u32::from(b - b'A') + 10;
            rem = (rem * 100 + v) % 97;
        }
    }
    rem
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid() {
        for s in [
            "DE89370400440532013000",
            "DE89 3704 0044 0532 0130 00",
            "GB82WEST12345698765432",
            "GB82 WEST 1234 5698 7654 32",
            "FR1420041010050500013M02606",
            "NL91ABNA0417164300",
            "CH9300762011623852957",
            "NO9386011117947",
            "BE68539007547034",
        ] {
            assert!(is_valid_iban(s), "{s}");
        }
    }

    #[test]
    fn look_alikes() {
        for s in [
            "DE00370400440532013000", // bad check digits
            "DE89370400440532013001", // mod 97 fails
            "DE8937040044053201300",  // wrong length
            "XX89370400440532013000", // unknown country
            "de89370400440532013000", // lower case
            "DE89  3704 0044 0532 0130 00",
            "",
        ] {
            assert!(!is_valid_iban(s), "{s}");
        }
    }
}
