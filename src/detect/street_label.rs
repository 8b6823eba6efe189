//! A street's own name (`Main Street`, `Patrick Street`, `Church St`)
//! against a form's label for the street field (`Street`, `Billing
//! street`, `Your street`). Both end in the field noun; a label puts only
//! a qualifier of the field before it, a street's name a proper name.

/// Words a form puts before `street` to say which address it asks for.
const QUALIFIERS: &[&str] = &[
    "home",
    "billing",
    "shipping",
    "mailing",
    "postal",
    "delivery",
    "work",
    "business",
    "office",
    "your",
    "my",
    "residential",
    "primary",
    "secondary",
    "legal",
    "current",
    "permanent",
    "previous",
    "invoice",
    "contact",
    "the",
    "enter",
];

/// True when `t` names a street: one or two words ending in `street`
/// whose first word is no qualifier of a form field.
///
/// ```
/// use leakscope::detect::shapes::is_named_street;
/// assert!(is_named_street("Main Street"));
/// assert!(!is_named_street("Billing street"));
/// ```
pub fn is_named_street(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), t.split_whitespace().next_back()) else {
        return false;
    };
    if !last.eq_ignore_ascii_case("street") || first.eq_ignore_ascii_case(last) {
        return false;
    }
    // A proper name starts with a capital letter.
    first.chars().next().is_some_and(char::is_uppercase)
        && !QUALIFIERS.iter().any(|q| first.eq_ignore_ascii_case(q))
}

#[cfg(test)]
mod tests {
    use super::is_named_street;

    #[test]
    fn gen4_street_names() {
        for t in [
            "Main Street",
            "Patrick Street",
            "Church Street",
            "High Street",
            "Elm Tree Street",
        ] {
            assert!(is_named_street(t), "{t}");
        }
    }

    #[test]
    fn gen4_street_labels() {
        for t in [
            "Street",
            "street",
            "Billing street",
            "Home Street",
            "Your street",
            "main street",
            "Street name",
            "",
        ] {
            assert!(!is_named_street(t), "{t}");
        }
    }
}
