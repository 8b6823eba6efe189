//! Payment card numbers: 13-19 digits, Luhn-valid, with a known issuer
//! identification number (IIN) range and a length that issuer uses.

use super::luhn::{digits_with_separators, luhn_valid};

fn prefix_num(d: &[u8], n: usize) -> u32 {
    d.iter()
        .take(n)
        .fold(0u32, |acc, &b| acc * 10 + u32::from(b.wrapping_sub(b'0')))
}

/// The card brand of an ASCII digit string, if its IIN range and length
/// belong to a known issuer (Luhn is not checked here).
pub fn card_brand(d: &[u8]) -> Option<&'static str> {
    let len = d.len();
    if !(13..=19).contains(&len) || !d.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let p1 = prefix_num(d, 1);
    let p2 = prefix_num(d, 2);
    let p3 = prefix_num(d, 3);
    let p4 = prefix_num(d, 4);
    let p6 = prefix_num(d, 6);
    if p1 == 4 && matches!(len, 13 | 16 | 19) {
        return Some("visa");
    }
    if ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && len == 16 {
        return Some("mastercard");
    }
    if (p2 == 34 || p2 == 37) && len == 15 {
        return Some("amex");
    }
    if (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 || (622126..=622925).contains(&p6))
        && (16..=19).contains(&len)
    {
        return Some("discover");
    }
    if (3528..=3589).contains(&p4) && (16..=19).contains(&len) {
        return Some("jcb");
    }
    if ((300..=305).contains(&p3) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39)
        && (14..=19).contains(&len)
    {
        return Some("diners");
    }
    if p2 == 62 && (16..=19).contains(&len) {
        return Some("unionpay");
    }
    if matches!(
        p4,
        5018 | 5020 | 5038 | 5893 | 6304 | 6759 | 6761 | 6762 | 6763
    ) {
        return Some("maestro");
    }
    if (2200..=2204).contains(&p4) && len == 16 {
        return Some("mir");
    }
    if p4 == 5019 && len == 16 {
        return Some("dankort");
    }
    if (p2 == 81 || p2 == 82 || p3 == 508) && len == 16 {
        return Some("rupay");
    }
    None
}

/// True when `s` is a payment card number: digits with optional single
/// spaces or dashes between groups, 13-19 digits, Luhn-valid, known IIN.
pub fn is_card_number(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty()
        || !s.as_bytes()[0].is_ascii_digit()
        || !s.as_bytes()[s.len() - 1].is_ascii_digit()
    {
        return false;
    }
    if s.contains("  ") || s.contains("--") || s.contains(" -") || s.contains("- ") {
        return false;
    }
    match digits_with_separators(s, b" -") {
        Some(d) => card_brand(&d).is_some() && luhn_valid(&d),
        None => false,
    }
}

/// A card written in an issuer's grouping at the start of a longer run of
/// digit groups: `4111 1111 1111 1111 12/25` (an expiry or a CVV after
/// it), or a bare card followed by another number. Gives the card's length
/// in bytes.
pub fn grouped_card_prefix(run: &str) -> Option<usize> {
    const SHAPES: [&[usize]; 4] = [&[4, 4, 4, 4], &[4, 6, 5], &[4, 6, 4], &[4, 4, 4, 4, 3]];
    let b = run.as_bytes();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut sep = None;
    // Digits follow the last group, with other separators than the card's.
    let mut more_after = false;
    let mut i = 0;
    while groups.len() < 6 {
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            break;
        }
        groups.push((start, i));
        let digits_next =
            matches!(b.get(i), Some(b' ' | b'-')) && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !digits_next || sep.is_some_and(|s| Some(&s) != b.get(i)) {
            more_after = digits_next;
            break;
        }
        sep = b.get(i).copied();
        i += 1;
    }
    let card_at = |end: usize| run.get(..end).is_some_and(is_card_number).then_some(end);
    for shape in SHAPES {
        if (groups.len() > shape.len() || groups.len() == shape.len() && more_after)
            && groups.iter().zip(shape).all(|(g, &n)| g.1 - g.0 == n)
        {
            if let Some(end) = card_at(groups[shape.len() - 1].1) {
                return Some(end);
            }
        }
    }
    match groups.first() {
        Some(&(0, end)) if groups.len() > 1 && (13..=19).contains(&end) => card_at(end),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_at_the_start_of_longer_digit_runs() {
        assert_eq!(grouped_card_prefix("4111 1111 1111 1111 12/25"), Some(19));
        assert_eq!(grouped_card_prefix("4111-1111-1111-1111-123"), Some(19));
        assert_eq!(grouped_card_prefix("3782 822463 10005 0425"), Some(17));
        assert_eq!(
            grouped_card_prefix("4111111111111111 5555555555554444"),
            Some(16)
        );
        assert_eq!(
            grouped_card_prefix("4111-1111-1111-1111 4012 8888"),
            Some(19)
        );
        // Not Luhn-valid, not a card shape, or nothing after it.
        assert_eq!(grouped_card_prefix("4111 1111 1111 1112 12/25"), None);
        assert_eq!(grouped_card_prefix("41111 1111 1111 111 12"), None);
        assert_eq!(grouped_card_prefix("4111 1111 1111 1111"), None);
        assert_eq!(grouped_card_prefix("1710148462001 1710148462002"), None);
    }

    #[test]
    fn valid_cards() {
        for c in [
            "4111111111111111",
            "4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "5555555555554444",
            "2223003122003222",
            "378282246310005",
            "3782 822463 10005",
            "6011111111111117",
            "3530111333300000",
            "30569309025904",
            "6200000000000005",
            "4012888888881881",
            "5019717010103742", // Dankort
            "8100000000000002", // RuPay
        ] {
            assert!(is_card_number(c), "{c}");
        }
    }

    #[test]
    fn look_alikes() {
        for c in [
            "4111111111111112",     // Luhn fails
            "1234567812345678",     // order id, no IIN, not Luhn
            "9999999999999995",     // Luhn-valid but no issuer
            "122000000000003",      // UATP: left out, like 15-digit ids
            "41111111111",          // too short
            "4111  1111 1111 1111", // double space
            "4111111111111111x",
            "",
        ] {
            assert!(!is_card_number(c), "{c}");
        }
        assert_eq!(card_brand(b"5555555555554444"), Some("mastercard"));
        assert_eq!(card_brand(b"9999999999999995"), None);
    }
}
