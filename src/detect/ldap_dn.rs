//! The person in an LDAP / Active Directory distinguished name: GitLab's
//! `identities[].extern_uid: "uid=fgallo,ou=people,dc=example,dc=it"`,
//! Keycloak's and Okta's LDAP links, AD's `memberOf`-style
//! `CN=Francesca Gallo,OU=Users,DC=corp,DC=example,DC=com`.
//!
//! A relative name `uid=…` is the entry's login; `cn=…` is the entry's
//! common name, a person's name when it is written as one (groups,
//! services and hosts have common names too: `cn=admins`,
//! `CN=svc-backup`). Only a directory's names count: the attribute must
//! be followed by more of the name, down to a domain component (`dc=`);
//! a certificate's subject (`CN=*.example.com,O=Acme,C=US`) has none.

use crate::Category;

/// Attribute types that may follow the first relative name of a DN.
const DN_ATTRIBUTES: &[&str] = &["ou", "dc", "o", "cn", "uid", "l", "st", "c"];

/// Given a `uid=` or `cn=` pair whose name is `name` and whose value
/// starts at `vs` in `text`, the value's span and category when the pair
/// is the leading relative name of a directory DN.
pub fn rdn_value(text: &str, name: &str, vs: usize) -> Option<(usize, usize, Category)> {
    let is_uid = name.eq_ignore_ascii_case("uid");
    if !is_uid && !name.eq_ignore_ascii_case("cn") {
        return None;
    }
    let rest = text.get(vs..)?;
    let b = rest.as_bytes();
    // The value runs to the first comma not escaped by a backslash.
    let mut i = 0;
    let end = loop {
        match b.get(i) {
            Some(b'\\') => i += 2,
            Some(b',') => break i,
            Some(b'"' | b'\n' | b'\r' | b'=' | b';' | b'+') | None => return None,
            Some(_) => i += 1,
        }
    };
    let value = rest.get(..end)?.trim();
    if value.len() < 2 || value.len() > 64 {
        return None;
    }
    if !has_domain_component(rest.get(end..)?) {
        return None;
    }
    let category = if is_uid {
        let handle = value
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'));
        if !handle || value.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Category::Username
    } else {
        // `CN=Gallo\, Francesca`: the escaped comma of a surname-first name.
        let unescaped = value.replace("\\,", ",");
        let named = super::name_shape::is_full_name_shape(&unescaped)
            || super::name_shape::is_last_comma_first(&unescaped);
        if !named || super::name_shape::ends_in_group_word(&unescaped) {
            return None;
        }
        Category::PersonName
    };
    let lead = rest.len() - rest.trim_start().len();
    let start = vs + lead;
    Some((start, start + value.len(), category))
}

/// Whether `tail` (from the comma after the first value on) continues a DN
/// down to a domain component: `,ou=people,dc=example,dc=it`.
fn has_domain_component(tail: &str) -> bool {
    let mut saw_dc = false;
    for (n, part) in tail.split(',').skip(1).enumerate() {
        if n >= 12 {
            break;
        }
        let Some((attr, value)) = part.split_once('=') else {
            return false;
        };
        let attr = attr.trim();
        if !DN_ATTRIBUTES.iter().any(|a| a.eq_ignore_ascii_case(attr)) {
            return false;
        }
        if attr.eq_ignore_ascii_case("dc") {
            let v = value.trim();
            let label = v.len()
                - v.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-')
                    .len();
            if label == 0 {
                return false;
            }
            saw_dc = true;
        }
    }
    saw_dc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value_of(text: &str) -> Option<(&str, Category)> {
        let eq = text.find('=')?;
        let (s, e, c) = rdn_value(text, &text[..eq], eq + 1)?;
        Some((&text[s..e], c))
    }

    #[test]
    fn directory_names() {
        assert_eq!(
            value_of("uid=fgallo,ou=people,dc=example,dc=it"),
            Some(("fgallo", Category::Username))
        );
        assert_eq!(
            value_of("CN=Francesca Gallo,OU=Users,DC=corp,DC=example,DC=com"),
            Some(("Francesca Gallo", Category::PersonName))
        );
        assert_eq!(
            value_of("cn=Gallo\\, Francesca,ou=Staff,dc=corp,dc=local"),
            Some(("Gallo\\, Francesca", Category::PersonName))
        );
        assert_eq!(
            value_of("uid=j.doe-2, ou=people, dc=acme, dc=io"),
            Some(("j.doe-2", Category::Username))
        );
    }

    #[test]
    fn not_a_person() {
        for t in [
            // Groups, services and hosts have common names too.
            "cn=admins,ou=groups,dc=example,dc=com",
            "CN=svc-backup,OU=Service Accounts,DC=corp,DC=com",
            "CN=Platform Team,OU=Groups,DC=corp,DC=com",
            // A certificate's subject: no domain component.
            "CN=Jane Doe,O=Acme Inc,C=US",
            "CN=www.example.com,O=Example,C=US",
            // Not a DN at all.
            "uid=fgallo",
            "uid=fgallo, thanks",
            "uid=1001,ou=people,dc=example,dc=com",
            "uid=fgallo,path=/,dc=x",
            "cn=,dc=example",
        ] {
            assert_eq!(value_of(t), None, "{t}");
        }
    }
}
