//! `name=value` and `name: value` pairs inside text: query strings, form
//! bodies, cookies, `key: value` log fields. The name is classified with
//! [`crate::keys::classify_key`]; a strong, non-meta key decides the value.

use crate::keys::{classify_key, KeyStrength};
use crate::Category;
use foldhash::HashMap;
use std::cell::RefCell;

use super::trivial::{
    is_placeholder_credentials, is_secret_reference, is_trivial, starts_encrypted,
};

/// Pattern of a pair's name and separator; the match ends where the value
/// starts.
pub const PAIR_PATTERN: &str = r#"(?-u:\b)[A-Za-z_][A-Za-z0-9_.\-\[\]]*["']?[ \t]*(?:=|:)[ \t]*"#;

/// What a pair name decides: its category, the confidence, and what the
/// value itself must show.
type KeyVerdict = Option<(Category, f32, ValueNeeds)>;

/// What a pair's value must show beyond fitting its category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ValueNeeds {
    /// The name decides.
    Nothing,
    /// It must look like a secret itself (`token=`, a secret-ish name that
    /// alone is not decisive).
    SecretShape,
    /// A handle under a name that only suggests a user (`user=jdoe42`):
    /// only as a log field, not in prose, identifiers or query strings.
    LogHandle,
}

thread_local! {
    /// Per-thread memo of key classifications: pair names repeat a lot
    /// (`id=`, `page=`, `email=`) and the lexicon lookup is comparatively
    /// expensive. Bounded; cleared when full.
    static KEY_CACHE: RefCell<HashMap<Box<str>, KeyVerdict>> = RefCell::new(HashMap::default());
}

const KEY_CACHE_MAX: usize = 4096;

/// Session cookie names: their values are bearer credentials.
pub(crate) fn is_session_cookie(name: &str) -> bool {
    let l = name.trim_start_matches('_').to_ascii_lowercase();
    let l = l
        .trim_start_matches("__host-")
        .trim_start_matches("__secure-");
    matches!(
        l,
        "session"
            | "sessionid"
            | "session_id"
            | "session-id"
            | "sid"
            | "jsessionid"
            | "phpsessid"
            | "connect.sid"
            | "asp.net_sessionid"
            | "laravel_session"
            | "sess"
            | "auth_session"
    )
}

/// Query parameters of pre-signed URLs that carry the signature or a
/// session credential (Azure SAS `sig`, AWS SigV4, Google signed URLs).
fn is_signed_url_param(name: &str) -> bool {
    [
        "sig",
        "signature",
        "x-amz-signature",
        "x-amz-security-token",
        "x-amz-credential",
        "x-goog-signature",
        "x-goog-credential",
    ]
    .iter()
    .any(|p| name.eq_ignore_ascii_case(p))
}

/// The category a strong, non-meta key name gives its value.
fn strong_category(name: &str) -> KeyVerdict {
    if let Some(hit) = KEY_CACHE.with(|c| c.borrow().get(name).copied()) {
        return hit;
    }
    let info = classify_key(name);
    let v = match info.category {
        Some(c) if info.strength == KeyStrength::Strong && !info.is_meta => {
            Some((c, info.confidence.clamp(0.5, 0.9), ValueNeeds::Nothing))
        }
        _ if !info.is_meta && is_session_cookie(name) => {
            Some((Category::OauthToken, 0.7, ValueNeeds::SecretShape))
        }
        // `user=jdoe42` in a log line: the account's handle.
        Some(Category::Username) if !info.is_meta && names_a_user(name) => {
            Some((Category::Username, 0.55, ValueNeeds::LogHandle))
        }
        _ if is_signed_url_param(name) => Some((Category::ApiKey, 0.7, ValueNeeds::SecretShape)),
        Some(
            c @ (Category::Jwt | Category::OauthToken | Category::ApiKey | Category::Password),
        ) if !info.is_meta => Some((c, 0.6, ValueNeeds::SecretShape)),
        _ => None,
    };
    KEY_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= KEY_CACHE_MAX {
            c.clear();
        }
        c.insert(name.into(), v);
    });
    v
}

/// The category a column name gives its values in an SQL statement
/// (`full_name`, `email`, `dob`), when the name alone decides it.
pub(crate) fn column_category(name: &str) -> Option<(Category, f32)> {
    if name.len() > 64 {
        return None;
    }
    strong_category(name).map(|(c, conf, _)| (c, conf))
}

/// A value span decided by its pair's name.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairValue {
    /// Byte offset of the value.
    pub start: usize,
    /// Byte offset past the value.
    pub end: usize,
    /// Category the name gives the value.
    pub category: Category,
    /// Confidence of the key evidence.
    pub confidence: f32,
    /// The issuer the name reveals (`AccountKey` of an Azure connection
    /// string), if any.
    pub provider: Option<&'static str>,
}

/// Drops closing brackets that close nothing inside the value
/// (`{… New IP=POSITIVE}`).
fn trim_unbalanced(v: &str) -> &str {
    let mut v = v;
    while let Some(last) = v.chars().last() {
        let open = match last {
            ')' => '(',
            ']' => '[',
            '}' => '{',
            _ => break,
        };
        if v.matches(open).count() >= v.matches(last).count() {
            break;
        }
        v = &v[..v.len() - 1];
    }
    v
}

/// Byte length of the digit groups that continue a spaced number after
/// its first group (`mobile=+1 415 555 2671`, `iban=DE89 3704 0044 …`):
/// the value of a number-valued name is the whole number.
fn grouped_tail(category: Category, rest: &str, first_len: usize) -> usize {
    let iban = category == Category::Iban;
    if !iban
        && !matches!(
            category,
            Category::Phone | Category::NationalId | Category::PaymentCard
        )
    {
        return 0;
    }
    let limit = if iban { 42 } else { 32 };
    let mut taken = 0;
    while let Some(next) = rest[taken..].strip_prefix(' ') {
        let group_len = next
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '&' | '"' | '\'' | '<'))
            .unwrap_or(next.len());
        let group = &next[..group_len];
        let fits = if iban {
            group.len() <= 4
                && group.bytes().all(|b| b.is_ascii_alphanumeric())
                && (group.bytes().any(|b| b.is_ascii_digit())
                    || group.bytes().all(|b| b.is_ascii_uppercase()))
        } else {
            group.bytes().any(|b| b.is_ascii_digit())
                && group
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'(' | b')' | b'-' | b'.' | b'/'))
        };
        if group.is_empty() || !fits || first_len + taken + 1 + group_len > limit {
            break;
        }
        taken += 1 + group_len;
    }
    taken
}

/// An SSN-shaped value under an SSN name that no SSN can have (area 000,
/// 666 or 9xx, group 00, serial 0000, the advertising sample).
fn invalid_ssn(name: &str, value: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if !(lower.contains("ssn") || lower.contains("social")) {
        return false;
    }
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let shaped = digits == 9
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b' ');
    shaped && !super::ssn::is_ssn_digits(value) && !super::national_ids::is_us_itin(value)
}

/// Whether a value can be what its name says: `ip=POSITIVE` is no address,
/// `email=data['email']` is code, `iban=DE88…` with a bad check is no IBAN.
pub(crate) fn value_fits(category: Category, value: &str) -> bool {
    // Source code: a call or an index (`make_password(x)`, `data['email']`).
    if value.contains("['")
        || value.contains("[\"")
        || (value.contains('(') && value.ends_with(')'))
        || super::sentences::is_code_call(value)
    {
        return false;
    }
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    match category {
        Category::IpAddress => super::ip::ipv4_in_text(value) || super::ip::ipv6_in_text(value),
        Category::Email => super::email::has_at_sign(value),
        Category::MacAddress => super::mac::is_mac(value),
        Category::Phone => digits >= 7,
        Category::PaymentCard => {
            digits >= 12
                && value
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-'))
        }
        Category::Iban => {
            let compact: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .collect();
            let b = compact.as_bytes();
            let iban_shaped = b.len() >= 15
                && b[..2].iter().all(u8::is_ascii_alphabetic)
                && b[2..4].iter().all(u8::is_ascii_digit);
            if iban_shaped {
                super::iban::is_valid_iban(&compact.to_ascii_uppercase())
            } else {
                digits >= 6
            }
        }
        Category::NationalId | Category::DateOfBirth | Category::DeviceId => digits >= 1,
        Category::Username => is_handle(value),
        _ => true,
    }
}

/// Given the span of a [`PAIR_PATTERN`] match, classifies the name and
/// extracts the value. Returns `None` when the name decides nothing or the
/// value is trivial, a reference, or an auth scheme (`Bearer …` is left to
/// the scheme detectors).
pub fn pair_value(text: &str, m_start: usize, m_end: usize) -> Option<PairValue> {
    let head = text.get(m_start..m_end)?;
    let name_end = head.find(['=', ':', '"', '\''])?;
    // `api_key = …`, `"client_secret" : …`: config and JSON-fragment lines
    // space the separator.
    let name = head.get(..name_end)?.trim_end_matches([' ', '\t']);
    if name.len() > 64 || name.is_empty() {
        return None;
    }
    // `@password:filter`: a rule's or a decorator's id, no field.
    if text.as_bytes().get(m_start.wrapping_sub(1)) == Some(&b'@') {
        return None;
    }
    let eq = head.as_bytes().get(name_end..)?.contains(&b'=');
    // `uid=fgallo,ou=people,dc=example,dc=it`: the entry a directory DN
    // names (see `ldap_dn`).
    if eq && name.len() <= 3 {
        if let Some((start, end, category)) = super::ldap_dn::rdn_value(text, name, m_end) {
            return Some(PairValue {
                start,
                end,
                category,
                confidence: 0.8,
                provider: None,
            });
        }
    }
    // `https://…`, `C:\…`: a scheme or drive, not a pair.
    if !eq
        && (text
            .get(m_end..)
            .is_some_and(|r| r.starts_with("//") || r.starts_with('\\'))
            || name.len() == 1)
    {
        return None;
    }
    // `arn:aws:secretsmanager:…:secret:prod/db-AbCdEf`: a resource type
    // inside an Amazon Resource Name, not a field.
    if !eq && inside_arn(text, m_start) {
        return None;
    }
    // `random:index/randomPassword:RandomPassword`: a segment of a path or
    // a type token (Pulumi's, a package's), not a field.
    if !eq && text.as_bytes().get(m_start.wrapping_sub(1)) == Some(&b'/') {
        return None;
    }
    let in_query = matches!(
        text.as_bytes().get(..m_start).and_then(<[u8]>::last),
        Some(b'?' | b'&')
    );
    // `?key=8E50AFFD…` (Steam, YouTube and Google Maps Web APIs): the API
    // key of a query string, when it looks like one. (`key` alone names a
    // pair elsewhere.)
    let query_key = eq && in_query && name.eq_ignore_ascii_case("key");
    let (category, confidence, needs) = if query_key {
        (Category::ApiKey, 0.6, ValueNeeds::SecretShape)
    } else {
        strong_category(name)?
    };
    let rest = text.get(m_end..)?;
    // `password: ENC[AES256_GCM,data:…]`: SOPS ciphertext.
    if starts_encrypted(rest) {
        return None;
    }
    let first = rest.bytes().next()?;
    // `RandomPassword::db-pass`: a scope separator (Pulumi URNs, C++ and
    // Rust paths), not a pair.
    if !eq && first == b':' {
        return None;
    }
    // `password == input`, `token := …`: a comparison or an assignment in
    // code, whose right side is an expression.
    if first == b'=' {
        return None;
    }
    let quoted = first == b'"' || first == b'\'';
    let (s, e) = if quoted {
        let inner = rest.get(1..)?;
        let close = inner.find(first as char)?;
        (m_end + 1, m_end + 1 + close)
    } else {
        let multiword = !eq && matches!(category, Category::PersonName | Category::PostalAddress);
        // In a query string or form body `&` ends a value; in a password
        // (`password=Tr0ub4dor&3 status=200`) only when a parameter
        // follows it (`password=s3cr3t&remember=1`).
        let amp_ends = category != Category::Password;
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                if eq {
                    c.is_whitespace()
                        || (c == '&' && (amp_ends || super::sentences::starts_param(rest, i + 1)))
                        || matches!(c, ';' | ',' | '"' | '\'' | '<' | '>')
                } else if multiword {
                    matches!(
                        c,
                        '\n' | '\r' | ',' | ';' | '|' | '"' | '\'' | '<' | '>' | '\t'
                    )
                } else {
                    c.is_whitespace() || matches!(c, ',' | ';' | '|' | '"' | '\'' | '<' | '>')
                }
            })
            .map_or(rest.len(), |(i, _)| i);
        let v = rest.get(..end)?.trim_end();
        let v = if eq {
            trim_unbalanced(v)
        } else {
            v.trim_end_matches(['.', ')', ']', '}'])
        };
        let len = v.len() + grouped_tail(category, rest.get(v.len()..).unwrap_or(""), v.len());
        (m_end, m_end + len)
    };
    let value = text.get(s..e)?;
    let checks = ValueChecks {
        name,
        head,
        quoted,
        eq,
        in_query,
        query_key,
        needs,
        after: text.get(e..).unwrap_or(""),
        semicolon_before: text.as_bytes().get(..m_start).and_then(<[u8]>::last) == Some(&b';'),
    };
    let category = checked_category(category, confidence, value, &checks)?;
    Some(PairValue {
        start: s,
        end: e,
        category,
        confidence,
        provider: category
            .is_secret()
            .then(|| super::pair_providers::pair_provider(name, text))
            .flatten(),
    })
}

/// An XML element opening without attributes inside a text
/// (`<password>S3cr3t</password>` in a SOAP body or a logged config): the
/// element's name names its text, as a pair's name names its value.
pub const XML_ELEMENT_PATTERN: &str = r"<[A-Za-z_][A-Za-z0-9_.:\-]{0,63}>";

/// A key/value attribute pair of an XML element (.NET `<add
/// key="SmtpPassword" value="…"/>`, Java `<property name="…Password"
/// value="…"/>`); the match ends where the value starts.
pub const XML_ATTRIBUTE_PAIR_PATTERN: &str = r#"(?-u:\b)(?:key|name)[ \t]*=[ \t]*"[A-Za-z_][A-Za-z0-9_.:\-]{0,63}"[ \t]+value[ \t]*=[ \t]*""#;

/// An element named by its key attribute, its text the value (Java
/// properties XML `<entry key="db.password">…</entry>`); the match ends
/// where the text starts.
pub const XML_KEYED_ELEMENT_PATTERN: &str =
    r#"(?-u:\b)(?:key|name)[ \t]*=[ \t]*"[A-Za-z_][A-Za-z0-9_.:\-]{0,63}"[ \t]*>"#;

/// The text of an element named by its key attribute, matched at
/// `text[m_start..m_end]` (see [`XML_KEYED_ELEMENT_PATTERN`]), when the
/// element closes right after it.
pub fn xml_keyed_element_value(text: &str, m_start: usize, m_end: usize) -> Option<PairValue> {
    let name = first_quoted(text.get(m_start..m_end)?)?;
    let rest = text.get(m_end..)?;
    let close = rest.find('<')?;
    let after = rest.get(close..)?;
    if !after.starts_with("</") {
        return None;
    }
    delimited_value(text, name, m_end, m_end + close, after)
}

/// The text of the element whose opening tag is `text[m_start..m_end]`,
/// when the element closes right after it with its own tag and its name
/// gives a category the text fits.
pub fn xml_element_value(text: &str, m_start: usize, m_end: usize) -> Option<PairValue> {
    let tag = text.get(m_start + 1..m_end.checked_sub(1)?)?;
    let rest = text.get(m_end..)?;
    let close = rest.find('<')?;
    let after = rest.get(close..)?;
    if !after
        .strip_prefix("</")?
        .strip_prefix(tag)?
        .starts_with('>')
    {
        return None;
    }
    // `<ns:password>`: the namespace prefix names nothing.
    let name = tag.rsplit(':').next()?;
    delimited_value(text, name, m_end, m_end + close, after)
}

/// The value of an XML key/value attribute pair matched at
/// `text[m_start..m_end]` (see [`XML_ATTRIBUTE_PAIR_PATTERN`]).
pub fn xml_attribute_value(text: &str, m_start: usize, m_end: usize) -> Option<PairValue> {
    let name = first_quoted(text.get(m_start..m_end)?)?;
    let rest = text.get(m_end..)?;
    let close = rest.find('"')?;
    delimited_value(text, name, m_end, m_end + close, rest.get(close..)?)
}

/// The first double-quoted string in `head` (an XML attribute's value).
fn first_quoted(head: &str) -> Option<&str> {
    let (_, rest) = head.split_once('"')?;
    rest.split_once('"').map(|(quoted, _)| quoted)
}

/// A value its markup delimits (`text[s..e]`, blanks around it dropped)
/// under the name `name`, after the checks every pair's value passes.
fn delimited_value(text: &str, name: &str, s: usize, e: usize, after: &str) -> Option<PairValue> {
    let raw = text.get(s..e)?;
    let value = raw.trim();
    if value.is_empty() {
        return None;
    }
    let s = s + (raw.len() - raw.trim_start().len());
    let (category, confidence, needs) = strong_category(name)?;
    let checks = ValueChecks {
        name,
        head: "",
        quoted: true,
        eq: true,
        in_query: false,
        query_key: false,
        needs,
        after,
        semicolon_before: false,
    };
    let category = checked_category(category, confidence, value, &checks)?;
    Some(PairValue {
        start: s,
        end: s + value.len(),
        category,
        confidence,
        provider: None,
    })
}

/// What [`checked_category`] needs to know of the pair around a value.
struct ValueChecks<'a> {
    name: &'a str,
    head: &'a str,
    quoted: bool,
    eq: bool,
    in_query: bool,
    query_key: bool,
    needs: ValueNeeds,
    after: &'a str,
    semicolon_before: bool,
}

/// The category a pair's value takes after the checks every pair shares
/// (working directories, placeholders, prose, secret shapes, auth
/// schemes), or `None` when the value is no datum of it.
fn checked_category(
    category: Category,
    confidence: f32,
    value: &str,
    c: &ValueChecks<'_>,
) -> Option<Category> {
    let (name, head, quoted, eq, in_query, query_key, needs) = (
        c.name,
        c.head,
        c.quoted,
        c.eq,
        c.in_query,
        c.query_key,
        c.needs,
    );
    // `PWD=/home/jdoe` (sudo, shell environments): a working directory.
    if super::sentences::is_working_directory(name, value) {
        return None;
    }
    // `pan=ABCPD1234E`: an Indian tax id, not a card number.
    let category = if category == Category::PaymentCard && super::id_schemes::is_in_pan(value) {
        Category::NationalId
    } else if category.is_secret()
        && super::base64_text::decode_basic_auth(value)
            .is_some_and(|(user, pass)| !user.is_empty() && !pass.is_empty())
    {
        // A docker config's `"auth": "cm9ib3Q6…"`: base64 of `user:pass`.
        Category::Password
    } else {
        category
    };
    // Only log fields: `The user: is not found` is prose, `user:U0G9` an
    // identifier, and `?user=bi_reader&…` a connection's database login.
    if query_key
        && (value.len() < 16
            || !value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    {
        return None;
    }
    if needs == ValueNeeds::LogHandle && !quoted {
        let spaced = head.ends_with(' ') || head.ends_with('\t');
        let handle_like = value
            .bytes()
            .any(|b| b.is_ascii_digit() || b"._@-".contains(&b));
        let in_query = in_query || c.semicolon_before;
        if in_query || !(eq || (spaced && handle_like)) {
            return None;
        }
    }
    if !value_fits(category, value) || invalid_ssn(name, value) {
        return None;
    }
    // `The password: is required`: prose around a field name.
    if !quoted && is_prose_word(value) {
        return None;
    }
    if is_trivial(value) || is_secret_reference(value) || value.len() > 2048 {
        return None;
    }
    // `HARNESS_API_KEY=pat.<ACCOUNT_ID>.<TOKEN_ID>`: a token's prefix glued
    // to fill-ins, a template.
    if !quoted && glued_fill_in(c.after) {
        return None;
    }
    // `username:password`, `user=test`: a template, not a login.
    if is_placeholder_credentials(name, value) {
        return None;
    }
    // `username = __token__` (a `.pypirc` for API tokens), `user=guest`:
    // no one's login.
    if category == Category::Username && super::placeholder_names::is_placeholder_account(value) {
        return None;
    }
    // A session id is the credential whatever its shape (hex included);
    // so is a hex value under a token name (`?token=9f8e…`), which the
    // entropy check takes for a technical id.
    let session_id =
        is_session_cookie(name) && value.len() >= 16 && value.bytes().all(|b| b.is_ascii_graphic());
    let hex_credential = matches!(category, Category::OauthToken | Category::ApiKey)
        && value.len() >= 16
        && value.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
        && value.bytes().any(|b| b.is_ascii_digit());
    if (needs == ValueNeeds::SecretShape || (confidence <= 0.7 && category == Category::OauthToken))
        && !session_id
        && !hex_credential
        && !super::entropy::looks_like_secret(value)
    {
        return None;
    }
    // `heart_rate.bpm:com.fitbit.FitbitMobile` names a data source, not a
    // reading: a health pair needs a measurement.
    if category == Category::HealthMetric && !super::measurement::is_measurement(value) {
        return None;
    }
    let lower = value.get(..7).unwrap_or(value).to_ascii_lowercase();
    if lower.starts_with("bearer")
        || lower.starts_with("basic")
        || is_auth_scheme(value)
        || scheme_before_credential(name, value, c.after)
    {
        return None;
    }
    Some(category)
}

/// Text right after a value that opens with a fill-in (`<ACCOUNT_ID>`,
/// `<your-token>`): the value before it is part of a template.
fn glued_fill_in(after: &str) -> bool {
    after.starts_with('<')
        && after
            .find('>')
            .and_then(|i| after.get(..=i))
            .is_some_and(|t| is_trivial(t) || is_secret_reference(t))
}

/// A function word or a form message's verb after a field name in prose
/// (`password: must be 8 chars`, `token: is expired`), not its value.
/// True when the blank-free word that `at` lies in opens with `arn:`
/// (looked for within the 256 bytes before `at`).
fn inside_arn(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let floor = at.saturating_sub(256);
    let start = (floor..at)
        .rev()
        .find(|&i| b[i].is_ascii_whitespace() || matches!(b[i], b'"' | b'\'' | b'=' | b','))
        .map_or(floor, |i| i + 1);
    b.get(start..at).is_some_and(|w| w.starts_with(b"arn:"))
}

fn is_prose_word(value: &str) -> bool {
    const WORDS: [&str; 40] = [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "must",
        "should",
        "will",
        "would",
        "can",
        "cannot",
        "could",
        "may",
        "might",
        "has",
        "have",
        "had",
        "not",
        "required",
        "invalid",
        "incorrect",
        "wrong",
        "missing",
        "expired",
        "changed",
        "reset",
        "updated",
        "too",
        "the",
        "and",
        "or",
        "of",
        "to",
        "for",
        "with",
        "from",
        "please",
        "your",
        "you",
    ];
    value.len() <= 8 && WORDS.iter().any(|w| value.eq_ignore_ascii_case(w))
}

/// Pair names that say "the user" (`user`, `usr`, `DB_USER`,
/// `GITHUB_USER`), not an account of something else (`AccountName`).
fn names_a_user(name: &str) -> bool {
    let l = name.to_ascii_lowercase();
    l.ends_with("user") || l == "usr" || l == "uname"
}

/// An account handle as log lines write it (`jdoe42`, `svc.backup`,
/// `jane@corp`): a letter, no spaces, and not a placeholder for nobody.
fn is_handle(value: &str) -> bool {
    (2..=64).contains(&value.len())
        && value.bytes().any(|b| b.is_ascii_alphabetic())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@' | b'\\'))
        && ![
            "anonymous",
            "unknown",
            "none",
            "nobody",
            "guest",
            "system",
            "true",
            "false",
        ]
        .iter()
        .any(|w| value.eq_ignore_ascii_case(w))
}

/// Authorization schemes whose credential is one token after the scheme
/// word (`Authorization: Token …`, `SSWS …`); the scanner's bearer pattern
/// is built from them. Lower case, regex-safe.
pub(crate) const TOKEN_AUTH_SCHEMES: [&str; 9] = [
    "token", "apikey", "api-key", "ssws", "geniekey", "key", "sso-key", "otoken", "splunk",
];

/// The scheme word of an Authorization header (`Authorization: Token …`):
/// the credential follows it, the word itself is no secret.
fn is_auth_scheme(value: &str) -> bool {
    TOKEN_AUTH_SCHEMES
        .iter()
        .chain(&["digest", "negotiate", "ntlm", "hmac"])
        .any(|w| value.eq_ignore_ascii_case(w))
}

/// `Authorization: Api-Token 22cb…`, `Authorization: Bot MTA5…`: a word
/// of letters and hyphens under an authorization name, followed by the
/// credential, is the scheme, not the secret.
fn scheme_before_credential(name: &str, value: &str, after: &str) -> bool {
    let authorization = name.len() >= 13
        && name
            .get(name.len() - 13..)
            .is_some_and(|n| n.eq_ignore_ascii_case("authorization"));
    authorization
        && (2..=24).contains(&value.len())
        && value.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        && after
            .strip_prefix([' ', '\t'])
            .is_some_and(|r| r.bytes().next().is_some_and(|b| b.is_ascii_graphic()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;

    type ValueOf = fn(&str, usize, usize) -> Option<PairValue>;

    /// The values `value_of` reads at each match of `pattern` in `text`.
    fn values(text: &str, pattern: &str, value_of: ValueOf, out: &mut Vec<(Category, String)>) {
        let re = Regex::new(pattern).unwrap();
        for m in re.find_iter(text) {
            if let Some(v) = value_of(text, m.start(), m.end()) {
                out.push((v.category, text[v.start..v.end].to_string()));
            }
        }
    }

    fn find(text: &str) -> Vec<(Category, String)> {
        let mut out = Vec::new();
        values(text, PAIR_PATTERN, pair_value, &mut out);
        out
    }

    #[test]
    fn query_and_cookie_pairs() {
        let got = find("?email=jane%40x.io&page=2&password=hunter2");
        assert!(
            got.contains(&(Category::Email, "jane%40x.io".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&(Category::Password, "hunter2".into())),
            "{got:?}"
        );
        assert!(!got.iter().any(|(_, v)| v == "2"), "{got:?}");
        let got = find("username: jdoe, status: active");
        assert!(
            got.contains(&(Category::Username, "jdoe".into())),
            "{got:?}"
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn contextual_secret_names_need_secret_values() {
        let got = find("/reset?token=abc123def456ghi789&lang=en");
        assert!(
            got.iter().any(|(_, v)| v == "abc123def456ghi789"),
            "{got:?}"
        );
        assert!(find("?token=yes&page=3").is_empty());
    }

    #[test]
    fn api_keys_in_query_strings() {
        let got = find("/v0002/?key=8E50AFFD5B6DAD8D3F2F63381747CCA3&steamids=7656119");
        assert_eq!(
            got,
            vec![(Category::ApiKey, "8E50AFFD5B6DAD8D3F2F63381747CCA3".into())]
        );
        // Not a secret's shape, too short, or not in a query string.
        assert!(find("?key=photos%2F2024%2Fimg.jpg&x=1").is_empty());
        assert!(find("?key=ArrowUp&code=38").is_empty());
        assert!(find("?key=a1b2c3d4").is_empty());
        assert!(find("cache key=8E50AFFD5B6DAD8D3F2F63381747CCA3").is_empty());
    }

    #[test]
    fn base64_user_pass_under_a_secret_name_is_a_password() {
        let got = find(r#"{"auths":{"registry.example.com":{"auth":"cm9ib3Q6czNjcjN0LXBhc3M="}}}"#);
        assert_eq!(
            got,
            vec![(Category::Password, "cm9ib3Q6czNjcjN0LXBhc3M=".into())]
        );
    }

    #[test]
    fn signed_url_signatures() {
        let got = find("b?sv=2021-06-08&sp=r&sig=AbCdEf0123456789AbCdEf0123456789%3D&x=1");
        assert!(
            got.iter()
                .any(|(c, v)| *c == Category::ApiKey && v == "AbCdEf0123456789AbCdEf0123456789%3D"),
            "{got:?}"
        );
        assert!(find("?sig=none").is_empty());
        // A token prefix glued to fill-ins is a template; a value before
        // markup that is no fill-in still counts.
        assert!(find("HARNESS_API_KEY=pat.<ACCOUNT_ID>.<TOKEN_ID>.<SECRET>").is_empty());
        assert!(find("API_TOKEN=abc.<your-token>").is_empty());
        assert_eq!(
            find("password=Tr0ub4dor9x<br>"),
            vec![(Category::Password, "Tr0ub4dor9x".to_string())]
        );
    }

    #[test]
    fn placeholder_accounts_are_no_logins() {
        assert!(find("[pypi]\nusername = __token__\n").is_empty());
        assert_eq!(
            find("username = jdoe42"),
            vec![(Category::Username, "jdoe42".to_string())]
        );
    }

    #[test]
    fn resource_types_inside_arns() {
        assert!(find(
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/billing-db-AbCdEf"
        )
        .is_empty());
        assert!(inside_arn("x arn:aws:iam::1:user/a", 10));
        assert!(!inside_arn("arn: secret:x", 7));
    }

    #[test]
    fn meta_trivial_and_schemes() {
        assert!(find("email_verified=true&password=").is_empty());
        assert!(find("password=***; token_type=Bearer").is_empty());
        assert!(find("password=${DB_PASS}").is_empty());
        assert!(find("--user \"username:password\"").is_empty());
        assert!(find("password: secret").is_empty());
        assert!(
            find("Authorization: Api-Token 22cb987851bc5659l29114c62e60c79abd0d2c08").is_empty()
        );
        assert!(find("Authorization: Bot MTA5ODc2NTQzMjEwOTg3NjU0.GxYz12.abcdef").is_empty());
    }

    #[test]
    fn spaced_separators_in_configs_and_fragments() {
        let secret = "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB";
        for text in [
            format!("api_key = {secret}"),
            format!("[default]\nsecret = \"{secret}\"\nregion = eu"),
            format!("\"client_secret\" : \"{secret}\","),
        ] {
            let got = find(&text);
            assert!(got.iter().any(|(_, v)| v == secret), "{text}: {got:?}");
        }
        // Comparisons, Go assignments and prose around a field name.
        assert!(find("if password == input: return").is_empty());
        assert!(find("token := getToken()").is_empty());
        assert!(find("The password : is required").is_empty());
        assert!(find("Your password: must be 8 chars").is_empty());
    }

    fn find_xml(text: &str) -> Vec<(Category, String)> {
        let mut out = Vec::new();
        for (pattern, value_of) in [
            (XML_ELEMENT_PATTERN, xml_element_value as ValueOf),
            (XML_ATTRIBUTE_PAIR_PATTERN, xml_attribute_value),
            (XML_KEYED_ELEMENT_PATTERN, xml_keyed_element_value),
        ] {
            values(text, pattern, value_of, &mut out);
        }
        out
    }

    #[test]
    fn xml_elements_and_attribute_pairs() {
        let got = find_xml("<user><password>S3cr3t!x</password><email>ann@x.org</email></user>");
        assert!(
            got.contains(&(Category::Password, "S3cr3t!x".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&(Category::Email, "ann@x.org".into())),
            "{got:?}"
        );
        let got = find_xml(r#"<add key="SmtpPassword" value="Tr0ub4dor&amp;3"/>"#);
        assert!(
            got.contains(&(Category::Password, "Tr0ub4dor&amp;3".into())),
            "{got:?}"
        );
        let got =
            find_xml(r#"<entry key="db.password">Zq8!vLm2</entry><entry key="db.pool">8</entry>"#);
        assert_eq!(got, vec![(Category::Password, "Zq8!vLm2".into())]);
        let got =
            find_xml(r#"<property name="javax.net.ssl.keyStorePassword" value="ch4ngeit!"/>"#);
        assert_eq!(got, vec![(Category::Password, "ch4ngeit!".into())]);
        // Empty, nested, mismatched, placeholder and unnamed elements.
        assert!(find_xml("<password></password>").is_empty());
        assert!(find_xml("<password><![CDATA[x]]></password>").is_empty());
        assert!(find_xml("<password>hunter2</passwd>").is_empty());
        assert!(find_xml("<password>${SMTP_PASS}</password>").is_empty());
        assert!(find_xml("<title>Reset your password</title>").is_empty());
        assert!(find_xml(r#"<add key="PageSize" value="50"/>"#).is_empty());
    }
}
