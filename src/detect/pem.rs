//! PEM and OpenSSH private keys. Certificates, public keys and SSH public
//! key lines (`ssh-rsa AAAA…`) are not secrets.

/// Labels of PEM blocks that hold private key material.
const PRIVATE_LABELS: [&str; 7] = [
    "PRIVATE KEY",
    "RSA PRIVATE KEY",
    "EC PRIVATE KEY",
    "DSA PRIVATE KEY",
    "OPENSSH PRIVATE KEY",
    "ENCRYPTED PRIVATE KEY",
    "PGP PRIVATE KEY BLOCK",
];

/// A private key block's parts: where its body starts in the text, the
/// body (to the end of the text), and where the matching `-----END …-----`
/// line starts in the body and how long it is, when there is one.
struct PrivateBlock<'a> {
    body_start: usize,
    body: &'a str,
    end: Option<(usize, usize)>,
}

/// The private key block opening with the `-----BEGIN ` line at `begin`;
/// `None` when the label names no private key.
fn private_block(text: &str, begin: usize) -> Option<PrivateBlock<'_>> {
    let after = text.get(begin..)?.strip_prefix("-----BEGIN ")?;
    let label_end = after.find("-----")?;
    let label = after.get(..label_end)?;
    if !PRIVATE_LABELS.contains(&label) {
        return None;
    }
    let end_marker = format!("-----END {label}-----");
    let body_start = begin + "-----BEGIN ".len() + label_end + 5;
    let body = text.get(body_start..)?;
    let end = body.find(&end_marker).map(|i| (i, end_marker.len()));
    Some(PrivateBlock {
        body_start,
        body,
        end,
    })
}

/// Given `text` and the offset of a `-----BEGIN ` line in it, returns the
/// end offset of the private key block (after the matching `-----END …-----`
/// line, or the end of the text if the block is truncated) when the label
/// names a private key; `None` for certificates, public keys, others and
/// documentation placeholders.
pub fn private_key_block_end(text: &str, begin: usize) -> Option<usize> {
    let PrivateBlock {
        body_start,
        body,
        end,
    } = private_block(text, begin)?;
    match end {
        Some((i, _)) if is_placeholder_body(body.get(..i).unwrap_or("")) => None,
        Some((i, marker_len)) => Some(body_start + i + marker_len),
        // A truncated key is still a leaked key: redact to the end of the
        // base64 body (stop at a JSON-ish delimiter).
        None => {
            let stop = body
                .find(|c: char| {
                    !(c.is_ascii_alphanumeric()
                        || matches!(
                            c,
                            '+' | '/' | '=' | '\n' | '\r' | ' ' | ':' | '-' | ',' | '\\'
                        ))
                })
                .unwrap_or(body.len());
            Some(body_start + stop)
        }
    }
}

/// A block body of documentation (`...`, `…`, `<key>`): fewer than four
/// base64 characters once line breaks (also escaped `\n`) are set aside.
/// Even the shortest key body is dozens of characters.
fn is_placeholder_body(body: &str) -> bool {
    let mut base64 = 0;
    let mut escaped = false;
    for b in body.bytes() {
        if escaped {
            escaped = false;
            continue;
        }
        if b == b'\\' {
            escaped = true;
        } else if b.is_ascii_alphanumeric() || b == b'+' || b == b'/' {
            base64 += 1;
        }
    }
    base64 < 4
}

/// True when `s` is one whole PEM private key block whose body is a
/// documentation placeholder (`-----BEGIN RSA PRIVATE KEY-----\n...\n-----END
/// RSA PRIVATE KEY-----`): a sample config, no key.
pub(crate) fn is_placeholder_private_key(s: &str) -> bool {
    private_block(s, 0).is_some_and(|block| {
        block
            .end
            .is_some_and(|(i, _)| is_placeholder_body(block.body.get(..i).unwrap_or("")))
    })
}

/// True when `s` contains a PEM/OpenSSH private key block.
///
/// ```
/// use leakscope::detect::shapes::contains_private_key;
/// assert!(contains_private_key("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"));
/// assert!(!contains_private_key("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"));
/// ```
pub fn contains_private_key(s: &str) -> bool {
    let mut from = 0;
    while let Some(i) = s.get(from..).and_then(|r| r.find("-----BEGIN ")) {
        if private_key_block_end(s, from + i).is_some() {
            return true;
        }
        from += i + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_keys() {
        for label in PRIVATE_LABELS {
            let k = format!("x -----BEGIN {label}-----\nMIIEowIBAAKCAQEA\n-----END {label}----- y");
            let end = private_key_block_end(&k, 2);
            assert_eq!(end, Some(k.len() - 2), "{label}");
        }
        for sample in [
            "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\\n…\\n-----END PRIVATE KEY-----",
            "-----BEGIN OPENSSH PRIVATE KEY-----\n\n-----END OPENSSH PRIVATE KEY-----",
        ] {
            assert_eq!(private_key_block_end(sample, 0), None, "{sample}");
            assert!(is_placeholder_private_key(sample), "{sample}");
        }
        assert!(!is_placeholder_private_key(
            "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBk\n-----END EC PRIVATE KEY-----"
        ));
        let truncated = "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjE\"}";
        assert_eq!(
            private_key_block_end(truncated, 0),
            Some(truncated.len() - 2)
        );
    }

    #[test]
    fn not_private() {
        for label in [
            "CERTIFICATE",
            "PUBLIC KEY",
            "RSA PUBLIC KEY",
            "CERTIFICATE REQUEST",
            "PGP PUBLIC KEY BLOCK",
        ] {
            let k = format!("-----BEGIN {label}-----\nMIIB\n-----END {label}-----");
            assert_eq!(private_key_block_end(&k, 0), None, "{label}");
            assert!(!contains_private_key(&k));
        }
        assert!(!contains_private_key(
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ user@host"
        ));
    }
}

/// End of a PuTTY private key file (`.ppk`) starting at `start`: through
/// the hex of its `Private-MAC:` line, the last line of the file. `None`
/// when no private lines follow (a public part only).
pub fn putty_key_end(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?;
    let private = rest.find("Private-Lines:")?;
    let mac = rest.find("Private-MAC:")?;
    if mac < private {
        return None;
    }
    let after = &rest[mac + "Private-MAC:".len()..];
    let hex_start = after.len() - after.trim_start_matches([' ', '\t']).len();
    let hex_len = after[hex_start..]
        .bytes()
        .take_while(u8::is_ascii_hexdigit)
        .count();
    Some(start + mac + "Private-MAC:".len() + hex_start + hex_len)
}

#[cfg(test)]
mod putty_tests {
    use super::putty_key_end;

    #[test]
    fn putty_files() {
        let k = "x PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 1\nAAAA\nPrivate-Lines: 1\nAAAAIG\nPrivate-MAC: 0a1b2c ok";
        let start = k.find("PuTTY").unwrap_or(0);
        let end = putty_key_end(k, start).unwrap_or(0);
        assert!(k[start..end].ends_with("0a1b2c"));
        assert_eq!(
            putty_key_end("PuTTY-User-Key-File-3: ssh-rsa\nPublic-Lines: 1", 0),
            None
        );
    }
}
