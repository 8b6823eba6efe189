//! National identifiers beyond the US SSN whose shape carries a check
//! character, so they can be found in text without a key: Spanish DNI/NIE
//! (mod-23 letter), Italian codice fiscale (odd/even table check letter),
//! Brazilian CPF (two mod-11 check digits), Singapore NRIC/FIN (weighted
//! mod-11 letter), Mexican CURP (mod-10 check over 17 characters), and US
//! ITINs (SSN-shaped, area 9xx).

const DNI_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// Spanish DNI (`12345678Z`) or NIE (`X1234567L`), with or without a dash
/// before the letter.
///
/// ```
/// use leakscope::detect::shapes::is_es_dni;
/// assert!(is_es_dni("12345678Z"));
/// assert!(is_es_dni("X-1234567-L"));
/// assert!(!is_es_dni("12345678A"));
/// ```
pub fn is_es_dni(s: &str) -> bool {
    let b: Vec<u8> = s.bytes().filter(|&c| c != b'-').collect();
    if b.len() != 9 {
        return false;
    }
    let (body, letter) = (&b[..8], b[8]);
    let lead = match body[0] {
        b'X' => Some(0),
        b'Y' => Some(1),
        b'Z' => Some(2),
        c if c.is_ascii_digit() => None,
        _ => return false,
    };
    let digits = if lead.is_some() { &body[1..] } else { body };
    if !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut n: u64 = lead.unwrap_or(0);
    for &d in digits {
        n = n * 10 + u64::from(d - b'0');
    }
    DNI_LETTERS.get((n % 23) as usize) == Some(&letter)
}

/// The layout of a Spanish DNI or NIE, whatever its letter: eight digits
/// (or `X`/`Y`/`Z` and seven) and a capital letter, dashes allowed.
///
/// ```
/// use leakscope::detect::shapes::has_es_dni_layout;
/// assert!(has_es_dni_layout("12345678A"));
/// assert!(has_es_dni_layout("X-1234567-L"));
/// assert!(!has_es_dni_layout("12345678"));
/// ```
pub fn has_es_dni_layout(s: &str) -> bool {
    let mut chars = s.bytes().filter(|&c| c != b'-');
    let lead_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'X' | b'Y' | b'Z'));
    let rest: Vec<u8> = chars.collect();
    lead_ok
        && rest.len() == 8
        && rest[..7].iter().all(u8::is_ascii_digit)
        && rest[7].is_ascii_uppercase()
}

/// Values of the odd (1st, 3rd, …) positions of a codice fiscale, for
/// `0`-`9` and `A`-`Z` alike (a digit counts as the letter of its index).
const CF_ODD: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/// Italian codice fiscale (`RSSMRA85T10A562S`), including omocodia letters
/// in the digit positions, with its check letter.
///
/// ```
/// use leakscope::detect::shapes::is_it_codice_fiscale;
/// assert!(is_it_codice_fiscale("RSSMRA85T10A562S"));
/// assert!(!is_it_codice_fiscale("RSSMRA85T10A562T"));
/// ```
pub fn is_it_codice_fiscale(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 16
        || !b
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    // Letters at 1-6, 9, 12 and 16; digits (or omocodia letters) elsewhere.
    let letters_at = [0, 1, 2, 3, 4, 5, 8, 11, 15];
    if !letters_at.iter().all(|&i| b[i].is_ascii_uppercase()) {
        return false;
    }
    if !b.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let index = |c: u8| -> usize {
        if c.is_ascii_digit() {
            usize::from(c - b'0')
        } else {
            usize::from(c - b'A')
        }
    };
    let sum: u32 = b[..15]
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i % 2 == 0 {
                CF_ODD[index(c)]
            } else {
                index(c) as u32
            }
        })
        .sum();
    b[15] == b'A' + (sum % 26) as u8
}

/// Brazilian CPF (`529.982.247-25` or eleven bare digits) with both check
/// digits; repeated digits (`111.111.111-11`) are placeholders.
///
/// ```
/// use leakscope::detect::shapes::is_br_cpf;
/// assert!(is_br_cpf("529.982.247-25"));
/// assert!(!is_br_cpf("529.982.247-26"));
/// ```
pub fn is_br_cpf(s: &str) -> bool {
    let d: Vec<u32> = s
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|c| u32::from(c - b'0'))
        .collect();
    if d.len() != 11 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let check = |n: usize| {
        let sum: u32 = (0..n).map(|i| d[i] * (n as u32 + 1 - i as u32)).sum();
        (sum * 10 % 11) % 10
    };
    check(9) == d[9] && check(10) == d[10]
}

/// Singapore NRIC/FIN of the S, T, F and G series (`S1234567D`).
///
/// ```
/// use leakscope::detect::shapes::is_sg_nric;
/// assert!(is_sg_nric("S1234567D"));
/// assert!(!is_sg_nric("S1234567A"));
/// ```
pub fn is_sg_nric(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 9 || !b[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    const WEIGHTS: [u32; 7] = [2, 7, 6, 5, 4, 3, 2];
    let mut sum: u32 = b[1..8]
        .iter()
        .zip(WEIGHTS)
        .map(|(&c, w)| u32::from(c - b'0') * w)
        .sum();
    let table: &[u8; 11] = match b[0] {
        b'S' => b"JZIHGFEDCBA",
        b'T' => {
            sum += 4;
            b"JZIHGFEDCBA"
        }
        b'F' => b"XWUTRQPNMLK",
        b'G' => {
            sum += 4;
            b"XWUTRQPNMLK"
        }
        _ => return false,
    };
    table[(sum % 11) as usize] == b[8]
}

/// US Individual Taxpayer Identification Number: SSN-shaped, area 9xx,
/// group 50-65, 70-88, 90-92 or 94-99.
///
/// ```
/// use leakscope::detect::shapes::is_us_itin;
/// assert!(is_us_itin("912-70-1234"));
/// assert!(!is_us_itin("912-45-1234"));
/// ```
pub fn is_us_itin(s: &str) -> bool {
    let d: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
    if d.len() != 9 || d[0] != b'9' {
        return false;
    }
    let group = u32::from(d[3] - b'0') * 10 + u32::from(d[4] - b'0');
    matches!(group, 50..=65 | 70..=88 | 90..=92 | 94..=99)
}

/// The two-letter birth-state codes of a CURP (`NE`: born abroad).
const CURP_STATES: [&[u8; 2]; 33] = [
    b"AS", b"BC", b"BS", b"CC", b"CL", b"CM", b"CS", b"CH", b"DF", b"DG", b"GT", b"GR", b"HG",
    b"JC", b"MC", b"MN", b"MS", b"NT", b"NL", b"OC", b"PL", b"QT", b"QR", b"SP", b"SL", b"SR",
    b"TC", b"TS", b"TL", b"VZ", b"YN", b"ZS", b"NE",
];

/// Value of one CURP character in its check: digits 0-9, letters from 10
/// with `Ñ` (never written in ASCII ids) holding the place after `N`.
fn curp_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'N' => Some(u32::from(c - b'A') + 10),
        b'O'..=b'Z' => Some(u32::from(c - b'A') + 11),
        _ => None,
    }
}

/// Mexican CURP (`HEGG560427MVZRRL04`): four letters, the birth date
/// YYMMDD, sex `H`/`M`/`X`, the birth state, three consonants, a
/// differentiator and a check digit (weights 18 down to 2, mod 10).
///
/// ```
/// use leakscope::detect::shapes::is_mx_curp;
/// assert!(is_mx_curp("HEGG560427MVZRRL04"));
/// assert!(!is_mx_curp("HEGG560427MVZRRL05"));
/// ```
pub fn is_mx_curp(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 18
        || !b[..4].iter().all(u8::is_ascii_uppercase)
        || !b[4..10].iter().all(u8::is_ascii_digit)
        || !matches!(b[10], b'H' | b'M' | b'X')
        || !CURP_STATES.iter().any(|st| st[..] == b[11..13])
        || !b[13..16].iter().all(u8::is_ascii_uppercase)
        || !b[16].is_ascii_alphanumeric()
        || !b[17].is_ascii_digit()
    {
        return false;
    }
    let two = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    if !(1..=12).contains(&two(6)) || !(1..=31).contains(&two(8)) {
        return false;
    }
    let mut sum = 0u32;
    for (i, &c) in b[..17].iter().enumerate() {
        let Some(v) = curp_value(c) else {
            return false;
        };
        sum += v * (18 - i as u32);
    }
    (10 - sum % 10) % 10 == u32::from(b[17] - b'0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mexican_curp() {
        for ok in [
            "HEGG560427MVZRRL04",
            "BADD110313HCMLNS06",
            "GARC850101HDFRRL05",
        ] {
            assert!(is_mx_curp(ok), "{ok}");
        }
        for bad in [
            "HEGG560427MVZRRL09",
            "HEGG561327MVZRRL04",
            "HEGG560427MQQRRL04",
            "HEGG560427MVZRRL0",
            "hegg560427mvzrrl04",
        ] {
            assert!(!is_mx_curp(bad), "{bad}");
        }
    }

    #[test]
    fn spanish_ids() {
        for ok in [
            "12345678Z",
            "12345678-Z",
            "X1234567L",
            "Y1234567X",
            "X-1234567-L",
        ] {
            assert!(is_es_dni(ok), "{ok}");
        }
        for bad in [
            "12345678A",
            "X1234567A",
            "A1234567L",
            "1234567Z",
            "12345678",
        ] {
            assert!(!is_es_dni(bad), "{bad}");
        }
    }

    #[test]
    fn italian_codice_fiscale() {
        assert!(is_it_codice_fiscale("RSSMRA85T10A562S"));
        for bad in [
            "RSSMRA85T10A562T",
            "RSSMRA85T10A562",
            "rssmra85t10a562s",
            "RSSMRAXXTXXAXXXS",
        ] {
            assert!(!is_it_codice_fiscale(bad), "{bad}");
        }
    }

    #[test]
    fn brazilian_cpf() {
        assert!(is_br_cpf("529.982.247-25"));
        assert!(is_br_cpf("52998224725"));
        assert!(!is_br_cpf("111.111.111-11"));
        assert!(!is_br_cpf("529.982.247-52"));
    }

    #[test]
    fn singapore_nric() {
        assert!(is_sg_nric("S1234567D"));
        assert!(is_sg_nric("T1234567J"));
        assert!(!is_sg_nric("S1234567A"));
        assert!(!is_sg_nric("A1234567D"));
    }

    #[test]
    fn us_itin() {
        assert!(is_us_itin("912-70-1234"));
        assert!(!is_us_itin("900-93-0000"));
        assert!(!is_us_itin("123-45-6789"));
    }
}
