//! Postcode shapes that other detectors would read as something else: a
//! US ZIP+4 (`02139-4307`, `00955-2961`) has nine digits in a `5-4`
//! layout, which the phone rules take for an area code and a number. And
//! a postcode named in free text (`my new postcode is SW1A 2AA`, `PLZ:
//! 10115`, `code postal 69003`).

/// Cue of a postcode named in text (English, German, French, Spanish,
/// Dutch, Italian): someone's postcode (`my new postcode is`, `meine PLZ
/// lautet`, `mon code postal est`) or a form's label with its colon
/// (`PLZ: 10115`, `Postcode: SW1A 2AA`). A bare `zip 98052` in prose
/// names no one's. The match ends where the postcode starts.
pub const POSTCODE_CUE: &str = r"(?i)(?:(?-u:\b)(?:my|our|your|his|her|their|meine?|unsere?|deine?|ihre?|mon|ma|notre|votre|mi|tu|su|nuestro|mijn|onze|uw|il[ \t]+mio|la[ \t]+mia)[ \t]+(?:(?:new|current|old|neue|alte|aktuelle|nouveau|nuevo|nieuwe)[ \t]+)?(?:post(?:al)?[ \t]?code|zip(?:[ \t]?code)?|plz|postleitzahl|code[ \t]+postal|c(?:ó|o)digo[ \t]+postal|cap)(?-u:\b)[ \t]*(?:(?:(?:is|ist|lautet|est|es|was|war|now|changed[ \t]+to)(?-u:\b)|è)[ \t]*)?:?|(?-u:\b)(?:post(?:al)?[ \t]?code|zip(?:[ \t]?code)?|plz|postleitzahl|code[ \t]+postal|c(?:ó|o)digo[ \t]+postal)[ \t]*:)[ \t]*";

/// The postcode shapes read after [`POSTCODE_CUE`] (searched anchored):
/// British (`SW1A 2AA`), Canadian (`K1A 0B1`), Dutch (`1012 AB`), five
/// digits with an optional ZIP+4 (US, DE, FR, ES, IT), four digits (AT,
/// CH, BE, DK, NL, AU) and Polish `00-950`.
pub const POSTCODE: &str = r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]?[0-9][A-Z]{2}|[A-Z][0-9][A-Z][ \t]?[0-9][A-Z][0-9]|[0-9]{4}[ \t]?[A-Z]{2}|[0-9]{5}(?:-[0-9]{4})?|[0-9]{4}|[0-9]{2}-[0-9]{3})(?-u:\b)";

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
