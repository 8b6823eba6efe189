//! Whether a value is written the way a person's full name is written:
//! `Alice Smith`, `Jean-Luc Picard`, `María José García`, `J. R. Tolkien`,
//! `Ludwig van Beethoven`, `O'Brien, Conan`.
//!
//! A shape, not a name list: it is asked only where a key already names a
//! person's role (`sender`, `payee`, `author`), so that the role's value is
//! taken as a name when it looks like one and left alone when it is a
//! handle, an id, an enum or a company.

/// Lower-case particles that may sit between the capitalised words of a
/// name (`Ludwig van Beethoven`, `Oscar de la Hoya`).
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "del", "della", "des", "du", "la", "le", "dos",
    "das", "y", "e", "bin", "binti", "ibn", "al", "ter", "ten", "zu", "af",
];

/// Last words that make a capitalised phrase a group, a thing or a role,
/// not a person (`Platform Team`, `Release Bot`, `Account Owner`).
const NOT_SURNAMES: &[&str] = &[
    "team",
    "maintainers",
    "developers",
    "contributors",
    "authors",
    "community",
    "members",
    "admins",
    "owners",
    "editors",
    "organizers",
    "volunteers",
    "staff",
    "crew",
    "people",
    "folks",
    "engineers",
    "devs",
    "bot",
    "service",
    "services",
    "system",
    "systems",
    "admin",
    "administrator",
    "group",
    "department",
    "dept",
    "office",
    "support",
    "desk",
    "account",
    "accounts",
    "user",
    "users",
    "owner",
    "app",
    "application",
    "platform",
    "engineering",
    "operations",
    "ops",
    "security",
    "finance",
    "marketing",
    "sales",
    "billing",
    "payroll",
    "notifications",
    "alerts",
    "daemon",
    "agent",
    "server",
    "cluster",
    "pipeline",
    "project",
    "committee",
    "board",
    "council",
    "channel",
    "store",
    "shop",
    "market",
    "bank",
    "card",
    "payment",
    "transfer",
    "unknown",
    "anonymous",
    "member",
    "customer",
    "guest",
    "visitor",
    "everyone",
    "public",
    "private",
    "default",
    "none",
    "test",
    "demo",
    "sample",
    "example",
    // A company's sending mailboxes (`Acme Receipts <receipts@acme.io>`).
    "receipts",
    "invoices",
    "invoicing",
    "orders",
    "bookings",
    "reservations",
    "newsletter",
    "newsletters",
    "news",
    "updates",
    "reminders",
    "digest",
    "mailer",
    "careers",
    "feedback",
];

/// Whether the last word of `text` makes it a group, a thing or a role
/// rather than a person (`Acme Support`, `Platform Team`, `Release Bot`).
pub fn ends_in_group_word(text: &str) -> bool {
    let last = text
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase();
    NOT_SURNAMES.contains(&last.as_str())
}

/// Whether `text` looks like a person's full name: two to five words, each
/// a capitalised run of letters (apostrophes, hyphens and a trailing dot
/// for initials allowed) or a lower-case particle between them; no digits,
/// no symbols, at most one comma (`Smith, Jane`).
///
/// ```
/// use leakscope::detect::shapes::is_full_name_shape;
/// assert!(is_full_name_shape("Alice Smith"));
/// assert!(is_full_name_shape("Ludwig van Beethoven"));
/// assert!(!is_full_name_shape("alice"));
/// assert!(!is_full_name_shape("Platform Team"));
/// ```
pub fn is_full_name_shape(text: &str) -> bool {
    let t = text.trim();
    if !(3..=64).contains(&t.len()) || t.matches(',').count() > 1 {
        return false;
    }
    let mut capitalised = 0usize;
    let mut words = 0usize;
    let mut last_capitalised = "";
    let mut all_upper = true;
    for raw in t.split_whitespace() {
        let word = raw.trim_end_matches(',');
        words += 1;
        if words > 5 || word.is_empty() {
            return false;
        }
        if PARTICLES.contains(&word) {
            if words == 1 {
                return false;
            }
            continue;
        }
        if !(is_name_word(word) || (words == 1 && is_honorific(word))) {
            return false;
        }
        if word.chars().filter(|c| c.is_alphabetic()).count() > 1
            && word.chars().any(char::is_lowercase)
        {
            all_upper = false;
        }
        capitalised += 1;
        last_capitalised = word;
    }
    // `ACME CORP`, `HTTP API`: all capitals is an acronym or a heading;
    // passports' `SMITH JOHN` stays out, a loss this shape accepts.
    if all_upper {
        return false;
    }
    let last = last_capitalised.trim_end_matches('.').to_lowercase();
    (2..=4).contains(&capitalised) && !NOT_SURNAMES.contains(&last.as_str())
}

/// Whether `text` is a name written surname first, `Last, First` as
/// directories and legacy systems store it, in any case: `Smith, mary`,
/// `d'Alembert, Jean-Luc`, `MÜLLER, ANNA M.`. One comma and a space; one
/// to three words on each side, of letters (apostrophes, hyphens, and a
/// dot after an initial); a surname of two letters or more.
///
/// ```
/// use leakscope::detect::shapes::is_last_comma_first;
/// assert!(is_last_comma_first("Smith, mary"));
/// assert!(!is_last_comma_first("anna_w"));
/// ```
pub fn is_last_comma_first(text: &str) -> bool {
    let t = text.trim();
    let Some((last, first)) = t.split_once(", ") else {
        return false;
    };
    let words = |part: &str| {
        let ws: Vec<&str> = part.split(' ').collect();
        (1..=3).contains(&ws.len()) && ws.iter().all(|w| is_any_case_name_word(w))
    };
    !first.contains(',')
        && words(last)
        && words(first)
        && last.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// A word of a name in any case: letters with apostrophes or hyphens
/// between them, or an initial with its dot.
fn is_any_case_name_word(w: &str) -> bool {
    let letters = w.strip_suffix('.').unwrap_or(w);
    let mut prev_joiner = true;
    for c in letters.chars() {
        if c.is_alphabetic() {
            prev_joiner = false;
        } else if matches!(c, '\'' | '\u{2019}' | '-') && !prev_joiner {
            prev_joiner = true;
        } else {
            return false;
        }
    }
    !prev_joiner && (letters.len() == w.len() || letters.chars().count() == 1)
}

/// A title with its abbreviation dot that may open a name (`Dr. Imogen
/// Park`, `Mrs. Carter`); without the dot (`Dr Park`) it is already a
/// capitalised word.
fn is_honorific(word: &str) -> bool {
    const TITLES: &[&str] = &["Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Mx.", "Hr.", "Fr."];
    TITLES.contains(&word)
}

/// One capitalised word of a name: `Smith`, `O'Brien`, `Jean-Luc`, `J.`,
/// `McDonald`, `Łukasz`.
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let rest = chars.as_str();
    // An initial: `J.` (or `J` alone).
    if rest.is_empty() || rest == "." {
        return true;
    }
    let mut prev_joiner = false;
    for c in rest.chars() {
        match c {
            '\'' | '\u{2019}' | '-' => {
                if prev_joiner {
                    return false;
                }
                prev_joiner = true;
            }
            c if c.is_alphabetic() => prev_joiner = false,
            _ => return false,
        }
    }
    !prev_joiner
}

/// The display name before an address in angle brackets (`Jane Doe
/// <jane@example.com>`, `"Doe, Jane" <jane@example.com>`): `at` is the
/// address's start, right after the `<`. Returns the name's byte span.
pub fn display_name_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let head = text.get(..at)?.strip_suffix('<')?.trim_end();
    let (quoted, head) = match head.strip_suffix('"') {
        Some(h) => (true, h),
        None => (false, head),
    };
    let start = if quoted {
        head.rfind('"')? + 1
    } else {
        // Back over at most five words of name characters.
        let mut start = head.len();
        let mut words = 0;
        for (i, c) in head.char_indices().rev() {
            if c == ' ' {
                words += 1;
                if words >= 5 {
                    break;
                }
            } else if !(c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-' | '.' | ',')) {
                break;
            }
            start = i;
        }
        start
    };
    let name = head.get(start..)?;
    // In an unquoted run, drop leading words until the rest is a name
    // (`From: Jane Doe` -> `Jane Doe`).
    let mut offset = 0;
    let mut rest = name;
    loop {
        let trimmed = rest.trim_start();
        offset += rest.len() - trimmed.len();
        rest = trimmed;
        if is_full_name_shape(rest) {
            let s = start + offset;
            return Some((s, s + rest.trim_end().len()));
        }
        if quoted {
            return None;
        }
        let (_, after) = rest.split_once(' ')?;
        offset += rest.len() - after.len();
        rest = after;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names() {
        for s in [
            "Alice Smith",
            "Jean-Luc Picard",
            "María José García",
            "J. R. Tolkien",
            "Ludwig van Beethoven",
            "Oscar de la Hoya",
            "Smith, Jane",
            "Conan O'Brien",
            "Łukasz Nowak",
            "Mr Kevin Jones",
            " Bob Jones ",
            "Renée Zellweger",
            "Dr. Imogen Park",
            "Mrs. Carter",
        ] {
            assert!(is_full_name_shape(s), "{s}");
        }
    }

    #[test]
    fn titles_only_open_a_name() {
        // A street type after a word, a title alone, a title in lower case.
        for s in [
            "Dr.",
            "Oak Park Dr.",
            "Sunset Dr. North",
            "dr. park",
            "Dr. 42",
        ] {
            assert!(!is_full_name_shape(s), "{s}");
        }
    }

    #[test]
    fn surname_first() {
        for s in [
            "Smith, mary",
            "Smith, Jane",
            "d'Alembert, Jean-Luc",
            "MÜLLER, ANNA",
            "Kowalska, ANNA M.",
            "García-López, José",
        ] {
            assert!(is_last_comma_first(s), "{s}");
        }
        for s in [
            "Smith",
            "Smith,mary",
            "Smith, mary, jr",
            "anna_w",
            "S, mary",
            "Smith, 2",
            "Smith, -mary",
            "Smith, ma..",
            "Smith, Anna Marie Louise Jones",
            "",
        ] {
            assert!(!is_last_comma_first(s), "{s}");
        }
    }

    #[test]
    fn display_names() {
        fn span(t: &str) -> Option<&str> {
            let at = t.find('<').map(|i| i + 1).unwrap_or(0);
            display_name_before(t, at).map(|(s, e)| &t[s..e])
        }
        assert_eq!(span("Jane Doe <jane@example.com>"), Some("Jane Doe"));
        assert_eq!(span("From: Jane Doe <jane@example.com>"), Some("Jane Doe"));
        assert_eq!(span("\"Doe, Jane\" <jane@example.com>"), Some("Doe, Jane"));
        assert_eq!(
            span("mail sent to Bob van Dijk<bob@x.io>"),
            Some("Bob van Dijk")
        );
        assert_eq!(span("<jane@example.com>"), None);
        assert_eq!(span("Billing Team <billing@example.com>"), None);
        assert_eq!(span("Acme Receipts <receipts@acme.io>"), None);
        assert_eq!(span("reply to <jane@example.com>"), None);
    }

    #[test]
    fn not_full_names() {
        for s in [
            "",
            "Alice",
            "alice smith",
            "jdoe42",
            "Bob Jones 2",
            "Platform Team",
            "Release Bot",
            "ACME CORP",
            "HTTP API",
            "de Gaulle",
            "cus_9s8d7f",
            "noreply@example.com",
            "Alice & Bob",
            "One Two Three Four Five Six",
            "Smith, Jane, Jr",
            "Jane--Doe Smith",
            "Unknown User",
            "PostgreSQL Docker Maintainers",
        ] {
            assert!(!is_full_name_shape(s), "{s}");
        }
    }
}
