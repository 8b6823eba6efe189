//! A home named after the family living in it, as smart-home apps let
//! their users name a house or a household (August `HouseName: "Nguyen
//! Home"`, `home_name: "The Müllers' House"`): the family name is the
//! people's. A home named after a place or a use (`Beach House`, `Main
//! Home`, `My Home`) names no one.

/// Words that end a home's name.
const HOME_WORDS: [&str; 7] = [
    "home",
    "house",
    "residence",
    "household",
    "family",
    "haus",
    "familie",
];

/// First words of a home's name that name a place, a use or a size, no
/// family (compared ignoring case).
const GENERIC: &[&str] = &[
    "my", "our", "your", "the", "main", "summer", "winter", "holiday", "beach", "lake", "vacation",
    "guest", "smart", "new", "old", "mobile", "test", "demo", "default", "second", "first",
    "country", "city", "town", "tiny", "big", "little", "parents", "mom", "mum", "dad", "grandma",
    "grandpa", "office", "work", "rental", "airbnb", "ski", "mountain", "river", "garden", "pool",
    "tree", "farm", "ranch", "club", "green", "white", "happy", "sweet", "dream", "model", "show",
    "cabin", "cottage", "weekend", "home", "house", "family", "unser", "unsere", "zuhause",
    "ferien", "sommer", "haupt", "neues", "altes", "mein", "meine",
];

/// The byte range of the family name in a home's name (`Nguyen` in
/// `Nguyen Home`, `Müller` in `The Müllers' House`, `Smith` in `Smith
/// Family Home`), if the name is one.
pub(crate) fn family_name_span(t: &str) -> Option<(usize, usize)> {
    if t.len() > 48 {
        return None;
    }
    let mut words = Vec::with_capacity(4);
    let mut rest = t;
    let mut offset = 0;
    while let Some(w) = rest.split_whitespace().next() {
        let at = rest.find(w).unwrap_or(0);
        let start = offset + at;
        words.push((start, w));
        offset = start + w.len();
        rest = &t[offset..];
        if words.len() > 4 {
            return None;
        }
    }
    let mut i = 0;
    if words
        .first()
        .is_some_and(|(_, w)| w.eq_ignore_ascii_case("the"))
    {
        i = 1;
    }
    let &(start, surname) = words.get(i)?;
    let tail = words.get(i + 1..)?;
    if tail.is_empty()
        || tail.len() > 2
        || !tail
            .iter()
            .all(|(_, w)| HOME_WORDS.iter().any(|h| w.eq_ignore_ascii_case(h)))
    {
        return None;
    }
    // `Smith's`, `Müllers'`, `Smiths`: the name without its possessive.
    let name = surname
        .strip_suffix("'s")
        .or_else(|| surname.strip_suffix("\u{2019}s"))
        .or_else(|| surname.strip_suffix("s'"))
        .or_else(|| surname.strip_suffix("s\u{2019}"))
        .unwrap_or(surname);
    let mut chars = name.chars();
    let first = chars.next()?;
    let letters = name.chars().count();
    let shaped = first.is_uppercase()
        && (2..=20).contains(&letters)
        && chars.all(|c| c.is_alphabetic() || c == '-')
        && name.chars().skip(1).any(char::is_lowercase);
    let generic = GENERIC.iter().any(|g| name.eq_ignore_ascii_case(g));
    (shaped && !generic).then_some((start, start + name.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(t: &str) -> Option<&str> {
        family_name_span(t).and_then(|(s, e)| t.get(s..e))
    }

    #[test]
    fn homes_named_after_families() {
        assert_eq!(span("Nguyen Home"), Some("Nguyen"));
        assert_eq!(span("The Müllers' House"), Some("Müller"));
        assert_eq!(span("Smith Family Home"), Some("Smith"));
        assert_eq!(
            span("O'Brien-Kelly Residence"),
            None,
            "an apostrophe inside"
        );
        assert_eq!(span("Kowalski's house"), Some("Kowalski"));
        assert_eq!(span("Familie Schneider Haus"), None);
    }

    #[test]
    fn homes_named_after_places() {
        for t in [
            "Beach House",
            "Main Home",
            "My Home",
            "Home",
            "The House",
            "Lake House",
            "Unser Zuhause",
            "Nguyen",
            "NGUYEN HOME",
            "Nguyen Home Office Building",
            "",
        ] {
            assert_eq!(span(t), None, "{t}");
        }
    }
}
