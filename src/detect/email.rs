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
    local
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'\''))
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
            || !l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
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
        || (tld.starts_with("xn--") && tld.len() > 4);
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
