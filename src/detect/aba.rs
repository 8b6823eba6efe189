//! ABA routing transit numbers of US banks: nine digits whose first two
//! name a Federal Reserve district (or a government or electronic range),
//! with a check digit: the digits weighted 3, 7, 1, 3, 7, 1, 3, 7, 1 sum
//! to a multiple of ten.

/// True when `digits` (exactly nine ASCII digits) is a valid ABA routing
/// number.
pub fn is_aba_routing(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    // 00 (US government), 01-12 (Federal Reserve districts), 21-32
    // (thrifts), 61-72 (electronic), 80 (traveler's cheques).
    let prefix = u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0');
    if !matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80) {
        return false;
    }
    let sum: u32 = b
        .iter()
        .zip([3u32, 7, 1].iter().cycle())
        .map(|(&d, &w)| u32::from(d - b'0') * w)
        .sum();
    // All zeros passes the sum but is no bank.
    sum % 10 == 0 && b.iter().any(|&d| d != b'0')
}

/// The routing number in a JSON value: nine digits as a string, or a
/// number that lost its leading zero (`21000021` for `021000021`).
pub fn aba_in_value(text: &str, is_number: bool) -> bool {
    let t = text.trim();
    if is_number {
        return match t.len() {
            9 => is_aba_routing(t),
            8 if t.bytes().all(|b| b.is_ascii_digit()) => {
                let mut padded = String::with_capacity(9);
                padded.push('0');
                padded.push_str(t);
                is_aba_routing(&padded)
            }
            _ => false,
        };
    }
    is_aba_routing(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_routing_numbers() {
        // JPMorgan Chase NY, Bank of America CA, Wells Fargo, Citibank,
        // a thrift (32), the Federal Reserve Bank of Boston.
        for d in [
            "021000021",
            "121000358",
            "121042882",
            "021000089",
            "322271627",
            "011000015",
        ] {
            assert!(is_aba_routing(d), "{d}");
        }
    }

    #[test]
    fn invalid_routing_numbers() {
        for d in [
            "021000022",  // check digit
            "123456789",  // check digit
            "000000000",  // no bank
            "990000001",  // no district
            "421000021",  // no district
            "02100002",   // eight digits
            "0210000210", // ten digits
            "02100002a",
            "",
        ] {
            assert!(!is_aba_routing(d), "{d}");
        }
    }

    #[test]
    fn values_as_strings_and_numbers() {
        assert!(aba_in_value("021000021", false));
        assert!(aba_in_value(" 021000021 ", false));
        assert!(aba_in_value("21000021", true));
        assert!(aba_in_value("121000358", true));
        assert!(!aba_in_value("21000021", false));
        assert!(!aba_in_value("2100002", true));
        assert!(!aba_in_value("021000021.5", true));
    }
}
