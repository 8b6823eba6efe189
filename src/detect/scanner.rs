//! The span scanner: a byte-level prefilter, one multi-pattern regex pass
//! (leftmost-first, patterns in priority order), validators per pattern,
//! and overlap resolution (validated beats shape beats context; longer
//! beats shorter).

use regex_automata::hybrid;
use regex_automata::meta::Regex;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, Match, PatternID};
use std::sync::OnceLock;

use super::sentences::{self, Cue};
use super::{
    auth_log, base64_text, card, chat_mentions, dates, device_hostnames, email, game_log,
    home_paths, iban, id_schemes, ip, irc, jwt, luhn, mac, national_ids, pairs, password_hash, pem,
    pgpass, phone, phone_context, prefilter, profile_urls, provider_tokens, separators,
    social_handles, ssn, transfer_party, url_user, windows_accounts, Finding,
};
use crate::Category;

/// What a pattern of the main pass stands for.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// A look-alike: consume the span, report nothing.
    Skip,
    /// Long hex run: a digest, unless a Twilio SID in auth context.
    Hex,
    Pem,
    Jwt,
    Token(usize),
    PasswordHash,
    Bearer,
    Basic,
    UrlCreds,
    /// `jdbc:oracle:thin:scott/tiger@//host:1521/ORCL`: Oracle's
    /// `user/password@` logon in a JDBC URL.
    OracleLogon,
    /// An IAM user ARN (`arn:aws:iam::123456789012:user/jane.doe`), an
    /// assumed role's (`arn:aws:sts::123456789012:assumed-role/Admin/jane.doe`)
    /// or its role id and session (`AROA…:jane.doe`).
    ArnUser,
    CliUserPass,
    /// `--token vk_…`, `--password hunter2`: a secret after a
    /// space-separated command-line flag.
    CliSecretFlag,
    /// `mysql -u root -pS3cret`: the MySQL client's glued password flag.
    MysqlPassword,
    /// `INSERT INTO t (cols) VALUES (`: the column names decide the values.
    SqlInsert,
    Email,
    Iban,
    Mac,
    /// `52.520008, 13.404954` in text or a map URL.
    LatLon,
    Ipv6,
    Ipv4,
    /// `am 12.03.1984 geboren`: a birth date before its cue.
    BirthBefore,
    /// Street and house number.
    Street,
    /// `IP - user [` at the start of a common/combined log line.
    LogUser,
    /// A device named after its owner (`Annikas-iPhone`).
    DeviceHostname,
    /// A social profile or personal-site URL ending in its handle.
    ProfileUrl,
    /// The head of an IRC message (`:nick!user@host PRIVMSG`).
    Irc,
    /// A player's name in a Minecraft server log line.
    GamePlayer,
    /// An @-mention of an account in a chat message.
    Mention,
    Ssn,
    Nino,
    /// A national id whose check character decides (DNI/NIE, codice
    /// fiscale, CPF, NRIC).
    CheckedId,
    Card,
    Phone,
    Tel,
    Cue(Cue),
    AwsSecret,
    Pair,
    /// A line of a PostgreSQL password file (`host:port:db:user:password`).
    PgPass,
    /// An XML element's opening tag in a text (`<password>`).
    XmlElement,
    /// An XML key/value attribute pair (`key="SmtpPassword" value="`).
    XmlAttributePair,
    /// An XML element named by its key attribute (`<entry key="db.password">`).
    XmlKeyedElement,
}

/// The lazy DFA of a family, searched directly with per-thread caches: the
/// meta regex's literal strategies (reverse-inner on `.`, `-`, `/`) cost
/// several times more on typical values that hold no match. It never gives
/// up with its default configuration; should it fail anyway, a meta regex of
/// the same patterns is built then and answers instead.
struct LazyDfa {
    re: std::sync::Arc<hybrid::regex::Regex>,
    caches: CachePool,
    /// Which bytes can open a match after which byte, built on first use.
    starts: OnceLock<StartTable>,
}

/// For each byte before a position (or none, at the start of the text),
/// the bytes a match can open with there: those on which the anchored
/// start state does not die. A superset of the real match starts, exact
/// enough to skip nearly every position of a random token.
struct StartTable {
    /// Row of `rows` for each preceding byte; index 256 is no byte.
    row_of: [u16; 257],
    /// 256-bit sets of opening bytes.
    rows: Vec<[u64; 4]>,
}

impl StartTable {
    /// Built with a cache of its own, which no search can have filled:
    /// the start states it compares stay valid while it runs.
    fn build(re: &hybrid::regex::Regex) -> StartTable {
        let dfa = re.forward();
        let mut cache = dfa.create_cache();
        let mut row_of = [0u16; 257];
        // Start states met so far and their opening bytes; `None` (no start
        // state) keeps every byte a candidate.
        let mut seen: Vec<(Option<hybrid::LazyStateID>, [u64; 4])> = Vec::new();
        for (prev, slot) in row_of.iter_mut().enumerate() {
            let hay = [prev.min(255) as u8, 0];
            let input = if prev == 256 {
                Input::new(&hay[1..]).anchored(Anchored::Yes)
            } else {
                Input::new(&hay[..]).span(1..2).anchored(Anchored::Yes)
            };
            let start = dfa.start_state_forward(&mut cache, &input).ok();
            let row = match seen.iter().position(|(sid, _)| *sid == start) {
                Some(i) => i,
                None => {
                    let mut bits = [u64::MAX; 4];
                    if let Some(sid) = start {
                        for b in 0..=255u8 {
                            let dead = sid.is_dead()
                                || dfa
                                    .next_state(&mut cache, sid, b)
                                    .is_ok_and(|n| n.is_dead());
                            if dead {
                                bits[usize::from(b >> 6)] &= !(1u64 << (b & 63));
                            }
                        }
                    }
                    seen.push((start, bits));
                    seen.len() - 1
                }
            };
            *slot = u16::try_from(row).unwrap_or(u16::MAX);
        }
        StartTable {
            row_of,
            rows: seen.into_iter().map(|(_, bits)| bits).collect(),
        }
    }

    /// Whether a match can open with `b` after `prev` (`None`: text start).
    fn can_open(&self, prev: Option<u8>, b: u8) -> bool {
        let row = self.row_of[prev.map_or(256, usize::from)];
        self.rows
            .get(usize::from(row))
            .is_none_or(|bits| bits[usize::from(b >> 6)] & (1u64 << (b & 63)) != 0)
    }
}

type CachePool = Pool<hybrid::regex::Cache, Box<dyn Fn() -> hybrid::regex::Cache + Send + Sync>>;

impl std::fmt::Debug for LazyDfa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LazyDfa")
    }
}

impl LazyDfa {
    fn new(pats: &[String]) -> LazyDfa {
        let built = hybrid::regex::Regex::builder()
            .syntax(syntax::Config::new().unicode(false).utf8(false))
            .dfa(hybrid::dfa::Config::new().cache_capacity(8 << 20))
            .build_many(pats);
        // The patterns are constants of this module (see `build`).
        let re = match built {
            Ok(re) => re,
            Err(e) => panic!("leakscope: invalid built-in pattern: {e}"),
        };
        let re = std::sync::Arc::new(re);
        let for_caches = std::sync::Arc::clone(&re);
        LazyDfa {
            re,
            caches: Pool::new(Box::new(move || for_caches.create_cache())),
            starts: OnceLock::new(),
        }
    }
}

/// One group of patterns searched together.
#[derive(Debug)]
struct Family {
    lazy: LazyDfa,
    patterns: Vec<String>,
    /// Built on first failure of the lazy DFA only.
    fallback: OnceLock<Regex>,
    kinds: Vec<Kind>,
    /// Spans this family consumes are blanked for the families after it
    /// (look-alikes and tokens swallow digits that would look like phones).
    consumes: bool,
    /// Cheap test on the text: when false the family cannot match.
    gate: fn(&[u8]) -> bool,
    /// Searches the text as it came, not blanked: a key names its value
    /// even when the value looks like a digest (`X-API-Key: 9f8e…`), and
    /// an AWS secret's key id may have been consumed as a token.
    on_original: bool,
    /// Every pattern opens with a word boundary or a literal, so an
    /// anchored search dies within a few bytes where no match opens, and
    /// short tokens are searched by start (see `search_by_start`).
    opens_at_boundaries: bool,
}

impl Family {
    /// The leftmost-first match in `input`, with the caller's cache.
    fn search(&self, cache: &mut hybrid::regex::Cache, input: &Input<'_>) -> Option<Match> {
        self.lazy.re.try_search(cache, input).unwrap_or_else(|_| {
            self.fallback
                .get_or_init(|| build(&self.patterns, true))
                .search(input)
        })
    }

    /// The leftmost-first match in `text[from..to]`, found by anchored
    /// searches at each position a match can open, in order: the same
    /// match as the unanchored search (which takes the leftmost start and
    /// then the preferred pattern there), without the unanchored DFA's
    /// states, which random tokens keep multiplying.
    fn search_by_start(
        &self,
        cache: &mut hybrid::regex::Cache,
        text: &str,
        from: usize,
        to: usize,
    ) -> Option<Match> {
        let table = self
            .lazy
            .starts
            .get_or_init(|| StartTable::build(&self.lazy.re));
        let b = text.as_bytes();
        for s in from..to {
            let prev = s.checked_sub(1).and_then(|i| b.get(i)).copied();
            if !table.can_open(prev, b[s]) {
                continue;
            }
            let input = Input::new(text).span(s..to).anchored(Anchored::Yes);
            if let Some(m) = self.search(cache, &input) {
                return Some(m);
            }
        }
        None
    }

    /// One search with a cache from the pool.
    fn search_once(&self, input: &Input<'_>) -> Option<Match> {
        let mut cache = self.lazy.caches.get();
        self.search(&mut cache, input)
    }

    /// The kind of pattern behind a match of this family.
    fn kind_of(&self, m: &regex_automata::Match) -> Kind {
        self.kinds
            .get(m.pattern().as_usize())
            .copied()
            .unwrap_or(Kind::Skip)
    }
}

/// Index of a kind's family.
fn family_of(kind: Kind) -> usize {
    match kind {
        Kind::Skip
        | Kind::Hex
        | Kind::Pem
        | Kind::Jwt
        | Kind::Token(_)
        | Kind::PasswordHash
        | Kind::Bearer
        | Kind::Basic
        | Kind::UrlCreds
        | Kind::OracleLogon
        | Kind::ArnUser
        | Kind::CliUserPass
        | Kind::CliSecretFlag
        | Kind::MysqlPassword => 0,
        Kind::Email
        | Kind::Iban
        | Kind::Mac
        | Kind::BirthBefore
        | Kind::Street
        | Kind::LogUser
        | Kind::DeviceHostname
        | Kind::ProfileUrl
        | Kind::SqlInsert
        | Kind::Cue(_) => 1,
        Kind::LatLon
        | Kind::Ipv6
        | Kind::Ipv4
        | Kind::Ssn
        | Kind::Nino
        | Kind::CheckedId
        | Kind::Card
        | Kind::Phone
        | Kind::Tel => 2,
        Kind::Pair
        | Kind::PgPass
        | Kind::XmlElement
        | Kind::XmlAttributePair
        | Kind::XmlKeyedElement => 3,
        Kind::AwsSecret => 4,
        Kind::Irc | Kind::GamePlayer | Kind::Mention => CHAT_LOG_FAMILY,
    }
}

/// Index of the family holding the name=value pair pattern.
const PAIR_FAMILY: usize = 3;

/// Index of the family of chat and game-server log lines (IRC prefixes,
/// Minecraft join lines): their patterns open with wide classes, so they
/// run only on text holding one of their fixed words.
const CHAT_LOG_FAMILY: usize = 5;

/// Number of pattern families.
const FAMILIES: usize = 6;

/// Look-alikes and tokens are at least this long (`pk_live_` + 10, `1Z` + 16,
/// `Bearer ` + 8, provider prefixes + their bodies).
fn long_enough(t: &[u8]) -> bool {
    t.len() >= 10
}

/// Two colons (an IPv6 address) or a single colon ending `tel:`.
fn ipv6_or_tel(t: &[u8]) -> bool {
    let mut colons = memchr::memchr_iter(b':', t);
    let Some(first) = colons.next() else {
        return false;
    };
    colons.next().is_some() || first >= 3 && t[first - 3..first].eq_ignore_ascii_case(b"tel")
}

/// Which families can match a word token (`[A-Za-z0-9_]+`, all matches
/// at 0), as a bit mask by family index. Inside a word token only patterns
/// made of word characters apply: provider prefixes, long hex, ISBN and
/// UPS numbers (0); IBANs and sentence cues glued to their value (1);
/// NINOs (2). The pair and AWS-secret families keep their own gates.
fn word_token_families(t: &[u8]) -> u8 {
    use std::sync::LazyLock;
    // Literal starts of the look-alike and provider patterns, plus the
    // provider shapes that open with a group or a class.
    // Grouped by first byte: one small list per token.
    static TOKEN_PREFIXES: LazyLock<Vec<Vec<Vec<u8>>>> = LazyLock::new(|| {
        let mut v: Vec<Vec<u8>> = [
            "pk_", "ISBN", "1Z", "AKIA", "ASIA", "sk_", "rk_", "secret_", "ntn_", "AAAA",
        ]
        .iter()
        .map(|p| p.as_bytes().to_vec())
        .collect();
        v.extend(
            provider_tokens::specs()
                .iter()
                .filter_map(|s| literal_start(s.pattern))
                .map(|p| p.as_bytes().to_vec()),
        );
        let mut by_first: Vec<Vec<Vec<u8>>> = vec![Vec::new(); 256];
        for p in v {
            if let Some(&b) = p.first() {
                by_first[usize::from(b)].push(p);
            }
        }
        by_first
    });
    let mut mask = 0b1111_1000u8;
    let starts_like_token = t.first().is_some_and(|&b| {
        TOKEN_PREFIXES[usize::from(b)]
            .iter()
            .any(|p| t.starts_with(p))
    });
    if starts_like_token
        || (t.len() >= 32 && t.iter().all(u8::is_ascii_hexdigit))
        || new_relic_license(t)
        || provider_tokens::marked_word_token(t)
    {
        mask |= 1;
    }
    let upper_digits = |r: std::ops::Range<usize>, digits: std::ops::Range<usize>| {
        t.get(r)
            .is_some_and(|u| u.iter().all(u8::is_ascii_uppercase))
            && t.get(digits)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    // A sentence cue glued to its value (`dob19850314`) starts the token.
    let starts_with_cue = shape_words().is_none_or(|ac| {
        ac.find(aho_corasick::Input::new(t).anchored(aho_corasick::Anchored::Yes))
            .is_some()
    });
    if upper_digits(0..2, 2..4) || starts_with_cue {
        mask |= 2;
    }
    // NINO, DNI/NIE, NRIC (9), codice fiscale (16) and CURP (18).
    if matches!(t.len(), 9 | 16 | 18) && t.iter().any(u8::is_ascii_digit) {
        mask |= 4;
    }
    mask
}

/// A New Relic ingest license key: 36 lower-case hex digits and `NRAL`.
fn new_relic_license(t: &[u8]) -> bool {
    t.len() == 40
        && t.ends_with(b"NRAL")
        && t[..36]
            .iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
}

/// The word characters a pattern starts with after its leading boundary
/// (`(?-u:\b)dop_v1_[a-f0-9]…` gives `dop_v1_`); `None` when it opens with
/// a group, a class or a repetition.
fn literal_start(pattern: &str) -> Option<&str> {
    let body = pattern.strip_prefix("(?-u:\\b)").unwrap_or(pattern);
    let end = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(body.len());
    // A quantifier right after the literal applies to its last character.
    let end = match body[end..].chars().next() {
        Some('{' | '?' | '*' | '+') => end.saturating_sub(1),
        _ => end,
    };
    (end > 0).then(|| &body[..end])
}

/// Texts a single first-family match can span: one token, or an
/// authorization scheme and its credential.
fn spaceless_or_scheme(b: &[u8]) -> bool {
    memchr::memchr3(b' ', b'\t', b'\n', b).is_none()
        || b.get(..6)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"bearer"))
        || b.get(..5).is_some_and(|p| p.eq_ignore_ascii_case(b"basic"))
}

/// `Bearer <jwt>` and nothing else: the start of the token.
fn bearer_jwt(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    if b.len() < 7 || !b[..6].eq_ignore_ascii_case(b"bearer") {
        return None;
    }
    let tok_start = 6 + b[6..]
        .iter()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    let tok = &b[tok_start..];
    (tok_start > 6
        && tok.len() >= 8
        && tok
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || b"-._~+/=|%".contains(&c))
        && jwt::is_jwt(&text[tok_start..]))
    .then_some(tok_start)
}

/// Necessary conditions of the IP, phone, card and national-id patterns:
/// at least four digits (or two colons, or `tel:`), and digits in a shape
/// one of them needs: digit-separator-digit, `+` or `(` before a digit, a
/// letter right before a digit (NINO), or a run of 13 digits.
fn numeric_shapes(t: &[u8]) -> bool {
    if ipv6_or_tel(t) {
        return true;
    }
    // IPs, phones, cards and national ids have at least four digits.
    if t.iter().filter(|b| b.is_ascii_digit()).nth(3).is_none() {
        return false;
    }
    let mut run = 0usize;
    for (i, &b) in t.iter().enumerate() {
        if b.is_ascii_digit() {
            run += 1;
            if run >= 13 {
                return true;
            }
            continue;
        }
        run = 0;
        let next = t.get(i + 1).copied().unwrap_or(0);
        // `12345678Z`, `12345678-Z`: digits then a check letter.
        if i > 0
            && t[i - 1].is_ascii_digit()
            && (b.is_ascii_uppercase() || (b == b'-' && next.is_ascii_uppercase()))
        {
            return true;
        }
        if next.is_ascii_digit()
            && (b == b'+'
                || b == b'('
                || b.is_ascii_uppercase()
                || (i > 0 && t[i - 1].is_ascii_digit() && matches!(b, b' ' | b'.' | b'-' | b'/')))
        {
            return true;
        }
        // `AB 12 34 56 C`: an upper-case letter, a space, a digit.
        if b == b' ' && i > 0 && t[i - 1].is_ascii_uppercase() && next.is_ascii_digit() {
            return true;
        }
    }
    false
}

/// Byte classes of [`text_shapes`]: one lookup per byte.
const UPPER: u8 = 1;
const DIGIT: u8 = 2;
const HEX: u8 = 4;
/// `:`, `-`, `.`
const SEPARATOR: u8 = 8;
/// Space or tab.
const BLANK: u8 = 16;
const LETTER: u8 = 32;

static SHAPE_CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0usize;
    while c < 256 {
        let b = c as u8;
        let mut k = 0;
        if b.is_ascii_uppercase() {
            k |= UPPER | LETTER;
        }
        if b.is_ascii_lowercase() {
            k |= LETTER;
        }
        if b.is_ascii_digit() {
            k |= DIGIT;
        }
        if b.is_ascii_hexdigit() {
            k |= HEX;
        }
        if matches!(b, b':' | b'-' | b'.') {
            k |= SEPARATOR;
        }
        if matches!(b, b' ' | b'\t') {
            k |= BLANK;
        }
        t[c] = k;
        c += 1;
    }
    t
};

/// Necessary conditions of the e-mail, IBAN, MAC, street, access-log and
/// sentence-cue patterns.
fn text_shapes(t: &[u8]) -> bool {
    if memchr::memchr2(b'@', b'%', t).is_some() {
        return true;
    }
    let class = |i: usize| t.get(i).map_or(0, |&c| SHAPE_CLASSES[usize::from(c)]);
    if !t.iter().any(u8::is_ascii_digit) {
        // Without digits only `hex separator hex` can hold (`re-add`).
        let hex_separated = memchr::memchr3_iter(b':', b'-', b'.', t)
            .any(|i| i > 0 && class(i - 1) & HEX != 0 && class(i + 1) & HEX != 0);
        return hex_separated || shape_words().is_none_or(|ac| ac.is_match(t));
    }
    let (mut prev, mut cur) = (class(0), class(1));
    for i in 1..t.len() {
        let next = class(i + 1);
        // IBAN `DE89`, MAC and dotted quads `a4:5e`, `10.0`, street numbers
        // `12 Main`.
        if (prev & cur & UPPER != 0 && next & DIGIT != 0)
            || (prev & HEX != 0 && cur & SEPARATOR != 0 && next & HEX != 0)
            || (prev & DIGIT != 0 && cur & BLANK != 0 && next & UPPER != 0)
        {
            return true;
        }
        // House numbers with a letter and ordinal street names: `221B
        // Baker`, `19th St`.
        if prev & DIGIT != 0 && cur & LETTER != 0 {
            let letters = t[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let after = t.get(i + letters..i + letters + 2);
            if letters <= 2
                && after.is_some_and(|a| matches!(a[0], b' ' | b'\t') && a[1].is_ascii_uppercase())
            {
                return true;
            }
        }
        (prev, cur) = (cur, next);
    }
    shape_words().is_none_or(|ac| ac.is_match(t))
}

/// [`SHAPE_WORDS`] as one automaton, searched anywhere (gate) or anchored
/// at the start (word tokens); `None` only if it could not be built, and
/// then every gate using it passes.
fn shape_words() -> Option<&'static aho_corasick::AhoCorasick> {
    use std::sync::LazyLock;
    static WORDS: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .start_kind(aho_corasick::StartKind::Both)
            // A full DFA: this gate reads every byte of free text.
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(
                SHAPE_WORDS
                    .iter()
                    .chain(device_hostnames::GATE_WORDS)
                    .chain(&auth_log::LOGIN_EVENTS),
            )
            .ok()
    });
    WORDS.as_ref()
}

/// Literal words one of the text-shape patterns needs (ASCII case folded):
/// sentence cues, German street suffixes. A cue glued to its value in a
/// word token starts with one of them (`dob…`, `driverlicense…`).
const SHAPE_WORDS: &[&str] = &[
    "pass",
    "kennwort",
    "pwd",
    "pw",
    "born",
    "date",
    "dob",
    "d.ob",
    "do.b",
    "d.o.b",
    "birth",
    "geb",
    "n\u{e9}",
    "ne ",
    "ne\t",
    "nee",
    "fecha",
    "nasc",
    "nacid",
    "naci",
    "nac\u{ed}",
    "nato ",
    "nata ",
    "naissance",
    "ssn",
    "social",
    "sozial",
    "imei",
    "steuer",
    "identifikation",
    "idnr",
    "tax",
    "aws",
    "str",
    "weg",
    "allee",
    "platz",
    "gasse",
    "ring",
    "damm",
    "ufer",
    "chaussee",
    "gatan",
    "vägen",
    "straat",
    "laan",
    "gracht",
    "gade",
    "vej",
    "gata",
    "via ",
    "viale ",
    "piazza ",
    "corso ",
    "rua ",
    "avenida ",
    "calle ",
    "carrer ",
    "paseo ",
    "travessa ",
    " rue ",
    " avenue ",
    " boulevard ",
    " place ",
    " chemin ",
    " impasse ",
    " quai ",
    " allée ",
    "passport",
    "paspoort",
    "identit",
    "id card",
    "personalausweis",
    "guida",
    "conduire",
    "conducir",
    "rijbewijs",
    "reisepass",
    "passeport",
    "pasaporte",
    "licen",
    "driver",
    "driving",
    "hrerschein",
    "nhs",
    "aadha",
    "sin",
    "insurance",
    "bsn",
    "burgerservice",
    "sofi",
    "pesel",
    "tfn",
    "medicare",
    "mbi ",
    "mbi:",
    "mbi#",
    "personn",
    "hetu",
    "henkil",
    "f\u{f8}dsel",
    "fodsel",
    "rrn",
    "resident",
    "nir",
    "insee",
    "num",
    "curit",
    "\u{c8fc}\u{bbfc}",
    "ahv",
    "avs",
    "abn",
    "australian",
    // `pan` only before a non-word byte, as its cue needs: not "company".
    "pan ",
    "pan:",
    "pan=",
    "pan#",
    "pan-",
    "pan.",
    "pan\t",
    "permanent",
    "curl",
    "itin",
    "taxpayer",
    "bank",
    "checking",
    "savings",
    "chequing",
    "deposit",
    "acn",
    "company number",
    "kimlik",
    "tckn",
    "thai",
    "tnin",
    "individual number",
    "\u{30de}\u{30a4}\u{30ca}\u{30f3}\u{30d0}\u{30fc}",
    "\u{500b}\u{4eba}\u{756a}\u{53f7}",
    "african",
    "rsa",
    "\u{e1b}\u{e23}\u{e30}\u{e0a}\u{e32}\u{e0a}\u{e19}",
    "\u{8eab}\u{4efd}\u{8bc1}",
    // Names of the schemes in `world_ids`; short ones only before a
    // non-word byte, as their cue needs ("nin" is in "running").
    "rijksregister",
    "registre",
    "insz",
    "nif ",
    "nif:",
    "nif.",
    "nif#",
    "contribuinte",
    "svnr",
    "sv-nummer",
    "rodn",
    "cnp",
    "amka",
    "\u{3b1}\u{3bc}\u{3ba}\u{3b1}",
    "\u{391}\u{39c}\u{39a}\u{391}",
    "ppsn",
    "pps n",
    "pps:",
    "ird ",
    "ird:",
    "ird#",
    "hkid",
    "hong kong",
    "\u{8eab}\u{5206}\u{8b49}",
    "rut ",
    "rut:",
    "rut#",
    "cuit",
    "cuil",
    "zehut",
    "israeli",
    "\u{5de}\u{5e1}\u{5e4}\u{5e8}",
    "emirates",
    "cpr",
    "rfc ",
    "rfc:",
    "nin ",
    "nin:",
    "nin#",
    "nin-",
    "routing",
    "dula",
    "weigh",
    "height",
    "gr\u{f6}",
    "groesse",
    "taille",
    "altura",
    "gewicht",
    "wiegt",
    "poids",
    "peso",
    "bp",
    "blood",
    "blutdruck",
    "hr",
    "heart",
    "pulse",
    "puls",
    "spo2",
    "glucose",
    "bmi",
    "body",
    "insert",
    "cvv",
    "cvc",
    "csc",
    "security",
    "verification",
    // Self-introductions and courtesy titles before a name.
    "name is",
    "name's",
    "name ist",
    "hei\u{df}e",
    "heisse",
    "appelle",
    "nom est",
    "llamo",
    "nombre es",
    "monsieur",
    "madame",
    "se\u{f1}or",
    "senor",
    "mr ",
    "mr.",
    "mrs",
    "ms ",
    "ms.",
    "mx ",
    "mx.",
    "herr",
    "frau",
    "mme",
    "mlle",
    // A household (`Fam. Schuster`, `Familie Weber`).
    "fam. ",
    "familie ",
    "famille ",
    // A task's or a note's action on a person (`Onboard Ethan Clarke`)
    // and a presence line (`Priya Raman has left the chat.`).
    "onboard ",
    "offboard ",
    "call back ",
    "called ",
    "call with ",
    "phoned ",
    "texted ",
    "emailed ",
    "met ",
    "meet with ",
    "meeting with ",
    "lunch with ",
    "coffee with ",
    "interview",
    "up with ",
    "offer to ",
    "offer letter to ",
    "contract to ",
    "welcome pack to ",
    "nda to ",
    "check for ",
    "check on ",
    " left",
    " joined",
    // A document about one person named in its file name.
    "resum",
    "r\u{e9}sum\u{e9}",
    "cv_",
    "cv-",
    "cv ",
    "cv.",
    "lebenslauf",
    "curriculum",
    "letter",
    "contract",
    "vertrag",
    "bewerbung",
    "anschreiben",
    "chiamo",
    "mio nome",
    "chamo",
    "meu nome",
    "naam is",
    "ik heet",
    "heter",
    "nazywam",
    // Greetings and thanks before the name they address.
    "hi ",
    "hi\t",
    "hi,",
    "hi!",
    "hi.",
    "hello",
    "hey ",
    "hey,",
    "hey!",
    "good morning",
    "good afternoon",
    "good evening",
    "guten ",
    "dear",
    "hallo",
    "hej ",
    "hola",
    "ciao",
    "bonjour",
    "liebe",
    "thank",
    "danke",
    "merci",
    "gracias",
    "grazie",
    "bedankt",
    "obrigad",
    "buongiorno",
    "buonasera",
    "salve",
    "buenos",
    "buenas",
    "goedemorgen",
    "goedemiddag",
    "goedenavond",
    "moin",
    "servus",
    "salut",
    "bonsoir",
    // Closings before the writer's name (`Kind regards,\nOlwen`).
    "regards",
    "best",
    "cheers",
    "sincerely",
    "yours",
    "wishes",
    "gr\u{fc}",
    "gruess",
    "gruss",
    "mfg",
    "lg\n",
    "lg,",
    "vg\n",
    "vg,",
    "cordialement",
    "bien ",
    "saludo",
    "abrazo",
    "atentamente",
    "saluti",
    "saluto",
    "groet",
    // A postcode named in text.
    "zip",
    "plz",
    "postleitzahl",
    "postcode",
    "postal",
    "post code",
    "code postal",
    "digo postal",
    "cap ",
    // Profile links and auth-log lines.
    "linkedin.com/",
    "twitter.com/",
    "x.com/",
    "instagram.com/",
    "facebook.com/",
    "fb.com/",
    "github.com/",
    "t.me/",
    "telegram.me/",
    "reddit.com/u",
    "steamcommunity.com/id/",
    "twitch.tv/",
    "spotify.com/",
    "spotify:user:",
    // A transfer's other party in a bank statement's description.
    "payment to",
    "payment from",
    "transfer to",
    "transfer from",
    "money to",
    "money from",
    "cash to",
    "cash from",
    "zelle",
    "venmo",
    "paypal",
    // Handles after their network's name (`Discord: annaw90`; the other
    // networks need an `@`, which the gate passes anyway).
    "discord",
    "snapchat",
    // `my steam is nelly_f_92`, `my snap is …`: a handle its owner gives.
    "my steam",
    "my psn",
    "my xbox",
    "my gamertag",
    "my insta",
    "my ig ",
    "my snap",
    "my tiktok",
    "my twitch",
    "my reddit",
    "my telegram",
    "my twitter",
    "my kik",
    "my venmo",
    "my cashapp",
    "my epic",
    "my riot",
    "my battle",
    "telegram",
    "twitch",
    "psn",
    "xbox",
    "gamertag",
    "insta",
    "twitter",
    "tiktok",
    "bluesky",
    "bsky",
    // Minecraft server logs.
    "uuid of player",
    "the game",
    "lost connection:",
    "logged in with entity",
    "sharepoint.com/personal/",
    "sharepoint-df.com/personal/",
    "sharepoint.us/personal/",
    "sharepoint.de/personal/",
    "sharepoint.cn/personal/",
    "publickey for",
    "keyboard-interactive",
    "none for",
    "hostbased for",
    "gssapi-with-mic for",
    "invalid user",
    "illegal user",
    "authenticating user",
    "from user",
    "for user",
    ") by ",
    // sudo lines, Windows event account lines, home directories.
    "tty=",
    "sudoers",
    "not allowed",
    "account name",
    "account\tname",
    "/home/",
    "/users/",
    ":\\users\\",
    "\\home",
];

fn has_pair_sign(t: &[u8]) -> bool {
    memchr::memchr3(b'=', b':', b'<', t).is_some()
}

/// The password `pass` of a connection string or a JDBC logon at
/// `ps..pe`, unless it is a mask or a reference (`***`, `${DB_PASS}`).
fn connection_password(pass: &str, ps: usize, pe: usize) -> Option<Finding> {
    (!super::trivial::is_trivial(pass) && !super::trivial::is_secret_reference(pass)).then(|| {
        finding(
            ps,
            pe,
            Category::Password,
            0.95,
            "value:connection_string",
            None,
        )
    })
}

/// `Jane Doe <jane@example.com>`: the display name before an address in
/// angle brackets is its owner's name (mail headers, commit authors).
fn display_names(text: &str, out: &mut Vec<Finding>, from: usize) {
    let bracketed = |f: &Finding| {
        f.category == Category::Email && f.start > 0 && text.as_bytes()[f.start - 1] == b'<'
    };
    if !out[from..].iter().any(bracketed) {
        return;
    }
    let mut names = Vec::new();
    let mut prev_end = 0;
    for f in &out[from..] {
        if bracketed(f) {
            if let Some((s, e)) = super::name_shape::display_name_before(text, f.start) {
                if s >= prev_end {
                    names.push(finding(
                        s,
                        e,
                        Category::PersonName,
                        0.7,
                        "value:display_name",
                        None,
                    ));
                }
            }
        }
        prev_end = f.end;
    }
    if !names.is_empty() {
        out.extend(names);
        out[from..].sort_by_key(|f| f.start);
    }
}

/// A MySQL or MariaDB client command earlier on the same line.
fn mysql_command_before(before: &str) -> bool {
    let line = before
        .rsplit(['\n', ';', '|', '&'])
        .next()
        .unwrap_or(before);
    ["mysql", "mariadb"].iter().any(|c| line.contains(c))
}

/// In an `Authorization:` match from `s` whose credential starts at
/// `tok_start`: where to resume when the scheme is one another pattern or
/// no pattern handles (`Basic` is decoded by its own; `Digest` carries
/// fields, not one token). `None` for token schemes.
fn other_auth_scheme(text: &str, s: usize, tok_start: usize) -> Option<usize> {
    let head = text.get(s..tok_start)?.trim_end();
    if head
        .get(..6)
        .is_some_and(|h| h.eq_ignore_ascii_case("bearer"))
    {
        return None;
    }
    let scheme_len = head
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic() || *b == b'-')
        .count();
    let scheme_start = s + head.len() - scheme_len;
    let scheme = text.get(scheme_start..s + head.len())?;
    if scheme.eq_ignore_ascii_case("basic") {
        Some(scheme_start)
    } else if scheme.eq_ignore_ascii_case("digest") {
        Some(tok_start)
    } else {
        None
    }
}

/// `username=` at the start of a Digest header's fields: a field name.
fn is_digest_field(tok: &str) -> bool {
    tok.strip_suffix('=')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_'))
}

/// The length of the name a cue's value opens with, given the value and
/// the text after it (`sign_offs::signed_name_len`).
type NameLen = fn(&str, &str) -> Option<usize>;

/// A phone in text that is not an id in a phone's shape (see
/// [`phone_context`]).
fn phone_in_text(m: &str, before: &str) -> bool {
    (phone::is_phone_in_text(m, before) || phone_context::is_cued_phone(m, before))
        && !phone_context::is_grouped_id(m, before)
}

/// The user part `text[us..ue]` of credentials (`user:pass`) when it is an
/// e-mail address (`jane@acme.io`, `jane%40acme.io`): pushed as one.
fn user_address(text: &str, us: usize, ue: usize, push: &mut impl FnMut(Finding, u8)) {
    if text.get(us..ue).is_some_and(email::is_email) {
        push(
            finding(us, ue, Category::Email, 0.95, "value:email", None),
            RANK_SHAPE,
        );
    }
}

/// The bytes the chat-log family's patterns need: an IRC prefix has `!`
/// and `@` (`:nick!user@host PRIVMSG`), a Minecraft server line a `]`
/// (`[12:00:01] [Server thread/INFO]: …`) or `UUID of player`.
fn mentions_chat_log(t: &[u8]) -> bool {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    static FINDERS: LazyLock<[Finder<'static>; 3]> = LazyLock::new(|| {
        [
            Finder::new(b"UUID of player "),
            Finder::new(b"]: "),
            Finder::new(b"] logged in"),
        ]
    });
    t.len() >= 12
        && (memchr::memchr(b'!', t).is_some() && memchr::memchr(b'@', t).is_some()
            || memchr::memchr2(b']', b'U', t).is_some()
                && FINDERS.iter().any(|f| f.find(t).is_some()))
}

/// The chat family's gate: a chat or game log line, or an `@` opening a
/// word (at the start or after a blank or a bracket) as a mention does;
/// an e-mail address's `@` follows a word character.
fn chat_log_or_mention(t: &[u8]) -> bool {
    mentions_chat_log(t)
        || memchr::memchr_iter(b'@', t)
            .any(|i| i == 0 || matches!(t[i - 1], b' ' | b'\t' | b'\r' | b'\n' | b'(' | b'['))
}

/// AWS secret keys are only recognised next to their key id or name.
fn mentions_aws(t: &[u8]) -> bool {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    static FINDERS: LazyLock<[Finder<'static>; 4]> = LazyLock::new(|| {
        [
            Finder::new(b"AKIA"),
            Finder::new(b"ASIA"),
            Finder::new(b"ecret"),
            Finder::new(b"ECRET"),
        ]
    });
    t.len() >= 40 && FINDERS.iter().any(|f| f.find(t).is_some())
}

#[cfg(test)]
thread_local! {
    /// Tests switch the family gates off to check they never hide a match.
    pub(super) static GATES_OFF: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
fn gates_off() -> bool {
    GATES_OFF.with(|g| g.get())
}

#[cfg(not(test))]
fn gates_off() -> bool {
    false
}

thread_local! {
    /// Candidate buffer of the outermost scan on this thread; nested scans
    /// (a Bearer token's inside) find it taken and use their own.
    static CAND_BUF: std::cell::Cell<Vec<Cand>> = const { std::cell::Cell::new(Vec::new()) };
}

fn take_cands() -> Vec<Cand> {
    CAND_BUF.with(std::cell::Cell::take)
}

fn give_cands(mut cands: Vec<Cand>) {
    cands.clear();
    CAND_BUF.with(|c| c.set(cands));
}

/// Slots of the per-thread memo of full-pass results (a power of two).
const MEMO_SLOTS: usize = 4096;
/// Longer texts are rarely repeated and not memoized.
const MEMO_MAX_TEXT: usize = 160;

thread_local! {
    static SCAN_MEMO: std::cell::RefCell<crate::memo::TextMemo<Vec<Finding>, MEMO_SLOTS>> =
        const { std::cell::RefCell::new(crate::memo::TextMemo::new()) };
}

/// Ranks for overlap resolution.
const RANK_VETO: u8 = 4;
const RANK_VALIDATED: u8 = 3;
const RANK_SHAPE: u8 = 2;
const RANK_CONTEXT: u8 = 1;

#[derive(Debug, Clone, Copy)]
struct Cand {
    f: Finding,
    rank: u8,
}

/// Finds spans of personal data and secrets in text.
///
/// Built once (all patterns compiled), immutable, `Send + Sync`; share it
/// by reference across threads.
#[derive(Debug)]
pub struct ValueScanner {
    /// Pattern families, each its own small lazy DFA (one union of every
    /// pattern has too many states: its cache thrashes on varied input).
    families: Vec<Family>,
    values: Regex,
    tokens: Vec<provider_tokens::TokenSpec>,
}

impl Default for ValueScanner {
    fn default() -> Self {
        ValueScanner::new()
    }
}

fn patterns() -> (Vec<String>, Vec<Kind>, Vec<provider_tokens::TokenSpec>) {
    let mut p: Vec<(String, Kind)> = Vec::new();
    let mut add = |s: &str, k: Kind| p.push((s.to_string(), k));
    // Look-alikes first: at the same start they win and swallow the span.
    add(
        r"(?-u:\b)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?-u:\b)",
        Kind::Skip,
    );
    add(
        r"(?-u:\b)sha(?:1|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}",
        Kind::Skip,
    );
    add(
        r"data:[a-zA-Z]+/[a-zA-Z0-9.+\-]+;base64,[A-Za-z0-9+/=]+",
        Kind::Skip,
    );
    add(
        r"(?-u:\b)(?:SHA256|SHA1|MD5|sha256|md5):[A-Za-z0-9+/:]{20,}={0,2}",
        Kind::Skip,
    );
    add(
        r"(?-u:\b)[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){15,}(?-u:\b)",
        Kind::Skip,
    );
    add(r"(?-u:\b)pk_(?:live|test)_[A-Za-z0-9]{10,}", Kind::Skip);
    add(
        r#"(?-u:\b)(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp[0-9]+|sk-ssh-ed25519@openssh\.com) AAAA[A-Za-z0-9+/]+={0,3}(?: [^ \t\r\n"'<>]+)?"#,
        Kind::Skip,
    );
    add(
        r"(?-u:\b)ISBN(?:-1[03])?:?[ \t]?[0-9][0-9\- ]{8,16}[0-9X]",
        Kind::Skip,
    );
    add(r"(?-u:\b)1Z[0-9A-Z]{16}(?-u:\b)", Kind::Skip);
    add(r"(?-u:\b)[0-9a-fA-F]{32,}(?-u:\b)", Kind::Hex);
    add(r"-----BEGIN [A-Z0-9 ]{3,40}-----", Kind::Pem);
    add(r"PuTTY-User-Key-File-[0-9]+: ", Kind::Pem);
    add(
        r"(?-u:\b)eyJ[A-Za-z0-9_\-]{8,}={0,2}\.[A-Za-z0-9_\-]+={0,2}\.[A-Za-z0-9_\-]*={0,2}",
        Kind::Jwt,
    );
    let tokens = provider_tokens::specs();
    for (i, t) in tokens.iter().enumerate() {
        add(t.pattern, Kind::Token(i));
    }
    for h in password_hash::PATTERNS {
        add(h, Kind::PasswordHash);
    }
    add(
        // `Bearer <token>`, and the other schemes of an Authorization
        // header (`Authorization: Token …`, `SSWS …`, `ApiKey …`).
        &format!(
            // Any other word is a custom scheme (`Api-Token`, `Bot`).
            r#"(?i:(?-u:\b)bearer|(?-u:\b)authorization["']?[ \t]*[:=][ \t]*["']?(?:{}|[A-Za-z][A-Za-z\-]{{1,23}}))[ \t]+[A-Za-z0-9\-._~+/=|%]{{8,}}"#,
            pairs::TOKEN_AUTH_SCHEMES.join("|")
        ),
        Kind::Bearer,
    );
    add(
        r"(?i:(?-u:\b)basic)[ \t]+[A-Za-z0-9+/]{8,}={0,2}",
        Kind::Basic,
    );
    add(
        // The userinfo may itself hold an address (`https://jane@acme.io:pw@host`):
        // the password ends at the last `@` before the host.
        r#"(?-u:\b)[A-Za-z][A-Za-z0-9+.\-]*://[^ \t\r\n:/?#"'<>]*:[^ \t\r\n/"'<>]+@"#,
        Kind::UrlCreds,
    );
    add(
        r#"(?i:jdbc:oracle:(?:thin|oci8?|kprb)):[A-Za-z0-9_$#.\-]{1,64}/[^ \t\r\n@"'<>/;]{1,128}@"#,
        Kind::OracleLogon,
    );
    add(
        r#"(?i:insert)[ \t]+(?i:into)[ \t]+[A-Za-z0-9_."`\[\]]{1,64}[ \t]*\([ \t]*[A-Za-z0-9_"`\[\]][A-Za-z0-9_"`\[\], \t]{0,400}\)[ \t]*(?i:values)[ \t]*\("#,
        Kind::SqlInsert,
    );
    add(
        r"(?:arn:aws[a-z\-]*:(?:iam::[0-9]{12}:user/(?:[A-Za-z0-9+=,.@_\-]+/)*|sts::[0-9]{12}:assumed-role/[A-Za-z0-9+=,.@_\-]+/)|(?-u:\b)AROA[A-Z0-9]{16,20}:)[A-Za-z0-9+=,.@_\-]+",
        Kind::ArnUser,
    );
    // `curl -u admin:S3cr3t …`, `--user name:pass`: credentials on a
    // command line.
    add(
        // Either side may be quoted (`kevin:'pw'`, `'alice':"pw"`), the user
        // empty (`-u ":pw"`) or an address (`--user jane@acme.io:pw`).
        r#"(?:-u|--user)[ \t]+["']?[A-Za-z0-9_.@%+\-]{0,64}["']?:["']?[^ \t\r\n"']{3,128}["']?"#,
        Kind::CliUserPass,
    );
    add(
        r#"--(?:token|password|passwd|pass|api-key|apikey|api-token|access-token|auth-token|secret|client-secret|secret-key)[ \t]+["']?[^ \t\r\n"'\-$][^ \t\r\n"']{3,255}"#,
        Kind::CliSecretFlag,
    );
    add(
        r#"[ \t]-p[^ \t\r\n"'$\-0-9][^ \t\r\n"']{2,127}"#,
        Kind::MysqlPassword,
    );
    add(
        r"[A-Za-z0-9._%+'#\-]+(?:@|%40)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
        Kind::Email,
    );
    add(
        r"(?-u:\b)[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,}(?-u:\b)",
        Kind::Iban,
    );
    add(
        r"(?-u:\b)[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){5}(?-u:\b)",
        Kind::Mac,
    );
    add(
        r"(?-u:\b)[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?-u:\b)",
        Kind::Mac,
    );
    add(
        r"(?i)(?-u:\b)(?:bin|wurde|ist|war|sind)[ \t]+am[ \t]+[0-9]{1,2}\.[ \t]?(?:[0-9]{1,2}\.|[A-Za-z\x80-\xFF]{3,12})[ \t]?[0-9]{2,4}[ \t]+geboren",
        Kind::BirthBefore,
    );
    add(
        r"(?-u:\b)(?:[A-Z]|Ä|Ö|Ü|Å)(?:[a-z]|ä|ö|ü|ß|å|é|-)+(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|gatan|vägen|straat|laan|gracht|gade|vej|veien|gata)[ \t]+[0-9]{1,4}[a-z]?(?-u:\b)",
        Kind::Street,
    );
    add(
        r"(?-u:\b)[0-9]{1,5}[A-Za-z]?[ \t]+(?:(?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))[ \t]+){1,3}(?:Street|Avenue|Road|Lane|Drive|Boulevard|Court|Place|Terrace|Parkway|Highway|(?:St|Ave|Rd|Ln|Blvd|Ct|Pkwy|Hwy|Pl|Ter|Cir)(?-u:\b)\.?)",
        Kind::Street,
    );
    // Romance-language streets: the street word, its name, the number
    // (`Calle de Alcalá 42`, `Via Roma 12`, `Rua Augusta, 100`) or the
    // number first (`12 rue de Rivoli`).
    add(
        r"(?-u:\b)(?:Via|Viale|Piazza|Corso|Rua|Avenida|Calle|Carrer|Paseo|Travessa)[ \t]+(?:(?:de|del|da|do|dos|das|della|di|la|las|los)[ \t]+){0,2}(?:(?:[A-Z]|Á|É|Í|Ó|Ú)(?:[a-z]|[\x80-\xBF]|\xC3)+[ \t]+){1,3},?[ \t]*[0-9]{1,4}[a-zA-Z]?(?-u:\b)",
        Kind::Street,
    );
    add(
        r"(?-u:\b)[0-9]{1,4}(?:bis|ter)?,?[ \t]+(?:rue|avenue|boulevard|place|chemin|impasse|quai|allée)[ \t]+(?:(?:de|du|des|la|le|l')[ \t]*){0,2}(?:[A-Z]|É)(?:[a-z]|[\x80-\xBF]|\xC3|-)+",
        Kind::Street,
    );
    for pat in profile_urls::PROFILE_URL_PATTERNS {
        add(pat, Kind::ProfileUrl);
    }
    add(
        device_hostnames::DEVICE_HOSTNAME_PATTERN,
        Kind::DeviceHostname,
    );
    add(irc::IRC_PREFIX_PATTERN, Kind::Irc);
    add(chat_mentions::MENTION_PATTERN, Kind::Mention);
    for pat in game_log::PLAYER_PATTERNS {
        add(pat, Kind::GamePlayer);
    }
    for (pat, cue) in sentences::CUES {
        add(pat, Kind::Cue(cue));
    }
    add(
        r"-?[0-9]{1,2}\.[0-9]{4,10}[ \t]*(?:,|%2C|%2c)[ \t]*[+\-]?[0-9]{1,3}\.[0-9]{4,10}(?-u:\b)",
        Kind::LatLon,
    );
    add(
        r"(?:(?-u:\b)[0-9A-Fa-f]{1,4})?(?::(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{1,4})?){2,8}",
        Kind::Ipv6,
    );
    add(
        r#"(?-u:\b)[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3} - [^ \t\[\]"]+ \["#,
        Kind::LogUser,
    );
    add(
        r"(?-u:\b)[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?-u:\b)",
        Kind::Ipv4,
    );
    add(r"(?-u:\b)[0-9]{3}-[0-9]{2}-[0-9]{4}(?-u:\b)", Kind::Ssn);
    add(
        r"(?-u:\b)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?-u:\b)",
        Kind::Nino,
    );
    add(
        r"(?-u:\b)(?:[0-9]{8}-?[A-Z]|[XYZ]-?[0-9]{7}-?[A-Z]|[STFG][0-9]{7}[A-Z]|[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}|[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}[0-9A-Z][0-9])(?-u:\b)",
        Kind::CheckedId,
    );
    add(r"(?i:tel:)\+?[0-9][0-9 .\-()/]{4,20}[0-9]", Kind::Tel);
    add(r"\+[0-9][0-9 .\-()]{5,22}[0-9]", Kind::Phone);
    add(
        r"\([0-9]{2,5}\) ?[0-9]{3,8}(?:[\-. ][0-9]{2,5}){0,3}(?-u:\b)",
        Kind::Phone,
    );
    add(r"(?-u:\b)[0-9](?:[ \-]?[0-9]){12,18}(?-u:\b)", Kind::Card);
    add(
        r"(?-u:\b)[0-9]{1,5}(?:[ .\-/][0-9]{2,8}){1,4}(?-u:\b)",
        Kind::Phone,
    );
    add(pgpass::PATTERN, Kind::PgPass);
    // Before the pair pattern: at the same start (`key="…" value="…"`)
    // the earlier pattern wins.
    add(pairs::XML_ATTRIBUTE_PAIR_PATTERN, Kind::XmlAttributePair);
    add(pairs::XML_KEYED_ELEMENT_PATTERN, Kind::XmlKeyedElement);
    add(pairs::PAIR_PATTERN, Kind::Pair);
    add(pairs::XML_ELEMENT_PATTERN, Kind::XmlElement);
    add(r"(?-u:\b)[A-Za-z0-9/+]{40}(?-u:\b)", Kind::AwsSecret);
    let (pats, kinds): (Vec<String>, Vec<Kind>) = p.into_iter().unzip();
    (pats, kinds, tokens)
}

/// Builds a multi-pattern regex. `ascii` compiles byte-oriented, ASCII-only
/// automata (much smaller lazy DFAs); matches may then end inside a UTF-8
/// sequence, which the scan loop checks before slicing.
fn build(pats: &[String], ascii: bool) -> Regex {
    let config = Regex::config().hybrid_cache_capacity(8 << 20);
    let syn = if ascii {
        syntax::Config::new().unicode(false).utf8(false)
    } else {
        syntax::Config::new()
    };
    // The patterns are constants of this module; a failure is a programming
    // error caught by the tests, never input-dependent.
    match Regex::builder()
        .configure(config)
        .syntax(syn)
        .build_many(pats)
    {
        Ok(re) => re,
        Err(e) => panic!("leakscope: invalid built-in pattern: {e}"),
    }
}

/// Whether anchored searches from each possible opening beat one
/// unanchored search: on short texts without spaces (tokens, ids, keys),
/// where the unanchored DFA meets new states at nearly every byte.
fn by_start_pays(t: &[u8]) -> bool {
    t.len() <= 256 && memchr::memchr3(b' ', b'\t', b'\n', t).is_none()
}

fn next_boundary(text: &str, mut pos: usize) -> usize {
    while pos < text.len() && !text.is_char_boundary(pos) {
        pos += 1;
    }
    pos
}

fn next_char(text: &str, pos: usize) -> usize {
    text.get(pos..)
        .and_then(|r| r.chars().next())
        .map_or(pos + 1, |c| pos + c.len_utf8())
}

/// VINs after a cue in text (`VIN 1HGCM82633A004352`; see `vin`) that no
/// other finding covers.
fn vins(text: &str, out: &mut Vec<Finding>, from: usize) {
    let before = out.len();
    super::vin::vins_after_cues(text, |s, e| {
        if out[from..before].iter().all(|f| f.end <= s || e <= f.start) {
            out.push(finding(
                s,
                e,
                Category::DeviceId,
                0.85,
                "validator:vin",
                None,
            ));
        }
    });
    if out.len() > before {
        out[from..].sort_by_key(|f| f.start);
    }
}

fn finding(
    start: usize,
    end: usize,
    category: Category,
    confidence: f32,
    evidence: &'static str,
    provider: Option<&'static str>,
) -> Finding {
    Finding {
        start,
        end,
        category,
        confidence,
        evidence,
        provider,
    }
}

impl ValueScanner {
    /// Builds the scanner (compiles all patterns once).
    pub fn new() -> ValueScanner {
        let (pats, kinds, tokens) = patterns();
        let gates: [fn(&[u8]) -> bool; FAMILIES] = [
            long_enough,
            text_shapes,
            numeric_shapes,
            has_pair_sign,
            mentions_aws,
            chat_log_or_mention,
        ];
        let families = (0..FAMILIES)
            .map(|f| {
                let (fp, fk): (Vec<String>, Vec<Kind>) = pats
                    .iter()
                    .zip(&kinds)
                    .filter(|(_, k)| family_of(**k) == f)
                    .map(|(p, k)| (p.clone(), *k))
                    .unzip();
                Family {
                    lazy: LazyDfa::new(&fp),
                    patterns: fp,
                    fallback: OnceLock::new(),
                    kinds: fk,
                    consumes: f == 0,
                    gate: gates[f],
                    on_original: f >= PAIR_FAMILY && f != CHAT_LOG_FAMILY,
                    // Measured: the token family's unanchored DFA builds new
                    // states on nearly every byte of a random token (a 20-byte
                    // `-`/`_` token cost 20 µs); the other families' run
                    // lengths make searches by start slower.
                    opens_at_boundaries: f == 0,
                }
            })
            .collect();
        let vals: Vec<String> = sentences::VALUE_PATTERNS
            .iter()
            .map(|s| s.to_string())
            .collect();
        let values = build(&vals, false);
        ValueScanner {
            families,
            values,
            tokens,
        }
    }

    /// Appends the findings in `text` to `out`, sorted by start and
    /// non-overlapping (validated beats shape-only beats key/sentence
    /// context; longer beats shorter).
    pub fn scan(&self, text: &str, out: &mut Vec<Finding>) {
        self.with_ascii_numbers(text, out, Self::scan_text);
    }

    /// Runs `scan` on `text`, or on its ASCII-normalised copy when numbers
    /// in it are typeset (see [`separators`]), and maps the spans back.
    fn with_ascii_numbers(
        &self,
        text: &str,
        out: &mut Vec<Finding>,
        scan: impl FnOnce(&Self, &str, &mut Vec<Finding>),
    ) {
        // Most values are ASCII: decided here without a call.
        let normalized = if text.is_ascii() {
            None
        } else {
            separators::normalize_separators(text)
        };
        let from = out.len();
        match normalized {
            None => scan(self, text, out),
            Some((norm, map)) => {
                scan(self, &norm, out);
                for f in &mut out[from..] {
                    f.start = map.get(f.start).copied().unwrap_or(text.len());
                    f.end = map.get(f.end).copied().unwrap_or(text.len());
                }
            }
        }
        display_names(text, out, from);
        vins(text, out, from);
    }

    /// What [`Self::scan`] must give, without its shortcuts: separators
    /// normalised, every family over the whole text, international
    /// addresses added. Tests compare the two.
    #[cfg(test)]
    pub(super) fn scan_reference(&self, text: &str, out: &mut Vec<Finding>) {
        self.with_ascii_numbers(text, out, |s, t, out| {
            let from = out.len();
            match precise_coordinates(t).or_else(|| device_id_shape(t)) {
                Some(f) => out.push(f),
                None => s.scan_full(t, out),
            }
            s.unicode_emails(t, out, from);
        });
    }

    /// [`Self::scan`] of text whose numbers are written in ASCII.
    fn scan_text(&self, text: &str, out: &mut Vec<Finding>) {
        let from = out.len();
        if let Some(f) = precise_coordinates(text).or_else(|| device_id_shape(text)) {
            out.push(f);
            return;
        }
        match prefilter::classify(text) {
            prefilter::Verdict::Nothing => {}
            prefilter::Verdict::Number => {
                if let Some(f) = self.scan_number(text) {
                    out.push(f);
                }
            }
            prefilter::Verdict::MaybeEmail
                if email::is_email(text)
                    && !text.starts_with(['%', '.'])
                    && !email::is_identifier_address(text, 0, text.len()) =>
            {
                out.push(finding(
                    0,
                    text.len(),
                    Category::Email,
                    0.97,
                    "value:email",
                    None,
                ));
            }
            prefilter::Verdict::MaybeIp
                if (ip::ipv4_in_text(text) && !ip::version_shaped(text))
                    || ip::ipv6_in_text(text) =>
            {
                out.push(finding(
                    0,
                    text.len(),
                    Category::IpAddress,
                    0.95,
                    "validator:ip_parse",
                    None,
                ));
            }
            // Whole-value fast paths for the commonest long shapes: a bare
            // JWT, and technical look-alikes (UUIDs, digests).
            prefilter::Verdict::Scan if text.starts_with("eyJ") && jwt::is_jwt(text) => {
                out.push(finding(
                    0,
                    text.len(),
                    Category::Jwt,
                    0.98,
                    "validator:jwt_header",
                    None,
                ));
            }
            prefilter::Verdict::Scan
                if !text.contains(' ')
                    && (super::technical::is_uuid(text)
                        || super::technical::is_hex_digest(text)) => {}
            prefilter::Verdict::Scan if self.scan_whole_shapes(text, out) => {}
            prefilter::Verdict::Scan
            | prefilter::Verdict::MaybeEmail
            | prefilter::Verdict::MaybeIp => self.scan_full_memo(text, out),
        }
        if !text.is_ascii() {
            self.unicode_emails(text, out, from);
        }
    }

    /// Addresses whose `@` touches a non-ASCII letter (`用户@例子.广告`),
    /// which the ASCII-compiled patterns cannot see.
    fn unicode_emails(&self, text: &str, out: &mut Vec<Finding>, from: usize) {
        if memchr::memchr(b'@', text.as_bytes()).is_none() || text.is_ascii() {
            return;
        }
        let taken: Vec<(usize, usize)> = out[from..].iter().map(|f| (f.start, f.end)).collect();
        let before = out.len();
        for (s, e) in email::unicode_email_spans(text, &taken) {
            if taken.iter().all(|&(ts, te)| te <= s || e <= ts) {
                out.push(finding(s, e, Category::Email, 0.95, "value:email", None));
            }
        }
        if out.len() > before {
            out[from..].sort_by_key(|f| f.start);
        }
    }

    /// [`Self::scan_full`] through a small per-thread memo: dumps repeat
    /// values (user agents, scopes, addresses, enum-like strings) and the
    /// full pass is the expensive path. Only short texts are kept.
    fn scan_full_memo(&self, text: &str, out: &mut Vec<Finding>) {
        if text.len() > MEMO_MAX_TEXT {
            return self.scan_full(text, out);
        }
        let hit = SCAN_MEMO.with(|memo| match memo.borrow().get(text) {
            Some(findings) => {
                out.extend_from_slice(findings);
                true
            }
            None => false,
        });
        if hit {
            return;
        }
        let from = out.len();
        self.scan_full(text, out);
        SCAN_MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            let findings = memo.slot(text);
            findings.clear();
            findings.extend_from_slice(&out[from..]);
        });
    }

    /// The general pass: every pattern family over the whole text.
    pub(super) fn scan_full(&self, text: &str, out: &mut Vec<Finding>) {
        let mut cands = take_cands();
        self.scan_range(text, 0, text.len(), &mut cands);
        resolve(&mut cands, out);
        give_cands(cands);
    }

    /// Shortcuts for whole-value shapes, each giving exactly what
    /// [`Self::scan_full`] gives (the test `shortcuts_match_full_pass`
    /// compares them); returns false when none applies. They save the
    /// unanchored and reverse searches of the large automata, whose cost
    /// dominates on dumps full of identifiers, hashes and tokens.
    fn scan_whole_shapes(&self, text: &str, out: &mut Vec<Finding>) -> bool {
        let b = text.as_bytes();
        let mut cands = take_cands();
        let done = self.whole_shapes_into(text, b, &mut cands);
        if done {
            resolve(&mut cands, out);
        }
        give_cands(cands);
        done
    }

    fn whole_shapes_into(&self, text: &str, b: &[u8], cands: &mut Vec<Cand>) -> bool {
        if b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'_') {
            // A word token has ASCII word boundaries only at its two ends,
            // and every built-in pattern that can match inside one starts
            // with a boundary: all matches start at 0.
            self.scan_word_token(text, cands);
        } else if let Some(tok_start) = bearer_jwt(text) {
            cands.push(Cand {
                f: finding(
                    tok_start,
                    text.len(),
                    Category::Jwt,
                    0.98,
                    "validator:jwt_header",
                    None,
                ),
                rank: RANK_VALIDATED,
            });
        } else if mac::is_mac_separated(text) && text.len() == text.trim().len() {
            self.handle(Kind::Mac, text, 0, text.len(), text.len(), cands);
        } else if !(spaceless_or_scheme(b) && self.whole_first_family_match(text, cands)) {
            return false;
        }
        true
    }

    /// A word token (`[A-Za-z0-9_]+`): each family tried once, anchored at
    /// the start.
    fn scan_word_token(&self, text: &str, out: &mut Vec<Cand>) {
        let len = text.len();
        let mut blanked = false;
        let possible = word_token_families(text.as_bytes());
        for (i, family) in self.families.iter().enumerate() {
            if (blanked && !family.on_original)
                || possible & (1 << i) == 0
                || !(family.gate)(text.as_bytes())
            {
                continue;
            }
            let input = Input::new(text).anchored(Anchored::Yes);
            let Some(m) = family.search_once(&input) else {
                continue;
            };
            let kind = family.kind_of(&m);
            let next = self.handle(kind, text, m.start(), m.end(), len, out);
            // Blanking a prefix leaves a token whose rest starts right
            // after a space: fall back to nothing cheaper than the full
            // pass there.
            if family.consumes && next >= m.end() {
                if m.end() < len {
                    out.clear();
                    self.scan_range(text, 0, len, out);
                    return;
                }
                blanked = true;
            }
        }
    }

    /// When the first family's leftmost match starts at 0 and its handler
    /// consumes the whole text, the later families only see blanks.
    fn whole_first_family_match(&self, text: &str, out: &mut Vec<Cand>) -> bool {
        let Some(family) = self.families.first() else {
            return false;
        };
        // Families that search the unblanked text would still see it.
        let others_see_it = self
            .families
            .iter()
            .any(|f| f.on_original && (f.gate)(text.as_bytes()));
        if others_see_it || !(family.gate)(text.as_bytes()) {
            return false;
        }
        let input = Input::new(text).anchored(Anchored::Yes);
        let Some(m) = family.search_once(&input) else {
            return false;
        };
        if m.end() != text.len() {
            return false;
        }
        let kind = family.kind_of(&m);
        let next = self.handle(kind, text, 0, text.len(), text.len(), out);
        if next >= text.len() {
            true
        } else {
            out.clear();
            false
        }
    }

    /// For the differential test: every family's leftmost match in
    /// `text[from..]`, by one unanchored search and by anchored searches
    /// from each opening, as `(family, unanchored, by start)` where they
    /// differ.
    #[cfg(test)]
    pub(super) fn by_start_differences(
        &self,
        text: &str,
        from: usize,
    ) -> Vec<(usize, Option<Match>, Option<Match>)> {
        let mut diffs = Vec::new();
        for (i, family) in self.families.iter().enumerate() {
            let mut cache = family.lazy.caches.get();
            let unanchored = family.search(&mut cache, &Input::new(text).span(from..text.len()));
            let by_start = family.search_by_start(&mut cache, text, from, text.len());
            if unanchored != by_start {
                diffs.push((i, unanchored, by_start));
            }
        }
        diffs
    }

    /// A JSON number's text (`4111111111111111`): a Luhn-valid card number
    /// with a known IIN is `payment_card`; anything else is `None` (bare
    /// digit runs are not phones).
    pub fn scan_number(&self, text: &str) -> Option<Finding> {
        let t = text.as_bytes();
        if (13..=19).contains(&t.len())
            && t.iter().all(u8::is_ascii_digit)
            && card::card_brand(t).is_some()
            && luhn::luhn_valid(t)
        {
            return Some(finding(
                0,
                t.len(),
                Category::PaymentCard,
                0.95,
                "validator:luhn",
                None,
            ));
        }
        None
    }

    fn scan_range(&self, text: &str, from: usize, to: usize, out: &mut Vec<Cand>) {
        let mut blanked: Option<String> = None;
        for family in &self.families {
            let current = if family.on_original {
                text
            } else {
                blanked.as_deref().unwrap_or(text)
            };
            if !(family.gate)(current.as_bytes()) && !gates_off() {
                continue;
            }
            let mut consumed = Vec::new();
            self.scan_family(family, current, from, to, out, &mut consumed);
            if family.consumes && !consumed.is_empty() {
                let mut bytes = current.as_bytes().to_vec();
                for (s, e) in consumed {
                    // Consumed spans are whole characters: replacing them
                    // with spaces keeps the text valid UTF-8 and the offsets.
                    if text.is_char_boundary(s) && text.is_char_boundary(e) {
                        bytes[s..e].fill(b' ');
                    }
                }
                blanked = Some(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()));
            }
        }
    }

    fn scan_family(
        &self,
        family: &Family,
        text: &str,
        from: usize,
        to: usize,
        out: &mut Vec<Cand>,
        consumed: &mut Vec<(usize, usize)>,
    ) {
        let mut pos = from;
        let mut guard = 0usize;
        let mut cache = family.lazy.caches.get();
        let by_start = family.opens_at_boundaries && by_start_pays(&text.as_bytes()[from..to]);
        while pos < to {
            guard += 1;
            if guard > 1_000_000 {
                break;
            }
            let found = if by_start {
                family.search_by_start(&mut cache, text, pos, to)
            } else {
                family.search(&mut cache, &Input::new(text).span(pos..to))
            };
            let Some(m) = found else {
                break;
            };
            if !text.is_char_boundary(m.start()) || !text.is_char_boundary(m.end()) {
                // Only possible for byte classes running into non-ASCII text.
                pos = next_boundary(text, m.start() + 1);
                continue;
            }
            let kind = family.kind_of(&m);
            let next = self.handle(kind, text, m.start(), m.end(), to, out);
            let next = next_boundary(text, next);
            if family.consumes && next >= m.end() {
                consumed.push((m.start(), m.end()));
            }
            pos = if next > m.start() {
                next
            } else {
                next_char(text, m.start())
            };
        }
    }

    /// Handles one match; returns where the search resumes.
    fn handle(
        &self,
        kind: Kind,
        text: &str,
        s: usize,
        e: usize,
        to: usize,
        out: &mut Vec<Cand>,
    ) -> usize {
        let m = &text[s..e];
        let before = &text[..s];
        let after = &text[e..];
        // A card found right before this match (`4111… 4012-8888-…`): a
        // list of cards, not one longer number.
        let card_before = out
            .last()
            .is_some_and(|c| c.f.category == Category::PaymentCard && c.f.end + 1 == s);
        let mut push = |f: Finding, rank: u8| out.push(Cand { f, rank });
        match kind {
            Kind::Skip => e,
            Kind::Hex => {
                if m.len() == 34
                    && m.starts_with("AC")
                    && m[2..]
                        .bytes()
                        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
                    && twilio_context(before)
                {
                    push(
                        finding(
                            s,
                            e,
                            Category::ApiKey,
                            0.85,
                            "value:provider_token",
                            Some("twilio"),
                        ),
                        RANK_VALIDATED,
                    );
                }
                // Mailchimp: 32 lower-case hex digits, `-us`, the data centre.
                let dc = after
                    .strip_prefix("-us")
                    .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
                let dc_end = e + 3 + dc;
                if m.len() == 32
                    && (1..=2).contains(&dc)
                    && !m.bytes().any(|b| b.is_ascii_uppercase())
                    && !text
                        .as_bytes()
                        .get(dc_end)
                        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
                {
                    push(
                        finding(
                            s,
                            dc_end,
                            Category::ApiKey,
                            0.95,
                            "value:provider_token",
                            Some("mailchimp"),
                        ),
                        RANK_VALIDATED,
                    );
                    return dc_end;
                }
                e
            }
            Kind::Pem if m.starts_with("PuTTY") => match pem::putty_key_end(text, s) {
                Some(end) => {
                    push(
                        finding(
                            s,
                            end,
                            Category::PrivateKey,
                            0.97,
                            "value:putty_private_key",
                            None,
                        ),
                        RANK_VALIDATED,
                    );
                    end
                }
                None => e,
            },
            Kind::Pem => match pem::private_key_block_end(text, s) {
                Some(end) => {
                    push(
                        finding(
                            s,
                            end,
                            Category::PrivateKey,
                            0.99,
                            "value:pem_private_key",
                            None,
                        ),
                        RANK_VALIDATED,
                    );
                    end
                }
                None => text
                    .get(e..)
                    .and_then(|r| r.find("-----END "))
                    .map_or(e, |i| {
                        let from = e + i + 9;
                        text.get(from..)
                            .and_then(|r| r.find("-----"))
                            .map_or(from, |j| from + j + 5)
                    }),
            },
            Kind::Jwt => {
                if jwt::is_jwt(m) {
                    push(
                        finding(s, e, Category::Jwt, 0.98, "validator:jwt_header", None),
                        RANK_VALIDATED,
                    );
                }
                e
            }
            Kind::Token(i) => {
                if let Some(spec) = self.tokens.get(i) {
                    if spec.validate.is_none_or(|v| v(m))
                        && !provider_tokens::is_placeholder_token(m)
                    {
                        push(
                            finding(
                                s,
                                e,
                                spec.category,
                                0.95,
                                "value:provider_token",
                                Some(spec.provider),
                            ),
                            RANK_VALIDATED,
                        );
                    }
                }
                e
            }
            Kind::PasswordHash => {
                push(
                    finding(s, e, Category::Password, 0.95, "value:password_hash", None),
                    RANK_VALIDATED,
                );
                e
            }
            Kind::Bearer => {
                let tok_start = s + m.rfind([' ', '\t']).unwrap_or(0);
                let tok_start =
                    tok_start + text[tok_start..e].len() - text[tok_start..e].trim_start().len();
                let tok = &text[tok_start..e];
                if let Some(resume) = other_auth_scheme(text, s, tok_start) {
                    return resume;
                }
                if super::trivial::is_trivial(tok)
                    || super::trivial::is_secret_reference(tok)
                    || is_digest_field(tok)
                {
                    return e;
                }
                let tok_is_jwt = jwt::is_jwt(tok);
                let mut inner = Vec::new();
                if !tok_is_jwt {
                    self.scan_range(text, tok_start, e, &mut inner);
                }
                if let Some(c) = inner
                    .iter()
                    .find(|c| c.f.start == tok_start && c.f.end == e && c.rank == RANK_VALIDATED)
                {
                    push(c.f, RANK_VALIDATED);
                } else if tok_is_jwt {
                    push(
                        finding(
                            tok_start,
                            e,
                            Category::Jwt,
                            0.98,
                            "validator:jwt_header",
                            None,
                        ),
                        RANK_VALIDATED,
                    );
                } else if tok.len() >= 12
                    && tok
                        .bytes()
                        .any(|b| b.is_ascii_digit() || b"-._~+/=|%".contains(&b))
                {
                    push(
                        finding(
                            tok_start,
                            e,
                            Category::OauthToken,
                            0.9,
                            "value:bearer",
                            None,
                        ),
                        RANK_VALIDATED,
                    );
                }
                e
            }
            Kind::Basic => {
                let b64 = m.get(5..).unwrap_or("").trim_start();
                if base64_text::decode_basic_scheme(b64).is_some() {
                    push(
                        finding(
                            e - b64.len(),
                            e,
                            Category::Password,
                            0.95,
                            "value:basic_auth",
                            None,
                        ),
                        RANK_VALIDATED,
                    );
                }
                e
            }
            Kind::SqlInsert => {
                self.sql_values(text, m, e, &mut push);
                e
            }
            Kind::CliUserPass => {
                // Only curl's: docker's `-u 1000:1000` is a uid and gid.
                let mut from = s.saturating_sub(256);
                while !text.is_char_boundary(from) {
                    from += 1;
                }
                let after_curl = text[from..s].contains("curl")
                    && text.as_bytes()[..s]
                        .last()
                        .is_some_and(|b| matches!(b, b' ' | b'\t'));
                if after_curl {
                    self.cli_credentials(text, s, e, &mut push);
                }
                e
            }
            Kind::CliSecretFlag | Kind::MysqlPassword => {
                let mysql = matches!(kind, Kind::MysqlPassword);
                // Only the MySQL client glues its password to `-p`
                // (`docker run -p8080:80` publishes a port).
                if mysql && !mysql_command_before(before) {
                    return e;
                }
                let value_at = if mysql {
                    m.rfind("-p").map(|i| i + 2)
                } else {
                    m.rfind([' ', '\t', '"', '\'']).map(|i| i + 1)
                };
                if let Some(vs) = value_at.map(|i| s + i).filter(|&vs| vs < e) {
                    let value = &text[vs..e];
                    let flag = &m[..vs - s];
                    let category = if mysql || flag.contains("pass") {
                        Category::Password
                    } else if flag.contains("token") {
                        Category::OauthToken
                    } else {
                        Category::ApiKey
                    };
                    if super::trivial::is_trivial(value)
                        || super::trivial::is_secret_reference(value)
                    {
                        return e;
                    }
                    // `doctl auth init --access-token dop_v1_…`, `twine
                    // upload --password pypi-…`: a provider's own shape
                    // names the credential better than the flag does.
                    let mut inner = Vec::new();
                    self.scan_range(text, vs, e, &mut inner);
                    if let Some(c) = inner
                        .iter()
                        .find(|c| c.f.start == vs && c.f.end == e && c.rank == RANK_VALIDATED)
                    {
                        push(c.f, RANK_VALIDATED);
                    } else {
                        push(
                            finding(vs, e, category, 0.85, "value:cli_secret_flag", None),
                            RANK_CONTEXT,
                        );
                    }
                }
                e
            }
            Kind::PgPass => {
                if let Some((ps, pe)) = pgpass::password_span(m) {
                    let pass = &m[ps..pe];
                    // `host:443:GET:/v1/users:200` is a log line's status.
                    let numeric = pass.bytes().all(|b| b.is_ascii_digit());
                    if !numeric
                        && !super::trivial::is_trivial(pass)
                        && !super::trivial::is_secret_reference(pass)
                    {
                        push(
                            finding(
                                s + ps,
                                s + pe,
                                Category::Password,
                                0.9,
                                "shape:pgpass",
                                None,
                            ),
                            RANK_SHAPE,
                        );
                    }
                }
                e
            }
            Kind::ArnUser => {
                // The user name is the last path segment of the ARN; an
                // assumed role's session only when a person's login is
                // written there.
                // `AROA…:jane.doe`: the role's unique id and the session
                // (CloudTrail's `principalId`, STS `AssumedRoleId`).
                let role_id = m.starts_with("AROA");
                let session = role_id || m.contains(":assumed-role/");
                let sep = if role_id { m.find(':') } else { m.rfind('/') };
                if let Some(slash) = sep {
                    let us = s + slash + 1;
                    if session && !super::aws_session::is_person_session_name(&text[us..e]) {
                        // Scan the session on (an address, or a program's).
                        return us;
                    }
                    if us < e {
                        push(
                            finding(us, e, Category::Username, 0.85, "value:iam_user_arn", None),
                            RANK_CONTEXT,
                        );
                    }
                }
                e
            }
            Kind::UrlCreds => {
                // scheme://user:pass@ — the password sits between the last
                // ':' of the userinfo and the final '@'.
                let Some(auth) = m.find("://").map(|i| i + 3) else {
                    return e;
                };
                let userinfo = &m[auth..m.len() - 1];
                if let Some(colon) = userinfo.find(':') {
                    user_address(text, s + auth, s + auth + colon, &mut push);
                    if url_user::is_url_login(&m[..auth - 3], &userinfo[..colon]) {
                        push(
                            finding(
                                s + auth,
                                s + auth + colon,
                                Category::Username,
                                0.85,
                                "value:url_user",
                                None,
                            ),
                            RANK_CONTEXT,
                        );
                    }
                    let ps = s + auth + colon + 1;
                    let pe = e - 1;
                    let pass = &text[ps..pe];
                    let mut inner = Vec::new();
                    self.scan_range(text, ps, pe, &mut inner);
                    if let Some(c) = inner
                        .iter()
                        .find(|c| c.f.start == ps && c.f.end == pe && c.rank == RANK_VALIDATED)
                    {
                        push(c.f, RANK_VALIDATED);
                    } else if let Some(f) = connection_password(pass, ps, pe) {
                        push(f, RANK_VALIDATED);
                    }
                }
                e
            }
            Kind::OracleLogon => {
                // `…:user/password@`: the password runs from the slash
                // after the user to the final `@`.
                let Some(slash) = m.rfind('/') else {
                    return e;
                };
                let (ps, pe) = (s + slash + 1, e - 1);
                if let Some(f) = connection_password(&text[ps..pe], ps, pe) {
                    push(f, RANK_VALIDATED);
                }
                e
            }
            Kind::Email => {
                let (mut es, mut ee) = (s, e);
                // `josé.garcía@…`: the ASCII pattern starts after the last
                // non-ASCII letter of the local part; take all of it.
                if text[..es]
                    .chars()
                    .next_back()
                    .is_some_and(|c| !c.is_ascii() && c.is_alphanumeric())
                {
                    es = text[..es]
                        .char_indices()
                        .rev()
                        .take_while(|&(_, c)| email::is_local_char(c))
                        .last()
                        .map_or(es, |(i, _)| i);
                }
                // `…@correo.españa`: the domain goes on in another script.
                if text[ee..]
                    .chars()
                    .next()
                    .is_some_and(|c| !c.is_ascii() && c.is_alphanumeric())
                {
                    let more: usize = text[ee..]
                        .chars()
                        .take_while(|&c| email::is_domain_char(c))
                        .map(char::len_utf8)
                        .sum();
                    ee += text[ee..ee + more].trim_end_matches('.').len();
                }
                // `'jane@x.io'`: the quote opens a string, it is not part of
                // the local part (as in `o'brien@…`).
                while text.as_bytes().get(es) == Some(&b'\'') {
                    es += 1;
                }
                // Leading URL-encoded punctuation (%22, %3A, %20) is not part of the address.
                while text.get(es..es + 3).is_some_and(|p| {
                    p.starts_with('%')
                        && p[1..].bytes().all(|b| b.is_ascii_hexdigit())
                        && !p.eq_ignore_ascii_case("%40")
                }) {
                    es += 3;
                }
                let cand = &text[es..ee];
                // `jane@acme.io:hunter2xyz`: an address and its password.
                let local = cand.split(['@', '%']).next().unwrap_or("");
                let password = email::password_after(local, &text[ee..]);
                // `scheme://user@host` is URL userinfo and `git@host:path`
                // an scp-style remote, not a mailbox.
                let remote = password.is_none()
                    && text[ee..]
                        .strip_prefix(':')
                        .and_then(|r| r.chars().next())
                        .is_some_and(|c| !c.is_whitespace() && c != '"' && c != '\'');
                // `ftp://akhan@files.example.net/`: the login of the account.
                if password.is_none() && text[..es].ends_with("://") {
                    if let Some(at) = cand.find('@') {
                        if url_user::is_url_login(url_user::scheme_before(text, es), &cand[..at]) {
                            push(
                                finding(
                                    es,
                                    es + at,
                                    Category::Username,
                                    0.85,
                                    "value:url_user",
                                    None,
                                ),
                                RANK_CONTEXT,
                            );
                        }
                    }
                }
                if email::is_email(cand)
                    && !text[..es].ends_with("://")
                    && !remote
                    && !email::is_identifier_address(text, es, ee)
                {
                    push(
                        finding(es, ee, Category::Email, 0.97, "value:email", None),
                        RANK_SHAPE,
                    );
                    if let Some(len) = password {
                        let ps = ee + 1;
                        push(
                            finding(
                                ps,
                                ps + len,
                                Category::Password,
                                0.8,
                                "value:email_password",
                                None,
                            ),
                            RANK_SHAPE,
                        );
                        return ps + len;
                    }
                }
                e
            }
            Kind::Iban => {
                if let Some(end) = iban_prefix(m) {
                    push(
                        finding(
                            s,
                            s + end,
                            Category::Iban,
                            0.97,
                            "validator:iban_mod97",
                            None,
                        ),
                        RANK_VALIDATED,
                    );
                    s + end
                } else {
                    next_char(text, s)
                }
            }
            Kind::Mac => {
                let continues = after
                    .as_bytes()
                    .first()
                    .is_some_and(|&b| b == b':' || b == b'-' || b == b'.')
                    && after.as_bytes().get(1).is_some_and(u8::is_ascii_hexdigit);
                let preceded = before
                    .as_bytes()
                    .last()
                    .is_some_and(|&b| b == b':' || b == b'-' || b == b'.');
                if mac::is_mac_separated(m) && !continues && !preceded {
                    push(
                        finding(s, e, Category::MacAddress, 0.95, "value:mac", None),
                        RANK_SHAPE,
                    );
                    e
                } else {
                    skip_run(text, e, |b| {
                        b.is_ascii_hexdigit() || b == b':' || b == b'-' || b == b'.'
                    })
                }
            }
            Kind::Ipv6 => {
                let cand = if m.ends_with(':') && !m.ends_with("::") {
                    &m[..m.len() - 1]
                } else {
                    m
                };
                let ce = s + cand.len();
                let bad_before = before
                    .as_bytes()
                    .last()
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b':' || *b == b'.');
                let bad_after = text
                    .as_bytes()
                    .get(ce)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'.');
                if !bad_before && !bad_after && ip::ipv6_in_text(cand) {
                    push(
                        finding(s, ce, Category::IpAddress, 0.95, "validator:ip_parse", None),
                        RANK_VALIDATED,
                    );
                    return ce;
                }
                // `cafe: open`, `name:value`: give the pair detector a chance.
                let starts_name = m.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
                if let Some(pm) = starts_name
                    .then(|| {
                        self.families[PAIR_FAMILY]
                            .search_once(&Input::new(text).span(s..to).anchored(Anchored::Yes))
                    })
                    .flatten()
                {
                    if matches!(
                        self.families[PAIR_FAMILY]
                            .kinds
                            .get(pm.pattern().as_usize()),
                        Some(Kind::Pair)
                    ) {
                        return self.handle(Kind::Pair, text, pm.start(), pm.end(), to, out);
                    }
                }
                e
            }
            Kind::LatLon => {
                if super::geo::lat_lon_in_text(before, m) {
                    push(
                        finding(
                            s,
                            e,
                            Category::GeoLocation,
                            0.85,
                            "value:lat_lon_pair",
                            None,
                        ),
                        RANK_SHAPE,
                    );
                    e
                } else {
                    next_char(text, s)
                }
            }
            Kind::Ipv4 => {
                let longer = (after.as_bytes().first() == Some(&b'.')
                    && after.as_bytes().get(1).is_some_and(u8::is_ascii_digit))
                    || (before.as_bytes().last() == Some(&b'.')
                        && before.len() >= 2
                        && before.as_bytes()[before.len() - 2].is_ascii_digit());
                if longer {
                    return skip_run(text, e, |b| b.is_ascii_digit() || b == b'.');
                }
                if ip::ipv4_in_text(m)
                    && !ip::version_context(before)
                    && (!ip::version_shaped(m) || ip::address_context(before))
                {
                    push(
                        finding(s, e, Category::IpAddress, 0.95, "validator:ip_parse", None),
                        RANK_VALIDATED,
                    );
                }
                e
            }
            Kind::BirthBefore => {
                // The date sits between "am " and " geboren".
                let lower = m.to_ascii_lowercase();
                let ds = lower.find(" am ").map_or(0, |i| i + 4);
                let de = lower.rfind(" geboren").unwrap_or(m.len());
                let date = m.get(ds..de).unwrap_or("").trim();
                let off = m.get(ds..de).map_or(0, |d| d.len() - d.trim_start().len());
                if dates::is_date_like(date) {
                    let st = s + ds + off;
                    push(
                        finding(
                            st,
                            st + date.len(),
                            Category::DateOfBirth,
                            0.9,
                            "context:birth_sentence",
                            None,
                        ),
                        RANK_CONTEXT,
                    );
                }
                e
            }
            Kind::Street => {
                // The town and postcode after the street belong to it.
                let e = e + super::address_tail::locality_tail(&text[e..to.max(e)]);
                push(
                    finding(s, e, Category::PostalAddress, 0.7, "value:street", None),
                    RANK_SHAPE,
                );
                e
            }
            Kind::DeviceHostname => {
                if device_hostnames::owner_is_named(m) {
                    push(
                        finding(
                            s,
                            e,
                            Category::DeviceId,
                            0.8,
                            "value:owner_device_name",
                            None,
                        ),
                        RANK_SHAPE,
                    );
                }
                e
            }
            Kind::LogUser => {
                let ip_end = s + m.find(' ').unwrap_or(0);
                if ip::ipv4_in_text(&text[s..ip_end]) {
                    push(
                        finding(
                            s,
                            ip_end,
                            Category::IpAddress,
                            0.95,
                            "validator:ip_parse",
                            None,
                        ),
                        RANK_VALIDATED,
                    );
                }
                let us = ip_end + 3;
                let ue = e - 2;
                if ue > us && &text[us..ue] != "-" {
                    push(
                        finding(
                            us,
                            ue,
                            Category::Username,
                            0.8,
                            "context:access_log_user",
                            None,
                        ),
                        RANK_SHAPE,
                    );
                }
                e - 1
            }
            Kind::Irc => {
                for (a, b, category) in irc::irc_sender_spans(text, s, e) {
                    push(
                        finding(a, b, category, 0.8, "context:irc_sender", None),
                        RANK_CONTEXT,
                    );
                }
                e
            }
            Kind::Mention => {
                if let Some((hs, he)) = chat_mentions::mention_span(text, s, e) {
                    push(
                        finding(
                            hs,
                            he,
                            Category::Username,
                            0.8,
                            "context:chat_mention",
                            None,
                        ),
                        RANK_CONTEXT,
                    );
                    he.max(e)
                } else {
                    e
                }
            }
            Kind::GamePlayer => {
                if let Some((a, b)) = game_log::player_name_span(m) {
                    push(
                        finding(
                            s + a,
                            s + b,
                            Category::Username,
                            0.8,
                            "context:game_log_player",
                            None,
                        ),
                        RANK_CONTEXT,
                    );
                    s + b
                } else {
                    e
                }
            }
            Kind::ProfileUrl => {
                if let Some((hs, he)) = profile_urls::profile_handle(text, s, e) {
                    push(
                        finding(hs, he, Category::Username, 0.8, "value:profile_url", None),
                        RANK_SHAPE,
                    );
                    he
                } else {
                    e
                }
            }
            Kind::Ssn => {
                let longer = after.as_bytes().first() == Some(&b'-')
                    || before.as_bytes().last() == Some(&b'-');
                if !longer && (ssn::is_ssn_digits(m) || national_ids::is_us_itin(m)) {
                    push(
                        finding(
                            s,
                            e,
                            Category::NationalId,
                            0.85,
                            "validator:ssn_rules",
                            None,
                        ),
                        RANK_VALIDATED,
                    );
                }
                e
            }
            Kind::CheckedId => {
                if national_ids_valid(m) {
                    push(
                        finding(
                            s,
                            e,
                            Category::NationalId,
                            0.9,
                            "validator:national_id_check",
                            None,
                        ),
                        RANK_VALIDATED,
                    );
                    e
                } else {
                    next_char(text, s)
                }
            }
            Kind::Nino => {
                if ssn::is_nino(m) {
                    push(
                        finding(s, e, Category::NationalId, 0.85, "value:nino", None),
                        RANK_VALIDATED,
                    );
                }
                e
            }
            Kind::Card => {
                let digit_sep = |b: Option<&u8>, c: Option<&u8>| {
                    b.is_some_and(|&b| b == b' ' || b == b'-') && c.is_some_and(u8::is_ascii_digit)
                };
                let ab = after.as_bytes();
                let bb = before.as_bytes();
                let digits_after = digit_sep(ab.first(), ab.get(1));
                let digits_before =
                    digit_sep(bb.last(), bb.len().checked_sub(2).and_then(|i| bb.get(i)));
                let decimal_after =
                    ab.first() == Some(&b'.') && ab.get(1).is_some_and(u8::is_ascii_digit);
                // After a card found right before (a list of cards), only
                // digits after the match continue its run.
                let run_continues = if card_before {
                    digits_after
                } else {
                    digits_after || digits_before || decimal_after
                };
                let run_starts_here = card_before || !digits_before;
                // A bare 13-19 digit token stands alone whatever numbers
                // are beside it (`4111111111111111 5555555555554444`).
                let lone_token = m.bytes().all(|c| c.is_ascii_digit());
                if (!run_continues || lone_token) && card::is_card_number(m) {
                    push(
                        finding(s, e, Category::PaymentCard, 0.97, "validator:luhn", None),
                        RANK_VALIDATED,
                    );
                } else if !run_continues && phone_in_text(m, before) {
                    push(
                        finding(s, e, Category::Phone, 0.8, "value:phone", None),
                        RANK_SHAPE,
                    );
                } else if let Some(len) =
                    card::grouped_card_prefix(&text[s..]).filter(|_| run_starts_here)
                {
                    push(
                        finding(
                            s,
                            s + len,
                            Category::PaymentCard,
                            0.95,
                            "validator:luhn",
                            None,
                        ),
                        RANK_VALIDATED,
                    );
                    return s + len;
                }
                e
            }
            Kind::Phone => {
                let decimal = after
                    .as_bytes()
                    .first()
                    .is_some_and(|&b| b == b'.' || b == b',')
                    && after.as_bytes().get(1).is_some_and(u8::is_ascii_digit);
                if let Some(valid) = ssn::spaced_ssn_layout(m) {
                    if valid && !decimal {
                        push(
                            finding(s, e, Category::NationalId, 0.8, "validator:ssn_rules", None),
                            RANK_VALIDATED,
                        );
                    }
                    return e;
                }
                if !decimal && phone_in_text(m, before) {
                    push(
                        finding(s, e, Category::Phone, 0.8, "value:phone", None),
                        RANK_SHAPE,
                    );
                    return e;
                }
                // `53422 192.168.1.44` (a port, then an address) is no
                // phone: resume at the address.
                for (i, _) in m.match_indices(' ') {
                    let rest = &text[s + i + 1..];
                    let token = rest.split([' ', ',', ';']).next().unwrap_or("");
                    if token.matches('.').count() == 3 && ip::ipv4_in_text(token) {
                        return s + i + 1;
                    }
                }
                e
            }
            Kind::Tel => {
                let num_start = s + 4;
                if phone::is_phone_like(&text[num_start..e]) {
                    push(
                        finding(num_start, e, Category::Phone, 0.9, "value:tel_uri", None),
                        RANK_SHAPE,
                    );
                }
                e
            }
            Kind::Cue(cue) => self.handle_cue(cue, text, s, e, &mut push).unwrap_or(e),
            Kind::AwsSecret => {
                if aws_secret_context(before) && mixed_classes(m) {
                    push(
                        finding(
                            s,
                            e,
                            Category::ApiKey,
                            0.9,
                            "value:aws_secret_key",
                            Some("aws"),
                        ),
                        RANK_VALIDATED,
                    );
                    e
                } else {
                    next_char(text, s)
                }
            }
            Kind::Pair | Kind::XmlElement | Kind::XmlAttributePair | Kind::XmlKeyedElement => {
                let value = match kind {
                    Kind::XmlElement => pairs::xml_element_value(text, s, e),
                    Kind::XmlAttributePair => pairs::xml_attribute_value(text, s, e),
                    Kind::XmlKeyedElement => pairs::xml_keyed_element_value(text, s, e),
                    _ => pairs::pair_value(text, s, e),
                };
                if let Some(v) = value {
                    push(
                        finding(
                            v.start,
                            v.end,
                            v.category,
                            v.confidence,
                            "context:pair_key",
                            v.provider,
                        ),
                        RANK_CONTEXT,
                    );
                }
                e
            }
        }
    }

    /// `-u user:pass` / `--user user:pass` matched at `s..e`: the password
    /// (quotes around either side dropped), and the user when it is an
    /// address. Documentation placeholders (`username:password`,
    /// `test:test`) and variables (`$TOKEN`) give nothing.
    fn cli_credentials(&self, text: &str, s: usize, e: usize, push: &mut impl FnMut(Finding, u8)) {
        let m = &text[s..e];
        let Some(flag_end) = m.find([' ', '\t']) else {
            return;
        };
        let cs = s + flag_end + (m.len() - flag_end - m[flag_end..].trim_start().len());
        let creds = &text[cs..e];
        let Some((user_raw, _)) = creds.split_once(':') else {
            return;
        };
        let quotes: &[char] = &['"', '\''];
        let us = cs + (user_raw.len() - user_raw.trim_start_matches(quotes).len());
        let ue = cs + user_raw.trim_end_matches(quotes).len();
        let user = text.get(us..ue.max(us)).unwrap_or("");
        let mut ps = cs + user_raw.len() + 1;
        if text[ps..e].starts_with(quotes) {
            ps += 1;
        }
        let mut pe = e;
        if pe > ps && text[ps..pe].ends_with(quotes) {
            pe -= 1;
        }
        let pass = &text[ps..pe];
        if pass.len() < 3
            || super::trivial::is_trivial(pass)
            || super::trivial::is_secret_reference(pass)
            || pass.starts_with('$')
            || super::trivial::is_placeholder_credentials(user, pass)
        {
            return;
        }
        user_address(text, us, ue.max(us), push);
        push(
            finding(
                ps,
                pe,
                Category::Password,
                0.85,
                "value:cli_user_password",
                None,
            ),
            RANK_VALIDATED,
        );
    }

    /// The values of an `INSERT … (cols) VALUES (` whose head `m` ends at
    /// `vs`: each value takes the category its column name gives.
    fn sql_values(&self, text: &str, m: &str, vs: usize, push: &mut impl FnMut(Finding, u8)) {
        let (Some(open), Some(close)) = (m.find('('), m.find(')')) else {
            return;
        };
        let columns: Vec<&str> = m[open + 1..close]
            .split(',')
            .map(|c| c.trim().trim_matches(['`', '"', '[', ']']))
            .collect();
        let b = text.as_bytes();
        let mut pos = vs;
        for column in columns {
            while b.get(pos).is_some_and(|c| c.is_ascii_whitespace()) {
                pos += 1;
            }
            let (start, end, next) = if b.get(pos) == Some(&b'\'') {
                // A quoted value; `''` is an escaped quote.
                let mut i = pos + 1;
                loop {
                    match b.get(i) {
                        Some(b'\'') if b.get(i + 1) == Some(&b'\'') => i += 2,
                        Some(b'\'') => break,
                        Some(_) => i += 1,
                        None => return,
                    }
                }
                (pos + 1, i, i + 1)
            } else {
                let len = b[pos.min(b.len())..]
                    .iter()
                    .position(|&c| c == b',' || c == b')')
                    .unwrap_or(b.len() - pos.min(b.len()));
                (pos, pos + len, pos + len)
            };
            let Some(value) = text.get(start..end) else {
                return;
            };
            if let Some((category, confidence)) = pairs::column_category(column) {
                let v = value.trim();
                if !v.is_empty()
                    && !v.eq_ignore_ascii_case("null")
                    && !super::trivial::is_trivial(v)
                    && pairs::value_fits(category, v)
                {
                    push(
                        finding(start, end, category, confidence, "context:sql_column", None),
                        RANK_CONTEXT,
                    );
                }
            }
            pos = next;
            while b.get(pos).is_some_and(|c| c.is_ascii_whitespace()) {
                pos += 1;
            }
            match b.get(pos) {
                Some(b',') => pos += 1,
                _ => return,
            }
        }
    }

    /// Extracts and checks the value after a sentence cue ending at `vs`.
    fn handle_cue(
        &self,
        cue: Cue,
        text: &str,
        cue_start: usize,
        vs: usize,
        push: &mut impl FnMut(Finding, u8),
    ) -> Option<usize> {
        // A long run of blanks after the cue is a value an earlier family
        // already took (`passwd=$6$…` blanked as a hash): what follows it
        // is the next field, not this cue's value.
        let gap = text
            .get(cue_start..vs)
            .map_or(0, |c| c.len() - c.trim_end().len());
        if gap > 4 {
            return None;
        }
        if cue == Cue::NetrcPassword {
            if !sentences::netrc_login_before(text.get(..cue_start)?) {
                return None;
            }
            let (s, e) = sentences::free_value(text, vs)?;
            if !sentences::plausible_password(&text[s..e]) {
                return None;
            }
            push(
                finding(s, e, Category::Password, 0.9, "value:netrc_password", None),
                RANK_CONTEXT,
            );
            return Some(e);
        }
        if cue == Cue::Password {
            // `@password:filter`: a scrubbing rule's id (Sentry `_meta`
            // remarks), not a field.
            if super::trivial::starts_encrypted(text.get(vs..)?)
                || text.as_bytes().get(cue_start.wrapping_sub(1)) == Some(&b'@')
            {
                return None;
            }
            let (s, e) = sentences::free_value(text, vs)?;
            if sentences::is_working_directory(text.get(cue_start..vs)?, &text[s..e]) {
                return None;
            }
            if sentences::plausible_password(&text[s..e]) {
                push(
                    finding(
                        s,
                        e,
                        Category::Password,
                        0.85,
                        "context:password_sentence",
                        None,
                    ),
                    RANK_CONTEXT,
                );
                return Some(e);
            }
            return None;
        }
        if cue == Cue::FileName {
            use super::file_name_people as files;
            if !files::at_word_start(text, cue_start) {
                return None;
            }
            let (s, e) = match files::name_before(text.get(..cue_start)?) {
                Some(span) => span,
                None if text.get(cue_start..vs)?.ends_with([' ', '\t', '_', '-']) => {
                    (vs, vs + files::name_after_len(text.get(vs..)?)?)
                }
                None => return None,
            };
            push(
                finding(
                    s,
                    e,
                    Category::PersonName,
                    0.75,
                    "context:file_name_person",
                    None,
                ),
                RANK_CONTEXT,
            );
            return Some(e.max(vs));
        }
        if cue == Cue::Presence {
            let start = super::presence_lines::presence_name_start(text.get(..cue_start)?)?;
            let end = text.get(..cue_start)?.trim_end().len();
            push(
                finding(
                    start,
                    end,
                    Category::PersonName,
                    0.75,
                    "context:presence_line",
                    None,
                ),
                RANK_CONTEXT,
            );
            return Some(vs);
        }
        if cue == Cue::SudoUser {
            let before = text.get(..cue_start)?;
            let start = auth_log::sudo_user_before(before)?;
            push(
                finding(
                    start,
                    cue_start,
                    Category::Username,
                    0.85,
                    "context:sudo_log_user",
                    None,
                ),
                RANK_CONTEXT,
            );
            return Some(vs);
        }
        let pid = PatternID::new(sentences::value_pattern(cue)?).ok()?;
        let input = Input::new(text)
            .span(vs..text.len())
            .anchored(Anchored::Pattern(pid));
        let m = self.values.search(&input)?;
        let v = &text[m.start()..m.end()];
        if cue == Cue::Health {
            let cue_text = text.get(cue_start..vs)?;
            if !sentences::plausible_reading(cue_text.trim_end_matches([' ', '\t', ':', '=']), v) {
                return None;
            }
            push(
                finding(
                    m.start(),
                    m.end(),
                    Category::HealthMetric,
                    0.8,
                    "context:health_reading",
                    None,
                ),
                RANK_CONTEXT,
            );
            return Some(m.end());
        }
        if cue == Cue::AuthLogUser {
            let v = v.trim_end_matches('.');
            let end = m.start() + v.len();
            let cue_text = text.get(cue_start..vs)?;
            if v.is_empty()
                || !auth_log::auth_log_follows(&text[..cue_start], cue_text, &text[end..])
                || !auth_log::names_person_account(cue_text, v)
            {
                return None;
            }
            let (cat, ev) = if email::is_email(v) {
                (Category::Email, "value:email")
            } else {
                (Category::Username, "context:auth_log_user")
            };
            push(finding(m.start(), end, cat, 0.85, ev, None), RANK_CONTEXT);
            return Some(end);
        }
        if cue == Cue::WindowsAccount {
            if !windows_accounts::event_account_name(v, text.get(m.end()..).unwrap_or("")) {
                return None;
            }
            push(
                finding(
                    m.start(),
                    m.end(),
                    Category::Username,
                    0.85,
                    "context:windows_event_account",
                    None,
                ),
                RANK_CONTEXT,
            );
            return Some(m.end());
        }
        if cue == Cue::HomePath {
            let len = home_paths::home_path_user(
                text.get(..cue_start)?,
                text.get(cue_start..vs)?,
                v,
                text.get(m.end()..).unwrap_or(""),
            )?;
            push(
                finding(
                    m.start(),
                    m.start() + len,
                    Category::Username,
                    0.8,
                    "context:home_path",
                    None,
                ),
                RANK_CONTEXT,
            );
            return Some(m.start() + len);
        }
        if cue == Cue::SocialHandle {
            let len = social_handles::social_handle_len(
                text.get(cue_start..vs)?,
                v,
                text.get(m.end()..).unwrap_or(""),
            )?;
            let end = m.start() + len;
            // `@marianne.rides` is written with its `@`.
            let at = text.get(cue_start..vs)?.ends_with('@');
            let start = if at { vs - 1 } else { m.start() };
            push(
                finding(
                    start,
                    end,
                    Category::Username,
                    0.8,
                    "context:social_handle",
                    None,
                ),
                RANK_CONTEXT,
            );
            return Some(end);
        }
        // The writer's name under a closing (without a job title after
        // it), or a transfer's other party in a statement's description:
        // each module measures the name it reads.
        let named_party: Option<(NameLen, &'static str)> = match cue {
            Cue::SignOff => Some((super::sign_offs::signed_name_len, "context:sign_off")),
            Cue::Transfer => Some((transfer_party::transfer_party_len, "context:transfer_party")),
            Cue::TaskSubject => Some((
                super::task_subjects::subject_name_len,
                "context:task_subject",
            )),
            _ => None,
        };
        if let Some((name_len, evidence)) = named_party {
            let end = m.start() + name_len(v, text.get(m.end()..).unwrap_or(""))?;
            push(
                finding(m.start(), end, Category::PersonName, 0.75, evidence, None),
                RANK_CONTEXT,
            );
            return Some(end);
        }
        // A name after a self-introduction or a title, or greeted.
        let name_cue = match cue {
            Cue::PersonName => Some((sentences::plausible_name(v), 0.8, "context:name_sentence")),
            Cue::SelfIntro => Some((sentences::introduced_name(v), 0.8, "context:name_sentence")),
            Cue::Greeting => Some((
                sentences::greeted_name(v, text.get(m.end()..).unwrap_or("")),
                0.75,
                "context:greeting",
            )),
            _ => None,
        };
        if let Some((plausible, confidence, evidence)) = name_cue {
            if !plausible {
                return None;
            }
            push(
                finding(
                    m.start(),
                    m.end(),
                    Category::PersonName,
                    confidence,
                    evidence,
                    None,
                ),
                RANK_CONTEXT,
            );
            return Some(m.end());
        }
        if cue == Cue::IdNumber {
            let scheme = id_schemes::scheme_for_cue(text.get(cue_start..vs)?)?;
            let valid = id_schemes::longest_valid_prefix(scheme, v);
            let Some(len) = valid.filter(|_| scheme.names_a_person()) else {
                let layout = id_schemes::longest_layout_prefix(scheme, v)?;
                push(veto(m.start(), m.start() + layout), RANK_VETO);
                return Some(m.start() + layout);
            };
            let end = m.start() + len;
            push(
                finding(
                    m.start(),
                    end,
                    scheme.category(),
                    0.9,
                    "validator:national_id_check",
                    None,
                ),
                RANK_VALIDATED,
            );
            return Some(end);
        }
        let (cat, conf, ev, prov, ok) = match cue {
            Cue::Birth => (
                Category::DateOfBirth,
                0.9,
                "context:birth_sentence",
                None,
                dates::is_date_like(v),
            ),
            Cue::Ssn => {
                let compact: String = v.chars().filter(|c| c.is_ascii_digit()).collect();
                (
                    Category::NationalId,
                    0.95,
                    "context:ssn_sentence",
                    None,
                    ssn::is_ssn_digits(&compact),
                )
            }
            Cue::Imei => {
                let d: Vec<u8> = v.bytes().filter(u8::is_ascii_digit).collect();
                (
                    Category::DeviceId,
                    0.95,
                    "validator:imei_luhn",
                    None,
                    d.len() == 15 && luhn::luhn_valid(&d),
                )
            }
            Cue::SteuerId => (
                Category::NationalId,
                0.9,
                "validator:steuer_id",
                None,
                ssn::is_steuer_id(v),
            ),
            Cue::AwsSecret => (
                Category::ApiKey,
                0.95,
                "value:aws_secret_key",
                Some("aws"),
                mixed_classes(v),
            ),
            Cue::Passport => (
                Category::NationalId,
                0.85,
                "context:passport_sentence",
                None,
                sentences::is_document_number(v),
            ),
            Cue::DriverLicense => (
                Category::NationalId,
                0.85,
                "context:licence_sentence",
                None,
                sentences::is_document_number(v),
            ),
            Cue::Nhs => (
                Category::NationalId,
                0.95,
                "validator:nhs_mod11",
                None,
                sentences::is_nhs_number(v),
            ),
            Cue::Cvv => (
                Category::PaymentCard,
                0.9,
                "context:card_verification_code",
                None,
                true,
            ),
            Cue::BankAccount => (
                Category::Iban,
                0.85,
                "context:bank_account_sentence",
                None,
                super::bank_context::bank_account_cue_holds(
                    text.get(..cue_start).unwrap_or(""),
                    text.get(cue_start..vs).unwrap_or(""),
                ),
            ),
            Cue::Postcode => (
                Category::PostalAddress,
                0.8,
                "context:postcode_sentence",
                None,
                true,
            ),
            Cue::Password
            | Cue::NetrcPassword
            | Cue::IdNumber
            | Cue::Health
            | Cue::AuthLogUser
            | Cue::SudoUser
            | Cue::WindowsAccount
            | Cue::HomePath
            | Cue::SocialHandle
            | Cue::PersonName
            | Cue::Greeting
            | Cue::SelfIntro
            | Cue::SignOff
            | Cue::Transfer
            | Cue::TaskSubject
            | Cue::Presence
            | Cue::FileName => return None,
        };
        if ok {
            push(
                finding(m.start(), m.end(), cat, conf, ev, prov),
                RANK_VALIDATED,
            );
            Some(m.end())
        } else if matches!(cue, Cue::Nhs | Cue::SteuerId) {
            // The cue's own value pattern fixes the digit count: a number
            // named NHS or Steuer-ID whose check fails is kept as it is.
            push(veto(m.start(), m.end()), RANK_VETO);
            Some(m.end())
        } else {
            None
        }
    }
}

/// A candidate that claims a span for nothing: a number written after an
/// identity scheme's name whose check digits fail (`SIN 046 454 287`,
/// `NHS number 943 476 5918`) is no phone or other number either. It wins
/// its overlap cluster and is then dropped.
fn veto(start: usize, end: usize) -> Finding {
    finding(
        start,
        end,
        Category::NationalId,
        0.0,
        "veto:failed_check",
        None,
    )
}

/// A whole value that names one device by its shape (a Sonos `RINCON_`
/// player id, a Nest device's resource name).
fn device_id_shape(text: &str) -> Option<Finding> {
    let (category, evidence) = super::device_ids::whole_value_device_id(text)?;
    Some(finding(0, text.len(), category, 0.9, evidence, None))
}

/// A whole value that is a latitude/longitude pair written to at least
/// four decimals (`40.7128,-74.0060`): about ten metres, a place, not a
/// region. Versions and ratios never have that shape.
fn precise_coordinates(text: &str) -> Option<Finding> {
    let b = text.as_bytes();
    if b.len() < 9
        || b.len() > 48
        || !(b[0].is_ascii_digit() || b[0] == b'-' || b[0] == b'+')
        || !b.contains(&b',')
    {
        return None;
    }
    let precise = |part: &str| {
        part.trim()
            .split_once('.')
            .is_some_and(|(_, frac)| frac.len() >= 4 && frac.bytes().all(|c| c.is_ascii_digit()))
    };
    let (a, c) = text.split_once(',')?;
    if !(precise(a) && precise(c)) {
        return None;
    }
    super::geo::parse_lat_lon_pair(text)?;
    Some(finding(
        0,
        text.len(),
        Category::GeoLocation,
        0.85,
        "value:lat_lon_pair",
        None,
    ))
}

/// A checked national id (DNI/NIE, codice fiscale, CPF, NRIC/FIN, CURP).
fn national_ids_valid(m: &str) -> bool {
    national_ids::is_es_dni(m)
        || national_ids::is_it_codice_fiscale(m)
        || national_ids::is_br_cpf(m)
        || national_ids::is_sg_nric(m)
        || national_ids::is_mx_curp(m)
}

/// Longest valid IBAN at the start of `m` ending on a group boundary;
/// returns its byte length.
fn iban_prefix(m: &str) -> Option<usize> {
    let cc = m.as_bytes().get(..2)?;
    let want = iban::iban_length(cc)?;
    let mut n = 0usize;
    for (i, b) in m.bytes().enumerate() {
        if b != b' ' {
            n += 1;
        }
        if n == want {
            let end = i + 1;
            let boundary = m.as_bytes().get(end).is_none_or(|&c| c == b' ');
            return (boundary && iban::is_valid_iban(&m[..end])).then_some(end);
        }
    }
    None
}

fn skip_run(text: &str, from: usize, f: impl Fn(u8) -> bool) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() && f(bytes[i]) {
        i += 1;
    }
    i
}

fn mixed_classes(s: &str) -> bool {
    let up = s.bytes().any(|b| b.is_ascii_uppercase());
    let lo = s.bytes().any(|b| b.is_ascii_lowercase());
    let di = s.bytes().any(|b| b.is_ascii_digit());
    up && lo && di && !s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn window_before(before: &str, n: usize) -> String {
    let mut start = before.len().saturating_sub(n);
    while !before.is_char_boundary(start) {
        start += 1;
    }
    before[start..].to_ascii_lowercase()
}

fn twilio_context(before: &str) -> bool {
    let w = window_before(before, 200);
    [
        "twilio",
        "account_sid",
        "accountsid",
        "auth_token",
        "authtoken",
    ]
    .iter()
    .any(|k| w.contains(k))
}

fn aws_secret_context(before: &str) -> bool {
    let w = window_before(before, 200);
    if [
        "secret_access_key",
        "secretaccesskey",
        "aws_secret",
        "secret-access-key",
    ]
    .iter()
    .any(|k| w.contains(k))
    {
        return true;
    }
    let raw = &before[before.len() - w.len()..];
    raw.match_indices("AKIA")
        .chain(raw.match_indices("ASIA"))
        .any(|(i, _)| {
            raw.get(i + 4..i + 20).is_some_and(|k| {
                k.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            })
        })
}

/// Keeps a non-overlapping subset: within each cluster of overlapping
/// candidates, higher rank wins, then the longer span, then the earlier.
fn resolve(cands: &mut [Cand], out: &mut Vec<Finding>) {
    if cands.is_empty() {
        return;
    }
    if let [only] = cands {
        if only.rank != RANK_VETO {
            out.push(only.f);
        }
        return;
    }
    cands.sort_by(|a, b| a.f.start.cmp(&b.f.start).then(b.f.end.cmp(&a.f.end)));
    let mut i = 0;
    while i < cands.len() {
        let mut j = i + 1;
        let mut cluster_end = cands[i].f.end;
        while j < cands.len() && cands[j].f.start < cluster_end {
            cluster_end = cluster_end.max(cands[j].f.end);
            j += 1;
        }
        if j == i + 1 {
            if cands[i].rank != RANK_VETO {
                out.push(cands[i].f);
            }
        } else {
            let mut cluster: Vec<Cand> = cands[i..j].to_vec();
            cluster.sort_by(|a, b| {
                b.rank
                    .cmp(&a.rank)
                    .then((b.f.end - b.f.start).cmp(&(a.f.end - a.f.start)))
                    .then(a.f.start.cmp(&b.f.start))
            });
            let mut kept: Vec<Cand> = Vec::new();
            for c in cluster {
                if kept
                    .iter()
                    .all(|k| c.f.end <= k.f.start || c.f.start >= k.f.end)
                {
                    kept.push(c);
                }
            }
            kept.sort_by_key(|c| c.f.start);
            out.extend(kept.iter().filter(|c| c.rank != RANK_VETO).map(|c| c.f));
        }
        i = j;
    }
}

#[cfg(test)]
mod fallback_tests {
    use super::*;

    /// The meta regex built on a lazy-DFA failure finds exactly what the
    /// lazy DFA finds.
    #[test]
    fn fallback_matches_lazy_dfa() {
        let scanner = ValueScanner::new();
        let texts = [
            "GET /api/v1/devices/fa4acc876ec0/status HTTP/1.1",
            "198.51.100.87 - - [25/Oct/2024:15:52:48 +0000] \"GET /x HTTP/1.1\" 500 5125",
            "mail jane.doe@example.com or call +44 20 7946 0958",
            "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc and key=sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            "IBAN DE89 3704 0044 0532 0130 00, MAC 44:65:0d:a2:7f:8a",
            "password: hunter2, aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "nothing to see here",
        ];
        for family in &scanner.families {
            let meta = build(&family.patterns, true);
            let mut cache = family.lazy.caches.get();
            for t in texts {
                for start in 0..t.len() {
                    let input = Input::new(t).span(start..t.len());
                    let lazy = family.lazy.re.try_search(&mut cache, &input).ok().flatten();
                    assert_eq!(lazy, meta.search(&input), "{t:?} from {start}");
                    let anchored = input.clone().anchored(Anchored::Yes);
                    let lazy = family
                        .lazy
                        .re
                        .try_search(&mut cache, &anchored)
                        .ok()
                        .flatten();
                    assert_eq!(lazy, meta.search(&anchored), "{t:?} anchored at {start}");
                }
            }
        }
    }
}

#[cfg(test)]
mod gate_tests {
    use super::text_shapes;

    #[test]
    fn text_shape_gate_vectors() {
        for t in [
            "IBAN DE89 3704",
            "mac a4:5e:60",
            "re-add the item",
            "12 Main Street",
            "221B Baker Street",
            "19th St",
            "jane@acme.io",
            "my password is x",
            "born on the 4th",
        ] {
            assert!(text_shapes(t.as_bytes()), "{t:?}");
        }
        for t in [
            "the quick brown fox jumps over the lazy dog",
            "order 12 shipped",
            "Version 3 of the tool",
            "well-known tools",
            "",
            "A",
        ] {
            assert!(!text_shapes(t.as_bytes()), "{t:?}");
        }
    }
}
