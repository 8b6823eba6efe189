//! JSON string escaping and unescaping.

/// Unescapes the raw bytes between the quotes of a JSON string into `out`.
/// Lone surrogates become U+FFFD (they are still scanned, never dropped).
/// Returns `Err(offset)` of the first bad escape or invalid UTF-8 byte.
pub(crate) fn unescape_into(raw: &[u8], out: &mut String) -> Result<(), usize> {
    out.clear();
    let mut i = 0;
    let mut plain_start = 0;
    while i < raw.len() {
        if raw[i] != b'\\' {
            i += 1;
            continue;
        }
        push_utf8(raw, plain_start, i, out)?;
        let esc = *raw.get(i + 1).ok_or(i)?;
        i += 2;
        match esc {
            b'"' => out.push('"'),
            b'\\' => out.push('\\'),
            b'/' => out.push('/'),
            b'b' => out.push('\u{8}'),
            b'f' => out.push('\u{c}'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'u' => {
                let hi = hex4(raw, i).ok_or(i)?;
                i += 4;
                if (0xD800..0xDC00).contains(&hi) {
                    let lo = if raw.get(i) == Some(&b'\\') && raw.get(i + 1) == Some(&b'u') {
                        hex4(raw, i + 2)
                    } else {
                        None
                    };
                    match lo {
                        Some(lo) if (0xDC00..0xE000).contains(&lo) => {
                            i += 6;
                            let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                            out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                        }
                        _ => out.push('\u{FFFD}'),
                    }
                } else {
                    out.push(char::from_u32(hi).unwrap_or('\u{FFFD}'));
                }
            }
            _ => return Err(i - 2),
        }
        plain_start = i;
    }
    push_utf8(raw, plain_start, raw.len(), out)
}

fn push_utf8(raw: &[u8], start: usize, end: usize, out: &mut String) -> Result<(), usize> {
    if start < end {
        match std::str::from_utf8(&raw[start..end]) {
            Ok(s) => out.push_str(s),
            Err(e) => return Err(start + e.valid_up_to()),
        }
    }
    Ok(())
}

fn hex4(raw: &[u8], at: usize) -> Option<u32> {
    let digits = raw.get(at..at + 4)?;
    let mut v = 0u32;
    for &d in digits {
        v = v * 16 + (d as char).to_digit(16)?;
    }
    Some(v)
}

/// Appends `s` as a JSON string literal (with quotes).
pub(crate) fn push_json_string(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    push_escaped(s, out);
    out.push(b'"');
}

/// Appends the escaped body of a JSON string (without quotes).
pub(crate) fn push_escaped(s: &str, out: &mut Vec<u8>) {
    let bytes = s.as_bytes();
    // Most text needs no escape: one branch-free pass, then one copy.
    let needs = bytes.iter().fold(false, |acc, &b| {
        acc | (b == b'"') | (b == b'\\') | (b < 0x20)
    });
    if !needs {
        out.extend_from_slice(bytes);
        return;
    }
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        if esc.is_empty() {
            out.extend_from_slice(format!("\\u{:04x}", b).as_bytes());
        } else {
            out.extend_from_slice(esc);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn un(raw: &str) -> Result<String, usize> {
        let mut s = String::new();
        unescape_into(raw.as_bytes(), &mut s).map(|_| s)
    }

    #[test]
    fn unescapes() {
        assert_eq!(un(r#"a\"b\\c\/d\n"#).unwrap(), "a\"b\\c/d\n");
        assert_eq!(un(r"jane\u0040x.io").unwrap(), "jane@x.io");
        assert_eq!(un(r"\ud83d\ude00").unwrap(), "😀");
        assert_eq!(un(r"x\ud800y").unwrap(), "x\u{FFFD}y");
        assert_eq!(un(r"\udc00").unwrap(), "\u{FFFD}");
        assert_eq!(un(r"\x"), Err(0));
        assert_eq!(un(r"ab\u12"), Err(4));
        assert_eq!(un("é").unwrap(), "é");
        let mut s = String::new();
        assert_eq!(unescape_into(b"ok\xff", &mut s), Err(2));
    }

    #[test]
    fn escapes_round_trip() {
        let mut out = Vec::new();
        push_json_string("a\"b\\c\n\u{1}é", &mut out);
        assert_eq!(out, "\"a\\\"b\\\\c\\n\\u0001é\"".as_bytes());
        let back: String = serde_json::from_slice(&out).unwrap();
        assert_eq!(back, "a\"b\\c\n\u{1}é");
    }
}
