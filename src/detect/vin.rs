//! Vehicle identification numbers (ISO 3779) written in free text after a
//! cue: `VIN 1HGCM82633A004352`, `Fahrgestellnummer WVWZZZ1JZXW000001`,
//! `chassis no. JH4KA7561PC008269`, `Vehicle identification number: …`.
//! A car's VIN is its owner's, like a VIN under a `vin` key.
//!
//! A VIN is 17 upper-case letters and digits without `I`, `O` and `Q`.
//! North-American VINs (first character `1`-`5`) carry a check digit at
//! position 9, which must hold; other regions have none, so the cue carries
//! them. Order ids, hex ids and base32 ids of 17 characters are ruled out
//! by the missing cue, the alphabet or the check digit.

/// The spans of the VINs in `text` that follow a cue, as `(start, end)`.
/// Most texts cost one look at every seventeenth byte.
pub(crate) fn vins_after_cues(text: &str, mut found: impl FnMut(usize, usize)) {
    let b = text.as_bytes();
    let n = b.len();
    // A cue stands apart from its VIN: a token, hash or id with no blank,
    // colon or `#` holds none.
    if n < 21 || memchr::memchr3(b' ', b':', b'#', b).is_none() {
        return;
    }
    // Runs of exactly 17 letters and digits. `i` is 0 or follows a
    // byte that is neither: a run starting in `i..=i + 16` covers
    // `i + 16`, so when that byte is no letter or digit all those starts
    // are skipped at once (most text has no such run).
    let word = |c: u8| c.is_ascii_alphanumeric();
    let mut i = 0;
    while i + 17 <= n {
        if !word(b[i + 16]) {
            i += 17;
            continue;
        }
        let mut start = i + 16;
        while start > i && word(b[start - 1]) {
            start -= 1;
        }
        let mut end = i + 17;
        while end < n && word(b[end]) {
            end += 1;
        }
        if end - start == 17 && is_vin(&b[start..end]) && cue_before(b, start) {
            found(start, end);
        }
        i = end + 1;
    }
}

/// Whether `v` is a VIN by its alphabet, and by its check digit when it
/// is North American.
pub(crate) fn is_vin(v: &[u8]) -> bool {
    if v.len() != 17
        || !v.iter().all(|&c| {
            c.is_ascii_digit() || (c.is_ascii_uppercase() && !matches!(c, b'I' | b'O' | b'Q'))
        })
    {
        return false;
    }
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    // The serial (positions 12-17) ends in digits; a word in capitals has
    // none at all.
    if digits < 4 || !v[14..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    if matches!(v[0], b'1'..=b'5') {
        return check_digit_holds(v);
    }
    true
}

fn translit(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'A' | b'J' => 1,
        b'B' | b'K' | b'S' => 2,
        b'C' | b'L' | b'T' => 3,
        b'D' | b'M' | b'U' => 4,
        b'E' | b'N' | b'V' => 5,
        b'F' | b'W' => 6,
        b'G' | b'P' | b'X' => 7,
        b'H' | b'Y' => 8,
        b'R' | b'Z' => 9,
        _ => 0,
    }
}

/// The check digit of North-American VINs (49 CFR 565): weighted sum of
/// the transliterated characters mod 11, `X` for 10.
fn check_digit_holds(v: &[u8]) -> bool {
    const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let sum: u32 = v.iter().zip(WEIGHTS).map(|(&c, w)| translit(c) * w).sum();
    let want = match sum % 11 {
        10 => b'X',
        d => b'0' + d as u8,
    };
    v[8] == want
}

/// Words between a cue and its VIN (`chassis no.`, `VIN is`, `VIN Nr.`).
const FILLERS: &[&str] = &[
    "no", "nr", "num", "number", "is", "of", "the", "de", "di", "nummer",
];

/// Words that name a VIN on their own.
const CUES: &[&str] = &[
    "vin",
    "fin",
    "chassis",
    "chassisnummer",
    "chassisnr",
    "fahrgestellnummer",
    "fahrgestellnr",
    "fahrgestell",
    "bastidor",
    "telaio",
];

/// Whether a cue ends right before `start`, with at most three filler
/// words and punctuation between.
fn cue_before(b: &[u8], start: usize) -> bool {
    let from = start.saturating_sub(48);
    let mut end = start;
    let mut fillers = 0;
    let mut prev_word: Option<&[u8]> = None;
    loop {
        // Step back over punctuation and spaces.
        while end > from && !b[end - 1].is_ascii_alphanumeric() {
            // A cue's text runs on in the same sentence only.
            if matches!(b[end - 1], b'\n' | b';' | b'|') {
                return false;
            }
            end -= 1;
        }
        if end == from {
            return false;
        }
        let mut s = end;
        while s > from && b[s - 1].is_ascii_alphanumeric() {
            s -= 1;
        }
        let word = &b[s..end];
        if CUES.iter().any(|c| word.eq_ignore_ascii_case(c.as_bytes())) {
            return true;
        }
        // `vehicle identification number`, `vehicle id`.
        if word.eq_ignore_ascii_case(b"vehicle")
            && prev_word.is_some_and(|p| {
                p.eq_ignore_ascii_case(b"identification") || p.eq_ignore_ascii_case(b"id")
            })
        {
            return true;
        }
        let is_filler = FILLERS
            .iter()
            .any(|f| word.eq_ignore_ascii_case(f.as_bytes()));
        let is_ident =
            word.eq_ignore_ascii_case(b"identification") || word.eq_ignore_ascii_case(b"id");
        if !(is_filler || is_ident) {
            return false;
        }
        fillers += 1;
        if fillers > 3 {
            return false;
        }
        prev_word = Some(word);
        end = s;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        vins_after_cues(t, |s, e| v.push(&t[s..e]));
        v
    }

    #[test]
    fn codes2_vin_check_digit() {
        assert!(is_vin(b"1HGCM82633A004352"));
        assert!(is_vin(b"1FTEW1EP4KFA12345"));
        assert!(!is_vin(b"1FTEW1EP5KFA12345"));
        assert!(!is_vin(b"1HGCM82643A004352"));
        assert!(is_vin(b"WVWZZZ1JZXW000001"));
        assert!(!is_vin(b"1HGCM82633A00435"));
        assert!(!is_vin(b"ORD7K2M9X4Q1B3N5P"));
        // A hex id has the alphabet of a non-North-American VIN: only a cue
        // before it makes it one (`vins_after_cues`).
        assert!(!is_vin(b"9f86d081884c7d659"));
        assert!(!is_vin(b"K5T7Y2R4W8Q3Z6X1M"));
        assert!(!is_vin(b"1hgcm82633a004352"));
    }

    #[test]
    fn codes2_vins_after_cues() {
        assert_eq!(
            spans("Customer called about VIN 1HGCM82633A004352, plate renewal due."),
            ["1HGCM82633A004352"]
        );
        assert_eq!(
            spans("Vehicle identification number: 1FTEW1EP4KFA12345."),
            ["1FTEW1EP4KFA12345"]
        );
        assert_eq!(
            spans("Fahrzeug übernommen, Fahrgestellnummer WVWZZZ1JZXW000001, Kennzeichen B"),
            ["WVWZZZ1JZXW000001"]
        );
        assert_eq!(
            spans("chassis no. JH4KA7561PC008269 failed inspection"),
            ["JH4KA7561PC008269"]
        );
        assert_eq!(spans("VIN#1HGCM82633A004352"), ["1HGCM82633A004352"]);
        // No cue, or the cue too far away.
        assert!(spans("order WVWZZZ1JZXW000001 shipped").is_empty());
        assert!(spans("1HGCM82633A004352").is_empty());
        assert!(spans("VIN unknown; ref WVWZZZ1JZXW000001").is_empty());
        assert!(spans("VIN check failed for build WVWZZZ1JZXW000001").is_empty());
        assert!(spans("").is_empty());
        assert!(spans("vin ééééééééééééééééééé").is_empty());
    }
}
