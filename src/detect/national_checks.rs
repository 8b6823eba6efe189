//! Check-digit rules of further national identity numbers named by a cue
//! word (see [`super::id_schemes`]): the Chinese resident identity card,
//! the Turkish T.C. Kimlik No, the South African ID number, the Thai
//! national id (TNIN) and the Japanese Individual Number (My Number). Each takes the digit values of a candidate (and,
//! for China, its final check character) and applies its issuer's check;
//! the birth dates some of them carry must be calendar dates.

/// Chinese resident identity card number (GB 11643): 17 digits, the
/// eighth to fifteenth a birth date `YYYYMMDD`, and an ISO 7064 MOD 11-2
/// check character (`0`-`9` or `X`).
///
/// ```
/// use leakscope::detect::shapes::is_cn_resident_id;
/// assert!(is_cn_resident_id("11010519491231002X"));
/// assert!(!is_cn_resident_id("110105194912310021"));
/// ```
pub fn is_cn_resident_id(v: &str) -> bool {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const CHECK: &[u8; 11] = b"10X98765432";
    let b = v.trim().as_bytes();
    if b.len() != 18 || !b[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = b[..17].iter().map(|&c| c - b'0').collect();
    let sum: u32 = d.iter().zip(WEIGHTS).map(|(&x, w)| u32::from(x) * w).sum();
    let year: u32 = d[6..10].iter().fold(0, |y, &x| y * 10 + u32::from(x));
    let check = CHECK[(sum % 11) as usize];
    (1900..=2099).contains(&year)
        && is_date(d[10] * 10 + d[11], d[12] * 10 + d[13])
        && b[17].to_ascii_uppercase() == check
}

/// Turkish identity number (T.C. Kimlik No): 11 digits, no leading zero;
/// the tenth is seven times the sum of the odd-placed first nine minus the
/// sum of the even-placed ones, mod 10, and the eleventh the sum of the
/// first ten, mod 10.
///
/// ```
/// use leakscope::detect::shapes::is_tr_tckn;
/// assert!(is_tr_tckn(&[1, 0, 0, 0, 0, 0, 0, 0, 1, 4, 6]));
/// assert!(!is_tr_tckn(&[1, 0, 0, 0, 0, 0, 0, 0, 1, 4, 7]));
/// ```
pub fn is_tr_tckn(d: &[u8]) -> bool {
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    let odd: u32 = d[..9].iter().step_by(2).map(|&x| u32::from(x)).sum();
    let even: u32 = d[1..8].iter().step_by(2).map(|&x| u32::from(x)).sum();
    let tenth = (odd * 7 + 100 - even) % 10;
    let eleventh = d[..10].iter().map(|&x| u32::from(x)).sum::<u32>() % 10;
    tenth == u32::from(d[9]) && eleventh == u32::from(d[10])
}

/// South African ID number: 13 digits, a birth date `YYMMDD`, a sequence
/// number, a citizenship digit (0 citizen, 1 permanent resident), one more
/// digit and a Luhn check over all thirteen.
///
/// ```
/// use leakscope::detect::shapes::is_za_id;
/// assert!(is_za_id(&[8, 0, 0, 1, 0, 1, 5, 0, 0, 9, 0, 8, 7]));
/// assert!(!is_za_id(&[8, 0, 0, 1, 0, 1, 5, 0, 0, 9, 0, 8, 8]));
/// ```
pub fn is_za_id(d: &[u8]) -> bool {
    if d.len() != 13 || d[10] > 1 {
        return false;
    }
    is_date(d[2] * 10 + d[3], d[4] * 10 + d[5]) && super::luhn::luhn_valid_values(d)
}

/// Thai national identification number (TNIN): 13 digits, the first (the
/// person's category) 1 to 8, the last `(11 - Σ dᵢ·(13 - i)) mod 11 mod
/// 10` over the first twelve.
///
/// ```
/// use leakscope::detect::shapes::is_th_tnin;
/// assert!(is_th_tnin(&[1, 1, 0, 3, 7, 0, 0, 1, 2, 3, 4, 5, 8]));
/// assert!(!is_th_tnin(&[1, 1, 0, 3, 7, 0, 0, 1, 2, 3, 4, 5, 7]));
/// ```
pub fn is_th_tnin(d: &[u8]) -> bool {
    if d.len() != 13 || !(1..=8).contains(&d[0]) {
        return false;
    }
    let sum: u32 = d[..12]
        .iter()
        .zip((2..=13u32).rev())
        .map(|(&x, w)| u32::from(x) * w)
        .sum();
    (11 - sum % 11) % 10 == u32::from(d[12])
}

/// Japanese Individual Number (My Number): 12 digits, the last a check
/// digit over the first eleven weighted 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2
/// (a remainder mod 11 of 0 or 1 gives 0, else 11 minus it).
///
/// ```
/// use leakscope::detect::shapes::is_jp_my_number;
/// assert!(is_jp_my_number(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 8]));
/// assert!(!is_jp_my_number(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 9]));
/// ```
pub fn is_jp_my_number(d: &[u8]) -> bool {
    const WEIGHTS: [u32; 11] = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    if d.len() != 12 {
        return false;
    }
    let sum: u32 = d[..11]
        .iter()
        .zip(WEIGHTS)
        .map(|(&x, w)| u32::from(x) * w)
        .sum();
    let check = match sum % 11 {
        0 | 1 => 0,
        r => 11 - r,
    };
    check == u32::from(d[11])
}

/// A month and day that can be a calendar date (29 February allowed).
pub(super) fn is_date(month: u8, day: u8) -> bool {
    let days = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    #[test]
    fn chinese_resident_ids() {
        for ok in [
            "11010519491231002X",
            "11010519491231002x",
            "320106198503123454",
        ] {
            assert!(is_cn_resident_id(ok), "{ok}");
        }
        for bad in [
            "110105194912310021",
            // Valid check arithmetic is not enough: month 13.
            "11010519491331002X",
            "1101051949123100",
            "11010519491231002Ä",
            "",
        ] {
            assert!(!is_cn_resident_id(bad), "{bad}");
        }
    }

    #[test]
    fn turkish_identity_numbers() {
        assert!(is_tr_tckn(&digits("10000000146")));
        assert!(is_tr_tckn(&digits("12345678950")));
        assert!(!is_tr_tckn(&digits("12345678951")));
        assert!(!is_tr_tckn(&digits("02345678950")));
        assert!(!is_tr_tckn(&digits("1234567895")));
    }

    #[test]
    fn south_african_ids() {
        assert!(is_za_id(&digits("8001015009087")));
        assert!(is_za_id(&digits("9202204720083")));
        assert!(!is_za_id(&digits("9202204720082")));
        // Luhn-valid but born on the 32nd.
        assert!(!is_za_id(&digits("8001325009082")));
        assert!(!is_za_id(&digits("800101500908")));
    }

    #[test]
    fn japanese_individual_numbers() {
        assert!(is_jp_my_number(&digits("123456789018")));
        assert!(!is_jp_my_number(&digits("123456789019")));
        assert!(!is_jp_my_number(&digits("12345678901")));
    }

    #[test]
    fn thai_national_ids() {
        assert!(is_th_tnin(&digits("1103700123458")));
        assert!(is_th_tnin(&digits("3100600445619")));
        assert!(!is_th_tnin(&digits("3100600445611")));
        assert!(!is_th_tnin(&digits("9103700123458")));
        assert!(!is_th_tnin(&digits("110370012345")));
    }
}
