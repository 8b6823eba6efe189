//! Account handles inside URLs: the user segment of a social profile link
//! (`linkedin.com/in/<h>`, `x.com/<h>`, `github.com/<h>`,
//! `https://host/@<h>`, a SharePoint personal site). The scanner's
//! patterns find the candidates; this module decides.

/// Profile URL patterns: each match ends with the handle (greedy run of
/// [`is_handle_byte`]), so the handle is the trailing run of the match.
pub const PROFILE_URL_PATTERNS: [&str; 4] = [
    r"(?i:(?-u:\b)(?:https?://)?(?:www\.|m\.|mobile\.|old\.|new\.|np\.|[a-z]{2}\.)?(?:linkedin\.com/in/|twitter\.com/|x\.com/|instagram\.com/|facebook\.com/|fb\.com/|github\.com/|api\.github\.com/users/|t\.me/|telegram\.me/|reddit\.com/u/|reddit\.com/user/|tiktok\.com/@|medium\.com/@|steamcommunity\.com/id/|twitch\.tv/|open\.spotify\.com/user/|api\.spotify\.com/v1/users/))[A-Za-z0-9_.%\-]+",
    // A Spotify user's URI (`spotify:user:<id>`, a Web API user's `uri`).
    r"(?i:(?-u:\b)spotify:user:)[A-Za-z0-9_.%\-]+",
    // Mastodon and other sites whose profile path is `/@handle`.
    r"(?i:(?-u:\b)https?://[a-z0-9\-]+(?:\.[a-z0-9\-]+)+/@)[A-Za-z0-9_.\-]+",
    // SharePoint / OneDrive for Business personal sites: the segment is the
    // owner's UPN with `.` and `@` written as `_`.
    r"(?i:(?-u:\b)(?:https://)?[a-z0-9\-]+-my\.sharepoint(?:-df)?\.(?:com|us|de|cn)/personal/)[A-Za-z0-9_]+",
];

/// Bytes a handle run may hold.
fn is_handle_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'%' | b'-')
}

/// A byte that ends a URL in text or JSON.
fn ends_url(b: u8) -> bool {
    b.is_ascii_whitespace()
        || matches!(
            b,
            b'"' | b'\''
                | b'<'
                | b'>'
                | b'('
                | b')'
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b'|'
                | b'`'
                | b','
                | b';'
                | b'\\'
        )
}

/// Package CDNs and registries whose first path segment is an npm scope.
const SCOPE_HOSTS: [&str; 8] = [
    "unpkg.com",
    "esm.sh",
    "jsr.io",
    "npmjs.com",
    "npmjs.org",
    "skypack.dev",
    "jsdelivr.net",
    "deno.land",
];

const TWITTER_RESERVED: &[&str] = &[
    "home",
    "intent",
    "share",
    "search",
    "i",
    "explore",
    "hashtag",
    "settings",
    "login",
    "signup",
    "tos",
    "privacy",
    "messages",
    "notifications",
    "compose",
    "download",
    "about",
    "account",
    "logout",
    "rules",
    "support",
    "jobs",
    "help",
    "lists",
    "widgets",
    "statuses",
];
const INSTAGRAM_RESERVED: &[&str] = &[
    "p", "reel", "reels", "explore", "accounts", "stories", "tv", "direct",
];
const FACEBOOK_RESERVED: &[&str] = &[
    "sharer",
    "sharer.php",
    "share",
    "share.php",
    "groups",
    "pages",
    "events",
    "watch",
    "login",
    "login.php",
    "profile.php",
    "dialog",
    "plugins",
    "tr",
    "hashtag",
    "help",
    "policies",
    "privacy",
    "marketplace",
    "gaming",
    "business",
    "photo.php",
    "permalink.php",
    "story.php",
];
const GITHUB_RESERVED: &[&str] = &[
    "orgs",
    "settings",
    "login",
    "logout",
    "about",
    "features",
    "pricing",
    "marketplace",
    "topics",
    "sponsors",
    "apps",
    "explore",
    "notifications",
    "new",
    "search",
    "collections",
    "trending",
    "enterprise",
    "security",
    "join",
    "site",
    "contact",
    "issues",
    "pulls",
    "codespaces",
    "organizations",
    "users",
    "blog",
    "readme",
    "team",
    "home",
    "dashboard",
    "education",
    "events",
    "resources",
    "solutions",
    "mobile",
    "git-guides",
    "customer-stories",
    "premium-support",
    "stars",
    "watching",
    "account",
    "signup",
    "sessions",
    "copilot",
    "discussions",
    "partners",
    "nonprofit",
    "accelerator",
    "open-source",
    "downloads",
    "integrations",
    "personal",
    "shop",
    "showcases",
    "terms",
    "privacy",
    "why-github",
    "enterprises",
    "github",
    "images",
    "assets",
    "dependabot",
    "actions",
];
const TELEGRAM_RESERVED: &[&str] = &[
    "joinchat",
    "share",
    "s",
    "c",
    "addstickers",
    "addemoji",
    "proxy",
    "socks",
    "iv",
    "setlanguage",
    "login",
    "botfather",
];

const TWITCH_RESERVED: &[&str] = &[
    "directory",
    "videos",
    "settings",
    "downloads",
    "jobs",
    "turbo",
    "subscriptions",
    "inventory",
    "wallet",
    "drops",
    "search",
    "login",
    "signup",
    "friends",
    "following",
    "messages",
    "payments",
    "prime",
    "store",
    "products",
    "team",
    "moderator",
    "popout",
    "embed",
    "p",
];

/// Which site a match's prefix (everything before the handle, lower-cased
/// by the caller) names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Site {
    LinkedIn,
    Twitter,
    Instagram,
    Facebook,
    GitHub,
    /// A user in GitHub's REST API (`api.github.com/users/<login>` and
    /// its `/followers`, `/repos`, `/gists{/gist_id}` links).
    GitHubApi,
    Telegram,
    Reddit,
    TikTok,
    Medium,
    /// A Steam vanity URL (`steamcommunity.com/id/<name>`).
    Steam,
    Twitch,
    /// A Spotify user (`open.spotify.com/user/<id>`, the Web API's
    /// `/v1/users/<id>`, the `spotify:user:<id>` URI).
    Spotify,
    AtPath,
    SharePoint,
}

fn site_of(prefix: &str) -> Option<Site> {
    if prefix == "spotify:user:" {
        return Some(Site::Spotify);
    }
    let host_path = prefix
        .split_once("://")
        .map_or(prefix, |(_, rest)| rest)
        .trim_start_matches("www.");
    let (host, path) = host_path.split_once('/')?;
    if host == "api.github.com" {
        return (path == "users/").then_some(Site::GitHubApi);
    }
    // Mobile, country and old/new-design subdomains (`de.linkedin.com`,
    // `old.reddit.com`): not for GitHub, whose subdomains are other
    // services (`docs.github.com/en`).
    let base = match host.split_once('.') {
        Some((_, rest)) if rest.contains('.') && !host.ends_with("sharepoint.com") => {
            if rest == "github.com" {
                return None;
            }
            rest
        }
        _ => host,
    };
    let site = match (base, path) {
        ("linkedin.com", "in/") => Site::LinkedIn,
        ("twitter.com" | "x.com", "") => Site::Twitter,
        ("instagram.com", "") => Site::Instagram,
        ("facebook.com" | "fb.com", "") => Site::Facebook,
        ("github.com", "") => Site::GitHub,
        ("t.me" | "telegram.me", "") => Site::Telegram,
        ("reddit.com", "u/" | "user/") => Site::Reddit,
        ("tiktok.com", "@") => Site::TikTok,
        ("medium.com", "@") => Site::Medium,
        ("steamcommunity.com", "id/") => Site::Steam,
        ("twitch.tv", "") => Site::Twitch,
        ("spotify.com", "user/" | "v1/users/") => Site::Spotify,
        (h, "personal/") if h.contains("-my.sharepoint") => Site::SharePoint,
        (h, "@") => {
            if SCOPE_HOSTS
                .iter()
                .any(|s| h == *s || h.ends_with(&format!(".{s}")))
            {
                return None;
            }
            Site::AtPath
        }
        _ => return None,
    };
    Some(site)
}

fn all(h: &str, f: impl Fn(u8) -> bool) -> bool {
    h.bytes().all(f)
}

fn word_or(extra: &'static [u8]) -> impl Fn(u8) -> bool {
    move |b: u8| b.is_ascii_alphanumeric() || b == b'_' || extra.contains(&b)
}

fn reserved(list: &[&str], h: &str) -> bool {
    list.iter().any(|r| r.eq_ignore_ascii_case(h))
}

/// Whether the handle has the shape the site allows and is no reserved
/// path of it.
fn valid_handle(site: Site, h: &str) -> bool {
    let n = h.len();
    match site {
        Site::LinkedIn => {
            (3..=100).contains(&n) && all(h, word_or(b"-%")) && h.bytes().any(|b| b != b'-')
        }
        Site::Twitter => {
            (1..=15).contains(&n) && all(h, word_or(b"")) && !reserved(TWITTER_RESERVED, h)
        }
        Site::Instagram => {
            (1..=30).contains(&n) && all(h, word_or(b".")) && !reserved(INSTAGRAM_RESERVED, h)
        }
        Site::Facebook => {
            (5..=50).contains(&n)
                && all(h, |b| b.is_ascii_alphanumeric() || b == b'.')
                && !reserved(FACEBOOK_RESERVED, h)
                && !h.ends_with(".php")
        }
        Site::GitHub | Site::GitHubApi => {
            (1..=39).contains(&n)
                && all(h, |b| b.is_ascii_alphanumeric() || b == b'-')
                && !h.starts_with('-')
                && !h.ends_with('-')
                && (site == Site::GitHubApi || !reserved(GITHUB_RESERVED, h))
        }
        Site::Telegram => {
            (5..=32).contains(&n)
                && all(h, word_or(b""))
                && !reserved(TELEGRAM_RESERVED, h)
                // Bots are no people.
                && !h.to_ascii_lowercase().ends_with("bot")
        }
        Site::Reddit => (3..=20).contains(&n) && all(h, word_or(b"-")),
        Site::Steam => (2..=32).contains(&n) && all(h, word_or(b"-")),
        Site::Twitch => {
            (4..=25).contains(&n) && all(h, word_or(b"")) && !reserved(TWITCH_RESERVED, h)
        }
        Site::TikTok => (2..=24).contains(&n) && all(h, word_or(b".")),
        Site::Spotify => (1..=64).contains(&n) && all(h, word_or(b".-")),
        Site::Medium | Site::AtPath => {
            (1..=64).contains(&n)
                && all(h, word_or(b".-"))
                && h.as_bytes()[0].is_ascii_alphanumeric()
        }
        Site::SharePoint => (3..=128).contains(&n) && h.matches('_').count() >= 2,
    }
}

/// What follows the handle must fit the site: GitHub's profile has one
/// path segment (`github.com/owner/repo` is a repository), a `/@scope`
/// package path is no profile.
/// The path segment `r` starts with, up to the next `/`, query, fragment
/// or end of the URL.
fn first_segment(r: &[u8]) -> &[u8] {
    let len = r
        .iter()
        .take_while(|&&b| !ends_url(b) && !matches!(b, b'/' | b'?' | b'#'))
        .count();
    &r[..len]
}

fn rest_fits(site: Site, rest: &[u8]) -> bool {
    let end = |r: &[u8]| {
        r.first()
            .is_none_or(|&b| ends_url(b) || b == b'?' || b == b'#')
    };
    match site {
        Site::GitHub => end(rest) || (rest[0] == b'/' && end(&rest[1..])),
        // Every path under a user is that user's (`/followers`, `/repos`,
        // `/starred{/owner}{/repo}`).
        Site::GitHubApi => end(rest) || matches!(rest[0], b'/' | b'{'),
        Site::AtPath => {
            // A mention in a post's HTML (`<a href="…/@jonas" class="u-url
            // mention">@jonas</a>`) names another account, as `@jonas` does.
            if rest.first() == Some(&b'"') {
                let near = &rest[1..rest.len().min(48)];
                return !near.windows(7).any(|w| w == b"mention");
            }
            if end(rest) {
                return true;
            }
            // `/@user/`, `/@user/followers`; a post (`/@user/1098…`) or a
            // package path (`/@scope/pkg`) is no profile link.
            let Some(r) = rest.strip_prefix(b"/") else {
                // `@user@remote.host`
                return rest.first() == Some(&b'@');
            };
            let s = first_segment(r);
            s.is_empty()
                || [
                    &b"with_replies"[..],
                    b"media",
                    b"followers",
                    b"following",
                    b"about",
                ]
                .contains(&s)
        }
        // `x.com/jack`, `/jack/status/20`, `/jack/likes`; a deeper path
        // of another kind (`twitter.com/success/wendy-lawrence`) is no
        // profile.
        Site::Twitter => {
            let Some(r) = rest.strip_prefix(b"/") else {
                return end(rest) || matches!(rest.first(), Some(b'&' | b'@'));
            };
            let s = first_segment(r);
            s.is_empty()
                || [
                    &b"status"[..],
                    b"statuses",
                    b"with_replies",
                    b"media",
                    b"likes",
                    b"followers",
                    b"following",
                    b"verified_followers",
                    b"photo",
                    b"header_photo",
                    b"lists",
                    b"highlights",
                    b"articles",
                ]
                .contains(&s)
        }
        // The user's playlists (`/v1/users/<id>/playlists`), an old
        // playlist URI (`spotify:user:<id>:playlist:…`).
        Site::Spotify => rest
            .first()
            .is_none_or(|&b| ends_url(b) || matches!(b, b'/' | b'?' | b'#' | b':')),
        // A segment glued to another character class (`x.com/a+b`) is no
        // handle.
        _ => rest
            .first()
            .is_none_or(|&b| ends_url(b) || matches!(b, b'/' | b'?' | b'#' | b'&' | b'@')),
    }
}

/// The handle span `(start, end)` of a profile URL matched at `s..e` in
/// `text`, or `None` when the match is no profile link.
pub fn profile_handle(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    // `api.github.com`, `notx.com`: the host starts earlier.
    if s > 0 && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'.' | b'-' | b'@')) {
        return None;
    }
    let run = b[s..e]
        .iter()
        .rev()
        .take_while(|&&c| is_handle_byte(c))
        .count();
    let hs = e - run;
    // Sentence punctuation after a link.
    let mut he = e;
    while he > hs && b[he - 1] == b'.' {
        he -= 1;
    }
    if he == hs {
        return None;
    }
    let prefix = text.get(s..hs)?.to_ascii_lowercase();
    let site = site_of(&prefix)?;
    let h = text.get(hs..he)?;
    // After trimmed dots the link has ended (`… or medium.com/@jane.`).
    (valid_handle(site, h) && rest_fits(site, &b[e..])).then_some((hs, he))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites() {
        let t = "https://github.com/octocat/";
        assert_eq!(profile_handle(t, 0, 26), Some((19, 26)));
        let t = "https://github.com/rust-lang/regex";
        assert_eq!(profile_handle(t, 0, 28), None);
        let t = "https://github.com/orgs";
        assert_eq!(profile_handle(t, 0, t.len()), None);
        // Twitter: a profile's own pages, not any deeper path.
        let t = "https://x.com/jack/status/20";
        assert_eq!(profile_handle(t, 0, 18), Some((14, 18)));
        let t = "http://twitter.com/success/wendy-lawrence";
        assert_eq!(profile_handle(t, 0, 26), None);
        assert!(site_of("https://unpkg.com/@").is_none());
        assert_eq!(site_of("https://de.linkedin.com/in/"), Some(Site::LinkedIn));
        assert_eq!(site_of("https://mastodon.social/@"), Some(Site::AtPath));
        // Steam vanity URLs and Twitch channels; not their other pages.
        let t = "https://steamcommunity.com/id/annaw90/";
        assert_eq!(profile_handle(t, 0, 37), Some((30, 37)));
        let t = "https://steamcommunity.com/profiles/76561198012345678";
        assert_eq!(profile_handle(t, 0, t.len()), None);
        let t = "https://www.twitch.tv/lena_plays";
        assert_eq!(profile_handle(t, 0, t.len()), Some((22, 32)));
        let t = "https://www.twitch.tv/directory";
        assert_eq!(profile_handle(t, 0, t.len()), None);
        // GitHub's REST API names the user in every link of a user object.
        let t = "https://api.github.com/users/mlindqvist";
        assert_eq!(profile_handle(t, 0, t.len()), Some((29, 39)));
        let t = "https://api.github.com/users/mlindqvist/gists{/gist_id}";
        assert_eq!(profile_handle(t, 0, 39), Some((29, 39)));
        let t = "https://api.github.com/repos/octo-org/hello-world";
        assert_eq!(site_of(&t[..29]), None);
        // Spotify users: the web profile, the Web API and the URI.
        let t = "https://open.spotify.com/user/astridnyq";
        assert_eq!(profile_handle(t, 0, t.len()), Some((30, 39)));
        let t = "https://api.spotify.com/v1/users/jonas.berg.88";
        assert_eq!(profile_handle(t, 0, t.len()), Some((33, 46)));
        let t = "spotify:user:astridnyq";
        assert_eq!(profile_handle(t, 0, t.len()), Some((13, 22)));
        let t = "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC";
        assert_eq!(site_of(&t[..31]), None);
    }
}
