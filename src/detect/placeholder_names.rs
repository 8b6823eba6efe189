//! Placeholder and system accounts: what a system writes under a name or
//! login key when there is no person behind it (a guest checkout's
//! `first_name: "Guest"`, PyPI's `username: "__token__"`, a kubeconfig's
//! `name: "admin"`).

/// Words a shop, a POS or a form writes for "no named person". Compared
/// without regard to case, with `-`, `_` and `.` read as spaces.
const PLACEHOLDERS: &[&str] = &[
    "guest",
    "guest user",
    "guest customer",
    "customer",
    // A learning platform's or a CMS's built-in accounts (Moodle's
    // `firstname: "Admin"`, `lastname: "User"`) and test accounts.
    "user",
    "admin user",
    "test user",
    "demo user",
    "walk in",
    "walk in customer",
    "anonymous user",
    "unknown user",
    "nobody",
    "n n",
    "gast",
    "kunde",
    "invité",
    "invitado",
];

/// True when a value under a name or login key names no one: a
/// placeholder word (`Guest`, `Walk-in Customer`, `N.N.`) or a dunder
/// token (`__token__`, the fixed user name of API-token logins).
///
/// ```
/// use leakscope::detect::shapes::is_placeholder_account;
/// assert!(is_placeholder_account("Guest"));
/// assert!(is_placeholder_account("__token__"));
/// assert!(!is_placeholder_account("Christopher Guest"));
/// ```
pub fn is_placeholder_account(t: &str) -> bool {
    let t = crate::detect::trim_ws(t);
    if is_dunder(t) {
        return true;
    }
    if t.len() > 24 || !starts_like_placeholder(t) {
        return false;
    }
    // Words joined by single spaces, lower case, in a buffer on the stack
    // (this runs for every value under a name key).
    let mut buf = [0u8; 96];
    let mut len = 0;
    let mut gap = false;
    for c in t.chars() {
        if c.is_whitespace() || matches!(c, '-' | '_' | '.') {
            gap = len > 0;
            continue;
        }
        for l in gap.then_some(' ').into_iter().chain(c.to_lowercase()) {
            // (24 bytes fold to at most 72: the check only guards.)
            let Some(room) = buf.get_mut(len..len + 4) else {
                return false;
            };
            len += l.encode_utf8(room).len();
        }
        gap = false;
    }
    std::str::from_utf8(&buf[..len]).is_ok_and(|folded| PLACEHOLDERS.contains(&folded))
}

/// True when the first letter of `t` (after gaps) is the first letter of
/// some placeholder: most names are ruled out before folding.
fn starts_like_placeholder(t: &str) -> bool {
    const FIRST: [bool; 256] = super::first_bytes(PLACEHOLDERS, false);
    match t
        .bytes()
        .find(|b| !(b.is_ascii_whitespace() || matches!(b, b'-' | b'_' | b'.')))
    {
        // A non-ASCII first letter is folded and compared in full.
        Some(b) if b.is_ascii() => FIRST[usize::from(b.to_ascii_lowercase())],
        _ => true,
    }
}

/// A machine or role account written where a person's name would be
/// (kubeconfig `users: [{name: "admin", user: {token: …}}]`, `name:
/// "root"`): no one's name. `ci` only in lower case (`CI` may be
/// initials).
pub fn is_system_account(t: &str) -> bool {
    t == "ci"
        || [
            "admin",
            "administrator",
            "root",
            "superuser",
            "sysadmin",
            "system",
            "default",
            "deployer",
            "kubernetes-admin",
        ]
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
}

/// A Kubernetes identity the cluster reserves for its own components
/// (`system:serviceaccount:kube-system:cluster-autoscaler`,
/// `system:node:ip-10-0-1-7.ec2.internal`, `system:kube-scheduler`,
/// `system:anonymous`): the API server's audit log names workloads and
/// nodes with them, no person. Compared in lower case, as Kubernetes
/// writes it.
///
/// ```
/// use leakscope::detect::shapes::is_kubernetes_system_user;
/// assert!(is_kubernetes_system_user("system:serviceaccount:default:api"));
/// assert!(!is_kubernetes_system_user("jane@example.com"));
/// ```
pub fn is_kubernetes_system_user(t: &str) -> bool {
    t.strip_prefix("system:").is_some_and(|rest| {
        rest.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) && !rest.contains(['@', ' '])
    })
}

/// Rooms and parts of a home, in English, German, French and Spanish.
/// Words that are also common surnames (`Hall`, `Den`) are left out.
const ROOM_WORDS: &[&str] = &[
    "room",
    "kitchen",
    "bedroom",
    "bathroom",
    "hallway",
    "corridor",
    "office",
    "garage",
    "basement",
    "cellar",
    "attic",
    "loft",
    "nursery",
    "playroom",
    "lounge",
    "foyer",
    "entryway",
    "porch",
    "patio",
    "terrace",
    "balcony",
    "backyard",
    "garden",
    "driveway",
    "doorway",
    "door",
    "closet",
    "pantry",
    "laundry",
    "upstairs",
    "downstairs",
    "stairs",
    "kitchenette",
    "küche",
    "flur",
    "keller",
    "cuisine",
    "chambre",
    "cocina",
    "dormitorio",
];

/// True when a value under a name key names a room or a part of a home
/// (`Kitchen`, `Living Room`, `Front Door`, `Wohnzimmer`): what a speaker,
/// a light or a thermostat is called after where it stands (Sonos
/// `players[*].name`), never a person's name. Up to four words, one of
/// them a room word or a German `…zimmer`.
///
/// ```
/// use leakscope::detect::shapes::is_room_name;
/// assert!(is_room_name("Living Room"));
/// assert!(!is_room_name("Christopher Hall"));
/// ```
pub fn is_room_name(t: &str) -> bool {
    // A possessive names its owner (`Carmen's Bedroom Heater`).
    if t.len() > 40
        || t.split_whitespace().nth(4).is_some()
        || t.contains("'s")
        || t.contains("\u{2019}s")
    {
        return false;
    }
    t.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        ROOM_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r))
            || (w.len() > 6
                && w.get(w.len() - 6..)
                    .is_some_and(|end| end.eq_ignore_ascii_case("zimmer")))
    })
}

/// `__token__`, `__anonymous__`: a word between double underscores, a
/// program's fixed name, never a person's handle.
fn is_dunder(t: &str) -> bool {
    t.len() > 4
        && t.len() <= 32
        && t.starts_with("__")
        && t.ends_with("__")
        && t[2..t.len() - 2]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && t[2..t.len() - 2].bytes().any(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::{
        is_kubernetes_system_user, is_placeholder_account, is_room_name, is_system_account,
    };

    #[test]
    fn kubernetes_system_users() {
        for t in [
            "system:serviceaccount:kube-system:cluster-autoscaler",
            "system:node:ip-10-0-1-7.ec2.internal",
            "system:kube-scheduler",
            "system:anonymous",
            "system:apiserver",
        ] {
            assert!(is_kubernetes_system_user(t), "{t}");
        }
        for t in [
            "jane.doe",
            "oidc:jane@example.com",
            "system:",
            "system:jane@example.com",
            "System: Jane",
            "systemjane",
        ] {
            assert!(!is_kubernetes_system_user(t), "{t}");
        }
    }

    #[test]
    fn placeholders_name_no_one() {
        for t in [
            "Guest",
            "guest",
            "GUEST",
            " Guest ",
            "Guest User",
            "Admin User",
            "User",
            "test-user",
            "guest_customer",
            "Walk-in Customer",
            "Customer",
            "N.N.",
            "Gast",
            "__token__",
            "__anonymous__",
        ] {
            assert!(is_placeholder_account(t), "{t}");
        }
    }

    #[test]
    fn names_and_handles_stay() {
        for t in [
            "Christopher Guest",
            "Guestly",
            "guest42",
            "Anna",
            "Userin Kaya",
            "Ursula",
            "customer_care_anna",
            "__",
            "____",
            "__init",
            "_token_",
            "Nelly H",
            "",
        ] {
            assert!(!is_placeholder_account(t), "{t}");
        }
    }

    #[test]
    fn system_accounts_are_no_names() {
        for t in ["admin", "Administrator", "root", "ci", "kubernetes-admin"] {
            assert!(is_system_account(t), "{t}");
        }
        for t in ["CI", "Roota Das", "Admiral Ackbar", "Jane"] {
            assert!(!is_system_account(t), "{t}");
        }
    }

    #[test]
    fn rooms_are_no_names() {
        for t in [
            "Kitchen",
            "Living Room",
            "living room",
            "Front Door",
            "Master Bedroom",
            "Wohnzimmer",
            "Kinderzimmer",
            "Kitchen + 1",
            "Upstairs Hallway",
            "Küche",
        ] {
            assert!(is_room_name(t), "{t}");
        }
        for t in [
            "Christopher Hall",
            "Carmen's Bedroom Heater",
            "Jane Doe",
            "Roomba",
            "Zimmer",
            "Anna Zimmermann",
            "Dorothy",
            "",
            "The Kitchen Sink Drama Club Annual Meeting Notes",
        ] {
            assert!(!is_room_name(t), "{t}");
        }
    }
}
