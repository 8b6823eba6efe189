//! Whether a bare `account number` cue names a bank account: only after a
//! routing number was named shortly before it (`routing number 111000614,
//! account number 98765432101` of a direct-deposit change). Alone, the
//! words name customer, cloud and utility accounts as often (`account
//! 123456789012` of an AWS log line), which are no bank details.

/// How far back (bytes) the routing number's name may stand.
const WINDOW: usize = 120;

/// `cue` is the matched cue text, `before` the text before it. A cue
/// naming the account's kind (`bank account`, `checking account`) always
/// holds; a bare `account`/`acct` needs `routing` (or `ABA`) within the
/// last [`WINDOW`] bytes before it.
///
/// ```
/// use leakscope::detect::shapes::bank_account_cue_holds;
/// assert!(bank_account_cue_holds("routing number 111000614, ", "account number "));
/// assert!(bank_account_cue_holds("", "checking account "));
/// assert!(!bank_account_cue_holds("AssumeRole failed for ", "account "));
/// ```
pub fn bank_account_cue_holds(before: &str, cue: &str) -> bool {
    let c = cue.trim_start().as_bytes();
    let bare = c.len() >= 4
        && (c[..4].eq_ignore_ascii_case(b"acco") || c[..4].eq_ignore_ascii_case(b"acct"));
    if !bare {
        return true;
    }
    let b = before.as_bytes();
    let window = &b[b.len().saturating_sub(WINDOW)..];
    contains_ignore_case(window, b"routing") || contains_ignore_case(window, b"aba ")
}

fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_account_needs_a_routing_number_before_it() {
        assert!(bank_account_cue_holds(
            "direct deposit: Routing number 111000614, ",
            "account number "
        ));
        assert!(bank_account_cue_holds("ABA 021000021 ", "acct # "));
        assert!(bank_account_cue_holds("", "savings account no. "));
        assert!(!bank_account_cue_holds("", "account number "));
        assert!(!bank_account_cue_holds("Your ", "Account # "));
        let far = format!("routing number 111000614. {}", "x".repeat(200));
        assert!(!bank_account_cue_holds(&far, "account number "));
        // Multi-byte text before the window's edge is no panic.
        let wide = "é".repeat(100);
        assert!(!bank_account_cue_holds(&wide, "account "));
    }
}
