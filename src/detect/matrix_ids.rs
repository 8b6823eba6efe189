//! Matrix user ids (`@ines.duarte:matrix.org`): an account on a
//! homeserver, written the same way in every event (`sender`,
//! `state_key`, `m.mentions.user_ids`). The sigil tells them apart from
//! the protocol's other ids: rooms (`!abc:server`), events (`$abc`) and
//! room aliases (`#room:server`) name no one.

/// True when all of `t` is a Matrix user id: `@`, a localpart of the
/// spec's characters (lower-case letters, digits, `.`, `_`, `=`, `-`,
/// `/`, `+`) holding a letter, `:`, and a server name with a dot and an
/// alphabetic top-level label, optionally followed by a port.
///
/// ```
/// use leakscope::detect::shapes::is_matrix_user_id;
/// assert!(is_matrix_user_id("@ines.duarte:matrix.org"));
/// assert!(!is_matrix_user_id("!OGEhHVWSdvArJzumhm:matrix.org"));
/// assert!(!is_matrix_user_id("@scope/pkg"));
/// ```
pub fn is_matrix_user_id(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('@') else {
        return false;
    };
    let Some((local, server)) = rest.split_once(':') else {
        return false;
    };
    let lb = local.as_bytes();
    if lb.is_empty()
        || lb.len() > 255
        || !lb.iter().all(|&c| {
            c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || matches!(c, b'.' | b'_' | b'=' | b'-' | b'/' | b'+')
        })
        || !lb.iter().any(u8::is_ascii_lowercase)
    {
        return false;
    }
    is_server_name(server)
}

/// True when all of `t` is a Matrix room alias (`#ops:matrix.org`) or
/// room id (`!OGEhHVWSdvArJzumhm:matrix.org`): a room, no one's handle,
/// whatever key holds it (`alias`, `canonical_alias`).
///
/// ```
/// use leakscope::detect::shapes::is_matrix_room;
/// assert!(is_matrix_room("#ops:matrix.org"));
/// assert!(!is_matrix_room("#ops"));
/// ```
pub fn is_matrix_room(t: &str) -> bool {
    let Some(rest) = t.strip_prefix(['#', '!']) else {
        return false;
    };
    let Some((local, server)) = rest.split_once(':') else {
        return false;
    };
    (1..=255).contains(&local.len())
        && local
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'=' | b'-' | b'+'))
        && is_server_name(server)
}

/// A homeserver's name: a host with a dot and an alphabetic top-level
/// label, optionally followed by a port.
fn is_server_name(server: &str) -> bool {
    let host = match server.rsplit_once(':') {
        Some((h, port)) if !port.is_empty() && port.len() <= 5 => {
            if !port.bytes().all(|c| c.is_ascii_digit()) {
                return false;
            }
            h
        }
        Some(_) => return false,
        None => server,
    };
    let Some((_, tld)) = host.rsplit_once('.') else {
        return false;
    };
    host.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && label
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-')
            && !label.starts_with('-')
    }) && tld.len() >= 2
        && tld.bytes().all(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_ids() {
        for t in [
            "@ines.duarte:matrix.org",
            "@rafael.m:example.org",
            "@alice:chat.example.com:8448",
            "@_discord_1234:t2bot.io",
            "@user=2fname:example.org",
        ] {
            assert!(is_matrix_user_id(t), "{t}");
        }
    }

    #[test]
    fn rooms() {
        for t in [
            "#ops:matrix.org",
            "!OGEhHVWSdvArJzumhm:matrix.org",
            "#rust:mozilla.org:8448",
        ] {
            assert!(is_matrix_room(t), "{t}");
        }
        for t in [
            "#ops",
            "#1",
            "!important",
            "#ops:localhost",
            "@ines:matrix.org",
            "#a b:matrix.org",
        ] {
            assert!(!is_matrix_room(t), "{t}");
        }
    }

    #[test]
    fn other_ids_and_look_alikes() {
        for t in [
            "!OGEhHVWSdvArJzumhm:matrix.org",
            "$143273582443PhrSn:matrix.org",
            "#rust:matrix.org",
            "@Ines:matrix.org",
            "@ines",
            "@ines:localhost",
            "@ines:matrix.org:",
            "@ines:matrix.org:port",
            "@types/node",
            "@1234:matrix.org",
            "@ines:10.0.0.5",
            "@ines:matrix..org",
            "@ines duarte:matrix.org",
            "",
        ] {
            assert!(!is_matrix_user_id(t), "{t}");
        }
    }
}
