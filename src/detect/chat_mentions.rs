//! @-mentions of accounts in chat messages: `hey @mikhail_petrov can
//! you…` (Telegram), `@gunnar.holm please rotate…` (Mattermost, Slack
//! exports, Discord), `@rafael.m:example.org the build…` (Matrix, whose
//! mention carries the homeserver). The scanner's pattern finds an `@`
//! at the start of the text or after a blank or an opening bracket; this
//! module decides whether the word after it is an account.
//!
//! Not accounts: group mentions (`@here`, `@everyone`), npm scopes
//! (`@types/node`), decorators and annotations (`@Override`,
//! `@app.route(…)`, `@pytest.fixture`), doc-comment tags (`@param`),
//! CSS at-rules (`@media`), SQL parameters and variables (`@UserId`,
//! `@@ROWCOUNT`) and a lone `@` (`meet @ 5`).

/// The pattern: the `@` with what precedes it, and the handle run.
pub const MENTION_PATTERN: &str = r"(?:^|[ \t\r\n(\[])@[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}";

/// Words after `@` that address a group or are a language's keyword.
const NOT_ACCOUNTS: &[&str] = &[
    // Group mentions.
    "here",
    "channel",
    "everyone",
    "all",
    "room",
    "team",
    "group",
    "online",
    // Doc-comment tags (JSDoc, Javadoc, PHPDoc).
    "param",
    "params",
    "return",
    "returns",
    "throws",
    "throw",
    "type",
    "typedef",
    "see",
    "since",
    "author",
    "example",
    "deprecated",
    "link",
    "todo",
    "private",
    "public",
    "protected",
    "override",
    "version",
    "var",
    "property",
    "callback",
    "class",
    "module",
    "default",
    "const",
    "function",
    "inheritdoc",
    "internal",
    "api",
    // Annotations and decorators.
    "test",
    "before",
    "after",
    "beforeeach",
    "aftereach",
    "autowired",
    "component",
    "service",
    "bean",
    "configuration",
    "entity",
    "id",
    "column",
    "table",
    "value",
    "inject",
    "injectable",
    "input",
    "output",
    "nullable",
    "nonnull",
    "suppresswarnings",
    "functionalinterface",
    "staticmethod",
    "classmethod",
    "dataclass",
    "abstractmethod",
    "cached_property",
    "lru_cache",
    "wraps",
    "app",
    "router",
    "pytest",
    "mock",
    "patch",
    "observable",
    "action",
    "computed",
    "state",
    "prop",
    "emit",
    "watch",
    "slot",
    // CSS and preprocessor at-rules.
    "media",
    "import",
    "font-face",
    "keyframes",
    "supports",
    "charset",
    "page",
    "layer",
    "container",
    "namespace",
    "tailwind",
    "apply",
    "include",
    "mixin",
    "extend",
    "use",
    "forward",
    "if",
    "else",
    "each",
    "for",
    "while",
];

/// The span of the account after a match of [`MENTION_PATTERN`] starting
/// at `s` and ending at `e` in `text`: `(start, end)` of the handle
/// without its `@` (a Matrix mention spans its `@` and server too), or
/// `None` when the word is no account.
///
/// ```
/// use leakscope::detect::shapes::mention_span;
/// let t = "hey @mikhail_petrov can you";
/// assert_eq!(mention_span(t, 3, 19), Some((5, 19)));
/// assert_eq!(mention_span("see @param x", 3, 10), None);
/// ```
pub fn mention_span(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let at = s + b.get(s..e)?.iter().position(|&c| c == b'@')?;
    // `@@ROWCOUNT`; `x@@y`.
    if at > 0 && b[at - 1] == b'@' {
        return None;
    }
    // Sentence punctuation after the handle (`@jonas.`, `@anna-`).
    let mut he = e;
    while he > at + 1 && matches!(b[he - 1], b'.' | b'-') {
        he -= 1;
    }
    let handle = text.get(at + 1..he)?;
    if handle.len() < 2 || !handle.bytes().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let next = b.get(e).copied();
    match next {
        // `@types/node`, `@app.route(`, `@Component({`, `@jonas@x.social`
        // (the fediverse address is the e-mail-like detector's).
        Some(b'/' | b'(' | b'{' | b'@' | b'=' | b'[' | b'<' | b'$' | b'%' | b'&') => return None,
        Some(b':') => {
            // `@rafael.m:example.org`: a Matrix mention, server and all.
            let end = b[e..]
                .iter()
                .position(|&c| {
                    c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b'<' | b')' | b',')
                })
                .map_or(b.len(), |p| e + p);
            let mut full_end = end;
            while full_end > e && b[full_end - 1] == b'.' {
                full_end -= 1;
            }
            if text
                .get(at..full_end)
                .is_some_and(super::matrix_ids::is_matrix_user_id)
            {
                return Some((at, full_end));
            }
            // `@jonas: thanks`; `@Html:Raw` is markup.
            if !b.get(e + 1).is_none_or(|c| c.is_ascii_whitespace()) {
                return None;
            }
        }
        // Joined to a word in another script or glued to a quote.
        Some(c) if c >= 0x80 => return None,
        _ => {}
    }
    // A value that is one handle (`authorDisplayName: "@HelenaV-b7x"`) is
    // no message: its key decides what it is.
    if at == 0 && text[he..].trim().is_empty() {
        return None;
    }
    let lower = handle.to_ascii_lowercase();
    if NOT_ACCOUNTS.contains(&lower.as_str()) {
        return None;
    }
    // A decorator's or a parameter's dotted path (`@pytest.mark.slow`,
    // `@angular.core`): a known head word first.
    if let Some((head, _)) = lower.split_once('.') {
        if NOT_ACCOUNTS.contains(&head) {
            return None;
        }
    }
    // `@v1.2.3`, `@2.0`: a version tag; `icon@2x.png`, `@latest.js`: a
    // file.
    if super::technical::is_version(handle.trim_start_matches(['v', 'V']))
        || lower.rsplit_once('.').is_some_and(|(_, ext)| {
            [
                "png", "jpg", "jpeg", "gif", "svg", "webp", "js", "mjs", "ts", "css", "json",
                "html", "md", "txt", "pdf", "zip",
            ]
            .contains(&ext)
        })
    {
        return None;
    }
    // SQL text: `WHERE id = @UserId`, `DECLARE @count INT`.
    if is_sql(text) {
        return None;
    }
    Some((at + 1, he))
}

/// Whether `text` reads as SQL (a statement keyword in capitals followed
/// by a blank), where `@name` is a parameter.
fn is_sql(text: &str) -> bool {
    use memchr::memmem::find;
    let b = text.as_bytes();
    [
        &b"SELECT "[..],
        b"WHERE ",
        b"INSERT ",
        b"UPDATE ",
        b"DECLARE ",
        b"EXEC ",
        b"SET @",
        b"VALUES",
    ]
    .iter()
    .any(|w| find(b, w).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The handle found in `t` at its first `@` (the match as the
    /// scanner's pattern would give it).
    fn found(t: &str) -> Option<&str> {
        let re = regex_automata::meta::Regex::new(MENTION_PATTERN).ok()?;
        let m = re.find(t)?;
        mention_span(t, m.start(), m.end()).and_then(|(a, b)| t.get(a..b))
    }

    #[test]
    fn accounts_mentioned_in_messages() {
        for (t, h) in [
            ("hey @mikhail_petrov can you check", "mikhail_petrov"),
            ("@gunnar.holm please rotate the key", "gunnar.holm"),
            ("thanks (@Anna_W90) for this", "Anna_W90"),
            ("@jonas: merged", "jonas"),
            ("ping @kenji.", "kenji"),
            (
                "@rafael.m:example.org the build is green",
                "@rafael.m:example.org",
            ),
            ("RT @nasa_jpl: launch today", "nasa_jpl"),
        ] {
            assert_eq!(found(t), Some(h), "{t}");
        }
    }

    #[test]
    fn groups_code_and_look_alikes_are_not() {
        for t in [
            "@here deploy is done",
            "cc @everyone",
            "npm i @types/node",
            "@Override public void run()",
            "@app.route('/x')",
            "@pytest.mark.slow",
            " * @param name the name",
            "@media (max-width: 600px)",
            "SELECT * FROM t WHERE id = @UserId",
            "meet @ 5pm",
            "jane@example.com",
            "@@ROWCOUNT",
            "@Html:Raw(x)",
            "@9",
            "@Component({selector: 'x'})",
            "@RosalindOkafor-x2",
            "Tag: @v1.2.3",
            "icons @2x.png",
            "load @latest.js now",
        ] {
            assert_eq!(found(t), None, "{t}");
        }
    }
}
