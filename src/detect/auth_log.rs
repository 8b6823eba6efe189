//! The user name of an sshd/PAM log line (`Failed password for invalid
//! user admin from …`, `session opened for user jdoe(uid=1000)`): a
//! sentence cue finds the place, this module checks what follows the name.

/// Cue of an sshd/PAM log line; the match ends where the user name starts.
pub const AUTH_LOG_CUE: &str = r"(?:(?-u:\b)(?:[Ff]ailed|[Aa]ccepted)[ \t]+(?:password|publickey|keyboard-interactive(?:/pam)?|none|hostbased|gssapi-with-mic)[ \t]+for[ \t]+(?:invalid[ \t]+user[ \t]+)?|(?-u:\b)(?:[Ii]nvalid|[Ii]llegal|authenticating)[ \t]+user[ \t]+|(?-u:\b)Disconnected[ \t]+from[ \t]+user[ \t]+|(?-u:\b)session[ \t]+(?:opened|closed)[ \t]+for[ \t]+user[ \t]+|\(uid=[0-9]+\)[ \t]+by[ \t]+)";

/// The user name shape after [`AUTH_LOG_CUE`] (searched anchored).
pub const AUTH_LOG_USER: &str = r"[A-Za-z0-9_][A-Za-z0-9_.@$\-]{0,63}";

/// Whether what follows a user name `rest` is how sshd and PAM go on after
/// one: ` from <host>`, `(uid=…)`, ` by …`, an address, ` [preauth]`, or
/// the end of the line.
/// The end of the line only counts after a PAM session cue right after a
/// log prefix (`pam_unix(sshd:session): session closed for user jdoe`);
/// `before` is the text before the cue.
pub fn auth_log_follows(before: &str, cue: &str, rest: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
