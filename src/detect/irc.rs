//! IRC protocol lines in logs and chat exports (`:nick!user@host PRIVMSG
//! #chan :hi`, Twitch's IRCv3 lines with `@…;display-name=Kevin_AT;…`
//! tags): the sender's nick, user name and host mask identify them. The
//! scanner's pattern finds the line's head; this module takes it apart.

use crate::Category;

/// Pattern of an IRC message head: the `:nick!user@host` prefix and a
/// command that users send. (IRCv3 tags before it are read by
/// [`irc_sender_spans`].)
pub const IRC_PREFIX_PATTERN: &str = r"(?-u:\B):[A-Za-z0-9_\[\]\\^{}|`\-]{1,32}![~A-Za-z0-9_.\-]{1,32}@[A-Za-z0-9_.\-:/]{1,128}[ \t]+(?:PRIVMSG|NOTICE|JOIN|PART|QUIT|KICK|NICK|TOPIC|INVITE|WHISPER|USERNOTICE|CLEARMSG)(?-u:\b)";

/// IRCv3 tags naming the sender (Twitch: `display-name`, `login`).
const NAME_TAGS: [&str; 2] = ["display-name", "login"];

/// The spans in `text` of the sender of the IRC message whose prefix
/// matched [`IRC_PREFIX_PATTERN`] at `s..e`: the name tags' values of an
/// IRCv3 tag block opening the line, the nick and the user name
/// (`username`); of the host, an address (`ip_address`), or the labels
/// that repeat the nick or user name (Twitch's `kevin_at.tmi.twitch.tv`,
/// a cloak's `user/kevin`).
///
/// ```
/// use leakscope::detect::shapes::irc_sender_spans;
/// use leakscope::Category;
/// let t = ":kevin_at!kevin_at@kevin_at.tmi.twitch.tv PRIVMSG";
/// let spans = irc_sender_spans(t, 0, t.len());
/// assert_eq!(&t[spans[0].0..spans[0].1], "kevin_at");
/// assert_eq!(spans[0].2, Category::Username);
/// assert_eq!(spans.len(), 3);
/// ```
pub fn irc_sender_spans(text: &str, s: usize, e: usize) -> Vec<(usize, usize, Category)> {
    let mut out = Vec::new();
    let Some(head) = text.get(s..e) else {
        return out;
    };
    // Tags: `@k=v;k=v … :prefix` from the start of the line.
    let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
    if text[line_start..].starts_with('@') {
        let mut pos = line_start + 1;
        for tag in text[line_start + 1..s].split(';') {
            let tag_at = pos;
            pos += tag.len() + 1;
            let Some((name, value)) = tag.split_once('=') else {
                continue;
            };
            let value = value.split([' ', '\t']).next().unwrap_or("");
            if NAME_TAGS.contains(&name.trim()) && value.len() >= 2 {
                let vs = tag_at + name.len() + 1;
                out.push((vs, vs + value.len(), Category::Username));
            }
        }
    }
    let Some(rest) = head.strip_prefix(':') else {
        return out;
    };
    let start = s + 1;
    let (Some(bang), Some(at)) = (rest.find('!'), rest.find('@')) else {
        return out;
    };
    let host_end = rest[at..].find([' ', '\t']).map_or(rest.len(), |i| at + i);
    if bang == 0 || at <= bang + 1 || host_end <= at + 1 {
        return out;
    }
    let nick = &rest[..bang];
    out.push((start, start + bang, Category::Username));
    // `~` marks an unverified ident; the name follows it.
    let user_start = bang + 1 + usize::from(rest[bang + 1..].starts_with('~'));
    let user = &rest[user_start..at];
    if !user.is_empty() {
        out.push((start + user_start, start + at, Category::Username));
    }
    let host = &rest[at + 1..host_end];
    let host_start = start + at + 1;
    if super::ip::is_ip(host) {
        out.push((host_start, host_start + host.len(), Category::IpAddress));
        return out;
    }
    let mut pos = 0;
    for label in host.split(['.', '/']) {
        if label.eq_ignore_ascii_case(nick) || label.eq_ignore_ascii_case(user) {
            out.push((
                host_start + pos,
                host_start + pos + label.len(),
                Category::Username,
            ));
        }
        pos += label.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<(&str, Category)> {
        let s = line.find(" :").map_or(0, |i| i + 1);
        let e = line[s..]
            .find(" PRIVMSG")
            .or_else(|| line[s..].find(" JOIN"))
            .map_or(line.len(), |i| s + i + 8);
        irc_sender_spans(line, s, e.min(line.len()))
            .into_iter()
            .map(|(a, b, c)| (&line[a..b], c))
            .collect()
    }

    #[test]
    fn twitch_lines() {
        let line = "@badge-info=subscriber/8;color=#1E90FF;display-name=Kevin_AT;user-id=58355428;user-type= :kevin_at!kevin_at@kevin_at.tmi.twitch.tv PRIVMSG #lena_plays :hey";
        assert_eq!(
            texts(line),
            [
                ("Kevin_AT", Category::Username),
                ("kevin_at", Category::Username),
                ("kevin_at", Category::Username),
                ("kevin_at", Category::Username),
            ]
        );
    }

    #[test]
    fn classic_lines() {
        assert_eq!(
            texts(":jonas!~jkrueger@203.0.113.7 JOIN #rust"),
            [
                ("jonas", Category::Username),
                ("jkrueger", Category::Username),
                ("203.0.113.7", Category::IpAddress),
            ]
        );
        // A cloak names the user; an ISP's host name is kept.
        assert_eq!(
            texts(":jonas!~jonas@user/jonas JOIN #rust"),
            [
                ("jonas", Category::Username),
                ("jonas", Category::Username),
                ("jonas", Category::Username),
            ]
        );
        assert_eq!(
            texts(":jonas!jk@p5b0a.dip0.t-ipconnect.de JOIN #rust").len(),
            2
        );
        // Empty tag values, an empty nick: nothing from the broken parts.
        assert_eq!(texts("@display-name= :!x@h PRIVMSG"), []);
    }
}
