//! The US Medicare Beneficiary Identifier (MBI), the number on every
//! Medicare card since 2018 (`1EG4-TE5-MK73`). It has no check digit: its
//! issuer fixes which of its eleven positions are digits, letters or
//! either, and leaves out the letters S, L, O, I, B and Z. It is written
//! whole or in groups of 4, 3 and 4.

/// What a position of an MBI holds.
#[derive(Clone, Copy)]
enum Slot {
    /// A digit 1-9.
    NonZero,
    /// A digit 0-9.
    Digit,
    /// A letter.
    Letter,
    /// A digit or a letter.
    Either,
}

const LAYOUT: [Slot; 11] = {
    use Slot::*;
    [
        NonZero, Letter, Either, Digit, Letter, Either, Digit, Letter, Letter, Digit, Digit,
    ]
};

/// The eleven characters of `v` without the group dashes or spaces of its
/// display form (`1EG4-TE5-MK73`), if it is written whole or in those
/// groups.
fn characters(v: &str) -> Option<[u8; 11]> {
    let b = v.trim().as_bytes();
    let mut out = [0u8; 11];
    match b.len() {
        11 => out.copy_from_slice(b),
        13 => {
            let sep = b[4];
            if !matches!(sep, b'-' | b' ') || b[8] != sep {
                return None;
            }
            out[..4].copy_from_slice(&b[..4]);
            out[4..7].copy_from_slice(&b[5..8]);
            out[7..].copy_from_slice(&b[9..]);
        }
        _ => return None,
    }
    Some(out)
}

fn fits(c: u8, slot: Slot) -> bool {
    match slot {
        Slot::NonZero => (b'1'..=b'9').contains(&c),
        Slot::Digit => c.is_ascii_digit(),
        Slot::Letter => c.is_ascii_uppercase(),
        Slot::Either => c.is_ascii_digit() || c.is_ascii_uppercase(),
    }
}

/// Whether `v` is laid out as an MBI (digits and capital letters where its
/// layout has them), whatever letters it uses.
///
/// ```
/// use leakscope::detect::shapes::has_us_mbi_layout;
/// assert!(has_us_mbi_layout("1SG4-TE5-MK73"));
/// assert!(!has_us_mbi_layout("1234-567-8901"));
/// ```
pub fn has_us_mbi_layout(v: &str) -> bool {
    characters(v).is_some_and(|c| fits_layout(&c))
}

fn fits_layout(c: &[u8; 11]) -> bool {
    c.iter().zip(LAYOUT).all(|(&c, slot)| fits(c, slot))
}

/// Whether `v` is a valid MBI: its layout, and none of the letters the
/// issuer leaves out (S, L, O, I, B, Z).
///
/// ```
/// use leakscope::detect::shapes::is_us_mbi;
/// assert!(is_us_mbi("1EG4-TE5-MK73"));
/// assert!(is_us_mbi("1EG4TE5MK73"));
/// assert!(!is_us_mbi("1SG4-TE5-MK73"));
/// ```
pub fn is_us_mbi(v: &str) -> bool {
    characters(v).is_some_and(|c| fits_layout(&c) && !c.iter().any(|b| b"SLOIBZ".contains(b)))
}

#[cfg(test)]
mod tests {
    use super::{has_us_mbi_layout, is_us_mbi};

    #[test]
    fn valid_identifiers() {
        for v in [
            "1EG4-TE5-MK73",
            "1EG4TE5MK73",
            "9AA0-A00-AA00",
            "2C19 KT4 FD56",
            " 1EG4TE5MK73 ",
        ] {
            assert!(is_us_mbi(v), "{v}");
        }
    }

    #[test]
    fn wrong_layouts_and_letters() {
        for v in [
            "0EG4-TE5-MK73", // starts with 0
            "1EG4-TE5-MK7",  // ten characters
            "1EG4-TE5MK73",  // one dash
            "1EG4-TE5 MK73", // mixed separators
            "1eg4-te5-mk73", // lower case
            "11G4-TE5-MK73", // a digit where a letter goes
            "1234-567-8901", // all digits
            "1EG4-TE5-MK7A", // a letter where a digit goes
        ] {
            assert!(!is_us_mbi(v), "{v}");
        }
        // The left-out letters fail the check but keep the layout.
        for v in ["1SG4-TE5-MK73", "1EG4-TL5-MK73", "1EG4-TE5-MZ73"] {
            assert!(has_us_mbi_layout(v) && !is_us_mbi(v), "{v}");
        }
    }
}
