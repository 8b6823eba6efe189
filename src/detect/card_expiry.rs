//! The expiry date printed on a payment card: month and year, `MM/YY` or
//! `MM/YYYY` (also with `-`, and a one-digit month).

/// True when `t` is a card's expiry date: a month 1-12, a slash or a dash,
/// and a two-digit year or a four-digit year from 1990 to 2099.
pub fn is_card_expiry(t: &str) -> bool {
    let t = t.trim();
    let Some((month, year)) = t.split_once(['/', '-']) else {
        return false;
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(month) || !all_digits(year) || !(1..=2).contains(&month.len()) {
        return false;
    }
    let month_ok = month.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m));
    let year_ok = match year.len() {
        2 => true,
        4 => year
            .parse::<u16>()
            .is_ok_and(|y| (1990..=2099).contains(&y)),
        _ => false,
    };
    month_ok && year_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_dates() {
        for t in ["09/27", "9/27", "12/2030", "01-28", "03/1999", " 09/27 "] {
            assert!(is_card_expiry(t), "{t}");
        }
    }

    #[test]
    fn not_expiry_dates() {
        for t in [
            "13/27",
            "00/27",
            "09/271",
            "09/3027",
            "0927",
            "2027-09",
            "2027-09-30",
            "09/27/2027",
            "1700000000",
            "9/",
            "/27",
            "ab/cd",
            "",
        ] {
            assert!(!is_card_expiry(t), "{t}");
        }
    }
}
