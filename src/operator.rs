//! Redaction operators: what replaces a leaf or a span once classified.
//!
//! ```
//! use leakscope::{Category, Operator};
//! use leakscope::operator::Pseudonymizer;
//! assert_eq!(Operator::Label.replace_text(Category::Email, "jane@x.io", None), "[EMAIL]");
//! assert_eq!(Operator::Mask.replace_text(Category::Email, "jane@x.io", None), "j***@x.io");
//! assert_eq!(Operator::Mask.replace_text(Category::PaymentCard, "4111 1111 1111 1111", None), "•••• 1111");
//! let key = Pseudonymizer::new(b"secret");
//! let a = Operator::Pseudonymize.replace_text(Category::Email, "jane@x.io", Some(&key));
//! let b = Operator::Pseudonymize.replace_text(Category::Email, "jane@x.io", Some(&key));
//! assert_eq!(a, b);
//! assert!(a.starts_with("[EMAIL:"));
//! ```

use crate::Category;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// What to do with a classified leaf or span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Operator {
    /// Leave the value as it is (still reported).
    Keep,
    /// Replace with the category label, e.g. `"[EMAIL]"`.
    Label,
    /// Partial mask: `j***@example.com`, `•••• 1111`.
    Mask,
    /// Replace the whole leaf with JSON `null` (spans inside text get the label).
    Null,
    /// Keyed pseudonym (HMAC-SHA-256 with a user key): the same input gives
    /// the same token in every record and run, so joins still work.
    Pseudonymize,
}

impl Operator {
    /// Every operator.
    pub const ALL: [Operator; 5] = [
        Operator::Keep,
        Operator::Label,
        Operator::Mask,
        Operator::Null,
        Operator::Pseudonymize,
    ];

    /// The default operator of a category: cards and bank accounts are
    /// masked to their last digits, everything else gets its label.
    pub fn default_for(category: Category) -> Operator {
        match category {
            Category::PaymentCard | Category::Iban => Operator::Mask,
            _ => Operator::Label,
        }
    }

    /// snake_case id, as in policies.
    pub fn id(self) -> &'static str {
        match self {
            Operator::Keep => "keep",
            Operator::Label => "label",
            Operator::Mask => "mask",
            Operator::Null => "null",
            Operator::Pseudonymize => "pseudonymize",
        }
    }

    /// Parses a snake_case id.
    pub fn from_id(id: &str) -> Option<Operator> {
        Operator::ALL.iter().copied().find(|o| o.id() == id)
    }

    /// The replacement text (unescaped) for `value`. `Null` and `Keep` give
    /// the label and the value itself: callers handle `null` for whole leaves.
    /// `Pseudonymize` without a key falls back to the label.
    pub fn replace_text(
        self,
        category: Category,
        value: &str,
        key: Option<&Pseudonymizer>,
    ) -> String {
        match self {
            Operator::Keep => value.to_string(),
            Operator::Label | Operator::Null => category.label().to_string(),
            Operator::Mask => mask(category, value),
            Operator::Pseudonymize => match key {
                Some(k) => k.pseudonym(category, value),
                None => category.label().to_string(),
            },
        }
    }
}

/// Partial mask of a value that keeps just enough to recognise it.
fn mask(category: Category, value: &str) -> String {
    const DOTS: &str = "••••";
    match category {
        Category::Email => match value.rfind('@') {
            Some(at) if at > 0 => {
                let first = value.chars().next().unwrap_or('*');
                format!("{first}***{}", &value[at..])
            }
            _ => "***".to_string(),
        },
        Category::PaymentCard | Category::Iban | Category::Phone | Category::NationalId => {
            // Only a value that is the number alone keeps a tail: in a
            // card's text block (`…\nCVC: 392`) the last characters may be
            // another secret.
            if !is_bare_number(category, value) {
                return DOTS.to_string();
            }
            let digits: Vec<char> = value
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect();
            let keep = match category {
                Category::PaymentCard | Category::Iban => 4,
                _ => 2,
            };
            if digits.len() <= keep * 2 {
                return DOTS.to_string();
            }
            let tail: String = digits[digits.len() - keep..].iter().collect();
            format!("{DOTS} {tail}")
        }
        _ => {
            let mut chars = value.chars();
            match (chars.next(), value.chars().count()) {
                (Some(first), n) if n > 4 => format!("{first}{DOTS}"),
                _ => DOTS.to_string(),
            }
        }
    }
}

/// Whether `value` is one number written alone: letters and digits with
/// group separators (typeset ones too: thin spaces, Unicode dashes) on one
/// line, and, for a card, digits only.
fn is_bare_number(category: Category, value: &str) -> bool {
    let t = value.trim();
    t.chars().all(|c| {
        c.is_numeric()
            || (c.is_whitespace() && c != '\n' && c != '\r')
            || matches!(
                c,
                '-' | '.' | '/' | '(' | ')' | '+' | '\u{2010}'..='\u{2015}' | '\u{2212}'
            )
            || (c.is_alphabetic() && category != Category::PaymentCard)
    })
}

/// Keyed pseudonymization with HMAC-SHA-256.
#[derive(Clone)]
pub struct Pseudonymizer {
    mac: Hmac<Sha256>,
}

impl std::fmt::Debug for Pseudonymizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pseudonymizer(<key>)")
    }
}

impl Pseudonymizer {
    /// A pseudonymizer with a secret key (any length).
    pub fn new(key: &[u8]) -> Pseudonymizer {
        // HMAC accepts keys of any length; this cannot fail.
        let mac = match Hmac::<Sha256>::new_from_slice(key) {
            Ok(m) => m,
            Err(_) => unreachable!("HMAC takes keys of any length"),
        };
        Pseudonymizer { mac }
    }

    /// `[CATEGORY:0123456789abcdef]`: the first 64 bits of
    /// HMAC-SHA-256(key, category id ‖ 0x00 ‖ value), in hex.
    pub fn pseudonym(&self, category: Category, value: &str) -> String {
        let mut mac = self.mac.clone();
        mac.update(category.id().as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        let digest = mac.finalize().into_bytes();
        let label = category.label();
        let mut out = String::with_capacity(label.len() + 17);
        out.push_str(&label[..label.len() - 1]);
        out.push(':');
        for b in &digest[..8] {
            out.push(char::from(b"0123456789abcdef"[(b >> 4) as usize]));
            out.push(char::from(b"0123456789abcdef"[(b & 15) as usize]));
        }
        out.push(']');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(mask(Category::Phone, "+1 555 123 4567"), "•••• 67");
        assert_eq!(mask(Category::Iban, "DE89370400440532013000"), "•••• 3000");
        // A card's text block keeps no tail: its last characters are the
        // security code.
        assert_eq!(
            mask(
                Category::PaymentCard,
                "VISA 16 digit\nJane Doe\n4111111111111111 12/28\nCVC: 392"
            ),
            "••••"
        );
        assert_eq!(
            mask(Category::PaymentCard, "4111 1111 1111 1111 CVC 392"),
            "••••"
        );
        assert_eq!(
            mask(Category::PaymentCard, "4111-1111-1111-1111"),
            "•••• 1111"
        );
        assert_eq!(mask(Category::Password, "hunter2"), "h••••");
        assert_eq!(mask(Category::Password, "abc"), "••••");
        assert_eq!(mask(Category::Email, "@x"), "***");
    }

    #[test]
    fn pseudonyms_depend_on_key_and_category() {
        let a = Pseudonymizer::new(b"k1");
        let b = Pseudonymizer::new(b"k2");
        let v = "jane@x.io";
        assert_ne!(
            a.pseudonym(Category::Email, v),
            b.pseudonym(Category::Email, v)
        );
        assert_ne!(
            a.pseudonym(Category::Email, v),
            a.pseudonym(Category::Username, v)
        );
        assert_eq!(a.pseudonym(Category::Email, v).len(), "[EMAIL:]".len() + 16);
    }

    #[test]
    fn ids_round_trip() {
        for op in Operator::ALL {
            assert_eq!(Operator::from_id(op.id()), Some(op));
        }
    }
}
