//! A phone number written as bare E.164 digits, without `+` or spaces:
//! how messaging APIs name the sender and the recipient of a message
//! (WhatsApp Cloud API `messages[*].from: "16315551181"`, `statuses[*]
//! .recipient_id`, SMS gateways' `from`/`to`). Alone such a string is any
//! number; the engine asks this only under those keys. The check is the
//! country calling code and the length it allows, so epoch times
//! (`1733310021`, `1733310021000`) and long ids fail.

/// Two-digit country calling codes (ITU-T E.164).
const CC2: &[u8] = &[
    20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56,
    57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
];

/// First two digits of three-digit country calling codes (`21x`, `35x`,
/// `97x`, …); a prefix that is a two-digit code cannot start one.
const CC3_HEADS: &[u8] = &[
    21, 22, 23, 24, 25, 26, 29, 35, 37, 38, 42, 50, 59, 67, 68, 69, 85, 87, 88, 96, 97, 99,
];

/// True when `t` is 11 to 15 ASCII digits forming a plausible
/// international number: North American numbers as `1` + NPA + NXX +
/// line (area code and exchange starting 2-9), Russia and Kazakhstan as
/// `7` + ten digits, and other numbers after a two- or three-digit
/// country code with eight to twelve national digits.
///
/// ```
/// use leakscope::detect::shapes::is_msisdn_digits;
/// assert!(is_msisdn_digits("16315551181"));
/// assert!(is_msisdn_digits("4915123456789"));
/// assert!(!is_msisdn_digits("1733310021000"));
/// assert!(!is_msisdn_digits("1733310021"));
/// ```
pub fn is_msisdn_digits(t: &str) -> bool {
    let b = t.as_bytes();
    if !(11..=15).contains(&b.len()) || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    // `11111111111`, `10000000000`: fillers.
    if b[1..].iter().all(|&c| c == b[1]) {
        return false;
    }
    let d = |i: usize| b[i] - b'0';
    match d(0) {
        0 => false,
        1 => b.len() == 11 && d(1) >= 2 && d(4) >= 2,
        7 => b.len() == 11,
        _ => {
            let two = d(0) * 10 + d(1);
            let national = if CC2.contains(&two) {
                b.len() - 2
            } else if CC3_HEADS.contains(&two) {
                b.len() - 3
            } else {
                return false;
            };
            // A national number does not start with its trunk prefix `0`.
            let first = if CC2.contains(&two) { d(2) } else { d(3) };
            (8..=12).contains(&national) && first != 0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_numbers() {
        for t in [
            "16315551181",
            "14155552671",
            "447700900123",
            "4915123456789",
            "5511987654321",
            "919876543210",
            "79161234567",
            "971501234567",
            "353871234567",
        ] {
            assert!(is_msisdn_digits(t), "{t}");
        }
    }

    #[test]
    fn times_ids_and_fillers_are_not() {
        for t in [
            "1733310021",
            "1733310021000",
            "10000000000",
            "11111111111",
            "11234567890",
            "16310551181",
            "0447700900123",
            "4407700900123",
            "8812345",
            "1313845112233445566",
            "106540352242922",
            "8005551234567",
            "16315551181x",
            "",
        ] {
            assert!(!is_msisdn_digits(t), "{t}");
        }
    }
}
