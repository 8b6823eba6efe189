//! PostgreSQL password-file lines (`~/.pgpass`, `PGPASSFILE`):
//! `hostname:port:database:username:password`, one entry per line, with
//! `\:` and `\\` escaping a colon or a backslash inside a field. A file's
//! content pasted into a config map, a secret store or a support ticket
//! leaks every password in it.

/// One password-file line in text (multi-line mode: one line of a file).
/// The host names a host (`db.example.com`, `localhost`, an IPv4 address)
/// or is `*`, and the port is digits or `*`, so `a:1:b:c:d` in code and
/// IPv6 addresses do not match.
pub(crate) const PATTERN: &str = r"(?m)^(?:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+|localhost|\*):(?:[0-9]{1,5}|\*):(?:[^:\s\\]|\\.)+:(?:[^:\s\\]|\\.)+:[^\r\n]+";

/// The password of a line matched by [`PATTERN`], as a byte range of the
/// line: everything after the fourth unescaped colon, without trailing
/// blanks. `None` when the line has fewer fields or an empty password.
pub(crate) fn password_span(line: &str) -> Option<(usize, usize)> {
    let b = line.as_bytes();
    let mut colons = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b':' => {
                colons += 1;
                if colons == 4 {
                    let start = i + 1;
                    let end = start + line[start..].trim_end().len();
                    return (end > start).then_some((start, end));
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;

    fn password(line: &str) -> Option<&str> {
        password_span(line).map(|(s, e)| &line[s..e])
    }

    #[test]
    fn password_is_the_fifth_field() {
        assert_eq!(
            password("db.example.com:5432:app:appuser:Kx7#mP2qLz9w"),
            Some("Kx7#mP2qLz9w")
        );
        assert_eq!(password("localhost:*:*:postgres:pa:ss"), Some("pa:ss"));
        assert_eq!(
            password(r"db.example.com:5432:a\:b:user:secret "),
            Some("secret")
        );
        assert_eq!(password("db.example.com:5432:app:user:"), None);
        assert_eq!(password("db.example.com:5432:app"), None);
    }

    #[test]
    fn pattern_matches_lines_not_lookalikes() {
        let re = Regex::new(PATTERN).expect("pattern");
        for line in [
            "db.internal.example.com:5432:appdb:appuser:Kx7#mP2qLz9w",
            "localhost:5432:*:postgres:s3cretPw!",
            "*:*:*:replicator:R3pl!ca",
            "10.0.0.12:6432:billing:svc_billing:xY9$tq",
        ] {
            assert!(re.is_match(line), "{line}");
        }
        for text in [
            "fe80:0:0:0:1",
            "12:30:45:678:9",
            "a:1:b:c:d",
            "see db.example.com:5432:app:user:pw",
            "db.example.com:https:app:user:pw",
            "2001:db8:0:0:1:2:3:4",
        ] {
            assert!(!re.is_match(text), "{text}");
        }
        let file = "# comment\nlocalhost:5432:*:postgres:one\r\ndb.example.com:5432:app:u:two";
        assert_eq!(re.find_iter(file).count(), 2);
    }
}
