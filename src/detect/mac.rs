//! MAC addresses (EUI-48): six octets separated by `:` or `-`, Cisco dotted
//! `aabb.ccdd.eeff`, or (key-driven only) 12 plain hex digits.

fn hex_pair(b: &[u8]) -> bool {
    b.len() == 2 && b.iter().all(u8::is_ascii_hexdigit)
}

/// True for a separated MAC (`aa:bb:cc:dd:ee:ff`, `AA-BB-CC-DD-EE-FF`,
/// `aabb.ccdd.eeff`), excluding all-zero and broadcast addresses. Mixed
/// separators are rejected.
pub fn is_mac_separated(s: &str) -> bool {
    let b = s.trim().as_bytes();
    let ok = match b.len() {
        17 => {
            let sep = b[2];
            (sep == b':' || sep == b'-')
                && b.chunks(3)
                    .all(|c| hex_pair(&c[..2]) && (c.len() == 2 || c[2] == sep))
        }
        14 => b
            .chunks(5)
            .all(|c| c[..4].iter().all(u8::is_ascii_hexdigit) && (c.len() == 4 || c[4] == b'.')),
        _ => false,
    };
    ok && !is_null_mac(b)
}

fn is_null_mac(b: &[u8]) -> bool {
    let mut hex = b
        .iter()
        .filter(|c| c.is_ascii_hexdigit())
        .map(u8::to_ascii_lowercase);
    match hex.next() {
        Some(first @ (b'0' | b'f')) => hex.all(|c| c == first),
        Some(_) => false,
        None => true,
    }
}

/// True for a MAC in any accepted form, including 12 plain hex digits
/// (accept plain only when a key says the value is a MAC).
///
/// ```
/// use leakscope::detect::shapes::is_mac;
/// assert!(is_mac("a4:5e:60:c2:11:0f"));
/// assert!(is_mac("A45E60C2110F"));
/// assert!(!is_mac("00:00:00:00:00:00"));
/// ```
pub fn is_mac(s: &str) -> bool {
    let b = s.trim().as_bytes();
    if b.len() == 12 {
        return b.iter().all(u8::is_ascii_hexdigit)
            && !is_null_mac(b)
            && b.iter().any(|c| !c.is_ascii_digit());
    }
    is_mac_separated(s)
}

/// True for a 64-bit extended identifier (EUI-64): Zigbee IEEE addresses
/// and LoRaWAN DevEUIs (`00:17:88:01:02:03:04:05`, `0x00158d0001a2b3c4`,
/// `70B3D57ED0001234`). Accept only when a key names a hardware address:
/// sixteen hex digits alone are as likely a hash prefix.
///
/// ```
/// use leakscope::detect::shapes::is_eui64;
/// assert!(is_eui64("0x00158d0001a2b3c4"));
/// assert!(!is_eui64("a4:5e:60:c2:11:0f"));
/// ```
pub fn is_eui64(s: &str) -> bool {
    let t = s.trim();
    let b = t.as_bytes();
    let ok = if b.len() == 23 {
        let sep = b[2];
        (sep == b':' || sep == b'-')
            && b.chunks(3)
                .all(|c| hex_pair(&c[..2]) && (c.len() == 2 || c[2] == sep))
    } else {
        let hex = t
            .strip_prefix("0x")
            .or_else(|| t.strip_prefix("0X"))
            .unwrap_or(t)
            .as_bytes();
        hex.len() == 16
            && hex.iter().all(u8::is_ascii_hexdigit)
            && hex.iter().any(|c| !c.is_ascii_digit())
    };
    ok && !is_null_mac(b.strip_prefix(b"0x").unwrap_or(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eui64() {
        for s in [
            "00:17:88:01:02:03:04:05",
            "00-17-88-01-02-03-04-05",
            "0x00158d0001a2b3c4",
            "70B3D57ED0001234",
        ] {
            assert!(is_eui64(s), "{s}");
        }
        for s in [
            "a4:5e:60:c2:11:0f",
            "0x0000000000000000",
            "ff:ff:ff:ff:ff:ff:ff:ff",
            "1234567890123456",
            "00:17:88:01:02:03:04",
            "0x00158d0001a2b3c",
            "00:17:88-01:02:03:04:05",
        ] {
            assert!(!is_eui64(s), "{s}");
        }
    }

    #[test]
    fn macs() {
        for s in [
            "a4:5e:60:c2:11:0f",
            "A4-5E-60-C2-11-0F",
            "a45e.60c2.110f",
            "a45e60c2110f",
        ] {
            assert!(is_mac(s), "{s}");
        }
        for s in [
            "00:00:00:00:00:00",
            "ff:ff:ff:ff:ff:ff",
            "a4:5e-60:c2:11:0f",
            "a4:5e:60:c2:11",
            "a4:5e:60:c2:11:0g",
            "123456789012",
            "a4:5e:60:c2:11:0f:aa",
            "12:30:45",
        ] {
            assert!(!is_mac(s), "{s}");
        }
    }
}
