//! IP addresses, parsed with `std::net` (never just matched), and the
//! context rules that keep version numbers and times out.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// True when the whole of `s` is an IPv4 or IPv6 address, optionally with
/// a port (`1.2.3.4:8080`, `[2001:db8::1]:443`). `0.0.0.0` and `::` are not
/// addresses of anyone.
///
/// ```
/// use leakscope::detect::shapes::is_ip;
/// assert!(is_ip("203.0.113.7"));
/// assert!(is_ip("[2001:db8::1]:443"));
/// assert!(!is_ip("16:9"));
/// ```
pub fn is_ip(s: &str) -> bool {
    let t = s.trim();
    let ip = if let Ok(ip) = t.parse::<IpAddr>() {
        ip
    } else if let Ok(sa) = t.parse::<SocketAddr>() {
        sa.ip()
    } else {
        return false;
    };
    !ip.is_unspecified() && !ip.is_loopback()
}

/// True for a dotted-quad IPv4 span found in text, unless it is the
/// unspecified or a loopback address (`127.0.0.1` is every machine).
pub fn ipv4_in_text(s: &str) -> bool {
    s.parse::<Ipv4Addr>()
        .is_ok_and(|ip| !ip.is_unspecified() && !ip.is_loopback() && !is_netmask(ip))
}

/// A subnet mask (`255.255.255.0`): contiguous one bits from the top,
/// describing a network, never a host or a person.
fn is_netmask(ip: Ipv4Addr) -> bool {
    let bits = u32::from(ip);
    bits.leading_ones() >= 8 && bits.leading_ones() + bits.trailing_zeros() == 32
}

/// Eight colon-separated octets (`00:17:88:01:00:bd:c7:b9`) are an EUI-64
/// hardware id (Zigbee, Thread), not an IPv6 address.
fn is_eui64(s: &str) -> bool {
    let groups: Vec<&str> = s.split(':').collect();
    groups.len() == 8 && groups.iter().all(|g| g.len() == 2)
}

/// True for an IPv6 span found in text: parses, is not `::` or `::1`, and
/// has at least three groups with digits so `a::b` in code does not count.
pub fn ipv6_in_text(s: &str) -> bool {
    let Ok(ip) = s.split('%').next().unwrap_or(s).parse::<Ipv6Addr>() else {
        return false;
    };
    if ip.is_unspecified() || ip.is_loopback() || is_eui64(s) {
        return false;
    }
    let groups = s.split(':').filter(|g| !g.is_empty()).count();
    groups >= 3 || (groups >= 2 && s.len() >= 8)
}

/// True for dotted quads that read like version numbers rather than hosts
/// when nothing says otherwise: the first three parts single digits
/// (`4.9.6.156`, `5.2.0.0`) or a network address ending in `.0.0`.
pub fn version_shaped(s: &str) -> bool {
    let mut parts = s.split('.');
    let (Some(a), Some(b), Some(c), Some(d), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return false;
    };
    [a, b, c].iter().all(|p| p.len() == 1) || (c == "0" && d == "0")
}

/// True when the words just before a dotted quad say it is an address
/// (`client 1.2.3.4`, `from 1.2.3.4`, `ip: 1.2.3.4`).
pub fn address_context(before: &str) -> bool {
    let start = before.len().saturating_sub(32);
    let w = before.get(start..).unwrap_or(before).to_ascii_lowercase();
    let last: Vec<&str> = w
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|x| !x.is_empty())
        .rev()
        .take(2)
        .collect();
    last.iter().any(|x| {
        matches!(
            *x,
            "ip" | "ipv4"
                | "addr"
                | "address"
                | "client"
                | "from"
                | "host"
                | "remote"
                | "server"
                | "peer"
                | "src"
                | "dst"
                | "source"
                | "gateway"
                | "dns"
                | "connect"
                | "connected"
                | "forwarded"
                | "for"
                | "x_forwarded_for"
                | "remote_addr"
                | "client_ip"
                | "via"
                | "ping"
        ) || x.ends_with("ip")
            || x.ends_with("addr")
    })
}

/// True when the text just before a dotted number says it is a version
/// (`version 4.9.6.156`, `firmware: 1.2.3.4`, `v4.9.6.156`, `build 10.0.0.1`).
pub fn version_context(before: &str) -> bool {
    if after_product_token(before) {
        return true;
    }
    let tail = before.trim_end_matches([' ', ':', '=', '"', '\'', '\t']);
    if tail.ends_with(['v', 'V']) && before.len() == tail.len() {
        return true;
    }
    let start = tail.len().saturating_sub(24);
    let Some(window) = tail.get(start..).or(Some(tail)) else {
        return false;
    };
    let lower = window.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .collect();
    words.iter().any(|w| is_version_word(w))
}

/// A User-Agent product token right before the number (`AndroidLync/`,
/// `UCWA/` in `UCWA/7.0.0.0 AndroidLync/6.25.0.27`): a word starting with
/// a letter, alone after a space, `(`, `;` or `,`, then `/`. A URL path
/// (`https://host/10.1.2.3`, `/hosts/10.1.2.3`) is no product token.
fn after_product_token(before: &str) -> bool {
    let Some(head) = before.strip_suffix('/') else {
        return false;
    };
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | ';' | ','))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = &head[start..];
    (2..=40).contains(&token.len())
        && token.starts_with(|c: char| c.is_ascii_alphabetic())
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

fn is_version_word(last_word: &str) -> bool {
    matches!(
        last_word,
        "version"
            | "ver"
            | "vers"
            | "firmware"
            | "fw"
            | "fw_ver"
            | "firmware_ver"
            | "firmware_version"
            | "build"
            | "release"
            | "rev"
            | "revision"
            | "os"
            | "sdk"
            | "app_version"
            | "version_name"
            | "versionname"
            | "swversion"
            | "sw_version"
            | "hw_version"
            | "hardware_version"
            | "update"
            | "updated"
            | "upgrade"
            | "upgraded"
            | "bump"
            | "bumped"
            | "installed"
            | "install"
            | "patch"
            | "aktualisierung"
            | "app"
    ) || last_word.ends_with("version")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn netmasks_and_eui64_are_not_addresses() {
        assert!(!ipv4_in_text("255.255.255.0"));
        assert!(!ipv4_in_text("255.255.0.0"));
        assert!(ipv4_in_text("255.255.255.7"));
        assert!(ipv4_in_text("203.0.113.7"));
        assert!(!ipv6_in_text("00:17:88:01:00:bd:c7:b9"));
        assert!(ipv6_in_text("2001:db8:0:0:0:0:0:1"));
    }

    #[test]
    fn whole_values() {
        for s in [
            "203.0.113.7",
            "10.0.0.1",
            "2001:db8::1",
            "fe80::1ff:fe23:4567:890a",
            "1.2.3.4:8080",
            "[2001:db8::1]:443",
            "::ffff:192.0.2.1",
        ] {
            assert!(is_ip(s), "{s}");
        }
        for s in [
            "0.0.0.0",
            "::",
            "256.1.1.1",
            "1.2.3",
            "16:9",
            "12:30:45",
            "a4:5e:60:c2:11:0f",
            "1.2.3.4.5",
            "localhost",
        ] {
            assert!(!is_ip(s), "{s}");
        }
    }

    #[test]
    fn text_spans() {
        assert!(ipv4_in_text("192.168.1.20"));
        assert!(!ipv4_in_text("0.0.0.0"));
        assert!(!ipv4_in_text("999.1.1.1"));
        assert!(ipv6_in_text("2001:db8:85a3::8a2e:370:7334"));
        assert!(!ipv6_in_text("::1"));
        assert!(!ipv6_in_text("a::b"));
        assert!(!ipv6_in_text("12:30:45"));
    }

    #[test]
    fn versions() {
        assert!(version_context("running version "));
        assert!(version_context("Firmware: "));
        assert!(version_context("firmware_ver="));
        assert!(version_context("v"));
        assert!(!version_context("client "));
        assert!(!version_context("from "));
        assert!(version_context("Bump firmware to "));
        assert!(version_context("Update auf "));
        assert!(version_shaped("4.9.6.156") && version_shaped("5.2.0.0"));
        assert!(!version_shaped("203.0.113.7"));
        assert!(address_context("client ") && address_context("X-Forwarded-For: "));
        assert!(!address_context("worker "));
        assert!(!version_context(""));
        // User-Agent product tokens, not URL paths.
        assert!(version_context("RTCC/7.0.0.0 AndroidLync/"));
        assert!(version_context("(compatible; Foo-Bot/"));
        assert!(!version_context("https://example.com/"));
        assert!(!version_context("GET /hosts/"));
        assert!(!version_context("from /"));
    }
}
