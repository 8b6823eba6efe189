//! Player names in Minecraft (vanilla, Bukkit, Spigot, Paper) server logs:
//! `UUID of player MamaBear1979 is 6169…`, `MamaBear1979[/91.64.22.118:51234]
//! logged in with entity id 412`, `MamaBear1979 joined the game`. The
//! scanner's patterns find the log phrases; this module picks the name.

/// Log phrases around a player's name (3 to 16 letters, digits and `_`).
pub const PLAYER_PATTERNS: [&str; 3] = [
    r"UUID of player [A-Za-z0-9_]{3,16} is ",
    r"(?-u:\b)[A-Za-z0-9_]{3,16}\[/[0-9A-Fa-f.:%\[\]]{3,64}\] logged in with entity id",
    r"\]: [A-Za-z0-9_]{3,16} (?:joined the game|left the game|lost connection:)",
];

/// The span of the player's name inside a match `m` of one of
/// [`PLAYER_PATTERNS`].
///
/// ```
/// use leakscope::detect::shapes::player_name_span;
/// let m = "UUID of player MamaBear1979 is ";
/// assert_eq!(player_name_span(m).map(|(s, e)| &m[s..e]), Some("MamaBear1979"));
/// ```
pub fn player_name_span(m: &str) -> Option<(usize, usize)> {
    let start = if let Some(rest) = m.strip_prefix("UUID of player ") {
        m.len() - rest.len()
    } else if let Some(rest) = m.strip_prefix("]: ") {
        m.len() - rest.len()
    } else {
        0
    };
    let len = m[start..]
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    (3..=16).contains(&len).then_some((start, start + len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for (m, name) in [
            ("UUID of player MamaBear1979 is ", "MamaBear1979"),
            (
                "MamaBear1979[/91.64.22.118:51234] logged in with entity id",
                "MamaBear1979",
            ),
            ("]: xX_griefer_Xx left the game", "xX_griefer_Xx"),
            ("]: Steve lost connection:", "Steve"),
        ] {
            assert_eq!(
                player_name_span(m).map(|(s, e)| &m[s..e]),
                Some(name),
                "{m}"
            );
        }
        assert_eq!(player_name_span("]: ab joined the game"), None);
    }
}
