//! Blockchain ledger addresses: an Ethereum account (`0x` and 40 hex
//! digits) or a Bitcoin address (bech32 `bc1…`, base58 `1…`/`3…`). No
//! taxonomy category covers them, and they are no postal address, whatever
//! key holds them (Coinbase's `to: {resource: "ethereum_address",
//! address: "0x…"}`).

/// The bech32 data alphabet (BIP 173), lower case.
const BECH32: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/// True when `t` is an Ethereum address: `0x` and exactly 40 hex digits
/// (any case: EIP-55 checksums mix them).
fn is_ethereum(t: &str) -> bool {
    t.len() == 42
        && (t.starts_with("0x") || t.starts_with("0X"))
        && t.as_bytes()[2..].iter().all(u8::is_ascii_hexdigit)
}

/// True when `t` is a bech32 Bitcoin address (`bc1` or `tb1`, then 11 to
/// 71 characters of the bech32 alphabet, one case throughout).
fn is_bech32_bitcoin(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    if t != lower && t != t.to_ascii_uppercase() {
        return false;
    }
    let Some(data) = lower
        .strip_prefix("bc1")
        .or_else(|| lower.strip_prefix("tb1"))
    else {
        return false;
    };
    (11..=71).contains(&data.len()) && data.bytes().all(|b| BECH32.contains(&b))
}

/// True when `t` is a legacy base58 Bitcoin address (`1…` or `3…`, 26 to
/// 35 characters of the base58 alphabet, with letters of both cases and a
/// digit: no word or number has that shape).
fn is_base58_bitcoin(t: &str) -> bool {
    let b = t.as_bytes();
    (26..=35).contains(&b.len())
        && matches!(b[0], b'1' | b'3')
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() && !matches!(c, b'0' | b'O' | b'I' | b'l'))
        && b.iter().any(u8::is_ascii_uppercase)
        && b.iter().any(u8::is_ascii_lowercase)
}

/// True when `t` (trimmed) is a blockchain ledger address.
pub fn is_ledger_address(t: &str) -> bool {
    let first = t.as_bytes().first().copied();
    match first {
        Some(b'0') => is_ethereum(t),
        Some(b'b' | b'B' | b't' | b'T') => is_bech32_bitcoin(t),
        Some(b'1' | b'3') => is_base58_bitcoin(t),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ledger_addresses() {
        for t in [
            "0x52908400098527886E0F7030069857D2E4169EE7",
            "0xde709f2102306220921060314715629080e2fb77",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
            "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
        ] {
            assert!(is_ledger_address(t), "{t}");
        }
    }

    #[test]
    fn addresses_and_look_alikes_are_not() {
        for t in [
            "1842 Larkspur Lane Apt 3B",
            "0x5290",
            "0x52908400098527886E0F7030069857D2E4169EEZ",
            "bc1 Baker Street",
            "1600 Pennsylvania Avenue",
            "12345678901234567890123456",
            "30006000011234567890189",
            "",
        ] {
            assert!(!is_ledger_address(t), "{t}");
        }
    }
}
