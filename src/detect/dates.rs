//! Calendar dates in the common written forms. A date is only a
//! `date_of_birth` under a birth key or in a birth sentence; this module
//! only decides whether a string is a date.

const MONTHS: [(&str, u32); 32] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("sept", 9),
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("octobre", 10),
    ("décembre", 12),
    ("dez", 12),
];

/// Month number of an English, German or French month name or its
/// three-letter abbreviation (optional trailing `.`), case-insensitive.
pub fn month_from_name(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    for (name, m) in MONTHS {
        if name == w {
            return Some(m);
        }
    }
    if w.chars().count() == 3 || w.chars().count() == 4 {
        for (name, m) in MONTHS.iter().take(12) {
            if name.starts_with(&w) {
                return Some(*m);
            }
        }
        if w == "mär" || w == "okt" {
            return Some(if w == "mär" { 3 } else { 10 });
        }
    }
    None
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn valid_ymd(y: u32, m: u32, d: u32) -> bool {
    if !(1800..=2200).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    d <= days
}

fn year4(y: &str) -> Option<u32> {
    if y.len() == 4 {
        num(y)
    } else if y.len() == 2 {
        num(y).map(|v| if v > 30 { 1900 + v } else { 2000 + v })
    } else {
        None
    }
}

/// True for a strict ISO 8601 date or datetime: `1990-01-02`,
/// `2024-01-01T10:00:00Z`, `2024-01-01 10:00:00.123+02:00`.
pub fn is_iso_datetime(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 10 {
        return false;
    }
    let date_ok = b[..10].iter().enumerate().all(|(i, &c)| {
        if i == 4 || i == 7 {
            c == b'-'
        } else {
            c.is_ascii_digit()
        }
    });
    if !date_ok {
        return false;
    }
    let rest = &b[10..];
    if rest.is_empty() {
        return true;
    }
    if !(rest[0] == b'T' || rest[0] == b' ') {
        return false;
    }
    let t = &rest[1..];
    // hh:mm[:ss[.fff]][Z|±hh[:]mm]
    if t.len() < 5 || !t[0].is_ascii_digit() || !t[1].is_ascii_digit() || t[2] != b':' {
        return false;
    }
    t[3..]
        .iter()
        .all(|&c| c.is_ascii_digit() || matches!(c, b':' | b'.' | b',' | b'Z' | b'z' | b'+' | b'-'))
}

/// True for a date: `1990-01-02`, `02.01.1990`, `01/02/1990`, `2.1.90`,
/// `January 2, 1990`, `2 Jan 1990`, `2. Januar 1990`, `19900102`, ISO
/// datetimes. The day, month and year must be in range.
///
/// ```
/// use leakscope::detect::shapes::is_date_like;
/// assert!(is_date_like("geboren: 02.01.1990".split(": ").nth(1).unwrap()));
/// assert!(!is_date_like("13/13/1990"));
/// ```
pub fn is_date_like(s: &str) -> bool {
    let t = s.trim();
    if t.len() < 6 || t.len() > 40 {
        return false;
    }
    if is_iso_datetime(t) {
        let y = num(&t[..4]).unwrap_or(0);
        let m = num(&t[5..7]).unwrap_or(0);
        let d = num(&t[8..10]).unwrap_or(0);
        return valid_ymd(y, m, d);
    }
    let b = t.as_bytes();
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        let y = num(&t[..4]).unwrap_or(0);
        let m = num(&t[4..6]).unwrap_or(0);
        let d = num(&t[6..8]).unwrap_or(0);
        return valid_ymd(y, m, d);
    }
    // Numeric with one separator kind.
    for sep in ['.', '/', '-'] {
        let parts: Vec<&str> = t.split(sep).collect();
        if parts.len() == 3 && parts.iter().all(|p| num(p).is_some()) {
            let (a, b2, c) = (parts[0], parts[1], parts[2]);
            if a.len() == 4 {
                let (y, m, d) = (
                    num(a).unwrap_or(0),
                    num(b2).unwrap_or(0),
                    num(c).unwrap_or(0),
                );
                return b2.len() <= 2 && c.len() <= 2 && valid_ymd(y, m, d);
            }
            if a.len() > 2 || b2.len() > 2 {
                return false;
            }
            let Some(y) = year4(c) else { return false };
            let (x, z) = (num(a).unwrap_or(0), num(b2).unwrap_or(0));
            // d.m.y (European) or m/d/y (US): accept either reading.
            return valid_ymd(y, z, x) || valid_ymd(y, x, z);
        }
    }
    // Written month names, also between dashes or slashes as Oracle and
    // SAS print them (`23-JUL-1985`, `1985-JUL-23`, `23/Jul/1985`).
    // `4th of July, 1982`: the `of` between day and month says nothing.
    let mut words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("of"))
        .collect();
    if words.len() == 1 {
        words = t.split(['-', '/']).collect();
        if let [y, m, d] = words[..] {
            if y.len() == 4 && month_from_name(m).is_some() {
                words = vec![d, m, y];
            }
        }
    }
    if words.len() != 3 {
        return false;
    }
    let strip_day = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches('.');
        let w = w
            .strip_suffix("st")
            .or_else(|| w.strip_suffix("nd"))
            .or_else(|| w.strip_suffix("rd"))
            .or_else(|| w.strip_suffix("th"))
            .unwrap_or(w);
        if w.len() <= 2 {
            num(w)
        } else {
            None
        }
    };
    let (m, d, y) = if let Some(m) = month_from_name(words[0]) {
        (m, strip_day(words[1]), words[2])
    } else if let Some(m) = month_from_name(words[1]) {
        (m, strip_day(words[0]), words[2])
    } else {
        return false;
    };
    match (d, (y.len() == 4).then(|| num(y)).flatten()) {
        (Some(d), Some(y)) => valid_ymd(y, m, d),
        _ => false,
    }
}

/// A day of the year without its year (`02/14`, `14.02.`, `--02-14`, the
/// vCard form): a birthday when a birth key names it.
///
/// ```
/// use leakscope::detect::shapes::is_month_day;
/// assert!(is_month_day("02/14"));
/// assert!(is_month_day("--02-14"));
/// assert!(!is_month_day("13/14"));
/// ```
pub fn is_month_day(s: &str) -> bool {
    let t = s.trim().trim_start_matches("--").trim_end_matches('.');
    let mut parts = t.split(['/', '.', '-']);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let small = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
    if !small(a) || !small(b) {
        return false;
    }
    let (a, b) = (num(a).unwrap_or(0), num(b).unwrap_or(0));
    // Month first (`02/14`) or day first (`14.02`).
    (1..=12).contains(&a) && (1..=31).contains(&b) || (1..=31).contains(&a) && (1..=12).contains(&b)
}

/// A month of a year without its day (`1970-05`, `05/1970`, `1970/5`,
/// `May 1970`, `Mai 1970`): company registers publish an officer's birth
/// date this way, so it is one when a birth key names it.
///
/// ```
/// use leakscope::detect::shapes::is_year_month;
/// assert!(is_year_month("1970-05"));
/// assert!(is_year_month("May 1970"));
/// assert!(!is_year_month("1970-13"));
/// assert!(!is_year_month("12-34"));
/// ```
pub fn is_year_month(s: &str) -> bool {
    let t = s.trim();
    if t.len() < 6 || t.len() > 20 {
        return false;
    }
    let year_ok = |p: &str| p.len() == 4 && num(p).is_some_and(|y| (1850..=2100).contains(&y));
    let month_ok =
        |p: &str| (1..=2).contains(&p.len()) && num(p).is_some_and(|m| (1..=12).contains(&m));
    let mut parts = t.split(['-', '/', '.', ' ']).filter(|p| !p.is_empty());
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    (year_ok(a) && month_ok(b))
        || (month_ok(a) && year_ok(b))
        || (month_from_name(a).is_some() && year_ok(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinal_days_with_of() {
        assert!(is_date_like("4th of July, 1982"));
        assert!(is_date_like("1st of March 1990"));
        assert!(!is_date_like("4th of July"));
    }

    #[test]
    fn year_months() {
        for s in [
            "1970-05", "05/1970", "5/1970", "1970/5", "May 1970", "Mai 1970", "MAY 1970",
        ] {
            assert!(is_year_month(s), "{s}");
        }
        for s in [
            "1970-13",
            "00/1970",
            "2024",
            "12-34",
            "1970-05-02",
            "v1.2",
            "May 12",
            "10-1200",
        ] {
            assert!(!is_year_month(s), "{s}");
        }
    }

    #[test]
    fn dates() {
        for s in [
            "1990-01-02",
            "02.01.1990",
            "2.1.1990",
            "01/02/1990",
            "12/31/1990",
            "31/12/1990",
            "02.01.90",
            "January 2, 1990",
            "Jan 2 1990",
            "2 Jan 1990",
            "2nd January 1990",
            "2. Januar 1990",
            "14. März 1985",
            "19900102",
            "2024-01-01T10:00:00Z",
            "2024-02-29",
            "23-JUL-1985",
            "23-Jul-1985",
            "1985-JUL-23",
            "23/Jul/1985",
        ] {
            assert!(is_date_like(s), "{s}");
        }
        for s in ["31-FEB-1985", "23-XYZ-1985", "SKU-JUL-1985", "2024-Q1-01"] {
            assert!(!is_date_like(s), "{s}");
        }
    }

    #[test]
    fn not_dates() {
        for s in [
            "13/13/1990",
            "2023-02-29",
            "1990-13-01",
            "99999999",
            "12345678",
            "1.2.3",
            "4.9.6.156",
            "Jan 1990",
            "May be 1990",
            "555-123-4567",
            "hello world",
            "",
        ] {
            assert!(!is_date_like(s), "{s}");
        }
    }

    #[test]
    fn iso() {
        assert!(is_iso_datetime("2024-01-01T10:00:00Z"));
        assert!(is_iso_datetime("2024-01-01 10:00:00.123+02:00"));
        assert!(is_iso_datetime("2024-01-01"));
        assert!(!is_iso_datetime("2024-01-01Tfoo"));
        assert!(!is_iso_datetime("20240101"));
    }
}
