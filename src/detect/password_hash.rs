//! Password hash shapes: bcrypt, argon2, sha-crypt, md5-crypt, Apache
//! apr1, yescrypt, Django PBKDF2, PHC/passlib PBKDF2 and scrypt. A leaked
//! hash is a leaked password.

use regex_automata::meta::Regex;
use regex_automata::Input;
use std::sync::OnceLock;

/// Patterns (regex syntax) of password hashes as they appear in text.
pub const PATTERNS: [&str; 9] = [
    // bcrypt
    r"\$2[abxy]?\$[0-9]{2}\$[./A-Za-z0-9]{53}",
    // argon2
    r"\$argon2(?:id|i|d)\$(?:v=[0-9]+\$)?m=[0-9]+,t=[0-9]+,p=[0-9]+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}",
    // sha256-crypt / sha512-crypt
    r"\$[56]\$(?:rounds=[0-9]+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,}",
    // md5-crypt and Apache apr1
    r"\$(?:1|apr1)\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}",
    // Django PBKDF2 / argon2 / bcrypt wrappers
    r"(?:pbkdf2_sha256|pbkdf2_sha1|bcrypt_sha256)\$[0-9]+\$[A-Za-z0-9./+]+\$[A-Za-z0-9+/=]{20,}",
    // scrypt (Werkzeug)
    r"scrypt:[0-9]+:[0-9]+:[0-9]+\$[A-Za-z0-9./+]+\$[0-9a-f]{32,}",
    // PBKDF2 in the PHC string format (`$pbkdf2-sha512$i=100000,l=64$…`,
    // Auth0 and Okta imports) or passlib's (`$pbkdf2-sha256$29000$…`).
    r"\$pbkdf2(?:-sha(?:1|224|256|384|512))?\$(?:i=[0-9]+(?:,l=[0-9]+)?|[0-9]+)\$[A-Za-z0-9./+_\-]+={0,2}\$[A-Za-z0-9./+_\-]{16,}={0,2}",
    // scrypt in the PHC string format (passlib, Firebase-style exports).
    r"\$scrypt\$ln=[0-9]+,r=[0-9]+,p=[0-9]+\$[A-Za-z0-9./+]+={0,2}\$[A-Za-z0-9./+]{16,}={0,2}",
    // yescrypt and scrypt crypt(3) (`/etc/shadow` of current Debian,
    // Ubuntu and Fedora: `$y$j9T$…$…`).
    r"\$(?:y|gy|7)\$[./A-Za-z0-9]{1,}\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}",
];

fn whole() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        let anchored: Vec<String> = PATTERNS.iter().map(|p| format!("^(?:{p})$")).collect();
        Regex::new_many(&anchored).ok()
    })
    .as_ref()
}

/// True when the whole of `s` is a password hash.
///
/// ```
/// use leakscope::detect::shapes::is_password_hash;
/// assert!(is_password_hash("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"));
/// assert!(!is_password_hash("$2b$12$short"));
/// ```
pub fn is_password_hash(s: &str) -> bool {
    let t = s.trim();
    t.len() >= 20 && whole().is_some_and(|re| re.is_match(Input::new(t)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes() {
        for s in [
            "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
            "$2y$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234",
            "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG",
            "$6$rounds=5000$saltsalt$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./abcdefghijklmnopqrstu",
            "$5$saltsalt$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
            "$1$saltsalt$abcdefghijklmnopqrstuv",
            "$apr1$saltsalt$abcdefghijklmnopqrstuv",
            "pbkdf2_sha256$260000$saltsaltsalt$Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy=",
            "$pbkdf2-sha512$i=100000,l=64$YFpa8D4C2jEWU27OUA39mg$JF4K1MTeObeZjSYbohz1ciiP4uIxy49KlZDC5O3EtEXbkBQ5JfZ5M0_BYzg7Tm3-eJYAbcd",
            "$pbkdf2-sha256$29000$N2bMOQeAMCbk/P8fo1RqLQ$MdhB3DkRsD4pKMmhvrHWgOlB2rzcrZMIx.Ohnpwr.T0",
            "$pbkdf2$131000$r5WS8h5DqHVOqTVGyNkbYw$uvHEYo8MgKUJxThZ2Q8lgh1wEMI",
            "$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E",
            "$y$j9T$F5Jx5fExrKuJp1D8nD3nA/$F.XHMmKcn7qj5P1kPZhYvc0PL5x0aVm1HzSa0B1Bbm9",
        ] {
            assert!(is_password_hash(s), "{s}");
        }
    }

    #[test]
    fn look_alikes() {
        for s in [
            "$2b$12$short",
            "$5.00",
            "$HOME/bin",
            "$1$x",
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "pbkdf2_sha256",
            "$pbkdf2-sha256$i=27500",
            "$pbkdf2-sha256$i=27500$c2FsdA$short",
            "$y$j9T$",
            "$scrypt$ln=16,r=8,p=1",
            "",
        ] {
            assert!(!is_password_hash(s), "{s}");
        }
    }
}
