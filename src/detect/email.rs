//! E-mail addresses (RFC 5322-ish dot-atoms with a valid TLD shape), also
//! URL-encoded (`jane%40x.io`).

/// TLD-shaped suffixes that are really file extensions (`icon@2x.png`).
const FILE_EXTENSIONS: [&str; 16] = [
    "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "js", "json", "html", "txt", "pdf",
    "mp4", "woff", "map",
];

fn valid_local(local: &str) -> bool {
    if local.is_empty() || local.len() > 64 || local.starts_with('.') || local.ends_with('.') {
        return false;
    }
    if local.contains("..") {
        return false;
    }
    local.chars().all(is_local_char)
}

/// A character of a local part: the ASCII dot-atom set, or any letter or
/// digit of another script (RFC 6531 addresses such as `josé@…`).
pub(crate) fn is_local_char(c: char) -> bool {
    if c.is_ascii() {
        // `#`: Entra guest accounts (`jane_contoso.com#EXT#@…`).
        c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'' | '#')
    } else {
        c.is_alphanumeric()
    }
}

/// A character of a domain: letters, digits (any script), `-` and `.`.
pub(crate) fn is_domain_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '.'
}

/// Spans of addresses that the ASCII pattern cannot see because a non-ASCII
/// letter touches the `@` (`用户@例子.广告`, `josé@correo.es`), skipping
/// `@`s inside `taken` spans.
pub(crate) fn unicode_email_spans(text: &str, taken: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for at in memchr::memchr_iter(b'@', text.as_bytes()) {
        if taken.iter().any(|&(s, e)| s <= at && at < e) {
            continue;
        }
        let (Some(before), Some(after)) = (text.get(..at), text.get(at + 1..)) else {
            continue;
        };
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_local_char(c))
            .last()
            .map_or(at, |(i, _)| i);
        let domain_len: usize = after
            .chars()
            .take_while(|&c| is_domain_char(c))
            .map(char::len_utf8)
            .sum();
        let domain = after[..domain_len].trim_end_matches('.');
        let end = at + 1 + domain.len();
        let candidate = &text[start..end];
        if !candidate.is_ascii() && is_email(candidate) {
            found.push((start, end));
        }
    }
    found
}

fn valid_domain(domain: &str) -> bool {
    if domain.len() > 253 {
        return false;
    }
    let mut labels = 0;
    let mut tld = "";
    for l in domain.split('.') {
        if l.is_empty()
            || l.len() > 63
            || l.starts_with('-')
            || l.ends_with('-')
            || !l.chars().all(|c| c.is_alphanumeric() || c == '-')
        {
            return false;
        }
        labels += 1;
        tld = l;
    }
    if labels < 2 {
        return false;
    }
    let tld_ok = (2..=24).contains(&tld.len()) && tld.bytes().all(|b| b.is_ascii_alphabetic())
        || (tld.starts_with("xn--") && tld.len() > 4)
        || (!tld.is_ascii() && tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    tld_ok && !FILE_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(tld))
}

/// Splits an address at `@` or its URL encoding `%40`.
fn split_at(s: &str) -> Option<(&str, &str)> {
    if let Some(i) = memchr::memchr(b'@', s.as_bytes()) {
        return Some((s.get(..i)?, s.get(i + 1..)?));
    }
    let b = s.as_bytes();
    let i = b
        .windows(3)
        .position(|w| w[0] == b'%' && w[1] == b'4' && w[2] == b'0')?;
    Some((s.get(..i)?, s.get(i + 3..)?))
}

/// Whether `t` holds an address's `@`, also URL-encoded (`%40`): what a
/// value under an e-mail name must have.
pub fn has_at_sign(t: &str) -> bool {
    t.contains('@') || t.to_ascii_lowercase().contains("%40")
}

/// True when `s` is an e-mail address (`jane.doe@example.com`,
/// `jane%40x.io`). The TLD must be 2-24 letters (or `xn--`), not a file
/// extension; the local part a dot-atom.
///
/// ```
/// use leakscope::detect::shapes::is_email;
/// assert!(is_email("jane.doe+news@example.co.uk"));
/// assert!(!is_email("icon@2x.png"));
/// ```
pub fn is_email(s: &str) -> bool {
    let t = s.trim();
    match split_at(t) {
        Some((local, domain)) => {
            !domain.contains('@') && valid_local(local) && valid_domain(domain)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_addresses() {
        assert!(is_email("josé.garcía@example.es"));
        assert!(is_email("用户@例子.广告"));
        assert!(is_email("иван@почта.рф"));
        assert!(!is_email("用户@例子"));
        assert!(!is_email("a@b.c"));
        let t = "mail 用户@例子.广告, or josé@correo.es.";
        let spans: Vec<&str> = unicode_email_spans(t, &[])
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect();
        assert_eq!(spans, ["用户@例子.广告", "josé@correo.es"]);
        // `@`s already taken by the ASCII pass are skipped.
        let at = t.find('@').unwrap_or(0);
        assert_eq!(unicode_email_spans(t, &[(at, at + 1)]).len(), 1);
    }

    #[test]
    fn emails() {
        for s in [
            "jane@example.com",
            "jane.doe+news@example.co.uk",
            "j_d-1@sub.example.io",
            "jane%40x.io",
            "JANE%40X.IO",
            "o'brien@example.ie",
            "user@xn--bcher-kva.example",
        ] {
            assert!(is_email(s), "{s}");
        }
    }

    #[test]
    fn look_alikes() {
        for s in [
            "icon@2x.png",
            "pkg@1.2.3",
            "@scope/pkg",
            "jane@localhost",
            "jane@@example.com",
            ".jane@example.com",
            "jane..doe@example.com",
            "jane@-example.com",
            "jane@example.c",
            "jane@example.123",
            "plain text",
        ] {
            assert!(!is_email(s), "{s}");
        }
    }
}
