//! Splitting key names into lowercase words.
//!
//! A key is cut at every character that is not a letter or digit (`_`, `-`,
//! `.`, space, `$`, `@`, `:` ...), at lower-to-upper case changes
//! (`userEmail`), before the last capital of an acronym that is followed by a
//! lowercase letter (`HTTPHeader` -> `http`, `header`) and between letters
//! and digits (`address1` -> `address`, `1`; `wt_kg`; `ipv4` -> `ipv`, `4`).
//! Letters keep their Unicode identity (`Größe` -> `größe`); folding of
//! umlauts and accents is the lexicon's business.

/// Splits a key into lowercase words.
///
/// ```
/// use leakscope::keys::split_words;
/// assert_eq!(split_words("userEmailAddress"), ["user", "email", "address"]);
/// assert_eq!(split_words("HTTPHeader"), ["http", "header"]);
/// assert_eq!(split_words("AWS_SECRET_ACCESS_KEY"), ["aws", "secret", "access", "key"]);
/// assert_eq!(split_words("address_line1"), ["address", "line", "1"]);
/// assert_eq!(split_words("x-forwarded-for"), ["x", "forwarded", "for"]);
/// assert_eq!(split_words("Größe"), ["größe"]);
/// ```
pub fn split_words(key: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev: Option<char> = None;
    let mut chars = key.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_alphanumeric() {
            flush(&mut cur, &mut words);
            prev = None;
            continue;
        }
        if let Some(p) = prev {
            let next_lower = chars.peek().is_some_and(|n| n.is_lowercase());
            let boundary = (p.is_lowercase() && c.is_uppercase())
                || (p.is_alphabetic() && c.is_numeric())
                || (p.is_numeric() && c.is_alphabetic())
                || (p.is_uppercase() && c.is_uppercase() && next_lower);
            if boundary {
                flush(&mut cur, &mut words);
            }
        }
        // `İ` lowercases to `i` plus a combining dot: keep the letter only.
        cur.extend(c.to_lowercase().filter(|l| l.is_alphanumeric()));
        prev = Some(c);
    }
    flush(&mut cur, &mut words);
    words
}

fn flush(cur: &mut String, words: &mut Vec<String>) {
    if !cur.is_empty() {
        words.push(std::mem::take(cur));
    }
}

#[cfg(test)]
mod tests {
    use super::split_words;

    #[test]
    fn splits_every_convention() {
        let cases: &[(&str, &[&str])] = &[
            ("email", &["email"]),
            ("userEmail", &["user", "email"]),
            ("UserEmail", &["user", "email"]),
            ("user_email", &["user", "email"]),
            ("user-email", &["user", "email"]),
            ("USER_EMAIL", &["user", "email"]),
            ("user.email", &["user", "email"]),
            ("user email", &["user", "email"]),
            ("First Name", &["first", "name"]),
            ("wt_kg", &["wt", "kg"]),
            ("ht_cm", &["ht", "cm"]),
            ("address1", &["address", "1"]),
            ("addressLine2", &["address", "line", "2"]),
            ("HTTPHeader", &["http", "header"]),
            ("userIPAddress", &["user", "ip", "address"]),
            ("ipv4", &["ipv", "4"]),
            ("spo2", &["spo", "2"]),
            ("vo2max", &["vo", "2", "max"]),
            ("2fa_enabled", &["2", "fa", "enabled"]),
            ("X-Forwarded-For", &["x", "forwarded", "for"]),
            ("$ref", &["ref"]),
            ("@type", &["type"]),
            ("__proto__", &["proto"]),
            ("secretKeyRef", &["secret", "key", "ref"]),
            ("Größe", &["größe"]),
            ("geburtsDatum", &["geburts", "datum"]),
            ("KÖRPERFETT", &["körperfett"]),
            ("prénom", &["prénom"]),
            ("nom d'utilisateur", &["nom", "d", "utilisateur"]),
            ("a..b", &["a", "b"]),
            ("", &[]),
            ("___", &[]),
            ("ID", &["id"]),
            ("userID", &["user", "id"]),
            ("userId", &["user", "id"]),
            ("SSIDName", &["ssid", "name"]),
        ];
        for (key, want) in cases {
            assert_eq!(split_words(key), *want, "key {key:?}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for key in [
            "\u{0}",
            "🙂🙂",
            "a\u{301}b",
            "İstanbul",
            "ǅx",
            "1",
            "A",
            "aA1Aa",
        ] {
            let words = split_words(key);
            assert!(words.iter().all(|w| !w.is_empty()));
        }
    }
}
