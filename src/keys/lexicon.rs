//! The key classifier: words -> lexicon units -> head, qualifiers and
//! trailing markers -> [`KeyInfo`].
//!
//! 1. The key is split into words ([`split_words`]) and folded to ASCII
//!    spellings (`größe` -> `groesse`).
//! 2. Adjacent words are merged into the longest known phrase by
//!    concatenation (`e`+`mail`, `date`+`of`+`birth`, `mac`+`address`), so the
//!    specific compound always wins over its parts. A single unknown word may
//!    be a closed compound of known words (`useremail`, `koerperfett`,
//!    `clientip`); it is segmented only into known, long-enough parts.
//! 3. The *head* is the last word that names something (`user_email` ->
//!    `email`); words before it qualify it (`customer_name` is a person,
//!    `product_name` is not, `stripe_key` is an API key, `sort_key` is not);
//!    words after it keep it (`phone_number`, `weight_kg`), make it meta
//!    (`email_verified`, `token_type`, `password_changed_at`) or drop it
//!    (`email_template`, `age_rating`, `card_id`).

use foldhash::HashMap;
use std::sync::OnceLock;

use super::fold::fold_word;
use super::words::{m, q, Def, Role, Table, ALONE, NAME_PARTS, PREFIXED_WHOLE_KEY, WHOLE_KEY};
use super::{split_words, ContextFlags, KeyInfo, KeyStrength};
use crate::Category;

/// Tables in priority order: a word listed twice keeps its first entry.
const TABLES: [Table; 7] = [
    super::words_en::HEADS,
    super::words_de::DE,
    super::words_fr_es::FR_ES,
    super::words_more::MORE,
    super::words_world::WORLD,
    super::words_en::OTHER,
    super::words_en::CONTEXT,
];

/// Longest phrase, in words, that is merged by concatenation.
const MAX_PHRASE: usize = 5;
/// Keys with more words than this are judged by their last words.
const MAX_WORDS: usize = 24;
/// Longest single word that is tried as a closed compound.
const MAX_SEGMENT_WORD: usize = 40;
/// Parts shorter than four letters allowed in closed compounds.
const SHORT_PARTS: &[&str] = &[
    "ip", "id", "ids", "db", "key", "api", "fat", "mac", "zip", "ssh", "jwt", "pin", "tel", "dob",
    "ssn", "bmi", "app", "new", "old", "url", "src", "dst", "raw", "gps", "geo", "max", "min",
    "avg", "sum", "kg", "cm", "lbs", "cvv", "cvc", "otp", "pwd", "hw", "fw", "dev", "ort", "plz",
];

pub(crate) fn lexicon() -> &'static HashMap<&'static str, Def> {
    static MAP: OnceLock<HashMap<&'static str, Def>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::with_capacity_and_hasher(4096, Default::default());
        for table in TABLES {
            for (words, def) in table.iter() {
                for w in words.iter() {
                    map.entry(*w).or_insert(*def);
                }
            }
        }
        map
    })
}

/// One lexicon unit of a key.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Known(Def),
    Unknown,
}

impl Unit {
    fn def(self) -> Option<Def> {
        match self {
            Unit::Known(d) => Some(d),
            Unit::Unknown => None,
        }
    }
    fn role(self) -> Option<Role> {
        self.def().map(|d| d.role)
    }
    fn qual(self) -> u8 {
        self.def().map_or(0, |d| d.qual)
    }
    fn mode(self) -> u8 {
        self.def().map_or(0, |d| d.mode)
    }
}

/// Exact lookup, then simple plurals (`emails`, `addresses`).
fn lookup(word: &str) -> Option<Def> {
    let map = lexicon();
    if let Some(d) = map.get(word) {
        return Some(*d);
    }
    if word.len() < 3 {
        return None;
    }
    for suffix in ["s", "es"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            // `-es` only after sibilants (`addresses`, `boxes`), so `maces`
            // is not `mac` and `pines` is not `pin`.
            let sibilant = ["s", "x", "z", "ch", "sh"]
                .iter()
                .any(|e| stem.ends_with(e));
            let ok = match suffix {
                "s" => !stem.ends_with('s'),
                _ => sibilant,
            };
            if stem.len() >= 2 && ok {
                if let Some(d) = map.get(stem) {
                    if d.mode & m::EXACT == 0 && d.role != Role::Filler {
                        return Some(*d);
                    }
                }
            }
        }
    }
    None
}

/// A part of a closed compound: known, not a function word, long enough.
fn compound_part(part: &str) -> Option<Def> {
    if part.len() < 4 && !SHORT_PARTS.contains(&part) {
        return None;
    }
    let d = lexicon().get(part)?;
    if d.mode & m::EXACT != 0 || matches!(d.role, Role::Filler | Role::MetaPrefix) {
        return None;
    }
    Some(*d)
}

/// Last parts that commonly close a glued compound (`clientip`,
/// `mysqlpassword`, `stripetoken`, `homeadresse`). Other heads are too
/// likely to end ordinary words (`geophone`, `homeowner`, `middleweight`).
const COMPOUND_TAILS: &[&str] = &[
    "email",
    "password",
    "passwort",
    "kennwort",
    "token",
    "secret",
    "ip",
    "mac",
    "ssid",
    "iban",
    "ssn",
    "adresse",
    "address",
    "username",
    "apikey",
    "key",
    "passphrase",
    "emailaddress",
    "ipaddress",
    "macaddress",
    // Moodle's `userfullname`, `custfirstname`, `memberbirthdate`.
    "fullname",
    "firstname",
    "lastname",
    "surname",
    "birthdate",
];

/// Tails that end no ordinary word, so an unknown prefix may stand before
/// them (`mysqlpassword`, `sendgridtoken`, `corpemail`).
const STRONG_TAILS: &[&str] = &[
    "email",
    "password",
    "passwort",
    "kennwort",
    "token",
    "secret",
    "apikey",
    "username",
    "passphrase",
    "ssid",
];

/// An unknown word that ends in a strong tail: an unknown qualifier plus
/// the tail.
fn unknown_prefix(word: &str) -> Option<Vec<Unit>> {
    let tail = STRONG_TAILS
        .iter()
        .find(|t| word.len() >= t.len() + 3 && word.ends_with(*t))?;
    let def = lexicon().get(tail)?;
    Some(vec![Unit::Unknown, Unit::Known(*def)])
}

/// Splits an unknown ASCII word into at most three known parts, fewest
/// parts first, ending in a compound tail (`useremail` -> `user` + `email`).
fn segment(word: &str) -> Option<Vec<Unit>> {
    let n = word.len();
    if !(5..=MAX_SEGMENT_WORD).contains(&n) || !word.is_ascii() {
        return None;
    }
    if !COMPOUND_TAILS
        .iter()
        .any(|t| word.len() > t.len() && word.ends_with(t))
    {
        return None;
    }
    // best[i] = (parts, previous cut) covering word[..i].
    let mut best: Vec<Option<(u8, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for end in 2..=n {
        for start in 0..end - 1 {
            let Some((parts, _)) = best[start] else {
                continue;
            };
            if parts >= 3 {
                continue;
            }
            let Some(part) = word.get(start..end) else {
                continue;
            };
            if compound_part(part).is_none() {
                continue;
            }
            let cand = parts + 1;
            if best[end].is_none_or(|(p, _)| cand < p) {
                best[end] = Some((cand, start));
            }
        }
    }
    let Some((parts, last_start)) = best[n] else {
        return unknown_prefix(word);
    };
    if parts < 2
        || !word
            .get(last_start..)
            .is_some_and(|t| COMPOUND_TAILS.contains(&t))
    {
        return unknown_prefix(word);
    }
    let mut defs = Vec::with_capacity(parts as usize);
    let mut end = n;
    while end > 0 {
        let (_, start) = best[end]?;
        defs.push(Unit::Known(compound_part(word.get(start..end)?)?));
        end = start;
    }
    defs.reverse();
    Some(defs)
}

fn is_digits(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit())
}

/// Words -> units: longest phrases first, then single words, plurals and
/// closed compounds. Digits and function words are dropped.
fn units_of(words: &[String]) -> (Vec<Unit>, ContextFlags, ContextFlags) {
    let mut units = Vec::with_capacity(words.len());
    let mut sib = ContextFlags::NONE;
    let mut par = ContextFlags::NONE;
    let alone = words.len() == 1;
    let mut push = |units: &mut Vec<Unit>, d: Def| {
        // Markers only speak for the object when they are the whole key.
        if alone || !matches!(d.role, Role::Meta | Role::MetaPrefix) {
            sib |= ContextFlags(d.sib);
        }
        par |= ContextFlags(d.par);
        if d.role != Role::Filler {
            units.push(Unit::Known(d));
        }
    };
    let mut i = 0;
    let mut joined = String::new();
    while i < words.len() {
        let mut matched = false;
        let longest = MAX_PHRASE.min(words.len() - i);
        for len in (2..=longest).rev() {
            joined.clear();
            for w in &words[i..i + len] {
                joined.push_str(w);
            }
            if let Some(d) = lookup(&joined) {
                push(&mut units, d);
                i += len;
                matched = true;
                break;
            }
        }
        if matched {
            continue;
        }
        let w = &words[i];
        i += 1;
        if is_digits(w) {
            continue;
        }
        if let Some(d) = lookup(w) {
            // A short form (`fn`, `ph`) only as the key's last word or
            // before known words: CloudFormation's `Fn::GetAtt` is no
            // first name.
            let rest = &words[i..];
            let before_unknown = d.mode & m::EXACT != 0
                && rest.iter().any(|r| !is_digits(r))
                && rest.iter().all(|r| {
                    is_digits(r) || lookup(r).is_none_or(|d| matches!(d.role, Role::Filler))
                });
            if before_unknown {
                units.push(Unit::Unknown);
            } else {
                push(&mut units, d);
            }
        } else if let Some(parts) = segment(w) {
            for u in parts {
                match u {
                    Unit::Known(d) => push(&mut units, d),
                    Unit::Unknown => units.push(Unit::Unknown),
                }
            }
        } else {
            units.push(Unit::Unknown);
        }
    }
    (units, sib, par)
}

/// Categories that a thing-qualifier before them drops (`product_name`,
/// `font_weight`, `max_age`, `company_address`, `pet_birthday`).
fn thing_killable(cat: Category) -> bool {
    matches!(
        cat,
        Category::PersonName
            | Category::PostalAddress
            | Category::Demographic
            | Category::HealthMetric
            | Category::GeoLocation
            | Category::DateOfBirth
            | Category::PaymentCard
    )
}

/// Categories a deferring head (`name`, `address`) hands over to
/// (`email_address`, `ip_addr`, `street_name`, `city_name`).
fn defer_target(cat: Category) -> bool {
    matches!(
        cat,
        Category::Email
            | Category::IpAddress
            | Category::MacAddress
            | Category::WifiSsid
            | Category::PostalAddress
            | Category::Username
            | Category::Phone
    )
}

fn head_of(u: Unit) -> Option<(Category, KeyStrength, Def)> {
    match u.def() {
        Some(d) => match d.role {
            Role::Head(c, s) => Some((c, s, d)),
            _ => None,
        },
        None => None,
    }
}

/// Whether a word of `phrase` is, alone, a head naming a category.
pub(crate) fn has_head_word(phrase: &str) -> bool {
    let map = lexicon();
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 2)
        .any(|w| {
            let lower = w.to_lowercase();
            map.get(fold_word(&lower).as_ref())
                .is_some_and(|d| matches!(d.role, Role::Head(..)))
        })
}

/// Classifies one key (see the module docs).
pub(crate) fn classify(key: &str) -> KeyInfo {
    if let Some(characteristic) = key.strip_prefix("HKCharacteristicTypeIdentifier") {
        // A person's HealthKit characteristics: sex, birth date, blood type.
        let (category, evidence) = match characteristic {
            "BiologicalSex" => (Category::Demographic, "key:healthkit_sex"),
            "DateOfBirth" => (Category::DateOfBirth, "key:date_of_birth"),
            _ => (Category::HealthMetric, "key:healthkit_type"),
        };
        return KeyInfo {
            category: Some(category),
            strength: KeyStrength::Strong,
            sibling: ContextFlags::HEALTH | ContextFlags::PERSON,
            confidence: 0.9,
            evidence,
            ..KeyInfo::default()
        };
    }
    if is_healthkit_type(key) {
        return KeyInfo {
            category: Some(Category::HealthMetric),
            strength: KeyStrength::Strong,
            sibling: ContextFlags::HEALTH,
            confidence: 0.9,
            evidence: "key:healthkit_type",
            ..KeyInfo::default()
        };
    }
    if let Some((stem, shift)) = scaled_coordinate(key) {
        let mut info = classify_words(stem);
        if info.category == Some(Category::GeoLocation) && !info.is_meta {
            // Scaled integers are a format of location histories and
            // device telemetry, not of public place data.
            info.strength = KeyStrength::Strong;
            info.decimal_shift = shift;
            info.evidence = "key:geo_scaled";
            return info;
        }
    }
    classify_words(key)
}

/// Apple HealthKit sample types (`HKQuantityTypeIdentifierStepCount`,
/// `HKCategoryTypeIdentifierSleepAnalysis`): every one is a reading of a
/// person's body or activity, whatever its last words say.
fn is_healthkit_type(key: &str) -> bool {
    key.strip_prefix("HK").is_some_and(|rest| {
        ["Quantity", "Category", "Correlation"].iter().any(|kind| {
            rest.strip_prefix(kind)
                .is_some_and(|r| r.starts_with("TypeIdentifier") && r.len() > 14)
        })
    })
}

/// A coordinate key whose integer values are scaled: Google Location
/// History's `latitudeE7` (10^7), `lat_e6`, TP-Link Kasa's `latitude_i`
/// (10^4). Returns the key without its scale suffix, and the scale.
fn scaled_coordinate(key: &str) -> Option<(&str, u8)> {
    let lower_ends = |suffix: &str| {
        key.len() > suffix.len()
            && key.is_char_boundary(key.len() - suffix.len())
            && key[key.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    for (suffix, shift) in [("_e7", 7), ("e7", 7), ("_e6", 6), ("e6", 6), ("_i", 4)] {
        if lower_ends(suffix) {
            return Some((&key[..key.len() - suffix.len()], shift));
        }
    }
    None
}

fn classify_words(key: &str) -> KeyInfo {
    let mut words = split_words(key);
    if words.len() > MAX_WORDS {
        words.drain(..words.len() - MAX_WORDS);
    }
    for w in words.iter_mut() {
        if let std::borrow::Cow::Owned(f) = fold_word(w) {
            *w = f;
        }
    }
    // `pt_` before other words is the patient of clinical schemas
    // (`pt_dob`, `pt_wt`); after them it is a unit (`font_size_pt`).
    if words.len() > 1 && words[0] == "pt" {
        words[0] = "patient".to_string();
    }
    if let Some((last, prefixes)) = words.split_last() {
        if prefixes.iter().all(|w| is_entity_prefix(w)) {
            if let Some(info) = whole_key(last, prefixes.is_empty()) {
                return info;
            }
        }
    }
    let (units, sibling, parent) = units_of(&words);
    let mut info = KeyInfo {
        sibling,
        parent,
        ..KeyInfo::default()
    };
    decide(&units, &mut info);
    // `totalSleepRecords`, `total_weight_entries`: a number of records.
    if info.category == Some(Category::HealthMetric)
        && words.len() > 2
        && words.first().is_some_and(|w| w == "total")
        && words
            .last()
            .is_some_and(|w| matches!(w.as_str(), "records" | "entries" | "logs" | "sessions"))
    {
        info.category = None;
        info.strength = KeyStrength::None;
        info.is_meta = true;
        info.evidence = "key:meta";
        info.confidence = 0.8;
    }
    if info.category == Some(Category::GeoLocation) && is_latency_in_time_unit(&words) {
        info.category = None;
        info.strength = KeyStrength::None;
        info.evidence = "";
        info.confidence = 0.0;
        info.sibling = info.sibling.without(ContextFlags::GEO);
    }
    info
}

/// `lat_ms`, `lat_ns` (fio), `latUs`: `lat` measured in a unit of time is
/// a latency, no latitude.
fn is_latency_in_time_unit(words: &[String]) -> bool {
    words.iter().any(|w| w == "lat")
        && words.last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "ms" | "us" | "ns" | "msec" | "usec" | "nsec" | "millis" | "micros" | "nanos"
            )
        })
}

/// The meaning of `word` as the whole key (`alone`), or as the last word
/// after entity prefixes only.
fn whole_key(word: &str, alone: bool) -> Option<KeyInfo> {
    if let Some((_, evidence)) = NAME_PARTS.iter().find(|(w, _)| *w == word) {
        // `{"name": {"first": "Jane"}}`, `c_first`: a name part only on a
        // person.
        return Some(KeyInfo {
            category: Some(Category::PersonName),
            strength: KeyStrength::Contextual,
            confidence: 0.45,
            evidence,
            ..KeyInfo::default()
        });
    }
    let tables: &[Table] = if alone {
        &[WHOLE_KEY, PREFIXED_WHOLE_KEY, ALONE]
    } else {
        &[PREFIXED_WHOLE_KEY]
    };
    let (_, def) = tables
        .iter()
        .flat_map(|t| t.iter())
        .find(|(ws, _)| ws.contains(&word))?;
    let mut info = KeyInfo {
        sibling: ContextFlags(def.sib),
        parent: ContextFlags(def.par),
        ..KeyInfo::default()
    };
    decide(&[Unit::Known(*def)], &mut info);
    Some(info)
}

/// A word that only says whose record a column belongs to: a table alias
/// of SQL (`c_first`, one letter), Hungarian notation (`strFirst`), or a
/// person's entity (`member_`, `cust_`, `emp_`, `acct_`).
fn is_entity_prefix(word: &str) -> bool {
    if word.len() == 1 && word.bytes().all(|b| b.is_ascii_lowercase()) {
        return true;
    }
    if matches!(word, "str" | "txt" | "acct") {
        return true;
    }
    lexicon().get(word).is_some_and(|d| {
        d.qual & q::PERSON != 0
            && match d.role {
                Role::Plain => true,
                Role::Head(..) => d.mode & m::QUAL_HEAD != 0,
                _ => false,
            }
    })
}

fn is_primary_head(u: Unit) -> bool {
    matches!(u.role(), Some(Role::Head(..))) && u.mode() & m::QUAL_HEAD == 0
}

fn decide(all: &[Unit], info: &mut KeyInfo) {
    let mut meta = false;
    let mut total_prefix = false;
    let mut units = all;
    if units.len() > 1 && units[0].role() == Some(Role::MetaPrefix) {
        meta = true;
        total_prefix = units[0].mode() & m::COUNT != 0;
        units = &units[1..];
    }

    // The head: the last word naming something. Qualifier-heads (`user`)
    // count only at the end; `age`/`size` after another head are markers.
    let mut head = None;
    for (idx, u) in units.iter().enumerate().rev() {
        match u.role() {
            Some(Role::Kill) => {
                head = Some(idx);
                break;
            }
            Some(Role::Head(..)) => {
                let mode = u.mode();
                if mode & m::QUAL_HEAD != 0 && idx + 1 < units.len() {
                    continue;
                }
                if mode & m::TRAILING_META != 0 && units[..idx].iter().any(|p| is_primary_head(*p))
                {
                    continue;
                }
                head = Some(idx);
                break;
            }
            _ => {}
        }
    }
    let any_meta = |us: &[Unit]| us.iter().any(|u| u.role() == Some(Role::Meta));
    let Some(mut h) = head else {
        info.is_meta = meta || any_meta(units);
        if info.is_meta {
            info.evidence = "key:meta";
            info.confidence = 0.8;
        }
        return;
    };
    let Some((mut cat, mut strength, mut def)) = head_of(units[h]) else {
        // A blocking compound (`user_agent`, `public_key`).
        info.is_meta = meta || any_meta(&units[h + 1..]);
        if info.is_meta {
            info.evidence = "key:meta";
            info.confidence = 0.8;
        }
        return;
    };

    // `email_address`, `street_name`, `secret_name`, `size_name`.
    if def.mode & m::DEFER != 0 && h > 0 {
        let prev = units[h - 1];
        if prev.role() == Some(Role::Kill) {
            return;
        }
        if let Some((pcat, pstrength, pdef)) = head_of(prev) {
            // `acct_address`, `ACCT_ADDR_1`: the account holder's address,
            // not a handle.
            if pdef.mode & m::QUAL_HEAD == 0 && pdef.ev != super::words::ACCT {
                if pcat.is_secret() || pdef.mode & m::KEY != 0 {
                    info.is_meta = true;
                    info.evidence = "key:meta";
                    info.confidence = 0.8;
                    return;
                }
                if !defer_target(pcat) {
                    return;
                }
                h -= 1;
                cat = pcat;
                strength = pstrength;
                def = pdef;
            }
        }
    }

    // `totalSteps`, `total_sleep_minutes`: a person's own total.
    if total_prefix && cat == Category::HealthMetric {
        meta = false;
    }

    // Words after the head.
    let mut demote = false;
    let mut person_after = false;
    let mut home_after = false;
    for u in &units[h + 1..] {
        match u.def() {
            None => demote = true,
            Some(d) => match d.role {
                Role::Meta => {
                    // `steps_count` is a number of steps, not a setting.
                    if d.mode & m::COUNT == 0 || cat != Category::HealthMetric {
                        meta = true;
                    }
                }
                Role::Head(..) if d.mode & m::TRAILING_META != 0 => meta = true,
                Role::Head(..) if d.mode & m::DEFER != 0 => {}
                Role::Transparent | Role::MetaPrefix | Role::Filler => {}
                Role::HashLike => {
                    // `ssn_hash`; `token_hash` (a digest of a token).
                    if !cat.is_secret() || (def.mode & m::TOKEN != 0 && d.qual & q::TOKEN_KILL != 0)
                    {
                        return;
                    }
                }
                Role::IdSuffix => {
                    if cat != Category::Email {
                        return;
                    }
                }
                Role::Plain if d.qual & q::PERSON != 0 => person_after = true,
                Role::Plain if d.qual & q::HOME != 0 => home_after = true,
                Role::Plain if d.qual & q::THING != 0 => return,
                // `email_primary`, `key_public`: a plain qualifier word.
                Role::Plain if d.qual & q::KEY_KILL != 0 => {}
                Role::Plain => demote = true,
                Role::Kill | Role::Head(..) => return,
            },
        }
    }
    if meta {
        info.is_meta = true;
        info.evidence = "key:meta";
        info.confidence = 0.8;
        return;
    }

    let before = &units[..h];
    let nearest = before.last().copied();
    // `template_name`, `policy_name`, `scope_name`: the name of a setting,
    // not of a person.
    if def.ev == "key:name" && nearest.is_some_and(|u| u.role() == Some(Role::Meta)) {
        return;
    }
    // `activityName`, `workout_name`: a workout's title.
    if def.ev == "key:name" && nearest.is_some_and(|u| u.qual() & q::NAMED_THING != 0) {
        return;
    }
    let nearest_qual = nearest.map_or(0, |u| u.qual());
    let provider = before.iter().any(|u| u.qual() & q::PROVIDER != 0);
    let person = person_after || before.iter().any(|u| u.qual() & q::PERSON != 0);
    let home = home_after || before.iter().any(|u| u.qual() & q::HOME != 0);
    let mut confidence = match strength {
        KeyStrength::Strong => 0.9,
        _ => 0.6,
    };
    let mut evidence = def.ev;

    if def.mode & m::KEY != 0 {
        // `key` alone names a pair; qualified it is a secret or not.
        let Some(nearest) = nearest else {
            return;
        };
        if nearest.role() == Some(Role::Kill) || nearest_qual & q::KEY_KILL != 0 {
            return;
        }
        let secretish = nearest_qual & q::SECRET != 0
            || head_of(nearest).is_some_and(|(c, _, _)| c.is_secret());
        if provider || secretish {
            strength = KeyStrength::Strong;
            confidence = 0.85;
            evidence = "key:api_key";
        } else {
            strength = KeyStrength::Contextual;
            confidence = 0.55;
        }
    } else if def.mode & m::TOKEN != 0 {
        if let Some(nearest) = nearest {
            if nearest.role() == Some(Role::Kill) || nearest_qual & q::TOKEN_KILL != 0 {
                return;
            }
            if provider {
                cat = Category::ApiKey;
                strength = KeyStrength::Strong;
                confidence = 0.85;
                evidence = "key:api_key";
            } else if nearest_qual & q::SECRET != 0
                || head_of(nearest).is_some_and(|(c, _, _)| c.is_secret())
            {
                strength = KeyStrength::Strong;
                confidence = 0.85;
            }
        }
    } else {
        // `product_name`, `font_weight`, `avg_weight` are not a person's;
        // `max_heart_rate` still is.
        let aggregate_only = nearest
            .is_some_and(|u| u.role() == Some(Role::Transparent) && u.qual() & q::THING != 0);
        if thing_killable(cat) && nearest_qual & q::THING != 0 {
            // `averageStressLevel`, `avg_steps`: a statistic of a
            // contextual health reading is left to the object too (not of
            // `weight` or `height`, which products and media have).
            let health_statistic =
                aggregate_only && cat == Category::HealthMetric && def.ev == "key:health_context";
            if !(health_statistic || strength == KeyStrength::Strong && aggregate_only) {
                return;
            }
            // `avg_bmi`: a person's daily average or an aggregate over many
            // people; the object around decides.
            if strength == KeyStrength::Strong && def.ev == "key:health" {
                evidence = super::HEALTH_STATISTIC;
            }
            strength = KeyStrength::Contextual;
            confidence = 0.5;
        }
        if strength == KeyStrength::Contextual && !aggregate_only {
            // `home_address`, `delivery_lat`, `pickup_address`.
            if person || (home && matches!(cat, Category::PostalAddress | Category::GeoLocation)) {
                strength = KeyStrength::Strong;
                confidence = 0.85;
            } else if def.mode & m::WEAK != 0 && matches!(nearest, Some(Unit::Unknown)) {
                confidence = 0.45;
            }
        }
    }

    if demote {
        if strength == KeyStrength::Strong {
            strength = KeyStrength::Contextual;
            confidence = 0.6;
        } else {
            confidence = 0.5_f32.min(confidence);
        }
    }

    info.category = Some(cat);
    info.strength = strength;
    info.confidence = confidence;
    info.evidence = evidence;
}
