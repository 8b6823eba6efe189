//! A device named after its owner, as phones and laptops name themselves
//! (`Anna's iPhone`) and as DHCP servers, routers and mDNS then log them
//! (`Annikas-iPhone`, `Ioanas-MacBook-Air`, `iPhone-von-Anna`): the
//! owner's personal device. A device without an owner in its name
//! (`LivingRoom-TV`, `iPhone-12`) is a model.

/// A first name in the possessive, then a phone, tablet, laptop or
/// watch (`Annas-iPhone`, `Tom's MacBook Pro`, `Lenas-Galaxy-S23`), or the
/// device first and the name after `von`/`de`/`di`/`van`
/// (`iPhone-von-Anna`, `iPhone-de-Marie`); an optional `-2` after it.
pub const DEVICE_HOSTNAME_PATTERN: &str = r"(?-u:\b)(?:[A-Z][a-z]{1,20}(?:s-|(?:'|’)s[ \-])(?:iPhone|iPad|iPod|MacBook(?:[ \-](?:Air|Pro))?|iMac|Mac[ \-]mini|Apple[ \-]Watch|Galaxy(?:[ \-][A-Z0-9][A-Za-z0-9+]{0,8})?|Pixel(?:[ \-][0-9][a-z]?)?|Phone|Laptop)|(?:iPhone|iPad|MacBook(?:-(?:Air|Pro))?)-(?:von|de|di|van)-[A-Z][a-z]{1,20})(?:-[0-9]{1,2})?(?-u:\b)";

/// Literal words one of the matches needs (ASCII case folded), for the
/// text family's gate.
pub const GATE_WORDS: &[&str] = &[
    "iphone",
    "ipad",
    "ipod",
    "macbook",
    "imac",
    "mac-mini",
    "mac mini",
    "apple-watch",
    "apple watch",
    "galaxy",
    "pixel",
    "s-phone",
    "s phone",
    "s-laptop",
    "s laptop",
];

/// Whether the possessive word before the device (`Annas` in
/// `Annas-iPhone`) could be a first name: not a shared or a generic owner
/// (`Guests-iPad`, `Users-MacBook`, `Kids-iPad`).
pub fn owner_is_named(m: &str) -> bool {
    let owner = m
        .split(['-', ' ', '\'', '’'])
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if owner.starts_with("iPhone") || owner.starts_with("iPad") || owner.starts_with("MacBook") {
        return true;
    }
    let owner = owner.strip_suffix('s').unwrap_or(owner);
    ![
        "Guest", "User", "Kid", "Kids", "Family", "Office", "Work", "Test", "Demo", "Admin",
        "Home", "Shared", "Old", "New", "My", "Your",
    ]
    .contains(&owner)
}

/// Cheap test for a short slug (no digits, no blanks) that could be a
/// device named after its owner (`Annas-iPad`, `iPhone-von-Anna`): a
/// capital first, and an `s-` before a letter or a device word first.
pub fn may_be_owner_device(b: &[u8]) -> bool {
    b.starts_with(b"iP")
        || b.starts_with(b"MacBook-")
        || (b.first().is_some_and(u8::is_ascii_uppercase)
            && b.windows(3)
                .any(|w| w[0] == b's' && w[1] == b'-' && w[2].is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;

    fn finds(t: &str) -> Option<String> {
        let re = Regex::new(DEVICE_HOSTNAME_PATTERN).ok()?;
        let m = re.find(t)?;
        let s = &t[m.start()..m.end()];
        owner_is_named(s).then(|| s.to_string())
    }

    #[test]
    fn owner_devices() {
        assert_eq!(
            finds("DHCPACK on 10.0.0.5 to a4:83:e7:2c:19:fe (Annikas-iPhone) via eth1").as_deref(),
            Some("Annikas-iPhone")
        );
        assert_eq!(
            finds("Ioanas-MacBook-Air").as_deref(),
            Some("Ioanas-MacBook-Air")
        );
        assert_eq!(
            finds("Tom's MacBook Pro").as_deref(),
            Some("Tom's MacBook Pro")
        );
        assert_eq!(finds("iPhone-von-Anna").as_deref(), Some("iPhone-von-Anna"));
        assert_eq!(
            finds("Lenas-Galaxy-S23").as_deref(),
            Some("Lenas-Galaxy-S23")
        );
        assert_eq!(finds("Marcos-iPad-2").as_deref(), Some("Marcos-iPad-2"));
    }

    #[test]
    fn slug_gate() {
        for t in ["Annas-iPad", "Ioanas-MacBook-Air", "iPhone-von-Anna"] {
            assert!(may_be_owner_device(t.as_bytes()), "{t}");
        }
        for t in ["user-profile", "en_US", "Team-Lead", "in_progress"] {
            assert!(!may_be_owner_device(t.as_bytes()), "{t}");
        }
    }

    #[test]
    fn models_and_shared_devices() {
        for t in [
            "LivingRoom-TV",
            "iPhone-12",
            "Guests-iPad",
            "Kids-iPad",
            "Apple iPhone 15 Pro",
            "Galaxy S23",
            "the phone's battery",
        ] {
            assert_eq!(finds(t), None, "{t}");
        }
    }
}
