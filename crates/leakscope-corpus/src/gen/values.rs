//! Realistic fake values: documentation IPs and domains, 555 / Ofcom drama
//! phone numbers, test card numbers, checksummed IBANs and IMEIs.

use crate::rng::Rng;

pub const FIRST: &[&str] = &[
    "Jane", "John", "Maria", "Lukas", "Sophie", "Ahmed", "Emma", "Noah", "Lea", "Jonas", "Olivia",
    "Liam", "Mia", "Felix", "Hannah", "Mateo", "Aylin", "Paul", "Chloe", "Ben", "Zoe", "Kenji",
];
pub const LAST: &[&str] = &[
    "Doe", "Smith", "Müller", "Schmidt", "Garcia", "Nguyen", "Becker", "Johnson", "Fischer",
    "Rossi", "Kowalski", "Brown", "Weber", "Tanaka", "Martin", "Hoffmann", "Silva", "Wagner",
];
const DOMAINS: &[&str] = &[
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "example.de",
];
const STREETS: &[&str] = &[
    "Main Street",
    "Oak Avenue",
    "Hauptstraße",
    "Bahnhofstr.",
    "Elm Road",
    "Lindenweg",
    "Maple Drive",
    "Schillerstraße",
    "Park Lane",
    "Gartenstraße",
];
pub const CITIES: &[(&str, &str)] = &[
    ("Springfield", "US"),
    ("Berlin", "DE"),
    ("München", "DE"),
    ("Portland", "US"),
    ("Hamburg", "DE"),
    ("Leeds", "GB"),
    ("Köln", "DE"),
    ("Austin", "US"),
];
const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEX: &[u8] = b"0123456789abcdef";
const DIGITS: &[u8] = b"0123456789";
const BCRYPT: &[u8] = b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

pub struct Person {
    pub first: &'static str,
    pub last: &'static str,
    pub user: String,
    pub email: String,
    pub year: u64,
    pub month: u64,
    pub day: u64,
}

pub fn person(r: &mut Rng) -> Person {
    let first = *r.pick(FIRST);
    let last = *r.pick(LAST);
    let ascii = |s: &str| {
        s.to_lowercase()
            .replace('ü', "ue")
            .replace('ö', "oe")
            .replace('ä', "ae")
            .replace('ß', "ss")
    };
    let n = r.range(1, 999);
    let user = match r.below(3) {
        0 => format!("{}{}{}", ascii(first), ascii(last), n),
        1 => format!("{}_{}", ascii(first), r.range(70, 99)),
        _ => format!(
            "{}.{}{}",
            ascii(first).chars().next().unwrap_or('x'),
            ascii(last),
            n
        ),
    };
    let email = format!("{}.{}{}@{}", ascii(first), ascii(last), n, r.pick(DOMAINS));
    Person {
        first,
        last,
        user,
        email,
        year: r.range(1948, 2006),
        month: r.range(1, 12),
        day: r.range(1, 28),
    }
}

pub fn ipv4(r: &mut Rng) -> String {
    let net = *r.pick(&["192.0.2", "198.51.100", "203.0.113"]);
    format!("{net}.{}", r.range(1, 254))
}

pub fn ipv6(r: &mut Rng) -> String {
    format!(
        "2001:db8:{:x}::{:x}",
        r.range(1, 0xffff),
        r.range(1, 0xffff)
    )
}

pub fn mac(r: &mut Rng, sep: &str, upper: bool) -> String {
    let oui = *r.pick(&[
        "44:65:0d", "f0:27:2d", "b8:27:eb", "fc:a1:83", "38:f7:3d", "00:17:88",
    ]);
    let mut s = oui.replace(':', sep);
    for _ in 0..3 {
        s.push_str(sep);
        s.push_str(&format!("{:02x}", r.below(256)));
    }
    if upper {
        s.to_ascii_uppercase()
    } else {
        s
    }
}

pub fn ssid(r: &mut Rng, p: &Person) -> String {
    match r.below(6) {
        0 => format!(
            "FRITZ!Box 7590 {}",
            r.string(b"ABCDEFGHJKLMNPQRSTUVWXYZ", 2)
        ),
        1 => format!("{}'s WiFi", p.first),
        2 => format!("Vodafone-{}", r.string(b"0123456789ABCDEF", 4)),
        3 => format!("TP-Link_5G_{}", r.string(b"0123456789ABCDEF", 4)),
        4 => format!("{} Familie", p.last),
        _ => format!("NETGEAR{}", r.range(10, 99)),
    }
}

pub fn uuid(r: &mut Rng) -> String {
    let h = r.string(HEX, 32);
    format!(
        "{}-{}-4{}-a{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

pub fn hex(r: &mut Rng, n: usize) -> String {
    r.string(HEX, n)
}

pub fn digits(r: &mut Rng, n: usize) -> String {
    r.string(DIGITS, n)
}

pub fn alnum(r: &mut Rng, n: usize) -> String {
    r.string(ALNUM, n)
}

pub fn luhn_ok(d: &str) -> bool {
    let mut sum = 0;
    for (i, c) in d.bytes().rev().enumerate() {
        let mut v = u32::from(c.wrapping_sub(b'0'));
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

fn luhn_digit(body: &str) -> char {
    for d in b'0'..=b'9' {
        let mut s = body.to_string();
        s.push(d as char);
        if luhn_ok(&s) {
            return d as char;
        }
    }
    '0'
}

pub fn imei(r: &mut Rng) -> String {
    let body = format!("35{}", digits(r, 12));
    let c = luhn_digit(&body);
    format!("{body}{c}")
}

/// A 16-digit order id that is not Luhn-valid.
pub fn order_id(r: &mut Rng) -> String {
    let mut s = format!("7{}", digits(r, 15));
    if luhn_ok(&s) {
        let last = s.pop().unwrap_or('0');
        s.push(if last == '9' {
            '0'
        } else {
            ((last as u8) + 1) as char
        });
    }
    s
}

pub fn card(r: &mut Rng) -> (&'static str, &'static str) {
    *r.pick(&[
        ("4111111111111111", "visa"),
        ("5555555555554444", "mastercard"),
        ("378282246310005", "amex"),
        ("4012888888881881", "visa"),
        ("6011111111111117", "discover"),
        ("5105105105105100", "mastercard"),
    ])
}

fn mod97(s: &str) -> u32 {
    let mut m = 0u32;
    for c in s.chars() {
        let v = if c.is_ascii_digit() {
            c as u32 - '0' as u32
        } else {
            c as u32 - 'A' as u32 + 10
        };
        m = if v >= 10 {
            (m * 100 + v) % 97
        } else {
            (m * 10 + v) % 97
        };
    }
    m
}

/// A German IBAN with correct check digits.
pub fn iban(r: &mut Rng) -> String {
    let bban = format!(
        "{}{}",
        *r.pick(&["37040044", "50010517", "10020030", "20041111"]),
        digits(r, 10)
    );
    let check = 98 - mod97(&format!("{bban}DE00"));
    format!("DE{check:02}{bban}")
}

/// A `DE00…` reference that looks like an IBAN but fails mod-97.
pub fn bad_iban(r: &mut Rng) -> String {
    loop {
        let bban = digits(r, 18);
        if mod97(&format!("{bban}DE00")) != 1 {
            return format!("DE00{bban}");
        }
    }
}

pub fn ssn(r: &mut Rng) -> String {
    let mut area = r.range(1, 899);
    if area == 666 {
        area = 667;
    }
    format!("{area:03}-{:02}-{:04}", r.range(1, 99), r.range(1, 9999))
}

pub fn phone(r: &mut Rng) -> String {
    match r.below(3) {
        0 => format!("+1-202-555-01{:02}", r.below(100)),
        1 => format!("+44 20 7946 0{:03}", r.below(1000)),
        _ => format!("(312) 555-01{:02}", r.below(100)),
    }
}

pub fn street(r: &mut Rng) -> String {
    let s = *r.pick(STREETS);
    if s.ends_with("straße") || s.ends_with("str.") || s.ends_with("weg") {
        format!("{s} {}", r.range(1, 120))
    } else {
        format!("{} {s}", r.range(1, 9999))
    }
}

pub fn postcode(r: &mut Rng, country: &str) -> String {
    match country {
        "DE" => format!("{:05}", r.range(10115, 99998)),
        "GB" => format!("LS{} {}AB", r.range(1, 29), r.range(1, 9)),
        _ => format!("{:05}", r.range(10001, 99950)),
    }
}

pub fn b64url(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let idx = ((n >> (18 - 6 * i)) & 63) as usize;
            out.push(B64URL.get(idx).copied().unwrap_or(b'A') as char);
        }
    }
    out
}

pub fn b64std(bytes: &[u8]) -> String {
    let mut s = b64url(bytes).replace('-', "+").replace('_', "/");
    let pad = (4 - s.len() % 4) % 4;
    for _ in 0..pad {
        s.push('=');
    }
    s
}

pub fn jwt(r: &mut Rng, sub: &str) -> String {
    let header = b64url(br#"{"alg":"HS256","typ":"JWT"}"#);
    let payload = format!(
        r#"{{"sub":"{sub}","iat":{},"scope":"api"}}"#,
        r.range(1_700_000_000, 1_730_000_000)
    );
    format!(
        "{header}.{}.{}",
        b64url(payload.as_bytes()),
        r.string(B64URL, 43)
    )
}

pub fn alexa_access(r: &mut Rng) -> String {
    format!("Atza|IwEBI{}", r.string(B64URL, 120))
}

pub fn alexa_refresh(r: &mut Rng) -> String {
    format!("Atzr|IwEBI{}", r.string(B64URL, 120))
}

pub fn google_access(r: &mut Rng) -> String {
    format!("ya29.a0Af{}", r.string(B64URL, 90))
}

pub fn slack_token(r: &mut Rng) -> String {
    format!("xoxb-{}-{}-{}", digits(r, 12), digits(r, 13), alnum(r, 24))
}

pub fn github_oauth(r: &mut Rng) -> String {
    format!("gho_{}", alnum(r, 36))
}

pub fn bcrypt(r: &mut Rng) -> String {
    format!("$2b$12${}", r.string(BCRYPT, 53))
}

pub fn date(r: &mut Rng, y0: u64, y1: u64) -> String {
    format!(
        "{}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        r.range(y0, y1),
        r.range(1, 12),
        r.range(1, 28),
        r.below(24),
        r.below(60),
        r.below(60)
    )
}

pub fn firmware(r: &mut Rng) -> String {
    format!(
        "{}.{}.{}.{}",
        r.range(1, 9),
        r.range(0, 12),
        r.range(0, 9),
        r.range(100, 999)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        let mut r = Rng::new(1);
        for _ in 0..50 {
            assert!(luhn_ok(&imei(&mut r)));
            assert!(!luhn_ok(&order_id(&mut r)));
            let i = iban(&mut r);
            let re = format!("{}{}", &i[4..], &i[..4]);
            assert_eq!(mod97(&re), 1, "{i}");
            let b = bad_iban(&mut r);
            let rb = format!("{}{}", &b[4..], &b[..4]);
            assert_ne!(mod97(&rb), 1);
            let s = ssn(&mut r);
            assert!(!s.starts_with("000") && !s.starts_with("666") && !s.starts_with('9'));
        }
        assert_eq!(mod97("370400440532013000DE89"), 1);
        assert!(luhn_ok("4111111111111111"));
    }

    #[test]
    fn base64() {
        assert_eq!(b64url(b"Man"), "TWFu");
        assert_eq!(b64url(b"Ma"), "TWE");
        assert_eq!(b64std(b"Ma"), "TWE=");
        assert_eq!(b64std(b"user:pass"), "dXNlcjpwYXNz");
    }
}
