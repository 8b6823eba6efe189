//! Postcode shapes that other detectors would read as something else: a
//! US ZIP+4 (`02139-4307`, `00955-2961`) has nine digits in a `5-4`
//! layout, which the phone rules take for an area code and a number.

/// A US ZIP+4 code: five digits, a dash, four digits, nothing else
/// (surrounding whitespace aside).
///
/// ```
/// use leakscope::detect::shapes::is_zip_plus4;
/// assert!(is_zip_plus4("02139-4307"));
/// assert!(!is_zip_plus4("0213-94307"));
/// ```
pub fn is_zip_plus4(s: &str) -> bool {
    let b = s.trim().as_bytes();
    b.len() == 10
        && b[5] == b'-'
        && b[..5].iter().all(u8::is_ascii_digit)
        && b[6..].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::is_zip_plus4;

    #[test]
    fn zip_plus4() {
        for s in ["02139-4307", "00955-2961", " 95818-1234 ", "12345-6789"] {
            assert!(is_zip_plus4(s), "{s}");
        }
        for s in [
            "12345",
            "12345-678",
            "123456-789",
            "12345 6789",
            "12345-67890",
            "(555) 123-4567",
            "1234a-6789",
            "030-12345678",
        ] {
            assert!(!is_zip_plus4(s), "{s}");
        }
    }
}
