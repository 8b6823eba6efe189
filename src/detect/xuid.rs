//! Xbox user ids (XUIDs): 16 decimal digits of `0x0009xxxxxxxxxxxx`, so
//! between 2533274790395904 and 2814749767106559. That range overlaps the
//! Mastercard 2-series, and about one XUID in ten passes the Luhn check.

/// The smallest XUID, `0x0009000000000000`.
const FIRST: u64 = 0x0009_0000_0000_0000;
/// The largest XUID, `0x0009FFFFFFFFFFFF`.
const LAST: u64 = 0x0009_FFFF_FFFF_FFFF;

/// True when `t` (surrounding whitespace aside) is sixteen digits in the
/// XUID range.
///
/// ```
/// use leakscope::detect::shapes::is_xuid;
/// assert!(is_xuid("2533274912345678"));
/// assert!(!is_xuid("5555555555554444"));
/// ```
pub fn is_xuid(t: &str) -> bool {
    let t = crate::detect::trim_ws(t);
    t.len() == 16
        && t.bytes().all(|b| b.is_ascii_digit())
        && t.parse::<u64>().is_ok_and(|n| (FIRST..=LAST).contains(&n))
}

#[cfg(test)]
mod tests {
    use super::is_xuid;

    #[test]
    fn xuids() {
        for t in [
            "2533274912345678",
            "2533274790395904",
            "2814749767106559",
            " 2535405123456789 ",
        ] {
            assert!(is_xuid(t), "{t}");
        }
    }

    #[test]
    fn not_xuids() {
        for t in [
            "2533274790395903",
            "2814749767106560",
            "4111111111111111",
            "5555555555554444",
            "2223003122003222",
            "253327491234567",
            "25332749123456789",
            "2533-2749-1234-5678",
            "",
        ] {
            assert!(!is_xuid(t), "{t}");
        }
    }
}
