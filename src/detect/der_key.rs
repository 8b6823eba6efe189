//! Private keys stored as bare base64 DER, without PEM armour: a Keycloak
//! realm export's `rsa-generated` key provider (`privateKey:
//! ["MIIEowIBAAKCAQEA…"]`), a Java keystore dump, a cloud console's key
//! download. The base64 is decoded and its ASN.1 structure read far enough
//! to tell a private key (PKCS#1 `RSAPrivateKey`, PKCS#8
//! `PrivateKeyInfo`/`OneAsymmetricKey`, its encrypted form, SEC1
//! `ECPrivateKey`, an OpenSSH key body) from a certificate or a public key
//! (`SubjectPublicKeyInfo`, PKCS#1 `RSAPublicKey`), which are not secrets.

use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use base64::Engine as _;

/// How much of the structure must be seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DerCheck {
    /// The opening fields of a private key structure: enough under a key
    /// that already names a private key (a truncated key is still leaked).
    Header,
    /// The whole value is one complete private key structure (its declared
    /// length is the decoded length, the algorithm is a known key
    /// algorithm): enough under any key.
    Complete,
}

/// ASN.1 tags read here.
const SEQUENCE: u8 = 0x30;
const INTEGER: u8 = 0x02;
const OCTET_STRING: u8 = 0x04;
const OID: u8 = 0x06;

/// Key algorithm OIDs (DER content bytes) of PKCS#8 private keys:
/// rsaEncryption, RSASSA-PSS, id-ecPublicKey, id-dsa, dhKeyAgreement,
/// X25519, X448, Ed25519, Ed448.
const KEY_ALGORITHMS: [&[u8]; 9] = [
    &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01],
    &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a],
    &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01],
    &[0x2a, 0x86, 0x48, 0xce, 0x38, 0x04, 0x01],
    &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x03, 0x01],
    &[0x2b, 0x65, 0x6e],
    &[0x2b, 0x65, 0x6f],
    &[0x2b, 0x65, 0x70],
    &[0x2b, 0x65, 0x71],
];

/// OID prefixes of password-based encryption schemes of an
/// `EncryptedPrivateKeyInfo`: PKCS#5 (PBES1/PBES2) and PKCS#12 PBE.
const PBE_PREFIXES: [&[u8]; 2] = [
    &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05],
    &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01],
];

/// The magic of an OpenSSH private key body (`openssh-key-v1\0`).
const OPENSSH_MAGIC: &[u8] = b"openssh-key-v1\0";

/// Base64 characters decoded for a [`DerCheck::Header`] check.
const HEADER_CHARS: usize = 128;
/// Longest value decoded whole (a 16384-bit RSA key is about 13 KB).
const MAX_CHARS: usize = 64 * 1024;

/// Cheap test before reading a value as DER: the base64 of a SEQUENCE
/// (`MI…` with a long length, `MC`…`MH` for the short EC and EdDSA keys)
/// or of an OpenSSH key body (`b3BlbnNzaC1rZXktdjE`), 60 characters or
/// more. Lets callers skip [`is_der_private_key`] on ordinary values.
pub fn could_be_der_key(t: &str) -> bool {
    let b = t.trim_start().as_bytes();
    b.len() >= 60 && (matches!(b, [b'M', b'C'..=b'I', ..]) || b.starts_with(b"b3BlbnNzaC1rZXktdjE"))
}

/// True when `s` is base64 (standard or URL-safe, padded or not, line
/// breaks allowed) of a DER private key or an OpenSSH private key body.
///
/// ```
/// use leakscope::detect::shapes::{is_der_private_key, DerCheck};
/// // A PKCS#8 Ed25519 private key.
/// let k = "MC4CAQAwBQYDK2VwBCIEIEjlwu0dYQV7KTOgFBu94Lq6ZKjOwVGCXTE9PrDmJo6o";
/// assert!(is_der_private_key(k, DerCheck::Complete));
/// // Its public key (SubjectPublicKeyInfo).
/// let p = "MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
/// assert!(!is_der_private_key(p, DerCheck::Header));
/// ```
pub fn is_der_private_key(s: &str, check: DerCheck) -> bool {
    let t = s.trim();
    if t.len() < 40 || t.len() > MAX_CHARS {
        return false;
    }
    let take = match check {
        DerCheck::Header => HEADER_CHARS,
        DerCheck::Complete => MAX_CHARS,
    };
    let Some(bytes) = decode_prefix(t, take) else {
        return false;
    };
    if bytes.starts_with(OPENSSH_MAGIC) {
        return true;
    }
    let complete = check == DerCheck::Complete;
    private_key_structure(&bytes, complete)
}

/// Decodes up to `take` base64 characters of `t` (whitespace skipped, a
/// partial last quantum dropped unless everything is taken).
fn decode_prefix(t: &str, take: usize) -> Option<Vec<u8>> {
    let mut chars = Vec::with_capacity(t.len().min(take));
    let mut padding = false;
    for b in t.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' | b'-' | b'_' if !padding => {
                if chars.len() < take {
                    chars.push(b);
                }
            }
            b'=' => padding = true,
            b' ' | b'\t' | b'\r' | b'\n' => {}
            _ => return None,
        }
    }
    let whole = chars.len() < take;
    if !whole {
        chars.truncate(chars.len() / 4 * 4);
    }
    let url = chars.iter().any(|&b| b == b'-' || b == b'_');
    if url && chars.iter().any(|&b| b == b'+' || b == b'/') {
        return None;
    }
    let engine = if url {
        &URL_SAFE_NO_PAD
    } else {
        &STANDARD_NO_PAD
    };
    engine.decode(&chars).ok()
}

/// One DER element: its tag, the offset of its content and the content's
/// declared length.
#[derive(Debug, Clone, Copy)]
struct Tlv {
    tag: u8,
    start: usize,
    len: usize,
}

impl Tlv {
    fn end(self) -> usize {
        self.start + self.len
    }
}

/// Reads the element header at `pos` (definite lengths only).
fn tlv(b: &[u8], pos: usize) -> Option<Tlv> {
    let tag = *b.get(pos)?;
    let first = *b.get(pos + 1)?;
    let (len, header) = if first < 0x80 {
        (usize::from(first), 2)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 3 {
            return None;
        }
        let mut len = 0usize;
        for i in 0..n {
            len = (len << 8) | usize::from(*b.get(pos + 2 + i)?);
        }
        // DER: the shortest form.
        if len < 0x80 {
            return None;
        }
        (len, 2 + n)
    };
    Some(Tlv {
        tag,
        start: pos + header,
        len,
    })
}

/// The content bytes of `e`, when all of them were decoded.
fn content(b: &[u8], e: Tlv) -> Option<&[u8]> {
    b.get(e.start..e.end())
}

/// Whether `b` opens (or, with `complete`, is) a private key structure.
fn private_key_structure(b: &[u8], complete: bool) -> bool {
    let Some(outer) = tlv(b, 0) else {
        return false;
    };
    if outer.tag != SEQUENCE || (complete && outer.end() != b.len()) {
        return false;
    }
    let Some(first) = tlv(b, outer.start) else {
        return false;
    };
    match first.tag {
        INTEGER => {
            let version = match content(b, first) {
                Some(&[v]) if v <= 1 => v,
                _ => return false,
            };
            let Some(second) = tlv(b, first.end()) else {
                return false;
            };
            match (version, second.tag) {
                // PKCS#1 RSAPrivateKey (or an OpenSSL DSA key): the
                // modulus, then the public exponent.
                (0, INTEGER) => {
                    second.len >= 64
                        && (!complete || tlv(b, second.end()).is_some_and(|e| e.tag == INTEGER))
                }
                // PKCS#8: the algorithm, then the key as an octet string.
                (_, SEQUENCE) => {
                    let Some(oid) = tlv(b, second.start).filter(|o| o.tag == OID) else {
                        return false;
                    };
                    let known = content(b, oid).is_some_and(|o| KEY_ALGORITHMS.contains(&o));
                    let key_follows = tlv(b, second.end()).is_some_and(|e| e.tag == OCTET_STRING);
                    (known || !complete) && (key_follows || (!complete && second.end() >= b.len()))
                }
                // SEC1 ECPrivateKey: version 1, the private scalar.
                (1, OCTET_STRING) => (20..=72).contains(&second.len),
                _ => false,
            }
        }
        // EncryptedPrivateKeyInfo: a PBE algorithm, then the ciphertext.
        SEQUENCE => {
            let Some(oid) = tlv(b, first.start).filter(|o| o.tag == OID) else {
                return false;
            };
            let pbe =
                content(b, oid).is_some_and(|o| PBE_PREFIXES.iter().any(|p| o.starts_with(p)));
            pbe && (!complete || tlv(b, first.end()).is_some_and(|e| e.tag == OCTET_STRING))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::STANDARD;

    /// A DER element with `content` (long-form length when needed).
    fn el(tag: u8, content: &[u8]) -> Vec<u8> {
        let mut v = vec![tag];
        let n = content.len();
        if n < 0x80 {
            v.push(n as u8);
        } else if n < 0x100 {
            v.extend([0x81, n as u8]);
        } else {
            v.extend([0x82, (n >> 8) as u8, n as u8]);
        }
        v.extend_from_slice(content);
        v
    }

    fn cat(parts: &[Vec<u8>]) -> Vec<u8> {
        parts.concat()
    }

    /// A structurally complete RSA PKCS#1 key with dummy numbers.
    fn pkcs1() -> Vec<u8> {
        let mut modulus = vec![0x00];
        modulus.extend((0..256).map(|i| (i * 37 + 11) as u8));
        let body = cat(&[
            el(INTEGER, &[0]),
            el(INTEGER, &modulus),
            el(INTEGER, &[1, 0, 1]),
            el(INTEGER, &modulus[..200]),
        ]);
        el(SEQUENCE, &body)
    }

    fn pkcs8(inner: &[u8]) -> Vec<u8> {
        let alg = el(SEQUENCE, &cat(&[el(OID, KEY_ALGORITHMS[0]), el(0x05, &[])]));
        el(
            SEQUENCE,
            &cat(&[el(INTEGER, &[0]), alg, el(OCTET_STRING, inner)]),
        )
    }

    #[test]
    fn private_keys() {
        let k1 = STANDARD.encode(pkcs1());
        assert!(k1.starts_with("MII"), "{k1}");
        assert!(is_der_private_key(&k1, DerCheck::Complete));
        assert!(is_der_private_key(&k1, DerCheck::Header));
        let k8 = STANDARD.encode(pkcs8(&pkcs1()));
        assert!(is_der_private_key(&k8, DerCheck::Complete));
        // Line-wrapped as in a PEM body, and URL-safe without padding.
        let wrapped: Vec<String> = k8
            .as_bytes()
            .chunks(64)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        assert!(is_der_private_key(&wrapped.join("\n"), DerCheck::Complete));
        let url = URL_SAFE_NO_PAD.encode(pkcs8(&pkcs1()));
        assert!(is_der_private_key(&url, DerCheck::Complete));
        // SEC1 EC key: version 1, a 32-byte scalar.
        let ec = el(
            SEQUENCE,
            &cat(&[el(INTEGER, &[1]), el(OCTET_STRING, &[7u8; 32])]),
        );
        assert!(is_der_private_key(&STANDARD.encode(ec), DerCheck::Complete));
        // Encrypted PKCS#8 (PBES2).
        let enc = el(
            SEQUENCE,
            &cat(&[
                el(
                    SEQUENCE,
                    &el(OID, &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d]),
                ),
                el(OCTET_STRING, &[9u8; 64]),
            ]),
        );
        assert!(is_der_private_key(
            &STANDARD.encode(enc),
            DerCheck::Complete
        ));
        // An OpenSSH key body.
        let mut ossh = OPENSSH_MAGIC.to_vec();
        ossh.extend([0u8; 40]);
        assert!(is_der_private_key(
            &STANDARD.encode(ossh),
            DerCheck::Complete
        ));
    }

    #[test]
    fn truncated_keys_need_a_private_key_name() {
        let full = STANDARD.encode(pkcs1());
        let cut = &full[..600];
        assert!(is_der_private_key(cut, DerCheck::Header));
        assert!(!is_der_private_key(cut, DerCheck::Complete));
        // The Keycloak export header with a filler body (as in a sample).
        let sample = format!("MIIEowIBAAKCAQEA{}", "AbCdEfGh12345678+/".repeat(90));
        assert!(is_der_private_key(&sample, DerCheck::Header));
        assert!(!is_der_private_key(&sample, DerCheck::Complete));
    }

    #[test]
    fn public_material_and_look_alikes() {
        // SubjectPublicKeyInfo of RSA: algorithm, then a BIT STRING.
        let spki = el(
            SEQUENCE,
            &cat(&[
                el(SEQUENCE, &cat(&[el(OID, KEY_ALGORITHMS[0]), el(0x05, &[])])),
                el(0x03, &[0u8; 270]),
            ]),
        );
        // PKCS#1 RSAPublicKey: the modulus first, no version.
        let mut modulus = vec![0x00];
        modulus.extend([0xc5u8; 256]);
        let rsa_pub = el(
            SEQUENCE,
            &cat(&[el(INTEGER, &modulus), el(INTEGER, &[1, 0, 1])]),
        );
        // A certificate: tbsCertificate opens with `[0] version`.
        let cert = el(
            SEQUENCE,
            &el(
                SEQUENCE,
                &cat(&[el(0xa0, &el(INTEGER, &[2])), el(INTEGER, &[5; 16])]),
            ),
        );
        for der in [spki, rsa_pub, cert] {
            let b64 = STANDARD.encode(der);
            assert!(!is_der_private_key(&b64, DerCheck::Header), "{b64}");
            assert!(!is_der_private_key(&b64, DerCheck::Complete), "{b64}");
        }
        for s in [
            "MIIEowIBAAKCAQEA",
            "aGVsbG8gd29ybGQgaGVsbG8gd29ybGQgaGVsbG8gd29ybGQgaGVsbG8gd29ybGQ=",
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
            "MIIEowIBAAKCAQEA not base64 at all, just words and spaces",
            "",
        ] {
            assert!(!is_der_private_key(s, DerCheck::Header), "{s}");
        }
    }
}
