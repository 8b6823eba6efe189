//! Account handles named by their network in free text: a bio's `Insta
//! @marianne.rides`, `twitter @kenji_souls`, `Discord: annaw90`, `IG:
//! @jo.k`. A sentence cue finds the network's name; this module checks
//! what follows it.

/// Cue of a network's name before a handle; the match ends where the
/// handle starts (after its `@`, if any).
pub const SOCIAL_HANDLE_CUE: &str = r"(?i)(?-u:\b)(?:(?:instagram|insta|ig|twitter|tiktok|discord|snapchat|snap|telegram|threads|bluesky|bsky|twitch|psn|xbox|gamertag|venmo|cashapp|kik)(?-u:\b)[ \t]*(?::[ \t]+@?|:@|-?[ \t]*@)|my[ \t]+(?:instagram|insta|ig|twitter|tiktok|discord|snapchat|snap|telegram|threads|bluesky|bsky|twitch|psn|xbox|gamertag|venmo|cashapp|kik|steam|reddit|epic|riot|battle\.?net)(?:[ \t]+(?:handle|username|user[ \t]?name|name|id|tag|account))?[ \t]+is[ \t]+@?)";

/// The handle shape after [`SOCIAL_HANDLE_CUE`] (searched anchored): word
/// characters, dots and dashes, and Discord's old `#1234` tag.
pub const SOCIAL_HANDLE: &str = r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,38}(?:#[0-9]{4})?";

/// Networks whose name is also a common word or a short code (`snap`,
/// `threads`, `ig`): only an `@` after them marks a handle.
const AT_ONLY: [&str; 6] = ["ig", "snap", "threads", "venmo", "cashapp", "kik"];

/// Mentions that address a group, not an account.
const GROUP_MENTIONS: [&str; 4] = ["everyone", "here", "channel", "all"];

/// The length of the handle `v` found after the cue text `cue` (which
/// ends with `@` when one was written), with sentence punctuation trimmed;
/// `None` when `v` is no handle. `after` is the text after `v`.
///
/// ```
/// use leakscope::detect::shapes::social_handle_len;
/// assert_eq!(social_handle_len("Insta @", "marianne.rides.", ""), Some(14));
/// assert_eq!(social_handle_len("Discord: ", "annaw90", ""), Some(7));
/// assert_eq!(social_handle_len("Discord: ", "the", " server"), None);
/// assert_eq!(social_handle_len("my steam is ", "nelly_f_92", " if"), Some(10));
/// ```
pub fn social_handle_len(cue: &str, v: &str, after: &str) -> Option<usize> {
    let at = cue.trim_end().ends_with('@');
    // `psn:mobile.v2.core`: an OAuth scope; prose puts a blank after the
    // colon.
    if !at && !cue.ends_with([' ', '\t']) {
        return None;
    }
    let word = cue
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if !at && AT_ONLY.contains(&word.as_str()) {
        return None;
    }
    // `Discord: anna@example.com`: an address, for the e-mail detector.
    if after.starts_with('@') {
        return None;
    }
    let h = v.trim_end_matches(['.', '-']);
    let n = h.len();
    if !(2..=39).contains(&n) || !h.bytes().any(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // `@everyone`; `xbox: v10.0.1` is a version.
    if GROUP_MENTIONS.iter().any(|g| h.eq_ignore_ascii_case(g)) || super::technical::is_version(h) {
        return None;
    }
    // Without an `@`, a plain word after `Discord:` may be prose (`Discord:
    // server down`): a handle then shows a digit, `_` or `.`.
    if !at
        && !h
            .bytes()
            .any(|b| b.is_ascii_digit() || matches!(b, b'_' | b'.' | b'#'))
    {
        return None;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles() {
        for (cue, v, n) in [
            ("Insta @", "marianne.rides", 14),
            ("twitter @", "kenji_souls", 11),
            ("Discord: ", "annaw90", 7),
            ("IG: @", "jo.k", 4),
            ("discord: ", "anna_w#4821", 11),
            ("PSN: ", "kenji_souls.", 11),
        ] {
            assert_eq!(social_handle_len(cue, v, ""), Some(n), "{cue}{v}");
        }
    }

    #[test]
    fn not_handles() {
        for (cue, v, after) in [
            ("Discord: ", "the", " server is down"),
            ("IG: ", "jo_k", ""),
            ("snap: ", "v2_build", ""),
            ("Discord: @", "everyone", ""),
            ("Twitter: ", "anna", "@example.com"),
            ("twitter @", "42", ""),
            ("insta @", "x", ""),
            ("xbox: ", "v10.0.1", ""),
            ("psn:", "mobile.v2.core", ""),
        ] {
            assert_eq!(social_handle_len(cue, v, after), None, "{cue}{v}");
        }
    }
}
