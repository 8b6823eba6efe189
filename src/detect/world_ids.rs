//! Check rules of further national identity numbers read after their name
//! (see [`super::id_schemes`]): Belgium's national register number,
//! Portugal's NIF, Austria's social insurance number, the Czech and Slovak
//! birth number, Romania's CNP, Greece's AMKA, Ireland's PPSN, New
//! Zealand's IRD number, the Hong Kong and Taiwan identity cards, Chile's
//! RUT, Argentina's CUIT/CUIL, Israel's identity number, the Emirates ID,
//! Denmark's CPR number and a person's Mexican RFC. Digit-only schemes take
//! the digit values; the others take the text and read their own layout.
//! Every function is total: malformed input is `false`, never a panic.

use super::luhn::luhn_valid_values as luhn;
use super::national_checks::is_date;

fn two(d: &[u8], i: usize) -> u8 {
    d[i] * 10 + d[i + 1]
}

fn weighted(d: &[u8], weights: &[u32]) -> u32 {
    d.iter().zip(weights).map(|(&x, w)| u32::from(x) * w).sum()
}

fn number(d: &[u8]) -> u64 {
    d.iter().fold(0, |n, &x| n * 10 + u64::from(x))
}

/// Belgian national register number (`85.07.30-033.28`): birth date
/// `YYMMDD` (month plus 20 or 40 for bis numbers, 00 when unknown), a
/// serial, and `97 - n mod 97` over the first nine digits (with a leading
/// `2` for births from 2000).
pub fn is_be_national_number(d: &[u8]) -> bool {
    if d.len() != 11 {
        return false;
    }
    let month = two(d, 2) % 20;
    let day = two(d, 4);
    if month > 12 || day > 31 {
        return false;
    }
    let n = number(&d[..9]);
    let check = u64::from(two(d, 9));
    97 - n % 97 == check || 97 - (2_000_000_000 + n) % 97 == check
}

/// Portuguese NIF of a person (first digit 1, 2 or 3): nine digits, the
/// last `11 - Σ dᵢ·(9 - i) mod 11` (10 and 11 give 0).
pub fn is_pt_nif(d: &[u8]) -> bool {
    if d.len() != 9 || !(1..=3).contains(&d[0]) {
        return false;
    }
    let r = weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    let check = if r < 2 { 0 } else { 11 - r };
    check == u32::from(d[8])
}

/// Austrian social insurance number (`1237 010180`): a serial `NNN` not
/// starting with 0, a check digit, and the birth date `DDMMYY`; the check
/// is the weighted sum (3 7 9 · 5 8 4 2 1 6) mod 11, never 10.
pub fn is_at_svnr(d: &[u8]) -> bool {
    if d.len() != 10 || d[0] == 0 {
        return false;
    }
    let sum = weighted(&d[..3], &[3, 7, 9]) + weighted(&d[4..], &[5, 8, 4, 2, 1, 6]);
    // Month 13-15 stands for an unknown birth date.
    let month_ok = is_date(two(d, 6), two(d, 4)) || (13..=15).contains(&two(d, 6));
    month_ok && sum % 11 == u32::from(d[3])
}

/// Czech or Slovak birth number (rodné číslo) of ten digits (`855215/1234`;
/// issued from 1954): `YYMMDD` with 50 added to a woman's month (and 20 to
/// either for numbers issued since 2004), then a serial; the whole number
/// is divisible by 11 (or the first nine leave 10 and the last digit is 0).
pub fn is_cz_birth_number(d: &[u8]) -> bool {
    if d.len() != 10 {
        return false;
    }
    let month = match two(d, 2) {
        m @ 1..=12 => m,
        m @ 21..=32 => m - 20,
        m @ 51..=62 => m - 50,
        m @ 71..=82 => m - 70,
        _ => return false,
    };
    if !is_date(month, two(d, 4)) {
        return false;
    }
    let n = number(d);
    n % 11 == 0 || (number(&d[..9]) % 11 == 10 && d[9] == 0)
}

/// Romanian personal numeric code (CNP): sex/century digit 1-9, `YYMMDD`,
/// county 01-52, serial, and a check over the weights 279146358279 (a
/// remainder of 10 gives 1).
pub fn is_ro_cnp(d: &[u8]) -> bool {
    if d.len() != 13 || d[0] == 0 || !is_date(two(d, 3), two(d, 5)) {
        return false;
    }
    if !(1..=52).contains(&two(d, 7)) {
        return false;
    }
    let r = weighted(&d[..12], &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    let check = if r == 10 { 1 } else { r };
    check == u32::from(d[12])
}

/// Greek social security number (AMKA): birth date `DDMMYY`, four more
/// digits and a Luhn check digit.
pub fn is_gr_amka(d: &[u8]) -> bool {
    d.len() == 11 && is_date(two(d, 2), two(d, 0)) && luhn(d)
}

/// Irish Personal Public Service Number (`1234567T`, `8765432EA`): seven
/// digits, a check letter and an optional second letter; the check is
/// `Σ dᵢ·(8 - i) + 9·(second letter's place in the alphabet)` mod 23, with
/// 0 written `W`.
pub fn is_ie_ppsn(v: &str) -> bool {
    let b = v.trim().as_bytes();
    if !(8..=9).contains(&b.len()) || !b[..7].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let letter = |c: u8| c.to_ascii_uppercase();
    let second = match b.get(8).map(|&c| letter(c)) {
        None => 0,
        Some(c @ (b'A' | b'B' | b'H' | b'W')) => {
            if c == b'W' {
                0
            } else {
                u32::from(c - b'A') + 1
            }
        }
        Some(_) => return false,
    };
    let digits: Vec<u8> = b[..7].iter().map(|c| c - b'0').collect();
    let r = (weighted(&digits, &[8, 7, 6, 5, 4, 3, 2]) + 9 * second) % 23;
    let want = if r == 0 { b'W' } else { b'A' + r as u8 - 1 };
    letter(b[7]) == want
}

/// New Zealand IRD number: eight or nine digits between 10,000,000 and
/// 150,000,000; the check digit from weights 3 2 7 6 5 4 3 2 over the
/// eight-digit base, or when that gives 10, from 7 4 3 2 5 2 7 6.
pub fn is_nz_ird(d: &[u8]) -> bool {
    if !(8..=9).contains(&d.len()) {
        return false;
    }
    let n = number(d);
    if !(10_000_000..=150_000_000).contains(&n) {
        return false;
    }
    let mut padded = [0u8; 9];
    padded[9 - d.len()..].copy_from_slice(d);
    let (base, check) = padded.split_at(8);
    for weights in [[3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]] {
        let r = weighted(base, &weights) % 11;
        let c = if r == 0 { 0 } else { 11 - r };
        if c != 10 {
            return c == u32::from(check[0]);
        }
    }
    false
}

/// Hong Kong identity card number (`A123456(3)`, `XA000000(8)`, also
/// without the brackets): one or two capital letters, six digits and a
/// check character (`0`-`9` or `A`) from weights 9 to 2, a single letter
/// counting a space (36) before it.
pub fn is_hk_hkid(v: &str) -> bool {
    let b = v.trim().as_bytes();
    let (body, check) = match b {
        [body @ .., b'(', c, b')'] => (body, *c),
        [body @ .., c] => (body, *c),
        _ => return false,
    };
    let letters = body.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters)
        || body.len() != letters + 6
        || !body[letters..].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    let mut values = [36u32; 8];
    for (slot, &c) in values[2 - letters..2].iter_mut().zip(&body[..letters]) {
        *slot = u32::from(c - b'A') + 10;
    }
    for (slot, &c) in values[2..].iter_mut().zip(&body[letters..]) {
        *slot = u32::from(c - b'0');
    }
    let sum = weighted_u32(&values, &[9, 8, 7, 6, 5, 4, 3, 2]);
    let want = match (11 - sum % 11) % 11 {
        10 => b'A',
        c => b'0' + c as u8,
    };
    check == want
}

fn weighted_u32(v: &[u32], weights: &[u32]) -> u32 {
    v.iter().zip(weights).map(|(x, w)| x * w).sum()
}

/// Taiwan national identification number (`A123456789`): a capital
/// letter (the place of first registration, each with its two-digit code),
/// `1` or `2` (the sex; `8`/`9` for resident certificates), seven digits
/// and a check digit: the code's tens, then its units ×9, then the digits
/// ×8 down to ×1, sum to a multiple of ten.
pub fn is_tw_id(v: &str) -> bool {
    const CODES: [u32; 26] = [
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32,
        30, 31, 33,
    ];
    let b = v.trim().as_bytes();
    if b.len() != 10
        || !b[0].is_ascii_uppercase()
        || !b[1..].iter().all(u8::is_ascii_digit)
        || !matches!(b[1], b'1' | b'2' | b'8' | b'9')
    {
        return false;
    }
    let code = CODES[usize::from(b[0] - b'A')];
    let digits: Vec<u8> = b[1..].iter().map(|c| c - b'0').collect();
    let sum = code / 10 + code % 10 * 9 + weighted(&digits, &[8, 7, 6, 5, 4, 3, 2, 1, 1]);
    sum % 10 == 0
}

/// Chilean RUT/RUN (`12.345.678-5`, `16411208-K`): seven or eight digits,
/// with or without thousands dots, a dash and a mod-11 check character
/// (weights 2 to 7 from the right; 10 is `K`, 11 is `0`).
pub fn is_cl_rut(v: &str) -> bool {
    let Some((body, check)) = v.trim().rsplit_once('-') else {
        return false;
    };
    let check = match check.as_bytes() {
        [c] => c.to_ascii_uppercase(),
        _ => return false,
    };
    let dotted = body.contains('.');
    let mut digits = Vec::with_capacity(8);
    for (i, group) in body.split('.').enumerate() {
        let ok_len = if !dotted {
            (7..=8).contains(&group.len())
        } else if i == 0 {
            (1..=3).contains(&group.len())
        } else {
            group.len() == 3
        };
        if !ok_len || !group.bytes().all(|c| c.is_ascii_digit()) {
            return false;
        }
        digits.extend(group.bytes().map(|c| c - b'0'));
    }
    if !(7..=8).contains(&digits.len()) {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .zip([2u32, 3, 4, 5, 6, 7].iter().cycle())
        .map(|(&x, w)| u32::from(x) * w)
        .sum();
    let want = match 11 - sum % 11 {
        11 => b'0',
        10 => b'K',
        c => b'0' + c as u8,
    };
    check == want
}

/// Argentinian CUIT/CUIL of a person (prefix 20, 23, 24 or 27), eleven
/// digits: weights 5 4 3 2 7 6 5 4 3 2, check `11 - r` (11 gives 0; a
/// result of 10 is never issued with these prefixes).
pub fn is_ar_cuit(d: &[u8]) -> bool {
    if d.len() != 11 || !matches!(two(d, 0), 20 | 23 | 24 | 27) {
        return false;
    }
    let r = weighted(&d[..10], &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    let check = match 11 - r {
        11 => 0,
        10 => return false,
        c => c,
    };
    check == u32::from(d[10])
}

/// Israeli identity number (Teudat Zehut): nine digits (shorter ones are
/// padded with zeros) with a Luhn check digit; not all zeros.
pub fn is_il_id(d: &[u8]) -> bool {
    d.len() == 9 && d.iter().any(|&x| x != 0) && luhn(d)
}

/// Emirates ID (`784-1985-1234567-3`): 784, the birth year, a serial and a
/// Luhn check digit.
pub fn is_ae_emirates_id(d: &[u8]) -> bool {
    if d.len() != 15 || d[..3] != [7, 8, 4] {
        return false;
    }
    let year = number(&d[3..7]);
    (1900..=2099).contains(&year) && luhn(d)
}

/// Danish CPR number (`010190-1234`): the birth date `DDMMYY` and four
/// digits. Numbers issued since 2007 need not pass the old mod-11 check,
/// so only the date is read.
pub fn is_dk_cpr(d: &[u8]) -> bool {
    d.len() == 10 && is_date(two(d, 2), two(d, 0))
}

/// Value of one RFC character in its check: digits, `A`-`N`, `&`, `O`-`Z`,
/// a space and `Ñ` take 0 to 38 in that order.
fn rfc_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'N' => Some(u32::from(c - b'A') + 10),
        b'&' => Some(24),
        b'O'..=b'Z' => Some(u32::from(c - b'O') + 25),
        b' ' => Some(37),
        _ => None,
    }
}

/// A person's Mexican RFC (`GODE561231GR8`): four letters, the birth date
/// `YYMMDD`, a two-character homoclave and a check character (weights 13
/// to 2 over the first twelve, `11 - r` mod 11, 10 written `A`). A
/// company's RFC has three letters and names no person.
pub fn is_mx_rfc_person(v: &str) -> bool {
    let b = v.trim().as_bytes();
    if b.len() != 13
        || !b[..4].iter().all(|&c| c.is_ascii_uppercase() || c == b'&')
        || !b[4..10].iter().all(u8::is_ascii_digit)
        || !b[10..12]
            .iter()
            .all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    let d: Vec<u8> = b[4..10].iter().map(|c| c - b'0').collect();
    if !is_date(two(&d, 2), two(&d, 4)) {
        return false;
    }
    let mut sum = 0u32;
    for (i, &c) in b[..12].iter().enumerate() {
        let Some(x) = rfc_value(c) else {
            return false;
        };
        sum += x * (13 - i as u32);
    }
    let want = match (11 - sum % 11) % 11 {
        10 => b'A',
        c => b'0' + c as u8,
    };
    b[12] == want
}

/// The layout of a company's RFC: three letters (or `&`), a date `YYMMDD`
/// and three characters.
pub fn is_mx_rfc_company_layout(v: &str) -> bool {
    let b = v.trim().as_bytes();
    b.len() == 12
        && b[..3].iter().all(|&c| c.is_ascii_uppercase() || c == b'&')
        && b[3..9].iter().all(u8::is_ascii_digit)
        && b[9..]
            .iter()
            .all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Vec<u8> {
        s.bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect()
    }

    #[test]
    fn belgian_national_numbers() {
        assert!(is_be_national_number(&d("85.07.30-033.28")));
        assert!(is_be_national_number(&d("90011512660")));
        // Born in 2005: the check counts a leading 2.
        assert!(is_be_national_number(&d("05031227109")));
        assert!(!is_be_national_number(&d("85073003329")));
        assert!(!is_be_national_number(&d("85133003328")));
        assert!(!is_be_national_number(&d("8507300332")));
    }

    #[test]
    fn portuguese_nif() {
        assert!(is_pt_nif(&d("123456789")));
        assert!(is_pt_nif(&d("234567899")));
        assert!(!is_pt_nif(&d("123456788")));
        // A company's NIF (first digit 5) names no person.
        assert!(!is_pt_nif(&d("500123454")));
    }

    #[test]
    fn austrian_svnr() {
        assert!(is_at_svnr(&d("1237 010180")));
        assert!(is_at_svnr(&d("4560150769")));
        assert!(!is_at_svnr(&d("1236010180")));
        assert!(!is_at_svnr(&d("1237013280")));
        assert!(!is_at_svnr(&d("0237010180")));
    }

    #[test]
    fn czech_birth_numbers() {
        assert!(is_cz_birth_number(&d("855215/1234")));
        assert!(is_cz_birth_number(&d("7801234562")));
        assert!(is_cz_birth_number(&d("0110100023")));
        assert!(!is_cz_birth_number(&d("8552151235")));
        assert!(!is_cz_birth_number(&d("8542151234")));
        assert!(!is_cz_birth_number(&d("855215123")));
    }

    #[test]
    fn romanian_cnp() {
        assert!(is_ro_cnp(&d("1971215240010")));
        assert!(is_ro_cnp(&d("2850307123457")));
        assert!(!is_ro_cnp(&d("1971215240011")));
        assert!(!is_ro_cnp(&d("1971315240010")));
        assert!(!is_ro_cnp(&d("0971215240010")));
    }

    #[test]
    fn greek_amka() {
        assert!(is_gr_amka(&d("15038512347")));
        assert!(is_gr_amka(&d("01019056785")));
        assert!(!is_gr_amka(&d("15038512348")));
        assert!(!is_gr_amka(&d("3203851234")));
    }

    #[test]
    fn irish_ppsn() {
        assert!(is_ie_ppsn("1234567T"));
        assert!(is_ie_ppsn("8765432EA"));
        assert!(is_ie_ppsn("6433435F"));
        assert!(!is_ie_ppsn("1234567A"));
        assert!(!is_ie_ppsn("8765432EZ"));
        assert!(!is_ie_ppsn("123456T"));
        assert!(!is_ie_ppsn("1234567\u{e9}"));
    }

    #[test]
    fn new_zealand_ird() {
        assert!(is_nz_ird(&d("49-091-850")));
        assert!(is_nz_ird(&d("136-478-656")));
        assert!(!is_nz_ird(&d("49-091-851")));
        assert!(!is_nz_ird(&d("9125568")));
        assert!(!is_nz_ird(&d("999999999")));
    }

    #[test]
    fn hong_kong_ids() {
        assert!(is_hk_hkid("A123456(3)"));
        assert!(is_hk_hkid("C668668(9)"));
        assert!(is_hk_hkid("XA000000(8)"));
        assert!(is_hk_hkid("A1234563"));
        assert!(!is_hk_hkid("A123456(4)"));
        assert!(!is_hk_hkid("A12345(3)"));
        assert!(!is_hk_hkid("(3)"));
        assert!(!is_hk_hkid(""));
    }

    #[test]
    fn taiwan_ids() {
        assert!(is_tw_id("A123456789"));
        assert!(is_tw_id("F221103317"));
        assert!(is_tw_id("B288001525"));
        assert!(!is_tw_id("A123456788"));
        assert!(!is_tw_id("A323456789"));
        assert!(!is_tw_id("a123456789"));
    }

    #[test]
    fn chilean_rut() {
        assert!(is_cl_rut("12.345.678-5"));
        assert!(is_cl_rut("16.411.208-K"));
        assert!(is_cl_rut("16411208-k"));
        assert!(is_cl_rut("7.654.321-6"));
        assert!(!is_cl_rut("12.345.678-6"));
        assert!(!is_cl_rut("12.34.5678-5"));
        assert!(!is_cl_rut("123456785"));
        assert!(!is_cl_rut("-5"));
    }

    #[test]
    fn argentinian_cuit() {
        assert!(is_ar_cuit(&d("20-12345678-6")));
        assert!(is_ar_cuit(&d("27-28033514-8")));
        assert!(!is_ar_cuit(&d("20-12345678-7")));
        // A company's CUIT (prefix 30) names no person.
        assert!(!is_ar_cuit(&d("30-12345678-1")));
    }

    #[test]
    fn israeli_ids() {
        assert!(is_il_id(&d("123456782")));
        assert!(is_il_id(&d("040938474")));
        assert!(!is_il_id(&d("123456783")));
        assert!(!is_il_id(&d("000000000")));
    }

    #[test]
    fn emirates_ids() {
        assert!(is_ae_emirates_id(&d("784-1985-1234567-3")));
        assert!(!is_ae_emirates_id(&d("784-1985-1234567-4")));
        assert!(!is_ae_emirates_id(&d("785-1985-1234567-3")));
    }

    #[test]
    fn danish_cpr() {
        assert!(is_dk_cpr(&d("010190-1234")));
        assert!(!is_dk_cpr(&d("320190-1234")));
        assert!(!is_dk_cpr(&d("01019012345")));
    }

    #[test]
    fn mexican_rfc() {
        assert!(is_mx_rfc_person("GODE561231GR8"));
        assert!(!is_mx_rfc_person("GODE561231GR9"));
        assert!(!is_mx_rfc_person("GODE561331GR8"));
        assert!(!is_mx_rfc_person("CNO050101AB2"));
        assert!(is_mx_rfc_company_layout("CNO050101AB2"));
        assert!(!is_mx_rfc_company_layout("GODE561231GR8"));
    }
}
