//! Python literals inside strings: the `repr()` of a dict, list or tuple
//! (`{'name': 'Jonas Krüger', 'zip': '04109', 'vip': True}`), as Sentry's
//! Python SDK reports frame variables, Celery its task `args`/`kwargs` and
//! Django its debug pages. The literal is read as JSON, walked like any
//! document, and the redacted JSON is written back in the literal's own
//! syntax: untouched values keep their exact text, quotes and spacing.

/// Longest literal read.
const MAX_LEN: usize = 256 * 1024;

/// One token of a literal.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// `{ } [ ] ( ) : ,`
    Punct(u8),
    /// A string, decoded.
    Str(String),
    /// A number's text.
    Num(String),
    /// `true`, `false` or `null` (JSON spelling).
    Lit(&'static str),
}

/// A token and its byte range in the text it was read from.
#[derive(Debug, Clone)]
struct Spanned {
    tok: Tok,
    start: usize,
    end: usize,
}

/// Whether `t` may be a Python container literal (cheap test first): it
/// opens and closes with brackets and quotes a string with `'`, or spells
/// `True`, `False` or `None`.
pub(crate) fn could_be_python_literal(t: &str) -> bool {
    let b = t.as_bytes();
    let closes = matches!(
        (b.first(), b.last()),
        (Some(b'{'), Some(b'}')) | (Some(b'['), Some(b']')) | (Some(b'('), Some(b')'))
    );
    closes
        && t.len() <= MAX_LEN
        && (memchr::memchr(b'\'', b).is_some()
            || t.contains("True")
            || t.contains("False")
            || t.contains("None"))
}

/// The JSON text of the Python literal `py`, or `None` when `py` holds
/// anything but dicts with string keys, lists, tuples, strings, numbers,
/// `True`, `False` and `None`.
///
/// ```ignore
/// assert_eq!(to_json("{'a': (1, None)}").as_deref(), Some("{\"a\": [1, null]}"));
/// ```
pub(crate) fn to_json(py: &str) -> Option<String> {
    let toks = tokenize_python(py)?;
    let mut out = String::with_capacity(py.len() + 8);
    let mut last = 0;
    for t in &toks {
        out.push_str(py.get(last..t.start)?);
        match &t.tok {
            Tok::Punct(b'(') => out.push('['),
            Tok::Punct(b')') => out.push(']'),
            Tok::Punct(p) => out.push(char::from(*p)),
            Tok::Str(s) => out.push_str(&serde_json::to_string(s).ok()?),
            Tok::Num(n) => out.push_str(n),
            Tok::Lit(l) => out.push_str(l),
        }
        last = t.end;
    }
    out.push_str(py.get(last..)?);
    if !dict_keys_are_strings(&toks) {
        return None;
    }
    Some(out)
}

/// The Python literal `py` with the values that `redacted` (the redacted
/// form of [`to_json`]'s output) changed written in Python syntax; every
/// other byte stays as it was. `None` when the two do not line up.
pub(crate) fn back_to_python(py: &str, redacted: &str) -> Option<String> {
    let before = tokenize_python(py)?;
    let after = tokenize_json(redacted)?;
    if before.len() != after.len() {
        return None;
    }
    let mut out = String::with_capacity(py.len());
    let mut last = 0;
    for (b, a) in before.iter().zip(&after) {
        out.push_str(py.get(last..b.start)?);
        let same = match (&b.tok, &a.tok) {
            (Tok::Punct(x), Tok::Punct(y)) => {
                let x = match x {
                    b'(' => b'[',
                    b')' => b']',
                    p => *p,
                };
                if x != *y {
                    return None;
                }
                true
            }
            (Tok::Punct(_), _) | (_, Tok::Punct(_)) => return None,
            (x, y) => x == y,
        };
        if same {
            out.push_str(py.get(b.start..b.end)?);
        } else {
            match &a.tok {
                Tok::Str(s) => push_python_str(s, &mut out),
                Tok::Num(n) => out.push_str(n),
                Tok::Lit("true") => out.push_str("True"),
                Tok::Lit("false") => out.push_str("False"),
                Tok::Lit(_) => out.push_str("None"),
                Tok::Punct(_) => return None,
            }
        }
        last = b.end;
    }
    out.push_str(py.get(last..)?);
    Some(out)
}

/// Every dict key (a token before `:`) is a string.
fn dict_keys_are_strings(toks: &[Spanned]) -> bool {
    toks.windows(2).all(|w| match (&w[0].tok, &w[1].tok) {
        (Tok::Str(_), Tok::Punct(b':')) => true,
        (_, Tok::Punct(b':')) => false,
        _ => true,
    })
}

fn tokenize_python(py: &str) -> Option<Vec<Spanned>> {
    let b = py.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'{' | b'}' | b'[' | b']' | b'(' | b')' | b':' | b',' => {
                toks.push(Spanned {
                    tok: Tok::Punct(c),
                    start: i,
                    end: i + 1,
                });
                i += 1;
            }
            b'\'' | b'"' => {
                let (s, end) = python_string(py, i, i + 1)?;
                toks.push(Spanned {
                    tok: Tok::Str(s),
                    start: i,
                    end,
                });
                i = end;
            }
            // `u'…'` (Python 2), `b'…'` (bytes).
            b'u' | b'b' if matches!(b.get(i + 1), Some(b'\'' | b'"')) => {
                let (s, end) = python_string(py, i + 1, i + 2)?;
                toks.push(Spanned {
                    tok: Tok::Str(s),
                    start: i,
                    end,
                });
                i = end;
            }
            b'-' | b'0'..=b'9' => {
                let len = b[i..]
                    .iter()
                    .take_while(|d| {
                        d.is_ascii_digit() || matches!(d, b'.' | b'e' | b'E' | b'+' | b'-')
                    })
                    .count();
                let n = py.get(i..i + len)?;
                if !is_json_number(n) {
                    return None;
                }
                toks.push(Spanned {
                    tok: Tok::Num(n.to_string()),
                    start: i,
                    end: i + len,
                });
                i += len;
            }
            _ => {
                let (word, lit) = [("True", "true"), ("False", "false"), ("None", "null")]
                    .into_iter()
                    .find(|(w, _)| b[i..].starts_with(w.as_bytes()))?;
                let end = i + word.len();
                if b.get(end)
                    .is_some_and(|d| d.is_ascii_alphanumeric() || *d == b'_')
                {
                    return None;
                }
                toks.push(Spanned {
                    tok: Tok::Lit(lit),
                    start: i,
                    end,
                });
                i = end;
            }
        }
    }
    Some(toks)
}

/// Reads the Python string whose opening quote is at `open` and whose body
/// starts at `from`; returns its value and the offset after its closing
/// quote.
fn python_string(py: &str, open: usize, from: usize) -> Option<(String, usize)> {
    let b = py.as_bytes();
    let quote = *b.get(open)?;
    let mut out = String::new();
    let mut i = from;
    loop {
        let rest = py.get(i..)?;
        let next = rest.find(|c: char| c == char::from(quote) || c == '\\' || c == '\n')?;
        out.push_str(&rest[..next]);
        i += next;
        match b[i] {
            b'\\' => {
                let (c, len) = python_escape(py.get(i + 1..)?)?;
                out.push(c);
                i += 1 + len;
            }
            b'\n' => return None,
            _ => return Some((out, i + 1)),
        }
    }
}

/// One escape sequence after its backslash: the character and the length
/// of what follows the backslash.
fn python_escape(rest: &str) -> Option<(char, usize)> {
    let c = rest.bytes().next()?;
    let hex = |n: usize| -> Option<(char, usize)> {
        let digits = rest.get(1..=n)?;
        let v = u32::from_str_radix(digits, 16).ok()?;
        Some((char::from_u32(v)?, 1 + n))
    };
    match c {
        b'\\' => Some(('\\', 1)),
        b'\'' => Some(('\'', 1)),
        b'"' => Some(('"', 1)),
        b'n' => Some(('\n', 1)),
        b'r' => Some(('\r', 1)),
        b't' => Some(('\t', 1)),
        b'0' => Some(('\0', 1)),
        b'x' => hex(2),
        b'u' => hex(4),
        b'U' => hex(8),
        _ => None,
    }
}

/// `s` as Python's `repr()` writes a string: single quotes unless the
/// text holds one and no double quote.
fn push_python_str(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push(quote);
}

/// A number JSON accepts (`-1`, `2.5`, `1e+100`), not `1.`, `.5`, `01`.
fn is_json_number(n: &str) -> bool {
    let n = n.strip_prefix('-').unwrap_or(n);
    let (int, rest) = n.split_at(n.bytes().take_while(u8::is_ascii_digit).count());
    if int.is_empty() || (int.len() > 1 && int.starts_with('0')) {
        return false;
    }
    let rest = match rest.strip_prefix('.') {
        Some(r) => {
            let frac = r.bytes().take_while(u8::is_ascii_digit).count();
            if frac == 0 {
                return false;
            }
            &r[frac..]
        }
        None => rest,
    };
    match rest.strip_prefix(['e', 'E']) {
        Some(e) => {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            !e.is_empty() && e.bytes().all(|d| d.is_ascii_digit())
        }
        None => rest.is_empty(),
    }
}

fn tokenize_json(j: &str) -> Option<Vec<Spanned>> {
    let b = j.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'{' | b'}' | b'[' | b']' | b':' | b',' => {
                toks.push(Spanned {
                    tok: Tok::Punct(c),
                    start: i,
                    end: i + 1,
                });
                i += 1;
            }
            b'"' => {
                let mut k = i + 1;
                while k < b.len() && b[k] != b'"' {
                    k += if b[k] == b'\\' { 2 } else { 1 };
                }
                let raw = j.get(i..=k)?;
                let s: String = serde_json::from_str(raw).ok()?;
                toks.push(Spanned {
                    tok: Tok::Str(s),
                    start: i,
                    end: k + 1,
                });
                i = k + 1;
            }
            b'-' | b'0'..=b'9' => {
                let len = b[i..]
                    .iter()
                    .take_while(|d| {
                        d.is_ascii_digit() || matches!(d, b'.' | b'e' | b'E' | b'+' | b'-')
                    })
                    .count();
                toks.push(Spanned {
                    tok: Tok::Num(j.get(i..i + len)?.to_string()),
                    start: i,
                    end: i + len,
                });
                i += len;
            }
            _ => {
                let lit = ["true", "false", "null"]
                    .into_iter()
                    .find(|w| b[i..].starts_with(w.as_bytes()))?;
                toks.push(Spanned {
                    tok: Tok::Lit(lit),
                    start: i,
                    end: i + lit.len(),
                });
                i += lit.len();
            }
        }
    }
    Some(toks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_read_as_json() {
        let py = "{'name': 'Jonas Krüger', \"it's\": u'x', 'n': -2.5, 'ok': True, 'v': None, 't': (1, 'a\\'b')}";
        assert!(could_be_python_literal(py));
        let j = to_json(py).unwrap_or_default();
        assert_eq!(
            j,
            "{\"name\": \"Jonas Krüger\", \"it's\": \"x\", \"n\": -2.5, \"ok\": true, \"v\": null, \"t\": [1, \"a'b\"]}"
        );
        assert!(serde_json::from_str::<serde_json::Value>(&j).is_ok());
    }

    #[test]
    fn redactions_written_back() {
        let py = "{'name': 'Jonas Krüger', 'street': \"O'Brien St 7\", 'zip': '04109', 'vip': True, 'ids': (1, 2)}";
        let j = to_json(py).unwrap_or_default();
        let red = j
            .replace("\"Jonas Krüger\"", "\"[PERSON_NAME]\"")
            .replace("\"04109\"", "\"[POSTAL_ADDRESS]\"");
        assert_eq!(
            back_to_python(py, &red).as_deref(),
            Some("{'name': '[PERSON_NAME]', 'street': \"O'Brien St 7\", 'zip': '[POSTAL_ADDRESS]', 'vip': True, 'ids': (1, 2)}")
        );
        // A number redacted to a label becomes a string.
        let red = j.replace("[1, 2]", "[\"[PHONE]\", 2]");
        assert_eq!(
            back_to_python(py, &red).as_deref(),
            Some("{'name': 'Jonas Krüger', 'street': \"O'Brien St 7\", 'zip': '04109', 'vip': True, 'ids': ('[PHONE]', 2)}")
        );
        // Structures that do not line up are refused.
        assert_eq!(back_to_python(py, "{}"), None);
    }

    #[test]
    fn not_literals() {
        for s in [
            "{'when': datetime.date(2024, 1, 1)}",
            "[<User: jonas>]",
            "{1: 'a'}",
            "{'a': 'unterminated}",
            "{'n': 1.}",
            "{'s': {1, 2}, 'x': Ellipsis}",
        ] {
            assert_eq!(to_json(s), None, "{s}");
        }
        assert!(!could_be_python_literal("{\"a\": 1}"));
        assert!(!could_be_python_literal("'quoted' text"));
    }

    #[test]
    fn python_string_repr() {
        let mut out = String::new();
        push_python_str("it's \"x\"\n\\", &mut out);
        assert_eq!(out, "'it\\'s \"x\"\\n\\\\'");
        out.clear();
        push_python_str("O'Brien", &mut out);
        assert_eq!(out, "\"O'Brien\"");
    }
}
