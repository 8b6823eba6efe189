//! Leaf classification: combines key evidence, value evidence and object
//! context into hits.

use crate::detect::{shapes, Finding, ValueScanner};

use crate::keys::{
    scheme_keys, ContextFlags, KeyInfo, KeyStrength, ACCT, CARD_EXPIRY, DID, MIDDLE_INITIAL,
    MIDDLE_NAME, PRODUCT_CODE, ROUTING_NUMBER,
};
use crate::Category;

/// Up to four evidence strings, without allocation.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Evidence {
    items: [&'static str; 4],
    len: u8,
}

impl Evidence {
    pub(crate) fn one(e: &'static str) -> Evidence {
        let mut ev = Evidence::default();
        ev.push(e);
        ev
    }

    pub(crate) fn push(&mut self, e: &'static str) {
        if e.is_empty() || self.iter().any(|x| x == e) {
            return;
        }
        if (self.len as usize) < self.items.len() {
            self.items[self.len as usize] = e;
            self.len += 1;
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.items[..self.len as usize].iter().copied()
    }
}

/// One classification of a leaf (whole value) or of a span inside it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub category: Category,
    pub confidence: f32,
    pub evidence: Evidence,
    pub provider: Option<&'static str>,
    /// Byte range in the unescaped text; `None` for the whole leaf.
    pub span: Option<(usize, usize)>,
}

impl Hit {
    fn whole(category: Category, confidence: f32, evidence: Evidence) -> Hit {
        Hit {
            category,
            confidence,
            evidence,
            provider: None,
            span: None,
        }
    }

    fn from_finding(f: &Finding, whole: bool) -> Hit {
        Hit {
            category: f.category,
            confidence: f.confidence,
            evidence: Evidence::one(f.evidence),
            provider: f.provider,
            span: if whole { None } else { Some((f.start, f.end)) },
        }
    }
}

/// A leaf value as the classifier sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LeafValue<'a> {
    pub text: &'a str,
    pub is_number: bool,
    /// Inside a secret store (Kubernetes Secret `data`, env, credentials):
    /// unpadded base64 is decoded too.
    pub secret_context: bool,
}

/// Categories decided by the object around a key, not by the key alone.
pub(crate) fn needs_context(category: Category) -> bool {
    matches!(
        category,
        Category::PersonName
            | Category::HealthMetric
            | Category::Demographic
            | Category::PostalAddress
            | Category::GeoLocation
            | Category::Username
    )
}

/// Flags that confirm a contextual category, and flags that rule it out.
pub(crate) fn context_rule(category: Category) -> (ContextFlags, ContextFlags) {
    use ContextFlags as F;
    let f = |flags: &[ContextFlags]| flags.iter().fold(F::NONE, |a, &b| a | b);
    match category {
        Category::HealthMetric => (
            f(&[F::PERSON, F::HEALTH]),
            f(&[F::MEDIA, F::FONT, F::PARCEL, F::AGGREGATE, F::THING]),
        ),
        Category::PersonName => (
            F::PERSON,
            f(&[
                F::THING,
                F::DEVICE,
                F::MEDIA,
                F::TECHNICAL,
                F::SECRETS,
                F::WIFI,
                F::FONT,
                F::AGGREGATE,
                F::PAIR_VALUE,
                F::HTTP_HEADERS,
                F::COLUMNS,
            ]),
        ),
        Category::Demographic => (
            f(&[F::PERSON, F::HEALTH]),
            f(&[F::HTTP_HEADERS, F::AGGREGATE, F::THING, F::MEDIA]),
        ),
        Category::PostalAddress => (f(&[F::PERSON, F::HOME]), f(&[F::THING, F::AGGREGATE])),
        // EXIF GPS in a photo tells where its owner was: media is no veto.
        Category::GeoLocation => (
            f(&[F::PERSON, F::DEVICE, F::HEALTH, F::WIFI, F::MEDIA, F::HOME]),
            f(&[F::THING, F::AGGREGATE]),
        ),
        Category::Username => (F::PERSON, f(&[F::DEVICE, F::THING, F::TECHNICAL])),
        // A card's expiry date (the only payment-card key that waits for
        // context) is card data beside a card.
        Category::PaymentCard => (F::CARD, F::NONE),
        // Only under `network_name` (see [`NETWORK_NAME`]): a Wi-Fi
        // network's unless the object attributes an install to an ad
        // network.
        Category::WifiSsid => (f(&[F::WIFI, F::DEVICE, F::PERSON, F::HOME]), F::ADVERTISING),
        _ => (F::NONE, F::NONE),
    }
}

/// Whether enclosing objects (not just the leaf's own object) may decide:
/// a home's coordinates or a scale record's weight sit in nested objects,
/// but a `name` is a person's only on the person's own object.
pub(crate) fn walks_outward(category: Category) -> bool {
    matches!(
        category,
        Category::HealthMetric | Category::PostalAddress | Category::GeoLocation
    )
}

/// What to conclude when no context decided a contextual category.
pub(crate) fn default_without_context(category: Category) -> bool {
    matches!(category, Category::Username | Category::WifiSsid)
}

/// Result of the first classification step.
pub(crate) enum Step {
    /// Fully decided (hits may be empty).
    Done,
    /// A contextual category waits for the object's context; value hits
    /// (spans) found so far are in `hits`.
    NeedsContext(Category),
}

fn trimmed_covers(text: &str, f: &Finding) -> bool {
    let t = crate::detect::trim_ws(text);
    // `t` is a subslice of `text`: its offset and end locate the trim.
    let start = t.as_ptr() as usize - text.as_ptr() as usize;
    let end = start + t.len();
    f.start <= start && f.end >= end
}

fn is_secret_family(c: Category) -> bool {
    matches!(
        c,
        Category::OauthToken | Category::ApiKey | Category::Jwt | Category::Password
    )
}

/// True when `t` holds a UUID (`amzn1.echo-api.session.<uuid>`): an
/// identifier, not a bearer secret, under a merely suggestive key.
fn contains_uuid(t: &str) -> bool {
    let b = t.as_bytes();
    b.windows(36).any(|w| {
        w.iter().enumerate().all(|(i, &c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
    })
}

/// A Slack member id: `U` or `W`, then 8 to 10 upper-case letters and
/// digits with at least two digits.
fn is_slack_member_id(t: &str) -> bool {
    let b = t.as_bytes();
    matches!(b.first(), Some(b'U' | b'W'))
        && (9..=11).contains(&b.len())
        && b[1..]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && b.iter().filter(|c| c.is_ascii_digit()).count() >= 2
}

/// An age, bare or with its unit (`34`, `"34 yrs"`, `"34 years"`,
/// `"34 Jahre"`).
fn age_number(t: &str) -> Option<f64> {
    let number = [
        "years", "year", "yrs", "yr", "y", "jahre", "ans", "años", "anni", "jaar",
    ]
    .iter()
    .find_map(|u| {
        let cut = t.len().checked_sub(u.len())?;
        let (head, tail) = (t.get(..cut)?, t.get(cut..)?);
        tail.eq_ignore_ascii_case(u).then_some(head.trim_end())
    })
    .unwrap_or(t);
    number.parse::<f64>().ok()
}

/// `t` without the emphasis tags a search engine puts around matched
/// terms (`<em>`, `<mark>`, `<strong>`, `<b>`), when it has any.
fn without_highlight_tags(t: &str) -> Option<String> {
    const TAGS: [&str; 8] = [
        "<em>",
        "</em>",
        "<mark>",
        "</mark>",
        "<strong>",
        "</strong>",
        "<b>",
        "</b>",
    ];
    if !t.contains('<') || !TAGS.iter().any(|tag| t.contains(tag)) {
        return None;
    }
    let mut out = t.to_string();
    for tag in TAGS {
        out = out.replace(tag, "");
    }
    Some(out)
}

/// An account number written in digits: a number, or a string of six to
/// seventeen digits with optional spaces or dashes between groups.
fn is_account_number(v: LeafValue<'_>) -> bool {
    let t = crate::detect::trim_ws(v.text);
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    (6..=17).contains(&digits)
        && t.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && t.bytes().last().is_some_and(|b| b.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || (!v.is_number && matches!(b, b' ' | b'-')))
}

/// A MongoDB ObjectId: 24 hex digits.
fn is_object_id(t: &str) -> bool {
    t.len() == 24 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A human body's temperature in degrees Celsius or Fahrenheit.
fn is_body_temperature(num: f64) -> bool {
    (30.0..=45.0).contains(&num) || (86.0..=113.0).contains(&num)
}

/// Evidence of the key `cell`: a contact's cell phone or a radio cell.
pub(crate) const CELL_KEY: &str = "key:cell";

/// Evidence of a message party's slot (`from`, `to`, `recipient_id`),
/// where bare E.164 digits are a phone number.
pub(crate) const MSISDN_SLOT: &str = "key:message_party";
/// Evidence of an eSIM chip's id key (`eid`).
const EID_KEY: &str = "key:eid";
/// Evidence of the key `client_name`: a firm's customer, or a program
/// talking to a server (decided by its object, see the walker).
pub(crate) const CLIENT_NAME: &str = "key:client_name";
/// Evidence of the key `network_name`: a Wi-Fi network's name, or an ad
/// network's in attribution data (Adjust `network_name: "Organic"`).
pub(crate) const NETWORK_NAME: &str = "key:network_name";

/// An eUICC id: 32 digits starting `89`, whose value mod 97 is 1 (the
/// check digits of GSMA SGP.29, as in an IBAN).
fn is_euicc_id(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 32
        && b.starts_with(b"89")
        && b.iter().all(u8::is_ascii_digit)
        && b.iter()
            .fold(0u32, |r, &d| (r * 10 + u32::from(d - b'0')) % 97)
            == 1
}

/// A device model's marketing name (`iPhone`, `Galaxy Tab S9`, `Pixel 8
/// Pro`, `SM-X710`): it starts with a maker's or a series' word and says
/// nothing of an owner (no `Anna's`, `von Jonas`, `de Marie`).
fn is_model_name(t: &str) -> bool {
    const SERIES: [&str; 38] = [
        "iphone",
        "ipad",
        "ipod",
        "macbook",
        "imac",
        "mac",
        "apple",
        "galaxy",
        "samsung",
        "pixel",
        "google",
        "nexus",
        "redmi",
        "xiaomi",
        "poco",
        "oneplus",
        "moto",
        "motorola",
        "xperia",
        "sony",
        "nokia",
        "huawei",
        "honor",
        "oppo",
        "vivo",
        "realme",
        "lg",
        "htc",
        "asus",
        "lenovo",
        "thinkpad",
        "surface",
        "kindle",
        "fire",
        "chromebook",
        "nothing",
        "fairphone",
        "zte",
    ];
    const OWNER_WORDS: [&str; 9] = ["von", "de", "di", "van", "of", "da", "du", "del", "för"];
    let Some(first) = t.split_whitespace().next() else {
        return false;
    };
    if t.contains(['\'', '’']) {
        return false;
    }
    let first = first.to_ascii_lowercase();
    let model_code = first.len() >= 5
        && first.as_bytes().get(2) == Some(&b'-')
        && first.starts_with(|c: char| c.is_ascii_alphabetic());
    (SERIES.contains(&first.as_str()) || model_code)
        && !t
            .split_whitespace()
            .any(|w| OWNER_WORDS.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// Evidence of a key naming a person in a role (`sender`, `payee`,
/// `patient`): only a name-shaped value under it is taken.
pub(crate) const PERSON_ROLE: &str = "key:person_role";
/// Evidence of an owner-like key (`owner`, `author`, `assignee`): a handle
/// on a person's record, or a name when written as one.
const OWNER_ROLE: &str = "key:owner";

/// Evidence of a house-number key (`hausnummer`, `huisnummer`, `civico`,
/// `numero` in an address object): `7` and `12a` are whole house numbers.
pub(crate) const HOUSE_NUMBER: &str = "key:house_number";
/// Evidence of the whole keys `cap` and `cp`, five-digit postcodes.
const CAP: &str = "key:cap";
/// Evidence of a transfer's other party named in a statement line.
const TRANSFER_PARTY: &str = "context:transfer_party";
/// Evidence of an encoded route (`summary_polyline`).
const POLYLINE: &str = "key:polyline";
/// Evidence of a part of a structured name (`first`, `last`, `given`).
const NAME_PART: &str = "key:name_part";
/// Evidence of `sn`: a serial number, or the surname of an LDAP entry.
const SN: &str = "key:sn";
/// Evidence of the key `rg`, the Brazilian identity card number.
const RG: &str = "key:rg";

/// An app's screen class (`ProfileScreen`, `CheckoutActivity`,
/// `PaymentSheetFragment`, `LoginViewController`): one capitalised
/// identifier of ASCII letters and digits ending in a mobile UI class's
/// suffix after at least two characters.
fn is_ui_class_name(t: &str) -> bool {
    const SUFFIXES: [&str; 4] = ["Screen", "Activity", "Fragment", "ViewController"];
    t.len() <= 64
        && t.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && t.bytes().all(|b| b.is_ascii_alphanumeric())
        && SUFFIXES
            .iter()
            .any(|s| t.len() >= s.len() + 2 && t.ends_with(s))
}

/// A house number with its letter or range: `7`, `12a`, `12 A`, `14 bis`,
/// `12-14`, `3/1`, or the lone house letter `A` of a Dutch address.
fn is_house_number(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return t.len() <= 2 && t.bytes().all(|b| b.is_ascii_alphabetic());
    }
    if digits > 5 || t.starts_with('0') {
        return false;
    }
    let rest = t[digits..].trim_start();
    let lower = rest.to_ascii_lowercase();
    match lower.as_bytes() {
        [] => true,
        [c] => c.is_ascii_alphabetic(),
        [b'-' | b'/', tail @ ..] => {
            (1..=5).contains(&tail.len()) && tail.iter().all(|b| b.is_ascii_alphanumeric())
        }
        _ => matches!(lower.as_str(), "bis" | "ter" | "quater"),
    }
}

/// A Brazilian RG: seven to ten digits with the usual dots, dash, slash
/// and spaces, an optional state prefix (`MG-`, `SP `) and check letter `X`.
fn is_rg_number(t: &str) -> bool {
    let body = match t.as_bytes() {
        [a, b, rest @ ..] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
            &t[2 + rest.iter().take_while(|c| matches!(c, b'-' | b' ')).count()..]
        }
        _ => t,
    };
    let body = body.strip_suffix(['X', 'x']).unwrap_or(body);
    let digits = body.bytes().filter(u8::is_ascii_digit).count();
    (7..=10).contains(&digits)
        && body
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'/' | b' '))
        && body.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// Under a key naming one identity scheme with check digits (`cpf`,
/// `pesel`, `bsn`, …), a value laid out as that scheme's number whose check
/// fails: a mistyped, test or made-up number, not an id. Values of another
/// layout (`dni` of an Argentinian, 8 digits without a letter) are left to
/// the key.
fn scheme_key_rejects(evidence: &str, t: &str) -> bool {
    use scheme_keys as k;
    use shapes::IdScheme as S;
    let by_scheme = |s: S| shapes::has_scheme_layout(s, t) && !shapes::is_valid_id(s, t);
    let caps_and_digits = |n: usize| {
        t.len() == n
            && t.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    match evidence {
        k::PESEL => by_scheme(S::PlPesel),
        k::BSN => by_scheme(S::NlBsn),
        k::SIN => by_scheme(S::CaSin),
        k::AADHAAR => by_scheme(S::InAadhaar),
        k::TFN => by_scheme(S::AuTfn),
        k::HETU => by_scheme(S::FiHetu),
        k::RRN => by_scheme(S::KrRrn),
        k::NIR => by_scheme(S::FrNir),
        k::PERSONNUMMER => by_scheme(S::SePersonnummer),
        k::FODSELSNUMMER => by_scheme(S::NoFodselsnummer),
        k::AHV => by_scheme(S::ChAhv),
        k::CPF => shapes::grouped_digit_count(t, b".-") == 11 && !shapes::is_br_cpf(t),
        k::NHS => shapes::grouped_digit_count(t, b" -") == 10 && !shapes::is_nhs_number(t),
        k::STEUER_ID => shapes::grouped_digit_count(t, b" ") == 11 && !shapes::is_steuer_id(t),
        k::NRIC => {
            caps_and_digits(9) && t.starts_with(['S', 'T', 'F', 'G', 'M']) && !shapes::is_sg_nric(t)
        }
        k::CODICE_FISCALE => caps_and_digits(16) && !shapes::is_it_codice_fiscale(t),
        k::DNI => shapes::has_es_dni_layout(t) && !shapes::is_es_dni(t),
        k::CURP => caps_and_digits(18) && !shapes::is_mx_curp(t),
        k::BE_NATIONAL_NUMBER => by_scheme(S::BeNationalNumber),
        k::CZ_BIRTH_NUMBER => by_scheme(S::CzBirthNumber),
        k::RO_CNP => by_scheme(S::RoCnp),
        k::GR_AMKA => by_scheme(S::GrAmka),
        k::NZ_IRD => by_scheme(S::NzIrd),
        k::IL_ID => by_scheme(S::IlId),
        k::TW_ID => by_scheme(S::TwId),
        // A company's RFC (three letters) names no person.
        k::MX_RFC => shapes::is_mx_rfc_company_layout(t),
        _ => false,
    }
}

/// A year, month or day written as a string (`dob: {day: "14", month:
/// "02", year: "1979"}` of a credit bureau's consumer record): a day or a
/// month of one or two digits, or a four-digit year.
fn is_date_part_text(t: &str) -> bool {
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match t.len() {
        1 | 2 => t.parse::<u8>().is_ok_and(|n| (1..=31).contains(&n)),
        4 => t.parse::<u16>().is_ok_and(|y| (1850..=2100).contains(&y)),
        _ => false,
    }
}

/// Does a value agree with what its key says?
pub(crate) fn key_accepts(category: Category, key: &KeyInfo, v: LeafValue<'_>) -> bool {
    let t = crate::detect::trim_ws(v.text);
    if v.is_number {
        let num: f64 = t.parse().unwrap_or(f64::NAN);
        let digits = t.bytes().filter(u8::is_ascii_digit).count();
        return match category {
            // Clothing, shoe and ring sizes stay below 100; a `bodySize:
            // 433` or `size: 2048` counts bytes or items.
            // A change of a reading (`temperature_deviation: -0.12`) may
            // be negative.
            Category::HealthMetric if key.evidence == crate::keys::PERIOD_FLOW => false,
            Category::HealthMetric => {
                num.is_finite()
                    && (num > 0.0 || (key.evidence == crate::keys::HEALTH_CHANGE && num != 0.0))
                    && !(key.evidence == "key:size" && num >= 100.0)
                    && (key.evidence != "key:temperature" || is_body_temperature(num))
            }
            // A belief is a word: `denomination: 20` is a coin's.
            Category::Demographic if key.evidence == "key:belief" => false,
            Category::Demographic => {
                if key.strength == KeyStrength::Contextual {
                    (0.0..=130.0).contains(&num)
                } else {
                    num.is_finite()
                }
            }
            Category::GeoLocation => is_coordinate(num, key),
            // A radio cell's id (`cell: 1321731`; a 5G cell's has up to
            // eleven digits) is no phone number: under `cell` only a
            // phone-shaped string is one.
            Category::Phone if key.evidence == CELL_KEY => false,
            Category::Phone => (7..=15).contains(&digits),
            Category::NationalId if key.evidence == RG => (7..=10).contains(&digits),
            Category::NationalId if scheme_key_rejects(key.evidence, t) => false,
            Category::NationalId => digits >= 6,
            // `Hausnummer: 7`: house numbers are short.
            Category::PostalAddress if key.evidence == HOUSE_NUMBER => {
                (1..=5).contains(&digits) && !t.contains(['.', '-']) && num >= 1.0
            }
            // `cap: 00186` as a number has lost its zeros; `cap: 500` is a
            // limit.
            Category::PostalAddress if key.evidence == CAP => false,
            Category::PostalAddress => (3..=10).contains(&digits) && !t.contains('.'),
            // A serial written as a small number is a counter (Shelly's
            // `serial: 3412` counts status changes): one device's number
            // has six digits or more.
            Category::DeviceId => {
                digits >= 6 && key.evidence != super::nodes::DEVICE_UUID && key.evidence != EID_KEY
            }
            Category::DateOfBirth => {
                digits >= 4
                    || (key.evidence == super::nodes::BIRTH_DATE_PART
                        && (1.0..=31.0).contains(&num))
            }
            Category::Iban if key.evidence == ROUTING_NUMBER => shapes::aba_in_value(t, true),
            Category::Iban => digits >= 6,
            // `exp: 1700000000` is a JWT claim, no card's expiry.
            Category::PaymentCard if key.evidence == CARD_EXPIRY => false,
            // `card: 2217713` (Stripe's balance by source type), `card_total:
            // 1999`: an amount under a key that only suggests a card. A
            // card written as a number is one whole card number.
            Category::PaymentCard if key.strength == KeyStrength::Contextual => {
                !t.contains('.') && shapes::is_card_number(t)
            }
            Category::PaymentCard => (3..=19).contains(&digits) && !t.contains('.'),
            Category::Password => digits >= 3,
            _ => false,
        };
    }
    // A search hit's highlight (Elasticsearch `highlight.full_name:
    // ["<em>Anneke</em> de Vries"]`) is judged by its text.
    let unmarked = without_highlight_tags(t);
    let t = unmarked.as_deref().unwrap_or(t);
    // `HKFitzpatrickSkinTypeNotSet`: an enum's unset member.
    if t.is_empty()
        || shapes::is_trivial(t)
        || is_field_label(t, category)
        || t.ends_with("NotSet")
        || is_schema_type_name(t)
    {
        return false;
    }
    match category {
        // `email: ["has already been taken"]`, `email: "user_email"`.
        Category::Email => t.len() >= 3 && shapes::has_at_sign(t),
        // A device object's `id`: only a UUID or a long hex identifier is
        // the device's own; `42` or `kitchen-plug` is a database key.
        Category::DeviceId if key.evidence == super::nodes::DEVICE_UUID => {
            contains_uuid(t) && t.len() <= 40
                || (t.len() >= 16 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        }
        Category::DeviceId if key.evidence == EID_KEY => is_euicc_id(t),
        // A model's marketing name (`Galaxy Tab S9`, `iPhone`) under
        // `device_name` names no one's device; `Annas iPhone` does.
        // (A Home Assistant `friendly_name`, a strong key, names the
        // owner's entity whatever its words.)
        Category::DeviceId
            if key.evidence == "key:device_name"
                && key.strength == KeyStrength::Contextual
                && is_model_name(t) =>
        {
            false
        }
        // A name the software gives every installation (Zigbee2MQTT's
        // `friendly_name: "Coordinator"`, the Alexa app's `This Device`).
        Category::DeviceId
            if key.evidence == "key:device_name" && ["Coordinator", "This Device"].contains(&t) =>
        {
            false
        }
        // A block device (`RootDeviceName: /dev/xvda`) or a network
        // interface (`wlp0s20f3`, `Wi-Fi`) is no one's device.
        Category::DeviceId if t.starts_with("/dev/") || is_interface_name(t) => false,
        // SmartThings `hardwareId: "001D"`: four characters or fewer name a
        // hardware type, no single device.
        Category::DeviceId if key.evidence == "key:device_id" && t.len() <= 4 => false,
        // A certificate serial or a key fingerprint (`0C:E7:…:39`, eight or
        // more colon-separated bytes) identifies a key, no device or secret.
        Category::DeviceId | Category::ApiKey | Category::Password | Category::OauthToken
            if is_hex_fingerprint(t) =>
        {
            false
        }
        // `LoginTo: https://console…`, `ConsoleLogin: Success`.
        // A resource path (GCP `logName: projects/p/logs/…`) is no login.
        Category::Username if t.contains('/') || is_outcome_word(t) => false,
        // `user.username: system:serviceaccount:ns:name` of a Kubernetes
        // audit event: a workload's or a node's identity.
        Category::Username if shapes::is_kubernetes_system_user(t) => false,
        // Slack's `user: "U07QWE12345"` is a workspace member id, not a
        // handle (the handle is the member's `name`).
        Category::Username if key.strength == KeyStrength::Contextual && is_slack_member_id(t) => {
            false
        }
        // `identifiant: "85750621-02fb-…"` (French for identifier as well as
        // login): a record's UUID under a key that only may name a login
        // is the record's id, no handle.
        Category::Username if key.strength == KeyStrength::Contextual && shapes::is_uuid(t) => {
            false
        }
        // `programOwner: "IB"` (an airline code) is nobody's handle.
        Category::Username if key.evidence == OWNER_ROLE && t.chars().count() < 3 => false,
        // Winlogbeat `SubjectUserName: "WKS-042$"`, `TargetUserName:
        // "DWM-1"`: the machine's own accounts.
        Category::Username if shapes::is_builtin_windows_account(t) => false,
        // An analytics event's `screen_name: "CheckoutScreen"` (Firebase,
        // Segment `screen` calls): an app's screen class, no one's handle.
        Category::Username if is_ui_class_name(t) => false,
        // `winlog.computer_name: "dc01.corp.example.local"`: a host's DNS
        // name, no name someone gave their device.
        Category::DeviceId if key.evidence == "key:device_name" && is_host_name(t) => false,
        // `dependabot[bot]`, `renovate[bot]`: GitHub's mark of an app.
        // A guest checkout's `first_name: "Guest"`, PyPI's `__token__`.
        Category::PersonName | Category::Username
            if t.ends_with("[bot]") || shapes::is_placeholder_account(t) =>
        {
            false
        }
        Category::Username | Category::WifiSsid | Category::DeviceId => {
            t.chars().count() >= 2 && !shapes::is_secret_reference(t)
        }
        // `octocat/Hello-World`, `svc_account`, `a=b` are no one's name,
        // nor is a field label (`{"name": "name", "value": "Jessica"}`).
        // A middle name is often written as its initial (`"Q"`, `"Q."`).
        Category::PersonName
            if matches!(key.evidence, MIDDLE_INITIAL | MIDDLE_NAME)
                && t.trim_end_matches('.').chars().count() == 1
                && t.chars().next().is_some_and(char::is_alphabetic) =>
        {
            true
        }
        // A part of a name (`first`, `c_last`, `mi`) has no digits:
        // `last: "2024-01-05T10:00:00Z"` is a time.
        Category::PersonName
            if matches!(key.evidence, NAME_PART | MIDDLE_INITIAL | MIDDLE_NAME)
                && t.bytes().any(|b| b.is_ascii_digit()) =>
        {
            false
        }
        Category::PersonName => {
            t.chars().any(char::is_alphabetic)
                && t.chars().count() >= 2
                && !t.contains(['/', '\\', '_', '=', '{', '}', '|'])
                && !t.contains(" - ")
                && !is_domain_name(t)
                && !is_interface_name(t)
                && !is_organisation(t)
                && !is_dotted_identifier(t)
                && !is_account_product(t)
                && !shapes::is_system_account(t)
                && !shapes::is_room_name(t)
                && !shapes::is_lowercase_phrase(t)
                && ![
                    "name",
                    "names",
                    "first name",
                    "last name",
                    "full name",
                    "firstname",
                    "lastname",
                    "fullname",
                    "display name",
                    "username",
                ]
                .iter()
                .any(|w| t.eq_ignore_ascii_case(w))
        }
        Category::PostalAddress if key.evidence == HOUSE_NUMBER => {
            is_house_number(t) || (t.chars().count() >= 3 && !is_host_name(t))
        }
        // The Italian postcode: five digits.
        Category::PostalAddress if key.evidence == CAP => {
            t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit())
        }
        // `address: db.c9ak.us-east-1.rds.amazonaws.com` is a host.
        // A wallet's `address: "0x5290…"` is a ledger's, no one's street.
        Category::PostalAddress => {
            t.chars().count() >= 3 && !is_host_name(t) && !shapes::is_ledger_address(t)
        }
        // The Brazilian RG (`12.345.678-9`, `MG-12.345.678`, `123456789X`),
        // not an Azure resource group (`rg-prod-01`).
        Category::NationalId if key.evidence == RG => is_rg_number(t),
        // A database id (Trello's `idCard`, a Mongo ObjectId, a UUID) is
        // no identity card's number.
        Category::NationalId if contains_uuid(t) || is_object_id(t) => false,
        Category::NationalId if scheme_key_rejects(key.evidence, t) => false,
        Category::NationalId => t.bytes().any(|b| b.is_ascii_digit()) && t.len() >= 5,
        // `PWD: /home/noah` is the working directory of a shell.
        Category::Password => {
            !shapes::is_secret_reference(t)
                && t.chars().count() >= 3
                && !is_prose_or_rule(t)
                && !is_absolute_path(t)
        }
        Category::Phone => shapes::is_phone_like(t),
        Category::DateOfBirth => {
            shapes::is_date_like(t)
                || (key.strength == KeyStrength::Strong
                    && (shapes::is_month_day(t) || shapes::is_year_month(t)))
                || (key.evidence == super::nodes::BIRTH_DATE_PART && is_date_part_text(t))
        }
        // A gender key holds a code or a closed word, not "unisex" shoes.
        Category::Demographic if key.evidence == "key:gender" => {
            shapes::is_gender_value(t) || t.chars().count() <= 2
        }
        // `race: "White"` on a person, not a race's name with its year.
        // Voter files code race in one capital (`race_code: "B"`).
        Category::Demographic if key.evidence == "key:race" && t.len() == 1 => {
            t.bytes().all(|b| b.is_ascii_uppercase())
        }
        Category::Demographic if matches!(key.evidence, "key:race" | "key:nationality") => {
            (2..=40).contains(&t.chars().count()) && !t.bytes().any(|b| b.is_ascii_digit())
        }
        Category::Demographic if key.evidence == "key:belief" => {
            (2..=40).contains(&t.chars().count()) && !t.bytes().any(|b| b.is_ascii_digit())
        }
        Category::Demographic => {
            if key.strength == KeyStrength::Contextual {
                age_number(t).is_some_and(|n| (0.0..=130.0).contains(&n)) || is_age_bracket(t)
            } else {
                t.chars().count() <= 40
            }
        }
        Category::IpAddress => shapes::is_ip(t),
        Category::MacAddress => shapes::is_mac(t) || shapes::is_eui64(t),
        // Strava's `map.summary_polyline`: the route, encoded.
        Category::GeoLocation if key.evidence == POLYLINE => shapes::is_encoded_polyline(t),
        Category::GeoLocation => {
            shapes::parse_lat_lon_pair(t).is_some()
                || t.parse::<f64>().is_ok_and(|n| is_coordinate(n, key))
                || shapes::hemisphere_coordinate(t).is_some()
                // Faker's `current_location` stringified.
                || shapes::python_decimal_pair(t).is_some()
        }
        // A session id shorter than 16 characters (`sess_7b2a1c3f`, a
        // Langfuse conversation's) groups events; a session credential is
        // longer.
        Category::OauthToken if key.evidence == "key:session" && t.len() < 16 => false,
        Category::OauthToken | Category::Jwt => {
            let t = after_auth_scheme(t);
            !shapes::is_secret_reference(t)
                && (key.strength == KeyStrength::Strong || !contains_uuid(t))
                && (shapes::looks_like_secret(t) || (t.len() >= 16 && !t.contains(' ')))
        }
        Category::ApiKey => {
            let t = after_auth_scheme(t);
            !shapes::is_secret_reference(t)
                && !is_header_name(t)
                && if key.strength == KeyStrength::Strong {
                    t.len() >= 8 && !t.contains(char::is_whitespace)
                } else {
                    shapes::looks_like_secret(t) && !(key.evidence == "key:key" && is_wordy(t))
                }
        }
        // A bare base64 key longer than any entropy check reads (an RSA
        // key is 1.2 KB and more) is read as DER.
        Category::PrivateKey => {
            (t.contains("PRIVATE KEY") && !shapes::is_secret_reference(t))
                || (t.len() >= 40 && shapes::looks_like_secret(t))
                || shapes::is_der_private_key(t, shapes::DerCheck::Header)
        }
        Category::PaymentCard if key.evidence == CARD_EXPIRY => shapes::is_card_expiry(t),
        Category::PaymentCard => {
            let digits = t.bytes().filter(u8::is_ascii_digit).count();
            (3..=19).contains(&digits)
                && t.bytes()
                    .all(|b| b.is_ascii_digit() || b == b' ' || b == b'-')
        }
        Category::Iban if key.evidence == ROUTING_NUMBER => shapes::aba_in_value(t, false),
        // `DE89370400440532013001`: an IBAN's layout with failing check
        // digits is a reference or a typo, not an account.
        Category::Iban => {
            t.len() >= 8
                && (!shapes::has_iban_layout(t) || shapes::is_valid_iban(t))
                && t.bytes().any(|b| b.is_ascii_digit())
                && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ')
        }
        // A strong health key also names readings written as words:
        // `blood_type: "A+"`, `diagnosis: "type 2 diabetes"`.
        Category::HealthMetric if key.evidence == "key:temperature" => {
            let number = t.trim_end_matches(|c: char| !c.is_ascii_digit());
            number.parse::<f64>().is_ok_and(is_body_temperature)
        }
        Category::HealthMetric if key.evidence == crate::keys::PERIOD_FLOW => {
            super::cycle_words::is_flow_word(t)
        }
        // A FHIR finding's code (`44054006`) or words: its element said it.
        Category::HealthMetric if key.evidence == "context:fhir_finding" => true,
        Category::HealthMetric => {
            shapes::is_measurement(t)
                || is_reading_range(t)
                || (key.strength == KeyStrength::Strong && shapes::is_blood_group(t))
                || (key.strength == KeyStrength::Strong
                    && t.chars().any(char::is_alphabetic)
                    && !is_setting_word(t)
                    && !is_unit_symbol(t)
                    && !shapes::is_secret_reference(t))
        }
    }
}

/// A reading given as a band of two positive numbers, the lower first
/// (Fitbit's cardio fitness `vo2Max: "41-45"`). A date (`2024-05`) or a
/// resolution (`1920-1080`) puts the larger number first.
fn is_reading_range(t: &str) -> bool {
    let Some((low, high)) = t.split_once(['-', '–']) else {
        return false;
    };
    let number = |s: &str| {
        let s = s.trim();
        let plain =
            !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        plain.then(|| s.parse::<f64>().ok()).flatten()
    };
    matches!((number(low), number(high)), (Some(a), Some(b)) if a > 0.0 && a < b)
}

/// A unit written alone (`glucose: "mg/dL"` among an app's default units,
/// `temperature: "°C"`): the setting of a display, no one's reading.
fn is_unit_symbol(t: &str) -> bool {
    if crate::engine::measure_codes::measure_of_unit(t).is_some() {
        return true;
    }
    [
        "mg/dl",
        "mmol/l",
        "mmol",
        "g",
        "oz",
        "st",
        "stone",
        "ft",
        "m",
        "km",
        "mi",
        "c",
        "f",
        "°c",
        "°f",
        "celsius",
        "fahrenheit",
        "kcal",
        "kj",
        "cal",
        "ml",
        "l",
        "fl oz",
        "%",
        "kg/m2",
        "ms",
        "min",
        "h",
        "hours",
        "minutes",
        "steps",
        "kilograms",
        "pounds",
        "meters",
        "centimeters",
        "inches",
        "feet",
    ]
    .iter()
    .any(|w| t.eq_ignore_ascii_case(w))
}

/// A number in degrees once the key's scale is undone (`latitudeE7:
/// 525200660` and `"525200660"` are 52.52°), not 0 (an unset position).
fn is_coordinate(num: f64, key: &KeyInfo) -> bool {
    let degrees = num / 10f64.powi(i32::from(key.decimal_shift));
    degrees.is_finite() && degrees.abs() <= 180.0 && degrees != 0.0
}

/// Mostly words (`NewCheckoutFlow`, `SalesResults-1.2`): an identifier a
/// person wrote, not a generated secret, under a merely key-ish name
/// (`feature_key`, `bucket_key`). At least 60% of its characters sit in
/// runs of three or more lower-case letters, which random keys reach about
/// once in two hundred.
/// An HTTP header's name (`X-Partner-Key`, `X-API-Key`): capitalised
/// words of letters joined by hyphens, the name a key is sent under in
/// Postman's `apikey` auth and API gateway settings, no key itself.
fn is_header_name(t: &str) -> bool {
    t.len() <= 40
        && t.contains('-')
        && t.split('-').all(|w| {
            w.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                && w.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

pub(crate) fn is_wordy(t: &str) -> bool {
    let mut in_runs = 0;
    let mut run = 0;
    for b in t.bytes().chain(std::iter::once(b' ')) {
        if b.is_ascii_lowercase() {
            run += 1;
        } else {
            if run >= 3 {
                in_runs += run;
            }
            run = 0;
        }
    }
    !t.is_empty() && in_runs * 10 >= t.len() * 6
}

/// A field type of a schema or an index mapping (Elasticsearch `"gender":
/// {"type": "keyword"}`, JSON Schema `"type": "string"`): a definition of
/// the field, not its value.
fn is_schema_type_name(t: &str) -> bool {
    const TYPES: [&str; 20] = [
        "keyword",
        "text",
        "integer",
        "long",
        "short",
        "byte",
        "double",
        "float",
        "half_float",
        "scaled_float",
        "boolean",
        "binary",
        "object",
        "nested",
        "geo_point",
        "geo_shape",
        "completion",
        "string",
        "number",
        "date_nanos",
    ];
    TYPES.contains(&t)
}

/// An age bracket (`25-34`, `65+`, `18 to 24`): a person's age as ad
/// platforms and surveys record it.
fn is_age_bracket(t: &str) -> bool {
    let age = |s: &str| {
        let s = s.trim();
        let digits = (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        digits
            .then(|| s.parse::<u32>().ok())
            .flatten()
            .filter(|&n| n <= 130)
    };
    if let Some(low) = t.strip_suffix('+') {
        return age(low).is_some();
    }
    let parts = t.split_once(['-', '–']).or_else(|| t.split_once(" to "));
    parts.is_some_and(|(a, b)| matches!((age(a), age(b)), (Some(a), Some(b)) if a < b))
}

/// A UI label or column title naming a field (`"First name"`, `"Email
/// address"`, `"Passwort"`): the value is itself a strong key word, or,
/// in a translation file or a form definition (`"city": "City"`, `"zip":
/// "ZIP code"`, `"name": "Ihr Name"`), a weaker key word for the very
/// category its key names, written only in label words.
fn is_field_label(t: &str, category: Category) -> bool {
    if t.len() > 32
        || t.bytes().any(|b| b.is_ascii_digit() || b == b'@')
        || t.split_whitespace().count() > 3
    {
        return false;
    }
    // Labels end in a field noun; a name like `Mia Tanaka` does not, and
    // skips the lexicon lookup.
    let last = t
        .rsplit(|c: char| c.is_whitespace() || c == '-')
        .next()
        .unwrap_or("")
        .trim_end_matches([':', '?', '*'])
        .to_lowercase();
    const FIELD_NOUNS: [&str; 34] = [
        "name",
        "names",
        "address",
        "email",
        "e-mail",
        "mail",
        "phone",
        "number",
        "password",
        "passwort",
        "kennwort",
        "vorname",
        "nachname",
        "telefon",
        "telefonnummer",
        "gender",
        "geschlecht",
        "birthday",
        "birth",
        "username",
        "surname",
        "mobile",
        "city",
        "street",
        "postcode",
        "nom",
        "prénom",
        "prenom",
        "apellido",
        "nombre",
        "correo",
        "contraseña",
        "adresse",
        "geburtsdatum",
    ];
    // `Main Street` is a street's name, `Billing street` a label.
    if (!FIELD_NOUNS.contains(&last.as_str()) && !LABEL_WORDS.contains(&last.as_str()))
        || shapes::is_named_street(t)
    {
        return false;
    }
    let info = crate::keys::classify_key(t);
    if info.category.is_none() || info.is_meta {
        return false;
    }
    // `Main Street`, `Carmen Post`: a word no label has makes it data.
    let label_words = t
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches([':', '?', '*', '(', ')']).to_lowercase())
        .filter(|w| !w.is_empty())
        .all(|w| FIELD_NOUNS.contains(&w.as_str()) || LABEL_WORDS.contains(&w.as_str()));
    label_words
        && (info.strength == KeyStrength::Strong
            || (info.category == Some(category) && !category.is_secret()))
}

/// Words that a field's label adds to its noun (`ZIP code`, `Your name`,
/// `Ihr Name`, `Votre ville`): with the nouns of [`is_field_label`], the
/// only words a label of a weaker key word may have.
const LABEL_WORDS: [&str; 58] = [
    "your",
    "my",
    "enter",
    "the",
    "first",
    "last",
    "full",
    "given",
    "family",
    "middle",
    "zip",
    "postal",
    "post",
    "code",
    "plz",
    "house",
    "home",
    "e",
    "date",
    "of",
    "town",
    "ort",
    "stadt",
    "ihr",
    "ihre",
    "bitte",
    "votre",
    "ville",
    "tu",
    "su",
    "ciudad",
    "primary",
    "secondary",
    "billing",
    "shipping",
    "delivery",
    "work",
    "business",
    "personal",
    "contact",
    "current",
    "new",
    "confirm",
    "repeat",
    "old",
    "alternate",
    "legal",
    "preferred",
    "display",
    "user",
    "account",
    "login",
    "social",
    "security",
    "line",
    "cell",
    "maiden",
    "place",
];

/// A sentence or a validation rule rather than a secret:
/// `"is too short (minimum is 8 characters)"`, `"required|min:8"`,
/// `"Forgot your password?"`.
fn is_prose_or_rule(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    if lower.contains('|')
        && ["required", "min:", "max:", "confirmed", "string"]
            .iter()
            .any(|w| lower.contains(w))
    {
        return true;
    }
    let words = t.split_whitespace().count();
    // A question is a UI string (`Passwort vergessen?`).
    if words >= 2 && t.ends_with('?') {
        return true;
    }
    words >= 3
        && (t.ends_with(['.', '?', '!', ')'])
            || [" is ", " must ", " your ", " the ", " has ", " been "]
                .iter()
                .any(|w| lower.contains(w)))
}

/// A network interface's name: Linux (`eth0`, `wlp0s20f3`, `docker0`)
/// or the Windows defaults (`Wi-Fi`, `Ethernet 2`).
fn is_interface_name(t: &str) -> bool {
    // Both kinds start with an ASCII letter and a Linux name holds a digit.
    let Some(&first) = t.as_bytes().first() else {
        return false;
    };
    if !first.is_ascii_alphabetic() {
        return false;
    }
    let linux = t.bytes().any(|b| b.is_ascii_digit())
        && [
            "eth", "wlp", "wlan", "enp", "ens", "eno", "lo", "br", "docker", "veth", "tun", "tap",
            "bond", "virbr",
        ]
        .iter()
        .any(|p| {
            t.strip_prefix(p).is_some_and(|rest| {
                rest.bytes().next().is_some_and(|b| b.is_ascii_digit())
                    && rest
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
        });
    let windows = [
        "Wi-Fi",
        "Ethernet",
        "Loopback Pseudo-Interface 1",
        "Bluetooth Network Connection",
    ]
    .iter()
    .any(|w| {
        t == *w
            || t.strip_prefix(w)
                .is_some_and(|r| r.trim().parse::<u8>().is_ok())
    });
    linux || windows
}

/// A domain name (`Salesforce.com`, `status.example.io`): a service,
/// no one's name.
fn is_domain_name(t: &str) -> bool {
    let Some((head, tld)) = t.rsplit_once('.') else {
        return false;
    };
    !t.contains(char::is_whitespace)
        && !head.is_empty()
        && [
            "com", "org", "net", "io", "co", "ai", "app", "dev", "de", "uk", "fr", "eu", "us",
            "info", "biz", "cloud", "tech", "me",
        ]
        .contains(&tld)
        && head
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
}

/// Colon-separated hex bytes, at least eight of them: a certificate
/// serial or a key fingerprint (a MAC address has six).
fn is_hex_fingerprint(t: &str) -> bool {
    let mut groups = 0;
    for part in t.split(':') {
        if part.len() != 2 || !part.bytes().all(|b| b.is_ascii_hexdigit()) {
            return false;
        }
        groups += 1;
    }
    groups >= 8
}

/// An absolute Unix path of two or more segments (`/home/noah`).
fn is_absolute_path(t: &str) -> bool {
    t.starts_with('/')
        && t.matches('/').count() >= 2
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'_' | b'-'))
}

/// A company, institution or business (`Apple Inc.`, `Acme GmbH`,
/// `Hotel Adlon Kempinski`, `Joe's Pizza`), or a program of one
/// (`Contoso Web`, see [`is_software_name`]).
fn is_organisation(t: &str) -> bool {
    if t.split_whitespace().nth(1).is_none() {
        return false;
    }
    let last = last_word_lowercase(t);
    // `B.V.`, `S.A.`, `S.r.l.`: a legal form written with its dots.
    let undotted: String;
    let last = if last.trim_end_matches('.').contains('.') {
        undotted = last.replace('.', "");
        undotted.as_str()
    } else {
        last.trim_end_matches([',', '.'])
    };
    let first_is_business = t
        .split_whitespace()
        .next()
        .is_some_and(|w| is_business_noun(&w.to_lowercase()) || is_lender_first_word(w));
    is_business_noun(last)
        || first_is_business
        || matches!(
            last,
            "inc"
                | "corp"
                | "corporation"
                | "llc"
                | "ltd"
                | "gmbh"
                | "ag"
                | "plc"
                | "co"
                | "company"
                | "foundation"
                | "university"
                | "institute"
                | "hospital"
                | "bank"
                | "group"
                | "limited"
                | "kg"
                | "sarl"
                | "bv"
                | "nv"
                | "ab"
                | "asa"
                | "oy"
                | "oyj"
                | "spa"
                | "srl"
                | "sas"
                | "pty"
                | "llp"
                // Spanish, Portuguese, Czech and German legal forms
                // (`Acme Iberia SL`, `Banco Exemplo SA`, `Muster OHG`).
                | "sl"
                | "sa"
                | "slu"
                | "ltda"
                | "sro"
                | "ohg"
                | "kgaa"
                | "ug"
                // Lenders in credit files and statements (`Discover
                // Financial`, `Wells Fargo Home Mtg`).
                | "financial"
                | "bancorp"
                | "mtg"
                | "mortgage"
                | "lending"
                // Trading names: `Edge Communications`, `Acme Holdings`.
                | "communications"
                | "technologies"
                | "solutions"
                | "holdings"
                | "partners"
                | "industries"
                | "enterprises"
                | "labs"
                | "networks"
                | "consulting"
                | "associates"
                | "ventures"
                | "logistics"
                | "systems"
                | "pharmaceuticals"
                | "insurance"
                | "airlines"
                | "motors"
                // Shared mailboxes: `Acme Support`, `Billing Team`.
                | "support"
                | "team"
                | "helpdesk"
                | "desk"
                | "sales"
                | "noreply"
                | "no-reply"
                | "notifications"
                // A company's sending names: `Acme Newsletter`, `Acme
                // Receipts`, `Shop Updates`.
                | "newsletter"
                | "newsletters"
                | "receipts"
                | "invoices"
                | "reminders"
                | "updates"
                | "digest"
        )
        || is_software_name(last)
}

/// The last word of a program's or an app's name (`Contoso Web`, `Billing
/// Worker`, `My App`, `Mobile Safari`, `WebKit Web Inspector`): what an
/// OAuth client, a browser or a service account is called.
fn is_software_name(last: &str) -> bool {
    matches!(
        last,
        "app"
            | "apps"
            | "application"
            | "webapp"
            | "web"
            | "api"
            | "bot"
            | "worker"
            | "service"
            | "portal"
            | "cli"
            | "sdk"
            | "client"
            | "backend"
            | "frontend"
            | "dashboard"
            | "console"
            | "plugin"
            | "extension"
            | "integration"
            | "connector"
            | "daemon"
            | "gateway"
            | "server"
            | "browser"
            | "webview"
            | "safari"
            | "chrome"
            | "chromium"
            | "firefox"
            | "inspector"
            | "ios"
            | "android"
            | "desktop"
    )
}

/// A word that names a kind of business or venue, first or last in its
/// name (`Hotel Adlon`, `Joe's Pizza`, `Café Central`). Words that are also
/// common surnames (`Park`, `Church`, `Hall`) are left out.
fn is_business_noun(w: &str) -> bool {
    matches!(
        w,
        "hotel"
            | "hostel"
            | "motel"
            | "restaurant"
            | "ristorante"
            | "trattoria"
            | "pizzeria"
            | "pizza"
            | "café"
            | "cafe"
            | "bistro"
            | "brasserie"
            | "bakery"
            | "bäckerei"
            | "diner"
            | "gasthaus"
            | "gasthof"
            | "pharmacy"
            | "apotheke"
            | "clinic"
            | "klinik"
            | "airport"
            | "flughafen"
            | "museum"
            | "gallery"
            | "cinema"
            | "theatre"
            | "theater"
            | "supermarket"
            | "store"
            | "shop"
            | "salon"
            | "gym"
            | "stadium"
            | "library"
            | "school"
            | "college"
            | "academy"
            | "station"
            | "bahnhof"
    )
}

/// The first word of a lender's name in a credit file or a statement
/// (`CAPITAL ONE`, `Bank of America`, `Banco Santander`, `Crédit Agricole`).
fn is_lender_first_word(w: &str) -> bool {
    ["capital", "bank", "banco", "banque", "credit", "crédit"]
        .iter()
        .any(|l| w.eq_ignore_ascii_case(l) || w.to_lowercase() == *l)
}

/// The last word of `t` in ASCII lower case.
fn last_word_lowercase(t: &str) -> String {
    t.split_whitespace()
        .last()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// `UK.OBIE.SortCodeAccountNumber`, `com.example.app`: a scheme or
/// bundle identifier, no name (no spaces, two dots or more).
fn is_dotted_identifier(t: &str) -> bool {
    !t.contains(char::is_whitespace) && t.matches('.').count() >= 2
}

/// A bank product's name (`Plaid Checking`, `Girokonto`, `Online
/// Savings`): what an account object's `name` holds in banking APIs.
fn is_account_product(t: &str) -> bool {
    let last = last_word_lowercase(t);
    matches!(
        last.as_str(),
        "checking"
            | "savings"
            | "account"
            | "konto"
            | "girokonto"
            | "tagesgeld"
            | "sparkonto"
            | "loan"
            | "mortgage"
            | "brokerage"
            | "ira"
            | "wallet"
    )
}

/// The outcome of an operation (`Success`, `Failure`), not an account.
fn is_outcome_word(t: &str) -> bool {
    [
        "success",
        "succeeded",
        "failure",
        "failed",
        "fail",
        "error",
        "denied",
        "ok",
        "pending",
    ]
    .iter()
    .any(|w| t.eq_ignore_ascii_case(w))
}

/// A host name or URL: dot-separated labels without spaces, ending in
/// letters (`db.internal.example.com`), or anything with a scheme.
fn is_host_name(t: &str) -> bool {
    if t.contains("://") {
        return true;
    }
    let labels: Vec<&str> = t.split('.').collect();
    labels.len() >= 3
        && !t.contains(char::is_whitespace)
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && labels
            .last()
            .is_some_and(|l| l.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Words that set how a value is shown or collected, not the value.
fn is_setting_word(t: &str) -> bool {
    [
        "on",
        "off",
        "enabled",
        "disabled",
        "auto",
        "automatic",
        "manual",
        "default",
        "hidden",
        "visible",
        "private",
        "public",
        "metric",
        "imperial",
        "kg",
        "lb",
        "lbs",
        "cm",
        "in",
        "bpm",
        "mmhg",
        "percent",
        "daily",
        "weekly",
        "monthly",
        "none",
        "all",
    ]
    .iter()
    .any(|w| t.eq_ignore_ascii_case(w))
}

/// The credential of an Authorization value written with a scheme word
/// (`Token 9f8e…`, `SSWS 00Qx…`, `ApiKey …`): the part after the scheme.
/// Anything else comes back whole.
fn after_auth_scheme(t: &str) -> &str {
    match t.split_once(' ') {
        Some((scheme, rest))
            if (2..=16).contains(&scheme.len())
                && scheme.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                && !rest.is_empty()
                && !rest.contains(char::is_whitespace) =>
        {
            rest
        }
        _ => t,
    }
}

/// First step of leaf classification: value evidence, key evidence and
/// encodings. Contextual categories are returned for the caller to decide
/// with [`finish_contextual`] once the object's context is known.
/// Whether a dotted quad filling the leaf is a version rather than an
/// address: any quad under a version or build key (`firmware_ver:
/// "2.1.15.3"`) or a key describing a device (`firmware`, `hardware`), a
/// version-shaped one under a key naming a device (`hub: "4.9.6.156"`).
/// The address of a device named by its key stays one (`gateway:
/// "192.168.178.1"`, `router: "10.0.0.1"`).
fn ip_reads_as_version(key: &KeyInfo, text: &str) -> bool {
    if key.sibling.intersects(ContextFlags::TECHNICAL) {
        return true;
    }
    if !key.sibling.intersects(ContextFlags::DEVICE) {
        return false;
    }
    let names_device = key.parent.intersects(ContextFlags::DEVICE);
    !names_device || crate::detect::ip_version_shaped(crate::detect::trim_ws(text))
}

pub(crate) fn classify(
    scanner: &ValueScanner,
    key: &KeyInfo,
    v: LeafValue<'_>,
    findings: &mut Vec<Finding>,
    hits: &mut Vec<Hit>,
) -> Step {
    hits.clear();
    findings.clear();
    if v.is_number {
        if let Some(f) = scanner.scan_number(v.text) {
            hits.push(Hit::from_finding(&f, true));
            return Step::Done;
        }
    } else {
        scanner.scan(v.text, findings);
        // A name key's value is the name, title and all (`Name: "Mr Kevin
        // Smith"`): the key decides it whole, not a name cue inside it. The
        // display name of a mailbox stays (`maintainer: "Jane Doe
        // <jane@…>"`): the address beside it is redacted as a span. A
        // statement line under `name` (Plaid's `name: "ZELLE FROM MARISOL
        // ECHEVARRIA CONF# …"`) keeps the party it names, and so does a
        // task's `name` (`Onboard Ethan Clarke`) or a presence line.
        if matches!(
            key.category,
            Some(Category::PersonName | Category::Username)
        ) && !key.is_meta
        {
            findings.retain(|f| {
                f.category != Category::PersonName
                    || f.evidence == "value:display_name"
                    || f.evidence == TRANSFER_PARTY
                    || f.evidence == "context:task_subject"
                    || f.evidence == "context:presence_line"
                    || f.evidence == "context:file_name_person"
            });
        }
        // `sender: "@ines.duarte:matrix.org"`: a Matrix account, under any
        // key (a room's `!…:server` and an event's `$…` id name no one).
        if findings.is_empty() && v.text.starts_with('@') && shapes::is_matrix_user_id(v.text) {
            hits.push(Hit::whole(
                Category::Username,
                0.85,
                Evidence::one("value:matrix_user_id"),
            ));
            return Step::Done;
        }
        if findings.is_empty()
            && matches!(v.text.as_bytes().first(), Some(b'#' | b'!'))
            && shapes::is_matrix_room(v.text)
        {
            return Step::Done;
        }
        // A whole private key in base64 DER (no PEM armour) is one under
        // any key, as a PEM block is.
        if shapes::could_be_der_key(v.text)
            && shapes::is_der_private_key(v.text, shapes::DerCheck::Complete)
        {
            findings.clear();
            hits.push(Hit::whole(
                Category::PrivateKey,
                0.95,
                Evidence::one("validator:der_private_key"),
            ));
            return Step::Done;
        }
    }

    // `ACCT: "000123456789"` is an account number; `acct: "jdoe@…"` a
    // handle.
    let account;
    let key = if key.evidence == ACCT && is_account_number(v) {
        account = KeyInfo {
            category: Some(Category::Iban),
            ..*key
        };
        &account
    } else {
        key
    };
    let mut key_category = if key.is_meta { None } else { key.category };
    match key.evidence {
        // `from: "16315551181"`: a sender's number in bare E.164 digits;
        // any other value is read as under any key (`from: 1733310021`).
        MSISDN_SLOT => {
            if findings.is_empty() && !v.is_number && shapes::is_msisdn_digits(v.text) {
                let mut ev = Evidence::one(key.evidence);
                ev.push("validator:e164_digits");
                hits.push(Hit::whole(Category::Phone, 0.8, ev));
                return Step::Done;
            }
            key_category = None;
        }
        // A routing number only with its check digit: otherwise the value
        // is read as under any key.
        ROUTING_NUMBER if !key_accepts(Category::Iban, key, v) => key_category = None,
        // `exp: "09/27"` is a card's expiry where a card is: the object
        // decides. Other values (`exp: 1700000000`, a JWT claim) are read
        // as under any key.
        CARD_EXPIRY if key_category.is_some() => {
            if findings.is_empty() && key_accepts(Category::PaymentCard, key, v) {
                return Step::NeedsContext(Category::PaymentCard);
            }
            key_category = None;
        }
        // `sn: "García-López"` in a directory export is a surname; a
        // serial number has digits.
        SN if key_category.is_some()
            && findings.is_empty()
            && !v.is_number
            && !v.text.bytes().any(|b| b.is_ascii_digit()) =>
        {
            let name = KeyInfo {
                category: Some(Category::PersonName),
                ..*key
            };
            if key_accepts(Category::PersonName, &name, v) {
                return Step::NeedsContext(Category::PersonName);
            }
            return Step::Done;
        }
        _ => {}
    }

    // Version strings are not IPs: `4.9.6.156` on a `firmware_ver` key.
    if key_category.is_none() && ip_reads_as_version(key, v.text) {
        findings.retain(|f| f.category != Category::IpAddress || !trimmed_covers(v.text, f));
    }

    // `fda_ndc_code: "0378-6150-01"`, `part_number: "800-555-1234"`: a
    // product code's digit groups are no phone number.
    if key_category.is_none() && key.evidence == PRODUCT_CODE {
        findings.retain(|f| f.category != Category::Phone || !trimmed_covers(v.text, f));
    }

    if let Some(cat) = key_category {
        // `sender: "Bob Jones"`, `author: "Jane Doe"`: a role's value written
        // as a full name is the person's name wherever it sits; written as
        // an id, a company or a handle it is left to the key's own rule.
        if matches!(key.evidence, PERSON_ROLE | OWNER_ROLE) && findings.is_empty() {
            if !v.is_number && shapes::is_full_name_shape(v.text) && !is_organisation(v.text) {
                let mut ev = Evidence::one(key.evidence);
                ev.push("value:name_shape");
                hits.push(Hit::whole(Category::PersonName, 0.75, ev));
                return Step::Done;
            }
            // `author: "lakeshore_throwaway22"` on a Reddit post beside its
            // `title`: a value written as a handle is the author's account,
            // whatever the object it made (a bot's is held for its flags).
            if key.evidence == OWNER_ROLE && !v.is_number && is_authored_handle(v.text) {
                let mut ev = Evidence::one(key.evidence);
                ev.push("value:handle_shape");
                hits.push(Hit::whole(Category::Username, 0.75, ev));
                return Step::Done;
            }
            if key.evidence == PERSON_ROLE {
                return Step::Done;
            }
        }
        // `pan: "ABCPD1234E"` is an Indian tax id, not a card number.
        if cat == Category::PaymentCard && !v.is_number && shapes::is_in_pan_layout(v.text) {
            let mut ev = Evidence::one(key.evidence);
            ev.push("value:in_pan");
            hits.push(Hit::whole(Category::NationalId, 0.85, ev));
            return Step::Done;
        }
        // `auth` in a docker config, `Authorization: Basic …`: user:pass.
        if is_secret_family(cat) && findings.is_empty() && !v.is_number {
            if let Some((user, pass)) = shapes::decode_basic_auth(v.text) {
                if !user.is_empty() && !pass.is_empty() {
                    let mut ev = Evidence::one(key.evidence);
                    ev.push("decoded:basic_auth");
                    hits.push(Hit::whole(Category::Password, 0.95, ev));
                    return Step::Done;
                }
            }
        }
        // A secret stored base64-encoded (Kubernetes Secret `data`) is
        // what it decodes to: a JWT, a webhook URL, a provider key.
        if is_secret_family(cat) && findings.is_empty() && !v.is_number && could_be_base64(v.text) {
            if let Some(hit) = decoded_hit(scanner, Some(cat), v, findings) {
                hits.push(hit);
                return Step::Done;
            }
        }
        if key.strength == KeyStrength::Strong {
            // `ip: "10.20.1.11:9300"` (Elasticsearch `_tasks`): the address,
            // not its port.
            if cat == Category::IpAddress && is_address_with_port(v.text, findings) {
                spans_from_findings(v.text, findings, hits);
                return Step::Done;
            }
            // `sin: "046 454 287"` fails the check of the scheme its key
            // names: no id, and no phone either, whatever its shape.
            if cat == Category::NationalId
                && !v.is_number
                && scheme_key_rejects(key.evidence, crate::detect::trim_ws(v.text))
            {
                return Step::Done;
            }
            // `PWD: "/home/jdoe/src"`: a working directory, no password;
            // what is inside it is found as spans (the home's login).
            if cat == Category::Password && is_absolute_path(v.text) {
                spans_from_findings(v.text, findings, hits);
                return Step::Done;
            }
            // Mastodon's `acct: "alice@mastodon.social"`: a fediverse
            // handle written like an address; its key says which.
            if key.evidence == ACCT
                && cat == Category::Username
                && findings.len() == 1
                && findings[0].category == Category::Email
                && trimmed_covers(v.text, &findings[0])
            {
                let mut ev = Evidence::one(key.evidence);
                ev.push("value:fediverse_handle");
                hits.push(Hit::whole(Category::Username, 0.9, ev));
                return Step::Done;
            }
            if !findings.is_empty() {
                whole_from_findings(key, cat, v.text, findings, hits);
                return Step::Done;
            }
            // `user_name: "Anna Weber"`, a mention's `mentionText`: a handle
            // key holding a full name holds the person's name.
            if cat == Category::Username
                && !v.is_number
                && (shapes::is_full_name_shape(v.text) || shapes::is_last_comma_first(v.text))
                && !is_organisation(v.text)
            {
                let mut ev = Evidence::one(key.evidence);
                ev.push("value:name_shape");
                hits.push(Hit::whole(Category::PersonName, 0.75, ev));
                return Step::Done;
            }
            // `authorDisplayName: "@HelenaV-b7x"` (YouTube comments): a
            // name key holding an @-handle holds the account's handle.
            if cat == Category::PersonName
                && !v.is_number
                && v.text.starts_with('@')
                && is_handle_shape(v.text)
            {
                let mut ev = Evidence::one(key.evidence);
                ev.push("value:handle_shape");
                hits.push(Hit::whole(Category::Username, 0.75, ev));
                return Step::Done;
            }
            if key_accepts(cat, key, v) {
                if key.evidence == NETWORK_NAME {
                    return Step::NeedsContext(cat);
                }
                hits.push(Hit::whole(
                    cat,
                    key.confidence.max(0.5),
                    Evidence::one(key.evidence),
                ));
                return Step::Done;
            }
            if let Some(hit) = decoded_hit(scanner, Some(cat), v, findings) {
                hits.push(hit);
            }
            return Step::Done;
        }
        if key.strength == KeyStrength::Contextual {
            // `address: "1842 Maple Grove Lane, Sacramento, CA 95818"`: a
            // street inside a value the key calls an address makes all of
            // it the address, city and postcode included.
            if cat == Category::PostalAddress
                && findings
                    .iter()
                    .any(|f| f.category == Category::PostalAddress)
            {
                whole_from_findings(key, cat, v.text, findings, hits);
                if let Some(h) = hits.first_mut() {
                    h.category = Category::PostalAddress;
                    h.span = None;
                    h.evidence.push("value:street");
                }
                return Step::Done;
            }
            // `zip: "02139-4307"`: a ZIP+4 under a postcode key is the
            // postcode, not the area code and number it looks like.
            if cat == Category::PostalAddress && !v.is_number && shapes::is_zip_plus4(v.text) {
                findings.retain(|f| f.category != Category::Phone || !trimmed_covers(v.text, f));
            }
            if !findings.is_empty() {
                spans_from_findings(v.text, findings, hits);
                return Step::Done;
            }
            if needs_context(cat) {
                if key_accepts(cat, key, v) {
                    return Step::NeedsContext(cat);
                }
                // `display_name: "Lena_Plays"`: a handle where a name was
                // expected is the account's user name when the record turns
                // out a person's (`walker::name_or_handle` relabels it).
                if cat == Category::PersonName
                    && matches!(key.evidence, "key:display_name" | "key:name")
                    && !v.is_number
                    && is_handle_shape(v.text)
                {
                    return Step::NeedsContext(Category::PersonName);
                }
                return Step::Done;
            }
            if key_accepts(cat, key, v) {
                let mut ev = Evidence::one(key.evidence);
                if matches!(cat, Category::ApiKey | Category::OauthToken) {
                    ev.push("value:entropy");
                }
                hits.push(Hit::whole(cat, key.confidence.max(0.4), ev));
            } else if let Some(hit) = decoded_hit(scanner, Some(cat), v, findings) {
                hits.push(hit);
            }
            return Step::Done;
        }
    }

    if !findings.is_empty() {
        spans_from_findings(v.text, findings, hits);
    } else if !v.is_number && !key.is_meta {
        // (A meta key's base64 is state, such as a pagination cursor.)
        if let Some(hit) = decoded_hit(scanner, None, v, findings) {
            hits.push(hit);
        }
    }
    Step::Done
}

/// A user handle rather than a name: one token of 3 to 32 ASCII letters,
/// digits, `_`, `.` or `-`, with an underscore or a digit in it
/// (`Lena_Plays`, `kenji_ps_88`, `xX_AnnaW_Xx`), and a capital or a digit:
/// lower snake case (`order_id`, `in_progress`) names fields and states.
/// A token written with its `@` (YouTube's `authorDisplayName:
/// "@HelenaV-b7x"`) is a handle whatever its letters.
pub(crate) fn is_handle_shape(t: &str) -> bool {
    if let Some(h) = t.strip_prefix('@') {
        return is_at_handle(h);
    }
    let b = t.as_bytes();
    (3..=32).contains(&b.len())
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
        && b.iter().any(u8::is_ascii_alphabetic)
        && b.iter().any(|c| *c == b'_' || c.is_ascii_digit())
        && (b.iter().any(u8::is_ascii_uppercase) || b.iter().any(u8::is_ascii_digit))
        && !b.first().is_some_and(|c| matches!(c, b'_' | b'.' | b'-'))
}

/// A handle in an author's or owner's slot that is a person's account:
/// [`is_handle_shape`], and no service account or bot (`svc_deploy01`,
/// `release_bot2`).
fn is_authored_handle(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    is_handle_shape(t)
        && !shapes::is_system_account(t)
        && !["svc", "bot", "ci", "build", "deploy", "service", "system"]
            .iter()
            .any(|w| {
                lower
                    .split(['_', '-', '.'])
                    .any(|part| part.trim_end_matches(|c: char| c.is_ascii_digit()) == *w)
            })
        && !lower
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .ends_with("bot")
}

/// The handle after an `@`: 1 to 30 ASCII letters, digits, `_`, `.` or
/// `-`, starting with a letter or a digit and holding a letter.
fn is_at_handle(h: &str) -> bool {
    let b = h.as_bytes();
    (1..=30).contains(&b.len())
        && b[0].is_ascii_alphanumeric()
        && b.iter().any(u8::is_ascii_alphabetic)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
}

/// Completes a contextual category once the context is known.
pub(crate) fn finish_contextual(
    category: Category,
    key: &KeyInfo,
    positive: bool,
    context_evidence: &'static str,
    hits: &mut Vec<Hit>,
) {
    if positive {
        let mut ev = Evidence::one(key.evidence);
        ev.push(context_evidence);
        hits.push(Hit::whole(category, (key.confidence + 0.2).min(0.9), ev));
    }
}

fn spans_from_findings(text: &str, findings: &[Finding], hits: &mut Vec<Hit>) {
    for f in findings {
        let whole = trimmed_covers(text, f);
        hits.push(Hit::from_finding(f, whole));
    }
}

/// Under a key that decides the whole leaf: the leaf is redacted as a whole,
/// with the most specific category.
fn whole_from_findings(
    key: &KeyInfo,
    key_cat: Category,
    text: &str,
    findings: &[Finding],
    hits: &mut Vec<Hit>,
) {
    // A phone is a digit shape only: under a key naming another digit
    // category (`sin`, `account_number`) the key decides.
    // An international number (`sender_address: "+4915123456789"` of an
    // SMS gateway, a telephony `did: "+14155550100"`) is a phone even under
    // an address or a device key.
    let international = text.trim_start().starts_with('+');
    // A device id's shape under a Wi-Fi network key is the network the
    // device broadcasts (a Shelly's access point `shelly1pm-98CDAC1F2E3A`).
    let shape_only = |f: &&Finding| {
        (f.category == Category::DeviceId && key_cat == Category::WifiSsid)
            || f.category == Category::Phone
                && key_cat != Category::Phone
                && !((key_cat == Category::PostalAddress || key.evidence == DID) && international)
                && matches!(
                    key_cat,
                    Category::NationalId
                        | Category::PaymentCard
                        | Category::Iban
                        | Category::DeviceId
                        | Category::PostalAddress
                        | Category::DateOfBirth
                )
    };
    let covering = findings
        .iter()
        .find(|f| trimmed_covers(text, f))
        .filter(|f| !shape_only(f));
    let secretish = findings
        .iter()
        .find(|f| is_secret_family(key_cat) && is_secret_family(f.category));
    let chosen = covering.or(secretish);
    match chosen {
        Some(f) => {
            let mut hit = Hit::from_finding(f, true);
            hit.evidence.push(key.evidence);
            hit.confidence = hit.confidence.max(key.confidence);
            hits.push(hit);
        }
        None => {
            hits.push(Hit::whole(
                key_cat,
                key.confidence.max(0.5),
                Evidence::one(key.evidence),
            ));
        }
    }
    // Other categories inside the value are reported as spans.
    for f in findings {
        if chosen.is_some_and(|c| std::ptr::eq(c, f)) || (shape_only(&f) && trimmed_covers(text, f))
        {
            continue;
        }
        if f.category != hits[0].category {
            hits.push(Hit::from_finding(f, false));
        }
    }
}

/// One IP address found in `text`, followed by a port and nothing else
/// (`10.20.1.11:9300`, `[2001:db8::1]:443`).
fn is_address_with_port(text: &str, findings: &[Finding]) -> bool {
    let [f] = findings else {
        return false;
    };
    let t = crate::detect::trim_ws(text);
    let start = t.as_ptr() as usize - text.as_ptr() as usize;
    let (Some(head), Some(tail)) = (text.get(start..f.start), text.get(f.end..start + t.len()))
    else {
        return false;
    };
    let tail = tail.strip_prefix(']').unwrap_or(tail);
    f.category == Category::IpAddress
        && (head.is_empty() || head == "[")
        && tail
            .strip_prefix(':')
            .is_some_and(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Cheap test before decoding: long enough, only base64 characters (an
/// optional `Basic ` prefix aside), and mixed character classes.
fn could_be_base64(t: &str) -> bool {
    let t = t.strip_prefix("Basic ").unwrap_or(t);
    if t.len() < 8 {
        return false;
    }
    let (mut upper, mut lower, mut digit) = (false, false, false);
    for b in t.bytes() {
        match b {
            b'A'..=b'Z' => upper = true,
            b'a'..=b'z' => lower = true,
            b'0'..=b'9' => digit = true,
            b'+' | b'/' | b'=' | b'-' | b'_' => {}
            _ => return false,
        }
    }
    (upper as u8 + lower as u8 + digit as u8) >= 2
}

/// Padded base64 of a length divisible by three has no `=` (EC2
/// `UserData`, Consul values): a long value in whole four-character
/// groups, in both letter cases (no hex digest, no UUID), whose first
/// group decodes to printable ASCII, is read like a padded one.
fn is_whole_groups_base64_text(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() < 40 || b.len() % 4 != 0 {
        return false;
    }
    let Some(head) = b.get(..8) else {
        return false;
    };
    let upper = b.iter().any(u8::is_ascii_uppercase);
    let lower = b.iter().any(u8::is_ascii_lowercase);
    upper
        && lower
        && std::str::from_utf8(head)
            .ok()
            .and_then(shapes::decode_base64_bytes)
            .is_some_and(|d| {
                d.iter()
                    .all(|&c| c.is_ascii_graphic() || matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
            })
}

/// Encodings do not launder: base64 text (Kubernetes Secret `data`, docker
/// `auth`) carries the category of what it decodes to.
fn decoded_hit(
    scanner: &ValueScanner,
    key_cat: Option<Category>,
    v: LeafValue<'_>,
    findings: &mut Vec<Finding>,
) -> Option<Hit> {
    if v.is_number {
        return None;
    }
    let padded = v.text.ends_with('=')
        || v.text.starts_with("Basic ")
        || is_whole_groups_base64_text(v.text);
    if !padded && !v.secret_context && !key_cat.is_some_and(is_secret_family) {
        return None;
    }
    if !could_be_base64(v.text) {
        return None;
    }
    // Bare base64 `user:pass` only where credentials live (docker `auth`,
    // secret stores): elsewhere ids like GitHub's `MDQ6VXNlcjE=` ("04:User1")
    // decode to colon pairs too.
    let credential_place =
        v.text.starts_with("Basic ") || v.secret_context || key_cat.is_some_and(is_secret_family);
    // A JSON document has colons too (a service account key file, Home
    // Assistant's `credentials_hash: {"klap": …}`): what it holds decides
    // first, `user:pass` only when it holds nothing found.
    let mut basic = None;
    if let Some((user, pass)) = shapes::decode_basic_auth(v.text).filter(|_| credential_place) {
        if !user.is_empty() && !pass.is_empty() {
            let mut ev = Evidence::one("decoded:base64");
            ev.push("value:basic_auth");
            let hit = Hit::whole(Category::Password, 0.9, ev);
            if !user.starts_with(['{', '[']) {
                return Some(hit);
            }
            basic = Some(hit);
        }
    }
    let Some(decoded) = shapes::decode_base64_text(v.text) else {
        return basic;
    };
    findings.clear();
    scanner.scan(&decoded, findings);
    let Some(best) = findings
        .iter()
        .max_by(|a, b| (a.end - a.start).cmp(&(b.end - b.start)))
    else {
        return basic;
    };
    let category = match key_cat {
        Some(c) if is_secret_family(c) && is_secret_family(best.category) => best.category,
        _ => best.category,
    };
    let mut ev = Evidence::one("decoded:base64");
    ev.push(best.evidence);
    Some(Hit {
        category,
        confidence: best.confidence * 0.95,
        evidence: ev,
        provider: best.provider,
        span: None,
    })
}

#[cfg(test)]
mod tests {
    use super::{
        age_number, is_account_number, is_address_with_port, is_age_bracket, is_date_part_text,
        is_euicc_id, is_handle_shape, is_model_name, is_organisation, is_schema_type_name,
        is_ui_class_name, is_wordy, LeafValue,
    };
    use crate::detect::Finding;
    use crate::Category;

    #[test]
    fn field_labels_of_weaker_key_words_need_their_key_s_category() {
        use super::is_field_label;
        assert!(is_field_label("City", Category::PostalAddress));
        assert!(is_field_label("ZIP code", Category::PostalAddress));
        assert!(is_field_label("Ihr Name", Category::PersonName));
        assert!(is_field_label("Your name", Category::PersonName));
        // A city's real name, a street, a surname that is a label word.
        assert!(!is_field_label("Valencia", Category::PostalAddress));
        assert!(!is_field_label("Main Street", Category::PostalAddress));
        assert!(!is_field_label("Carmen Post", Category::PersonName));
        // Another category's word is no label of this one.
        assert!(!is_field_label("City", Category::PersonName));
        // A password may be the word itself.
        assert!(!is_field_label("secret", Category::Password));
    }

    #[test]
    fn header_names_are_no_keys() {
        for t in ["X-Partner-Key", "X-API-Key", "Ocp-Apim-Subscription-Key"] {
            assert!(super::is_header_name(t), "{t}");
        }
        for t in ["Xk9-mP2vLq", "X-Key-2", "x-api-key", "ApiKey", "AKIA-"] {
            assert!(!super::is_header_name(t), "{t}");
        }
    }

    #[test]
    fn reading_bands_and_bare_units() {
        for t in ["41-45", "5.5-6.1", "120–129"] {
            assert!(super::is_reading_range(t), "{t}");
        }
        for t in [
            "2024-05",
            "1920-1080",
            "45-41",
            "0-5",
            "a-b",
            "12-",
            "41-45-50",
        ] {
            assert!(!super::is_reading_range(t), "{t}");
        }
        for t in ["mg/dL", "mmol/L", "°C", "kcal", "bpm", "Kilograms"] {
            assert!(super::is_unit_symbol(t), "{t}");
        }
        for t in ["A+", "type 2 diabetes", "86.1 kg"] {
            assert!(!super::is_unit_symbol(t), "{t}");
        }
    }

    #[test]
    fn highlight_tags_are_dropped() {
        assert_eq!(
            super::without_highlight_tags("<em>Anneke</em> de Vries").as_deref(),
            Some("Anneke de Vries")
        );
        assert_eq!(
            super::without_highlight_tags("<mark>b.jansen</mark>@ziggo.nl").as_deref(),
            Some("b.jansen@ziggo.nl")
        );
        assert_eq!(super::without_highlight_tags("a < b"), None);
        assert_eq!(super::without_highlight_tags("Anneke de Vries"), None);
    }

    #[test]
    fn program_names_are_no_persons() {
        for t in [
            "Contoso Web",
            "Billing Worker",
            "My App",
            "Mobile Safari",
            "WebKit Web Inspector",
            "Acme iOS",
            "Acme Newsletter",
            "Acme Receipts",
            "Shop Updates",
        ] {
            assert!(is_organisation(t), "{t}");
        }
        for t in ["Anna Weber", "Webb Simpson", "Firefox", "Jean-Luc Picard"] {
            assert!(!is_organisation(t), "{t}");
        }
    }

    #[test]
    fn legal_forms_and_lenders_are_organisations() {
        for t in [
            "Netflix International B.V.",
            "ACME IBERIA SL",
            "Banco Exemplo S.A.",
            "Muster & Partner OHG",
            "DISCOVER FINANCIAL",
            "WELLS FARGO HOME MTG",
        ] {
            assert!(is_organisation(t), "{t}");
        }
        for t in ["Katharina Wendt", "J.R. Tolkien", "Mary-Ann O. Sullivan"] {
            assert!(!is_organisation(t), "{t}");
        }
    }

    #[test]
    fn birth_date_parts_as_strings() {
        for t in ["14", "02", "7", "1979"] {
            assert!(is_date_part_text(t), "{t}");
        }
        for t in ["", "0", "32", "123", "0001", "19x9", "14.5"] {
            assert!(!is_date_part_text(t), "{t}");
        }
    }

    #[test]
    fn addresses_with_ports() {
        let ip = |start, end| Finding {
            start,
            end,
            category: Category::IpAddress,
            confidence: 0.9,
            evidence: "value:ipv4",
            provider: None,
        };
        assert!(is_address_with_port("10.20.1.11:9300", &[ip(0, 10)]));
        assert!(is_address_with_port("[2001:db8::1]:443", &[ip(1, 12)]));
        assert!(!is_address_with_port("10.20.1.11", &[ip(0, 10)]));
        assert!(!is_address_with_port("10.20.1.11:http", &[ip(0, 10)]));
        assert!(!is_address_with_port(
            "10.0.0.1, 10.0.0.2",
            &[ip(0, 8), ip(10, 18)]
        ));
        assert!(!is_address_with_port("host 10.20.1.11:9300", &[ip(5, 15)]));
    }

    #[test]
    fn handles_where_names_were_expected() {
        for t in [
            "Lena_Plays",
            "kenji_ps_88",
            "xX_AnnaW_Xx",
            "jdoe85",
            "anna.w2",
            "@HelenaVasquez-b7x",
            "@anna",
        ] {
            assert!(is_handle_shape(t), "{t}");
        }
        for t in [
            "order_id",
            "in_progress",
            "Anna Weber",
            "anna",
            "_private",
            "12345",
            "ab",
            "a/b_1",
            "@",
            "@_x",
            "@12345",
            "@anna weber",
        ] {
            assert!(!is_handle_shape(t), "{t}");
        }
    }

    #[test]
    fn account_numbers_in_digits() {
        let v = |text, is_number| LeafValue {
            text,
            is_number,
            secret_context: false,
        };
        for (t, n) in [
            ("000123456789", false),
            ("1234-5678-90", false),
            ("12 3456 7890", false),
            ("123456789", true),
        ] {
            assert!(is_account_number(v(t, n)), "{t}");
        }
        for (t, n) in [
            ("jdoe@mastodon.social", false),
            ("jdoe", false),
            ("12345", false),
            ("123456789012345678", false),
            ("-123456", false),
            ("123456-", false),
            ("1234.5678", true),
            ("AB123456", false),
        ] {
            assert!(!is_account_number(v(t, n)), "{t}");
        }
    }

    #[test]
    fn ages_with_units() {
        for (t, n) in [
            ("34", 34.0),
            ("34 yrs", 34.0),
            ("34 years", 34.0),
            ("7y", 7.0),
        ] {
            assert_eq!(age_number(t), Some(n), "{t}");
        }
        assert_eq!(age_number("years"), None);
        assert_eq!(age_number("old"), None);
    }

    #[test]
    fn euicc_ids_carry_their_check_digits() {
        assert!(is_euicc_id("89049032004008882600000000012395"));
        // One digit changed, a wrong prefix, a wrong length.
        assert!(!is_euicc_id("89049032004008882600000000012345"));
        assert!(!is_euicc_id("79049032004008882600000000012395"));
        assert!(!is_euicc_id("8904903200400888260000000001239"));
    }

    #[test]
    fn model_names_are_no_nicknames() {
        for t in [
            "iPhone",
            "Galaxy Tab S9",
            "Pixel 8 Pro",
            "SM-X710",
            "MacBook Pro",
        ] {
            assert!(is_model_name(t), "{t}");
        }
        for t in [
            "Annas iPhone",
            "Anna's iPhone",
            "iPhone von Anna",
            "Living room TV",
            "",
        ] {
            assert!(!is_model_name(t), "{t}");
        }
    }

    #[test]
    fn wordy_identifiers() {
        for t in ["NewCheckoutFlow", "SalesResults-1.2", "defaultSigningKey"] {
            assert!(is_wordy(t), "{t}");
        }
        for t in [
            "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB",
            "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        ] {
            assert!(!is_wordy(t), "{t}");
        }
    }

    #[test]
    fn ui_class_names() {
        for t in [
            "ProfileScreen",
            "CheckoutActivity",
            "PaymentSheetFragment",
            "LoginViewController",
        ] {
            assert!(is_ui_class_name(t), "{t}");
        }
        for t in [
            "Screen",
            "jdoe_screen",
            "Lena Screen",
            "kenji88",
            "Activity",
        ] {
            assert!(!is_ui_class_name(t), "{t}");
        }
    }

    #[test]
    fn age_brackets() {
        for t in ["25-34", "65+", "18 to 24", "13–17"] {
            assert!(is_age_bracket(t), "{t}");
        }
        for t in ["34-25", "2024-01", "1000+", "a-b", "25", "-5"] {
            assert!(!is_age_bracket(t), "{t}");
        }
    }

    #[test]
    fn schema_type_names() {
        assert!(is_schema_type_name("keyword"));
        assert!(is_schema_type_name("integer"));
        assert!(!is_schema_type_name("female"));
        assert!(!is_schema_type_name("Keyword Research"));
    }
}
