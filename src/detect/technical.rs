//! Technical identifiers that look random but identify no person:
//! UUIDs, hex digests (git SHAs, md5/sha1/sha256), SRI integrity strings,
//! ULIDs and version strings.

/// True for a canonical UUID `8-4-4-4-12` hex (optionally in braces or with
/// a `urn:uuid:` prefix).
pub fn is_uuid(s: &str) -> bool {
    let t = s.trim();
    let t = t.strip_prefix("urn:uuid:").unwrap_or(t);
    let t = t
        .strip_prefix('{')
        .and_then(|x| x.strip_suffix('}'))
        .unwrap_or(t);
    let b = t.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, &c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// True for a hex digest: 7..=12 hex (abbreviated git SHA, with at least
/// one digit and one letter) or exactly 32, 40, 56, 64, 96 or 128 hex chars.
pub fn is_hex_digest(s: &str) -> bool {
    let b = s.trim().as_bytes();
    if !b.iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    let lower = b.iter().all(|c| !c.is_ascii_uppercase());
    let upper = b.iter().all(|c| !c.is_ascii_lowercase());
    if !(lower || upper) {
        return false;
    }
    match b.len() {
        7..=12 => {
            lower && b.iter().any(u8::is_ascii_digit) && b.iter().any(u8::is_ascii_alphabetic)
        }
        32 | 40 | 56 | 64 | 96 | 128 => true,
        _ => false,
    }
}

/// True for a Subresource Integrity string: `sha256-`, `sha384-` or
/// `sha512-` followed by base64 (npm lockfiles, `<script integrity>`).
pub fn is_integrity(s: &str) -> bool {
    let t = s.trim();
    let Some(rest) = t
        .strip_prefix("sha512-")
        .or_else(|| t.strip_prefix("sha384-"))
        .or_else(|| t.strip_prefix("sha256-"))
        .or_else(|| t.strip_prefix("sha1-"))
    else {
        return false;
    };
    rest.len() >= 20
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=')
}

/// True for a ULID: 26 chars of Crockford base32, first char 0-7.
pub fn is_ulid(s: &str) -> bool {
    let b = s.trim().as_bytes();
    b.len() == 26
        && matches!(b[0], b'0'..=b'7')
        && b.iter().all(|&c| {
            c.is_ascii_digit()
                || (c.is_ascii_uppercase() && !matches!(c, b'I' | b'L' | b'O' | b'U'))
        })
        && b.iter().filter(|c| c.is_ascii_digit()).count() >= 4
}

/// True for a version string: `1.2.3`, `v1.2`, `v4.9.6.156`,
/// `2.0.0-beta.1+build.5`, `version 1.2`. Two-part numbers (`82.5`), dates
/// and bare dotted quads that parse as IPv4 need a `v`/`version` prefix.
pub fn is_version(s: &str) -> bool {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let stripped = lower
        .strip_prefix("version ")
        .or_else(|| lower.strip_prefix("ver "))
        .or_else(|| lower.strip_prefix("v"));
    let prefixed = stripped.is_some();
    let t = stripped.unwrap_or(&lower);
    if !prefixed && (t.parse::<std::net::Ipv4Addr>().is_ok() || super::dates::is_date_like(t)) {
        return false;
    }
    let core_end = t.find(['-', '+']).unwrap_or(t.len());
    let (core, tail) = t.split_at(core_end);
    let parts: Vec<&str> = core.split('.').collect();
    if parts.len() < 2 || parts.len() > 5 || (parts.len() == 2 && !prefixed) {
        return false;
    }
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 9 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    tail.bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.'))
}

/// True for any technical identifier: UUID, hex digest, integrity string,
/// ULID or version string.
///
/// ```
/// use leakscope::detect::shapes::is_technical_id;
/// assert!(is_technical_id("550e8400-e29b-41d4-a716-446655440000"));
/// assert!(is_technical_id("v4.9.6.156"));
/// assert!(!is_technical_id("jane@example.com"));
/// ```
pub fn is_technical_id(s: &str) -> bool {
    is_uuid(s) || is_hex_digest(s) || is_integrity(s) || is_ulid(s) || is_version(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn technical() {
        for s in [
            "550e8400-e29b-41d4-a716-446655440000",
            "{550E8400-E29B-41D4-A716-446655440000}",
            "da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "d41d8cd98f00b204e9800998ecf8427e",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "3f2a9c1",
            "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==",
            "01ARZ3NDEKTSV4RRFFQ69G5FAV",
            "1.2.3",
            "v4.9.6.156",
            "2.0.0-beta.1+build.5",
            "version 1.2",
        ] {
            assert!(is_technical_id(s), "{s}");
        }
    }

    #[test]
    fn not_technical() {
        for s in [
            "550e8400-e29b-41d4-a716-44665544000",
            "deadbeefcafe1",
            "hunter2",
            "abcdefg",
            "1234567",
            "jane@example.com",
            "1.",
            "82.5",
            "02.01.1990",
            "4.9.6.156",
            "4111111111111111",
            "sha512-short",
            "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        ] {
            assert!(!is_technical_id(s), "{s}");
        }
    }
}
