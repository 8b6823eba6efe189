//! Value evidence: detectors that find personal data and secrets inside a
//! string by its shape, with validators for what a shape cannot decide
//! (Luhn, ISO 7064 mod-97, SSN rules, JWT headers, parsed IPs, PEM armour).
//!
//! All span detectors run as one multi-pattern pass; validators then accept
//! or reject each candidate. [`shapes`] holds the whole-value helpers the
//! engine uses when a key suggests a category and the value must agree.
//!
//! ```
//! use leakscope::detect::ValueScanner;
//! use leakscope::Category;
//! let scanner = ValueScanner::new();
//! let mut found = Vec::new();
//! scanner.scan("contact jane.doe@example.com today", &mut found);
//! assert_eq!(found[0].category, Category::Email);
//! assert_eq!(&"contact jane.doe@example.com today"[found[0].start..found[0].end], "jane.doe@example.com");
//! ```

mod aba;
mod address_tail;
mod auth_log;
mod aws_session;
mod bank_context;
mod base64_text;
mod blood_group;
mod card;
mod card_expiry;
mod chat_mentions;
mod dates;
mod decimal_pair;
mod demographic;
mod der_key;
mod device_hostnames;
mod device_ids;
mod email;
mod entropy;
mod family_homes;
mod file_name_people;
mod game_log;
mod geo;
pub(crate) mod home_paths;
mod iban;
mod id_schemes;
mod ip;
mod irc;
mod jwt;
mod kubernetes_secret;
mod ldap_dn;
mod ledger_address;
mod lowercase_phrase;
mod luhn;
mod mac;
mod matrix_ids;
mod measurement;
mod medicare_ids;
mod msisdn;
mod name_shape;
mod national_checks;
mod national_ids;
mod pair_providers;
mod pairs;
mod password_hash;
mod pem;
mod pgpass;
mod phone;
mod phone_context;
mod placeholder_names;
mod polyline;
mod postcodes;
mod prefilter;
mod presence_lines;
mod profile_urls;
mod provider_tokens;
mod push_tokens;
mod scanner;
mod sentences;
mod separators;
pub mod shapes;
mod sign_offs;
mod social_handles;
mod ssn;
mod street_label;
mod task_subjects;
mod technical;
mod transfer_party;
mod trivial;
mod url_user;
mod vin;
mod windows_accounts;
mod world_ids;
mod xuid;

#[cfg(test)]
mod scanner_shortcut_tests;
#[cfg(test)]
mod scanner_tests;

pub use kubernetes_secret::is_secret_data_value;
pub use scanner::ValueScanner;

pub(crate) use device_ids::is_windows_generated_name;
pub(crate) use family_homes::family_name_span;
pub(crate) use ip::version_shaped as ip_version_shaped;
pub(crate) use pairs::is_session_cookie;

use crate::Category;

/// One piece of personal data or a secret found in a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Finding {
    /// Byte offset of the first byte of the span in the scanned text.
    pub start: usize,
    /// Byte offset one past the span (always on a char boundary).
    pub end: usize,
    /// What the span is.
    pub category: Category,
    /// Confidence in [0, 1].
    pub confidence: f32,
    /// Machine-readable evidence, e.g. `value:email`, `validator:luhn`.
    pub evidence: &'static str,
    /// For secrets: the issuer whose credential must be rotated
    /// (`aws`, `github`, `stripe`, `slack`, `google`, `amazon`, `sendgrid`,
    /// `npm`, `pypi`, `twilio`, `openai`, ...).
    pub provider: Option<&'static str>,
}

/// [`str::trim`] with a fast path for the common case: a value that starts
/// and ends with a printable ASCII character has nothing to trim.
pub(crate) fn trim_ws(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if (0x21..0x80).contains(&f) && (0x21..0x80).contains(&l) => s,
        _ => s.trim(),
    }
}

/// Which bytes start one of `words` (ASCII lower-cased when `fold_case`):
/// a table that rules most values out of a word list before any
/// comparison.
pub(crate) const fn first_bytes(words: &[&str], fold_case: bool) -> [bool; 256] {
    let mut first = [false; 256];
    let mut i = 0;
    while i < words.len() {
        let b = words[i].as_bytes()[0];
        let b = if fold_case { b.to_ascii_lowercase() } else { b };
        first[b as usize] = true;
        i += 1;
    }
    first
}

#[cfg(test)]
mod trim_tests {
    #[test]
    fn trim_ws_equals_trim() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "a b",
            "\u{a0}x\u{2003}",
            "x\u{a0}",
            "\tq",
            "ß",
            "\u{7f}",
        ] {
            assert_eq!(super::trim_ws(s), s.trim(), "{s:?}");
        }
    }
}
