//! Values of a Kubernetes Secret's `data`: base64 of whatever the Secret
//! keeps (a password, a token, a docker config, a TLS key). Every value is
//! secret material but the few a Secret carries for its consumers: the CA
//! certificate, public keys and the namespace of a service-account token.

use super::base64_text::decode_base64_text;
use super::trivial::is_trivial;

/// Whether `value`, stored under `name` in a Secret's `data`, is secret
/// material: strict padded base64 (as the API writes it) decoding to one
/// printable token of six characters or more that is neither a
/// certificate nor a public key, nor a number.
///
/// ```
/// use leakscope::detect::is_secret_data_value;
/// assert!(is_secret_data_value("key", "bXlwYXNzd29yZA=="));
/// assert!(!is_secret_data_value("namespace", "ZGVmYXVsdA=="));
/// assert!(!is_secret_data_value("config", "plain text"));
/// ```
pub fn is_secret_data_value(name: &str, value: &str) -> bool {
    let v = value.trim();
    if names_location(name) || !is_padded_base64(v) {
        return false;
    }
    let Some(text) = decode_base64_text(v) else {
        return false;
    };
    const PUBLIC: [&str; 4] = [
        "BEGIN CERTIFICATE",
        "PUBLIC KEY",
        "BEGIN X509 CRL",
        "BEGIN CERTIFICATE REQUEST",
    ];
    // Settings kept beside the secrets (`LOG_LEVEL: aW5mbw==`, "info", a
    // port) are too short or plain numbers; a whole config file
    // (`config.yaml`, lines of settings) is read for what it contains.
    let t = text.trim();
    t.chars().count() >= 6
        && !t.contains(char::is_whitespace)
        && !t.bytes().all(|b| b.is_ascii_digit())
        && !is_trivial(t)
        && !PUBLIC.iter().any(|p| t.contains(p))
}

/// Whether a data key names where the secret is used, not the secret:
/// the namespace, a host, port, region or database name kept beside the
/// credentials (`DB_HOST`, `redis-port`, `dbname`), by its last word.
fn names_location(name: &str) -> bool {
    const WORDS: [&str; 11] = [
        "namespace",
        "host",
        "hostname",
        "port",
        "region",
        "endpoint",
        "server",
        "database",
        "dbname",
        "bucket",
        "name",
    ];
    let last = name.rsplit(['_', '-', '.']).next().unwrap_or(name);
    WORDS.iter().any(|w| last.eq_ignore_ascii_case(w))
}

/// Standard-alphabet base64 whose length is a multiple of four, with at
/// most two `=` at the end.
fn is_padded_base64(v: &str) -> bool {
    let b = v.as_bytes();
    if b.is_empty() || b.len() % 4 != 0 {
        return false;
    }
    let body = v.trim_end_matches('=');
    b.len() - body.len() <= 2
        && body
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'+' || c == b'/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_material() {
        for (name, value) in [
            ("key", "bXlwYXNzd29yZA=="),
            ("extra", "c2VjcmV0Cg=="),
            ("password", "UyFCXCpkJHpEc2I9"),
            (
                ".dockercfg",
                "eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo=",
            ),
        ] {
            assert!(is_secret_data_value(name, value), "{name}: {value}");
        }
    }

    #[test]
    fn not_secret_material() {
        // A CA certificate, the namespace, plain text (a ConfigMap's), URL
        // base64, a mask, binary.
        let cert = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=";
        for (name, value) in [
            ("ca.crt", cert),
            ("namespace", "ZGVmYXVsdA=="),
            ("log_level", "debug"),
            ("greeting", "hello world"),
            ("x", "YWJj-ZGVm"),
            ("x", "KioqKioqKio="),
            ("x", "AAECAwQFBgc="),
            ("LOG_LEVEL", "aW5mbw=="),
            ("port", "NTQzMg=="),
            ("config.yaml", "bG9nX2xldmVsOiBpbmZvCnBvcnQ6IDgwODAK"),
            // Where the credentials are used: `db.internal.example.com`.
            ("DB_HOST", "ZGIuaW50ZXJuYWwuZXhhbXBsZS5jb20="),
            ("redis-hostname", "ZGIuaW50ZXJuYWwuZXhhbXBsZS5jb20="),
            ("DB_NAME", "bGVkZ2VyX3Byb2Q="),
            ("x", ""),
        ] {
            assert!(!is_secret_data_value(name, value), "{name}: {value}");
        }
    }
}
