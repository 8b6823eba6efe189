//! A phrase of five or more lower-case words (`id labore ex et quam
//! laborum`, jsonplaceholder's comment `name`; a product or post title
//! typed in lower case): no person's name. Names written in lower case
//! have two to four words (`maria de la cruz`), longer ones carry the
//! particles of a surname (`anna maria von der heide`).

/// Words a phrase needs before it is read as text, not a name.
const MIN_WORDS: usize = 5;

/// Particles of surnames: a phrase with one of them may be a long name.
const PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der",
    "den", "ten", "ter", "bin", "binti", "al", "el", "y", "e", "mac", "ap",
];

/// True when `t` has at least five words, every letter in it is a
/// lower-case ASCII letter (words of letters only, no digits, no capitals)
/// and no word is a surname particle.
///
/// ```
/// use leakscope::detect::shapes::is_lowercase_phrase;
/// assert!(is_lowercase_phrase("id labore ex et quam laborum"));
/// assert!(!is_lowercase_phrase("maria de la cruz"));
/// ```
pub fn is_lowercase_phrase(t: &str) -> bool {
    let mut words = 0;
    for w in t.split_ascii_whitespace() {
        if !w.bytes().all(|b| b.is_ascii_lowercase()) || PARTICLES.contains(&w) {
            return false;
        }
        words += 1;
    }
    words >= MIN_WORDS
}

#[cfg(test)]
mod tests {
    use super::is_lowercase_phrase;

    #[test]
    fn gen4_lowercase_phrases() {
        for t in [
            "id labore ex et quam laborum",
            "quo vero reiciendis velit similique earum",
            "odio adipisci rerum aut animi",
        ] {
            assert!(is_lowercase_phrase(t), "{t}");
        }
    }

    #[test]
    fn gen4_names_are_no_phrases() {
        for t in [
            "maria de la cruz",
            "john smith",
            "Leanne Graham",
            "Id Labore Ex Et Quam Laborum",
            "jean-luc de la tour du pin",
            "",
            "anna maria von der heide",
            "joao pedro dos santos silva",
        ] {
            assert!(!is_lowercase_phrase(t), "{t}");
        }
    }
}
