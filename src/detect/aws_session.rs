//! The session name at the end of an AWS assumed-role ARN
//! (`arn:aws:sts::123456789012:assumed-role/Admin/jane.doe`) when it is a
//! person's login. IAM Identity Center and most people's own
//! `--role-session-name` write the caller's login there; programs write
//! their own names (`i-0a1b2c3d4e5f67890`, `botocore-session-1712345678`,
//! `GitHubActions`, a Lambda function's `process-orders`).

/// Whether `t`, an assumed-role session name, is written the way a
/// person's login is: words of letters joined by `.` or `_` (`jane.doe`,
/// `Mary_Major`), or one capitalised word (`Paulo`). Digits, hyphens
/// and inner capitals mark a program's session.
///
/// An e-mail address (the Identity Center default) is found as one.
pub(crate) fn is_person_session_name(t: &str) -> bool {
    let b = t.as_bytes();
    if !(3..=64).contains(&b.len())
        || !b
            .iter()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, b'.' | b'_'))
    {
        return false;
    }
    let words = t.split(['.', '_']);
    let count = words.clone().count();
    if (2..=3).contains(&count) {
        return words.clone().all(|w| !w.is_empty())
            && words.filter(|w| w.len() >= 2).count() >= 1
            && !super::placeholder_names::is_system_account(t);
    }
    count == 1
        && b[0].is_ascii_uppercase()
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && !super::placeholder_names::is_system_account(t)
}

#[cfg(test)]
mod tests {
    use super::is_person_session_name;

    #[test]
    fn person_sessions() {
        for t in [
            "jane.doe",
            "Mary_Major",
            "Paulo",
            "j.doe",
            "ana.maria.silva",
        ] {
            assert!(is_person_session_name(t), "{t}");
        }
    }

    #[test]
    fn program_sessions() {
        for t in [
            "i-0a1b2c3d4e5f67890",
            "botocore-session-1712345678",
            "GitHubActions",
            "process-orders",
            "1712345678901",
            "Admin",
            "admin",
            "jane.doe@example.com",
            "a.b.c.d",
            ".x",
            "AWSCloudFormation",
            "deploy",
        ] {
            assert!(!is_person_session_name(t), "{t}");
        }
    }
}
