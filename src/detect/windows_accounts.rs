//! Windows accounts in Security event logs (Winlogbeat, Event Viewer
//! exports): the `Account Name:` lines of an event's message name the
//! logon's user, while computer accounts (`WKS-042$`), the desktop
//! window manager's and font driver's virtual sessions (`DWM-1`,
//! `UMFD-0`) and the built-in service principals (`ANONYMOUS LOGON`,
//! `NETWORK SERVICE`) are the machine's own and name no one.

/// Cue of an account line in a Windows Security event's message
/// (`Account Name:\t\tjdoe`); the match ends where the name starts.
pub const ACCOUNT_NAME_CUE: &str = r"(?-u:\b)Account[ \t]+Name:[ \t]+";

/// Whether `t` is an account Windows itself logs on with: a computer
/// account (`DC01$`), a virtual session account (`DWM-3`, `UMFD-1`) or a
/// built-in service principal. Compared without regard to case.
pub fn is_builtin_windows_account(t: &str) -> bool {
    if let Some(host) = t.strip_suffix('$') {
        return !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    }
    let upper = t.to_ascii_uppercase();
    for prefix in ["DWM-", "UMFD-"] {
        if let Some(n) = upper.strip_prefix(prefix) {
            return !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
        }
    }
    [
        "ANONYMOUS LOGON",
        "LOCAL SERVICE",
        "NETWORK SERVICE",
        "NT AUTHORITY",
        "LOCAL SYSTEM",
        "SYSTEM",
    ]
    .contains(&upper.as_str())
}

/// Whether an account name read after [`ACCOUNT_NAME_CUE`] ends its line
/// as in an event message (`rest` is what follows it) and names a user:
/// not the `-` of an empty field nor a built-in account.
pub fn event_account_name(name: &str, rest: &str) -> bool {
    (rest.is_empty() || rest.starts_with(['\n', '\r']))
        && name.chars().count() >= 2
        && !is_builtin_windows_account(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_accounts() {
        for t in [
            "WKS-FIN-042$",
            "DC01$",
            "DWM-1",
            "umfd-0",
            "ANONYMOUS LOGON",
            "NETWORK SERVICE",
            "SYSTEM",
        ] {
            assert!(is_builtin_windows_account(t), "{t}");
        }
        for t in ["$", "jdoe", "DWM-", "adm-jlaurent", "Dwm-x", "pa$$word"] {
            assert!(!is_builtin_windows_account(t), "{t}");
        }
    }

    #[test]
    fn account_lines() {
        assert!(event_account_name("ehalvorsen", "\n\tAccount Domain:"));
        assert!(event_account_name("ehalvorsen", ""));
        assert!(!event_account_name("WKS-042$", "\n"));
        assert!(!event_account_name("-", "\n"));
        assert!(!event_account_name("jdoe", " is required"));
    }
}
