//! The account in a URL's userinfo: `https://jdoe:pw@mirror.example.org/`,
//! `ftp://akhan@files.example.net/`. On a web, file-transfer or shell
//! scheme the user part is the login of the account the password (or the
//! key) opens, a person's more often than not. A database's or a broker's
//! connection string (`postgres://app:pw@db`, `redis://:pw@cache`) names a
//! role of the program that connects, and fixed token users
//! (`x-access-token`, `oauth2`, `gitlab-ci-token`) and the anonymous and
//! `git` logins are nobody's: those stay.

/// Schemes whose userinfo names an account a person logs in with.
const LOGIN_SCHEMES: &[&str] = &[
    "http",
    "https",
    "ftp",
    "ftps",
    "sftp",
    "ssh",
    "scp",
    "telnet",
    "webdav",
    "davs",
    "dav",
    "smb",
    "svn",
    "svn+ssh",
    "git+ssh",
    "git+https",
    "rsync",
];

/// Users that name no one: what a token or an anonymous login is sent
/// with, and the shared account of a git host.
const FIXED_USERS: &[&str] = &[
    "x-access-token",
    "x-oauth-basic",
    "x-token-auth",
    "oauth2",
    "oauth",
    "oauth2accesstoken",
    "gitlab-ci-token",
    "token",
    "api",
    "apikey",
    "git",
    "anonymous",
    "ftp",
    "guest",
    "user",
    "username",
    "usr",
    "login",
    "pat",
    "x",
    "_token",
    "__token__",
];

/// True when `user`, the userinfo's user part of a URL with scheme
/// `scheme`, is the login of an account: a login scheme, a name of login
/// characters with a letter, and no fixed or placeholder user.
///
/// ```
/// use leakscope::detect::shapes::is_url_login;
/// assert!(is_url_login("https", "jdoe"));
/// assert!(is_url_login("FTP", "akhan"));
/// assert!(!is_url_login("postgres", "app"));
/// assert!(!is_url_login("https", "x-access-token"));
/// assert!(!is_url_login("ssh", "git"));
/// ```
pub fn is_url_login(scheme: &str, user: &str) -> bool {
    let b = user.as_bytes();
    if b.len() < 2 || b.len() > 64 {
        return false;
    }
    if !LOGIN_SCHEMES.iter().any(|s| s.eq_ignore_ascii_case(scheme)) {
        return false;
    }
    if !b
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'+'))
        || !b.iter().any(u8::is_ascii_alphabetic)
    {
        return false;
    }
    // `%7Bsecret%7D`, `${USER}` and `<user>` are excluded by the characters
    // above; a template word is no login either.
    if FIXED_USERS.iter().any(|f| f.eq_ignore_ascii_case(user)) {
        return false;
    }
    // A provider token written as the user (`https://ghp_…@github.com`)
    // is the token's finding, not a login.
    let has_digit = b.iter().any(u8::is_ascii_digit);
    let has_upper = b.iter().any(u8::is_ascii_uppercase);
    let has_lower = b.iter().any(u8::is_ascii_lowercase);
    !(b.len() >= 20 && has_digit && has_upper && has_lower)
}

/// The scheme of the URL whose `://` ends at byte `at` of `text` (the
/// scheme characters before it), or `""`.
pub(crate) fn scheme_before(text: &str, at: usize) -> &str {
    let Some(head) = text.get(..at).and_then(|h| h.strip_suffix("://")) else {
        return "";
    };
    let start = head
        .bytes()
        .rposition(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-')))
        .map_or(0, |i| i + 1);
    &head[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logins_of_web_and_transfer_urls() {
        for (scheme, user) in [
            ("https", "jdoe"),
            ("http", "proxyuser"),
            ("ftp", "akhan"),
            ("sftp", "m.lopez"),
            ("ssh", "deploy-jane"),
            ("HTTPS", "Priya.Raman"),
        ] {
            assert!(is_url_login(scheme, user), "{scheme}://{user}");
        }
    }

    #[test]
    fn roles_tokens_and_fixed_users_are_not() {
        for (scheme, user) in [
            ("postgres", "app"),
            ("mongodb+srv", "etl"),
            ("redis", "default"),
            ("https", "x-access-token"),
            ("https", "oauth2"),
            ("https", "gitlab-ci-token"),
            ("ssh", "git"),
            ("ftp", "anonymous"),
            ("https", "ghp_oGGFsuBHpNR2SP4vKOn3K0lmpWcbSM2G350M"),
            ("https", "1234"),
            ("https", "j"),
            ("https", "%7Buser%7D"),
            ("", "jdoe"),
        ] {
            assert!(!is_url_login(scheme, user), "{scheme}://{user}");
        }
    }

    #[test]
    fn schemes_before_the_separator() {
        let t = "fetch ftp://akhan@host";
        assert_eq!(scheme_before(t, 12), "ftp");
        assert_eq!(scheme_before("git+ssh://x", 10), "git+ssh");
        assert_eq!(scheme_before("no scheme", 3), "");
        assert_eq!(scheme_before("://x", 3), "");
    }
}
