//! Key-name evidence: what a JSON key says about the value under it and
//! about the object it sits in.
//!
//! Keys are split into words (camelCase, snake_case, kebab-case, UPPER_CASE,
//! dotted) and the words are looked up in a multilingual lexicon (English,
//! German, French, Spanish) with abbreviations. Whole words match, never
//! substrings: `public` does not contain the word `lic`.
//!
//! ```
//! use leakscope::keys::{classify_key, KeyStrength};
//! use leakscope::Category;
//! let info = classify_key("userEmail");
//! assert_eq!(info.category, Some(Category::Email));
//! assert_eq!(info.strength, KeyStrength::Strong);
//! assert!(classify_key("email_verified").is_meta);
//! ```

mod fold;
mod lexicon;
mod product_codes;
mod providers;
mod split;
#[cfg(test)]
mod tests;
mod words;
mod words_de;
mod words_en;
mod words_fr_es;
mod words_more;
mod words_world;

pub(crate) use product_codes::PRODUCT_CODE;
pub(crate) use providers::provider_of_key;
pub use split::split_words;
pub(crate) use words::{
    scheme_keys, ACCT, CARD_EXPIRY, DID, MIDDLE_INITIAL, MIDDLE_NAME, PERIOD_FLOW, ROUTING_NUMBER,
};

use crate::Category;

/// Evidence of a statistic of a reading only a body gives (`avg_heart_rate`,
/// `hr_min`, `average_spo2`): a person's workout, sample or daily summary
/// holds it, so the walker needs no person key beside it, only the absence
/// of a group (a member count, a demographic label without an identity).
pub(crate) const HEALTH_STATISTIC: &str = "key:health_statistic";

/// Evidence of a signed change of a body reading (`temperature_deviation:
/// -0.12`, `weight_change`): negative numbers are readings too.
pub(crate) const HEALTH_CHANGE: &str = "key:health_change";

/// How much a key alone decides about the leaf under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KeyStrength {
    /// The key says nothing about a category.
    #[default]
    None,
    /// The key decides the category of any non-trivial value under it
    /// (`ssid`, `password`, `email`, `firstName`, `access_token`).
    Strong,
    /// The key suggests the category, but the object around it must agree
    /// (`name` on a person, `weight` on a person or scale, `age` on a person,
    /// `zip` on a person, `lat` on a home).
    Contextual,
}

/// Bit set of what keys say about the object they sit in (as siblings) or
/// the values below them (as parents).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct ContextFlags(pub u64);

impl ContextFlags {
    /// No context.
    pub const NONE: ContextFlags = ContextFlags(0);
    /// A person or account record (email, gender, firstName, user, profile, customer, patient).
    pub const PERSON: ContextFlags = ContextFlags(1 << 0);
    /// Body/health measurements (bmi, body_fat, bone_mass, heart_rate, scale, vitals, measurements).
    pub const HEALTH: ContextFlags = ContextFlags(1 << 1);
    /// Media objects (width, duration, codec, mime, fps, bitrate, thumbnail, video, image, resolution).
    pub const MEDIA: ContextFlags = ContextFlags(1 << 2);
    /// Fonts and typography (font, family, style, italic, font_size).
    pub const FONT: ContextFlags = ContextFlags(1 << 3);
    /// Parcels and shipping (parcel, package, shipment, tracking, length, depth, dimensions).
    pub const PARCEL: ContextFlags = ContextFlags(1 << 4);
    /// Aggregates over many people (aggregations, avg, sum, min, max, buckets, doc_count, percentiles, stats).
    pub const AGGREGATE: ContextFlags = ContextFlags(1 << 5);
    /// HTTP header maps (headers, content-type, cache-control, user-agent).
    pub const HTTP_HEADERS: ContextFlags = ContextFlags(1 << 6);
    /// Devices (device, devices, mac, serial, firmware, model).
    pub const DEVICE: ContextFlags = ContextFlags(1 << 7);
    /// Wi-Fi / networking (wifi, ssid, bssid, wlan, network).
    pub const WIFI: ContextFlags = ContextFlags(1 << 8);
    /// Location of a person or home (home, address, location, geo, position).
    pub const GEO: ContextFlags = ContextFlags(1 << 9);
    /// The key names another field in a name/value pair (`name`, `key`, `variable`, `field`, `header`).
    pub const PAIR_NAME: ContextFlags = ContextFlags(1 << 10);
    /// The key holds the value of a name/value pair (`value`, `val`, `valueFrom`).
    pub const PAIR_VALUE: ContextFlags = ContextFlags(1 << 11);
    /// A list of column names (`columns`, `fields`, `header`, `headers` of a table export).
    pub const COLUMNS: ContextFlags = ContextFlags(1 << 12);
    /// Rows of a table export (`rows`, `data`, `values`, `records`).
    pub const ROWS: ContextFlags = ContextFlags(1 << 13);
    /// Configuration/secret stores (env, secrets, config, credentials, kind: Secret `data`).
    pub const SECRETS: ContextFlags = ContextFlags(1 << 14);
    /// Technical identifiers and versions (request_id, trace_id, sha, hash, checksum, etag, version, firmware_ver, build).
    pub const TECHNICAL: ContextFlags = ContextFlags(1 << 15);
    /// Products, apps, organisations: things whose `name` is not a person (product, app, company, org, service, team, project, repo, brand, category).
    pub const THING: ContextFlags = ContextFlags(1 << 16);
    /// Where someone lives (home, residence, house): coordinates and a
    /// postal address inside are theirs.
    pub const HOME: ContextFlags = ContextFlags(1 << 17);
    /// A business or mapped place open to the public (opening hours,
    /// cuisine, review counts, OpenStreetMap `amenity`): its name, address,
    /// phone and coordinates are the place's, whatever person keys it has.
    pub const PLACE: ContextFlags = ContextFlags(1 << 18);
    /// Payment card data (a card number, the name on the card): an expiry
    /// date (`exp: "09/27"`) beside it is the card's.
    pub const CARD: ContextFlags = ContextFlags(1 << 19);
    /// Ad attribution (`campaign`, `tracker`, `adgroup`, `media_source`):
    /// an install or click attributed to an ad network, whose
    /// `network_name` names that network, no Wi-Fi.
    pub const ADVERTISING: ContextFlags = ContextFlags(1 << 20);
    /// A program, its release or its configuration (a container image's
    /// `Entrypoint`, an OAuth client's `redirect_uris`, a dotted release
    /// `version`): a name or an account in it is the program's, unless a
    /// key only a person has sits beside it.
    pub const PROGRAM: ContextFlags = ContextFlags(1 << 21);
    /// An animal's record (a vet clinic's patient, a rental applicant's
    /// pet: `species`, `breed`, under `pet` or `animal`): its birth date,
    /// weight, vitals and sex are no person's. (Bits 22 to 30 are the
    /// walker's own.)
    pub const ANIMAL: ContextFlags = ContextFlags(1 << 31);
    /// A company register's number (`siret`, `handelsregister`,
    /// `company_number`): the object is a business (the walker adds THING
    /// and PLACE), unless a person's birth date sits in it too (a sole
    /// trader's or a customer's record naming their business's number).
    pub const REGISTRY: ContextFlags = ContextFlags(1 << 38);

    /// True when every bit of `other` is set.
    pub fn contains(self, other: ContextFlags) -> bool {
        self.0 & other.0 == other.0
    }
    /// True when any bit of `other` is set.
    pub fn intersects(self, other: ContextFlags) -> bool {
        self.0 & other.0 != 0
    }
    /// True when no bit is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// These flags and those of `other` (usable in constants).
    pub const fn or(self, other: ContextFlags) -> ContextFlags {
        ContextFlags(self.0 | other.0)
    }
    /// These flags without the bits of `other`.
    pub fn without(self, other: ContextFlags) -> ContextFlags {
        ContextFlags(self.0 & !other.0)
    }
}

impl std::ops::BitOr for ContextFlags {
    type Output = ContextFlags;
    fn bitor(self, rhs: ContextFlags) -> ContextFlags {
        ContextFlags(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for ContextFlags {
    fn bitor_assign(&mut self, rhs: ContextFlags) {
        self.0 |= rhs.0;
    }
}

/// Everything one key says.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct KeyInfo {
    /// The category a leaf under this key would have, if any.
    pub category: Option<Category>,
    /// How much the key alone decides.
    pub strength: KeyStrength,
    /// A flag, count, setting or timestamp *about* PII (`email_verified`,
    /// `has_password`, `ssid_hidden`, `token_type`, `expires_in`,
    /// `password_changed_at`, `secretKeyRef`): never PII itself.
    pub is_meta: bool,
    /// What this key says about the object it sits in, as a sibling.
    pub sibling: ContextFlags,
    /// What this key says about the values below it, as a parent key
    /// (`user`, `devices`, `video`, `aggregations`, `headers`, `env`).
    pub parent: ContextFlags,
    /// Confidence of the key evidence in [0, 1].
    pub confidence: f32,
    /// Machine-readable evidence, e.g. `key:email`.
    pub evidence: &'static str,
    /// Decimal places an integer value under this key is scaled by
    /// (`latitudeE7: 525200660` is 52.5200660, Kasa's `latitude_i: 525200`
    /// is 52.52); 0 for plain values.
    pub decimal_shift: u8,
}

/// Classifies one key name. Pure and deterministic.
///
/// Keys of a document are classified once per path by the engine, but
/// names read from values (`{"name": "email", "value": …}` pairs, column
/// lists, type tags) repeat in every record: those come from a small
/// per-thread memo.
///
/// ```
/// use leakscope::{keys::classify_key, Category};
/// assert_eq!(classify_key("userEmail").category, Some(Category::Email));
/// assert_eq!(classify_key("public_id").category, None);
/// ```
pub fn classify_key(key: &str) -> KeyInfo {
    if key.len() > MEMO_MAX_KEY {
        return classify_key_uncached(key);
    }
    if let Some(info) = KEY_MEMO.with(|memo| memo.borrow().get(key).copied()) {
        return info;
    }
    let info = classify_key_uncached(key);
    KEY_MEMO.with(|memo| *memo.borrow_mut().slot(key) = info);
    info
}

fn classify_key_uncached(key: &str) -> KeyInfo {
    // CloudFormation's intrinsic functions (`Fn::Join`, `Fn::GetAtt`) name
    // no field.
    if looks_like_random_id(key) || key.starts_with("Fn::") {
        return KeyInfo::default();
    }
    let key = strip_multi_field_suffix(key);
    let mut info = lexicon::classify(key);
    // `fda_ndc_code`, `part_number`: a code key gives no category, but
    // tells the leaf's classification its digits are no phone.
    if info.category.is_none()
        && info.evidence.is_empty()
        && product_codes::is_product_code_key(key)
    {
        info.evidence = PRODUCT_CODE;
    }
    info
}

/// Slots of the per-thread key memo (a power of two).
const MEMO_SLOTS: usize = 1024;
/// Longer names are rare and not memoized.
const MEMO_MAX_KEY: usize = 64;

thread_local! {
    static KEY_MEMO: std::cell::RefCell<crate::memo::TextMemo<KeyInfo, MEMO_SLOTS>> =
        const { std::cell::RefCell::new(crate::memo::TextMemo::new()) };
}

/// Elasticsearch indexes one field several ways and names each copy with a
/// suffix (`name.keyword`, `email.raw`, `title.autocomplete`); search
/// responses (`fields`, `highlight`, `sort`) and aggregations use those
/// names. The copy holds what the field holds.
fn strip_multi_field_suffix(key: &str) -> &str {
    const SUFFIXES: [&str; 12] = [
        ".keyword",
        ".raw",
        ".text",
        ".exact",
        ".ngram",
        ".edge_ngram",
        ".autocomplete",
        ".sort",
        ".lowercase",
        ".folded",
        ".search",
        ".suggest",
    ];
    SUFFIXES
        .iter()
        .find_map(|s| key.strip_suffix(s))
        .filter(|stem| !stem.is_empty() && !stem.ends_with('.'))
        .unwrap_or(key)
}

/// A generated id used as a key (a Firebase push id `-NqX3kLnA1b2C3d4E5f6`,
/// a base62 id `aB3dE5fG7hJ9`): ten characters or more, mixed case and
/// digits with no word in it. Its camel-case pieces (`Ln`, `Gn`) are no
/// abbreviations of field names. (Short keys such as `VO2Max` and `HbA1c`
/// are read as usual.)
fn looks_like_random_id(key: &str) -> bool {
    let b = key.as_bytes();
    if b.len() < 10
        || !b.iter().any(u8::is_ascii_digit)
        || !b.iter().any(u8::is_ascii_uppercase)
        || !b.iter().any(u8::is_ascii_lowercase)
        || b.iter().any(|c| matches!(c, b'_' | b' ' | b'.'))
    {
        return false;
    }
    // A word is a run of four lower-case letters (`ipV4Address`, `s3Bucket`).
    let mut run = 0;
    for &c in b {
        run = if c.is_ascii_lowercase() { run + 1 } else { 0 };
        if run >= 4 {
            return false;
        }
    }
    // Short words of the lexicon (`strAddrLine1`): a field name.
    let words = split_words(key);
    let long: Vec<&String> = words
        .iter()
        .filter(|w| w.len() >= 3 && w.bytes().all(|c| c.is_ascii_alphabetic()))
        .collect();
    let map = lexicon::lexicon();
    !(long.len() >= 2 && long.iter().all(|w| map.contains_key(w.as_str())))
}

/// Cheap test before [`classify_key`] on a phrase (`LDL Cholesterol`,
/// `Glucose, fasting`): whether one of its words names a category alone.
/// Person names and titles (`Mia Tanaka`) have none and skip the full
/// classification.
pub(crate) fn has_head_word(phrase: &str) -> bool {
    lexicon::has_head_word(phrase)
}
