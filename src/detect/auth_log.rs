//! The user name of an sshd/PAM log line (`Failed password for invalid
//! user admin from …`, `session opened for user jdoe(uid=1000)`) or of an
//! application's security log (Django's `Login failed for user jdoe from
//! 203.0.113.7`, often a crash report's breadcrumb): a sentence cue finds
//! the place, this module checks what follows the name.

/// Cue of an sshd/PAM log line; the match ends where the user name starts.
pub const AUTH_LOG_CUE: &str = r#"(?:(?-u:\b)(?:[Ff]ailed|[Aa]ccepted)[ \t]+(?:password|publickey|keyboard-interactive(?:/pam)?|none|hostbased|gssapi-with-mic)[ \t]+for[ \t]+(?:invalid[ \t]+user[ \t]+)?|(?-u:\b)(?:[Ii]nvalid|[Ii]llegal|authenticating)[ \t]+user[ \t]+|(?-u:\b)Disconnected[ \t]+from[ \t]+user[ \t]+|(?-u:\b)session[ \t]+(?:opened|closed)[ \t]+for[ \t]+user[ \t]+|(?-u:\b)(?:[Ll]ogin|[Aa]uthentication|[Ss]ign-?in)[ \t]+(?:failed|succeeded|successful)[ \t]+for[ \t]+user[ \t]+['"]?|\(uid=[0-9]+\)[ \t]+by[ \t]+|(?-u:\b)[Uu]ser[ \t]+['"]?)"#;

/// The user name shape after [`AUTH_LOG_CUE`] (searched anchored).
pub const AUTH_LOG_USER: &str = r"[A-Za-z0-9_][A-Za-z0-9_.@$\-]{0,63}";

/// Whether what follows a user name `rest` is how sshd and PAM go on after
/// one: ` from <host>`, `(uid=…)`, ` by …`, an address, ` [preauth]`, or
/// the end of the line.
/// The end of the line only counts after a PAM session cue right after a
/// log prefix (`pam_unix(sshd:session): session closed for user jdoe`);
/// `before` is the text before the cue.
pub fn auth_log_follows(before: &str, cue: &str, rest: &str) -> bool {
    if let Some(quote) = cue.chars().last().filter(|c| matches!(c, '\'' | '"')) {
        return quoted_user_follows(cue, quote, rest);
    }
    if is_bare_user_cue(cue) {
        return login_event_follows(rest);
    }
    if rest.starts_with("(uid=") {
        return true;
    }
    if rest.is_empty() || rest.starts_with(['\n', '\r']) {
        return cue.starts_with("session") && before.trim_end().ends_with(':');
    }
    let Some(r) = rest.strip_prefix([' ', '\t']) else {
        return false;
    };
    if r.starts_with("from ") || r.starts_with("by ") || r.starts_with("[preauth]") {
        return true;
    }
    let tok = r.split([' ', '\t']).next().unwrap_or("");
    super::ip::ipv4_in_text(tok) || super::ip::ipv6_in_text(tok)
}

/// The cue is a bare `user ` / `User '` (an application's log line), not
/// an sshd/PAM phrase ending in `user `.
fn is_bare_user_cue(cue: &str) -> bool {
    cue.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("user"))
}

/// What an application logs after a user's name when it signs in or out
/// (`User jdoe logged in`, `user 'priya.r' has logged out`, `User bob
/// successfully authenticated`, `user mk locked out`).
fn login_event_follows(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix([' ', '\t']) else {
        return false;
    };
    let r = r.strip_prefix("has ").unwrap_or(r);
    let r = r.strip_prefix("was ").unwrap_or(r);
    let r = r.strip_prefix("successfully ").unwrap_or(r);
    LOGIN_EVENTS.iter().any(|p| r.starts_with(p))
}

/// How an application's login line goes on after the user's name (see
/// [`login_event_follows`]); also the scanner's gate words for it.
pub const LOGIN_EVENTS: [&str; 13] = [
    "logged in",
    "logged out",
    "logged on",
    "logged off",
    "signed in",
    "signed out",
    "authenticated",
    "login ",
    "logon ",
    "failed to log",
    "locked",
    "been locked",
    "is locked",
];

/// A name in quotes after a login cue (`Login failed for user 'jdoe'.`,
/// `User "priya.r" logged in`): the closing quote must follow it, and then
/// the end of the sentence or, after a bare `user`, a login event. Built-in
/// server accounts (`'sa'`, `'root'`) are no one's.
fn quoted_user_follows(cue: &str, quote: char, rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(quote) else {
        return false;
    };
    if is_bare_user_cue(cue) {
        return login_event_follows(r);
    }
    r.is_empty() || r.starts_with([' ', '\t', '.', ',', ';', ')', '\n', '\r'])
}

/// Whether `user` after `cue` names a person's account: an application's
/// login line (a bare or quoted `user`) naming a built-in server account
/// (`Login failed for user 'sa'`, `User admin logged in`) names no one.
/// sshd's own lines keep `root` and `admin`: there they are the accounts
/// an attacker tried.
pub fn names_person_account(cue: &str, user: &str) -> bool {
    let app_line = is_bare_user_cue(cue) || cue.ends_with(['\'', '"']);
    !(app_line
        && (user.eq_ignore_ascii_case("sa")
            || super::placeholder_names::is_system_account(user)
            || SENTENCE_WORDS.iter().any(|w| user.eq_ignore_ascii_case(w))))
}

/// Words that follow a bare `user` in a sentence about no one in
/// particular (`User has logged out`, `user successfully authenticated`).
const SENTENCE_WORDS: [&str; 14] = [
    "has",
    "had",
    "was",
    "is",
    "be",
    "successfully",
    "not",
    "already",
    "then",
    "who",
    "that",
    "session",
    "account",
    "never",
];

/// Cue of a sudo log line after its user name (`jdoe : TTY=pts/1 ; PWD=…
/// ; USER=root ; COMMAND=…`, `jdoe : 3 incorrect password attempts ;
/// TTY=…`); the user name is read backwards by [`sudo_user_before`].
pub const SUDO_CUE: &str = r"[ \t]:[ \t]+(?:TTY=|PWD=|[0-9]+[ \t]+incorrect[ \t]+password[ \t]+attempts[ \t]*;|user[ \t]+NOT[ \t]+in[ \t]+sudoers[ \t]*;|command[ \t]+not[ \t]+allowed[ \t]*;)";

/// Where the user name of a sudo line starts in `before` (the text before
/// [`SUDO_CUE`], which ends with the name): the name must open its line,
/// after blanks or the syslog tag `sudo:` / `sudo[pid]:`.
pub fn sudo_user_before(before: &str) -> Option<usize> {
    let start = before
        .bytes()
        .rposition(|b| {
            !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'@' | b'$'))
        })
        .map_or(0, |i| i + 1);
    let user = &before[start..];
    let head = before[..start].trim_end_matches([' ', '\t']);
    let tag = head
        .strip_suffix(':')
        .map(|h| {
            h.strip_suffix(']').map_or(h, |h| {
                h.trim_end_matches(|c: char| c.is_ascii_digit())
                    .trim_end_matches('[')
            })
        })
        .is_some_and(|h| h.ends_with("sudo"));
    let opens = head.is_empty() || head.ends_with(['\n', '\r']) || tag;
    (opens
        && user
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_'))
    .then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sudo_users() {
        assert_eq!(sudo_user_before("    amaliafr"), Some(4));
        assert_eq!(sudo_user_before("amaliafr"), Some(0));
        assert_eq!(
            sudo_user_before("Jun 11 03:12:44 host sudo[812]:    jdoe"),
            Some(35)
        );
        assert_eq!(sudo_user_before("sudo: jdoe"), Some(6));
        assert_eq!(sudo_user_before("the time is 12"), None);
        assert_eq!(sudo_user_before("note: -x"), None);
    }

    #[test]
    fn auth_followers() {
        let f = |rest| auth_log_follows("sshd[1]: ", "invalid user ", rest);
        assert!(f(" from 1.2.3.4 port 22 ssh2"));
        assert!(f("(uid=1000) by (uid=0)"));
        assert!(f(" 185.220.101.4 port 51234 [preauth]"));
        assert!(!f(""));
        assert!(auth_log_follows(
            "pam_unix(sshd:session): ",
            "session closed for user ",
            ""
        ));
        assert!(!auth_log_follows("the ", "session closed for user ", ""));
        assert!(!f(" name"));
        assert!(!f(" in users:"));
    }

    #[test]
    fn application_login_lines() {
        let bare = |rest| auth_log_follows("", "User ", rest);
        assert!(bare(" logged in from 10.0.0.5"));
        assert!(bare(" has logged out"));
        assert!(bare(" successfully authenticated"));
        assert!(bare(" was locked out after 5 attempts"));
        assert!(!bare(" profile updated"));
        assert!(!bare(" not found"));
        assert!(!bare(""));
        let quoted = |rest| auth_log_follows("", "User '", rest);
        assert!(quoted("' logged in successfully"));
        assert!(!quoted("' created"));
        assert!(!quoted(" logged in"));
        let failed = |rest| auth_log_follows("", "Authentication failed for user '", rest);
        assert!(failed("'"));
        assert!(failed("'. Reason: password mismatch"));
        assert!(!failed("s' group"));
        assert!(!names_person_account("Login failed for user '", "sa"));
        assert!(!names_person_account("User ", "admin"));
        assert!(names_person_account("User ", "jdoe"));
        assert!(!names_person_account("User ", "has"));
        assert!(!names_person_account("user ", "successfully"));
        assert!(names_person_account("Failed password for ", "root"));
    }
}
