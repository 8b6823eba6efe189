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

/// Byte length of a password glued to an address with `:`
/// (`jane@acme.io:hunter2xyz` in combo lists and `curl --user`); `rest`
/// is the text right after the address. `None` when nothing credential-like
/// follows: a port (`u@host:22`), an scp path (`git@host:org/repo.git`),
/// a date or time, or a placeholder.
pub(crate) fn password_after(local: &str, rest: &str) -> Option<usize> {
    let tail = rest.strip_prefix(':')?;
    let len = tail
        .find(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | ',' | ';' | '<' | '>' | ')' | ']' | '}')
        })
        .unwrap_or(tail.len());
    let token = tail.get(..len)?.trim_end_matches(['.', ':']);
    let b = token.as_bytes();
    let path_like = token.contains(['/', '\\', '@']) || token.ends_with(".git");
    let numeric_start = b.get(..4).is_some_and(|p| p.iter().all(u8::is_ascii_digit));
    // `jane@acme.io:login_failed` in a log line: a plain word is a label.
    let plain_word = b
        .iter()
        .all(|c| c.is_ascii_lowercase() || matches!(c, b'_' | b'-'));
    if !(4..=128).contains(&token.len())
        || local.eq_ignore_ascii_case("git")
        || path_like
        || numeric_start
        || plain_word
        || !b.iter().any(u8::is_ascii_alphabetic)
        || !super::sentences::plausible_password(token)
    {
        return None;
    }
    Some(token.len())
}

/// Domains whose addresses name calendars, not mailboxes
/// (`en.german#holiday@group.v.calendar.google.com`).
fn is_calendar_domain(domain: &str) -> bool {
    domain.len() > 20
        && domain
            .get(domain.len() - 20..)
            .is_some_and(|d| d.eq_ignore_ascii_case(".calendar.google.com"))
}

/// A machine-made local part: 20+ letters and digits with at least three
/// digits (`7kukuqrfedlm2f9t5avmfgp6ct`, `040000008200E00074C5B7…`), as
/// calendar event UIDs and message ids have; people's addresses do not.
fn is_uid_local(local: &str) -> bool {
    local.len() >= 20
        && local.bytes().all(|b| b.is_ascii_alphanumeric())
        && local.bytes().filter(u8::is_ascii_digit).nth(2).is_some()
}

/// A local part minted by a mail server (Mailgun's
/// `20240305180211.1.ABCDEF0123456789`): a timestamp of twelve digits or
/// more, then dot-separated counters and hex, nothing a person picks. A
/// full `YYYYMMDDhhmmss` stamp needs no long hex part after it (Mailgun's
/// documented `20130503182626.18666.16540`, a mailer's
/// `20240520081120.3f9a1c`).
fn is_timestamped_local(local: &str) -> bool {
    let mut parts = local.split('.');
    let stamp = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    stamp.len() >= 12
        && stamp.bytes().all(|b| b.is_ascii_digit())
        && !rest.is_empty()
        && rest
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_hexdigit()))
        && (stamp.len() >= 14 || rest.iter().any(|p| p.len() >= 8))
}

/// A Message-ID's local part or host (RFC 5322 `<id@host>`): the hosts
/// that mint them (`mail.gmail.com`, `*.prod.outlook.com`), or an id with
/// `=`/`$` or a UID-shaped local part.
fn is_message_id(local: &str, domain: &str) -> bool {
    let d = domain.to_ascii_lowercase();
    d == "mail.gmail.com"
        || d.ends_with(".prod.outlook.com")
        || d.starts_with("mx.")
        || local.contains(['=', '$'])
        || is_uid_local(local)
}

/// A mail header that holds message ids (`Message-ID:`, `In-Reply-To:`,
/// `References:`) on the line before `before`'s end.
fn message_id_header_before(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or(before);
    let line = line.get(line.len().saturating_sub(2048)..).unwrap_or(line);
    let l = line.to_ascii_lowercase();
    ["message-id:", "in-reply-to:", "references:"]
        .iter()
        .any(|h| l.contains(h))
}

/// Whether the address-shaped span `text[start..end]` is an identifier
/// rather than someone's mailbox: a Google Calendar id, an iCal UID
/// (`…@google.com` with a machine-made local part), or a Message-ID in
/// angle brackets (under a `Message-ID:`/`In-Reply-To:`/`References:`
/// header, or id-shaped).
pub(crate) fn is_identifier_address(text: &str, start: usize, end: usize) -> bool {
    let Some((local, domain)) = text.get(start..end).and_then(split_at) else {
        return false;
    };
    if is_calendar_domain(domain) {
        return true;
    }
    let uid_host = ["google.com", "outlook.com"]
        .iter()
        .any(|h| domain.eq_ignore_ascii_case(h));
    if uid_host && is_uid_local(local) {
        return true;
    }
    if is_timestamped_local(local) {
        return true;
    }
    let before = text.get(..start).unwrap_or("");
    let bracketed = before.ends_with('<') && text.get(end..).is_some_and(|a| a.starts_with('>'));
    bracketed && (message_id_header_before(before) || is_message_id(local, domain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_minted_ids_are_no_mailboxes() {
        for t in [
            "20240305180211.1.ABCDEF0123456789@mg.acme.io",
            "20130503182626.18666.16540@sandbox.mailgun.org",
            "20240520081120.3f9a1c@mail.kaffeerei.example.de",
        ] {
            assert!(is_identifier_address(t, 0, t.len()), "{t}");
        }
        for t in [
            "20240305.jane@x.io",
            "jane.doe@x.io",
            "202403051802@x.io",
            "202403051802.ab@x.io",
            "20240305180211.jane@x.io",
        ] {
            assert!(!is_identifier_address(t, 0, t.len()), "{t}");
        }
    }

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
    fn passwords_glued_to_addresses() {
        assert_eq!(password_after("jane", ":hunter2xyz rest"), Some(10));
        assert_eq!(password_after("roger23", ":pQ9wTxu4Fg"), Some(10));
        for rest in [
            ":22",
            ":5432/app",
            ":org/repo.git",
            ":2024-01-01T10:00",
            ": hello",
            ":)",
            ":changeme",
            ":login_failed",
            ":primary",
        ] {
            assert_eq!(password_after("jane", rest), None, "{rest}");
        }
        assert_eq!(password_after("git", ":myapp"), None);
    }

    #[test]
    fn identifier_addresses() {
        let ids = [
            "en.german#holiday@group.v.calendar.google.com",
            "c_188abc@group.calendar.google.com",
            "abc123@import.calendar.google.com",
            "acme.io_1883@resource.calendar.google.com",
            "7kukuqrfedlm2f9t5avmfgp6ct@google.com",
            "040000008200E00074C5B7101A82E00800000000@google.com",
            "<CAFx8Y2kq+abc@mail.gmail.com>",
            "Message-ID: <jane.doe@example.com>",
            "In-Reply-To: <20240101.abc@example.org>",
        ];
        for t in ids {
            let at = t.find('@').unwrap_or(0);
            let start = t[..at].rfind([' ', '<']).map_or(0, |i| i + 1);
            let end = t.rfind('>').unwrap_or(t.len());
            assert!(is_identifier_address(t, start, end), "{t}");
        }
        for t in [
            "jane.doe@gmail.com",
            "j.smith+news@outlook.com",
            "jsmith1987@google.com",
            "<jane.doe@example.com>",
        ] {
            let start = usize::from(t.starts_with('<'));
            let end = t.len() - usize::from(t.ends_with('>'));
            assert!(!is_identifier_address(t, start, end), "{t}");
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
