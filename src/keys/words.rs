//! The shape of a lexicon entry and the helpers the word tables are written
//! with. The tables themselves live in `words_en.rs`, `words_de.rs` and
//! `words_fr_es.rs`; every entry is the folded, concatenated spelling of a
//! word or phrase (`dateofbirth` matches `date_of_birth`, `dateOfBirth` and
//! `DATE-OF-BIRTH`).

use super::{ContextFlags, KeyStrength};
use crate::Category;

/// What a word does inside a key.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Role {
    /// A word that names a category (`email`, `weight`, `password`).
    Head(Category, KeyStrength),
    /// A known word or compound that names no PII and blocks the words
    /// before it (`user_agent`, `public_key`, `max_age`, `user_id`).
    Kill,
    /// A flag/count/setting/timestamp marker when it follows a head
    /// (`verified`, `count`, `type`, `at`), or standing alone (`scope`).
    Meta,
    /// A marker that makes the whole key meta when it comes first (`is`,
    /// `has`, `num`).
    MetaPrefix,
    /// Words after a head that keep its meaning (`number`, `line`, `kg`,
    /// `value`).
    Transparent,
    /// Hash/encoding words: keep a secret head (`password_hash`), drop any
    /// other (`email_sha256`).
    HashLike,
    /// Opaque-id suffixes (`id`, `uuid`): `card_id` is not a card.
    IdSuffix,
    /// Function words dropped when they are not part of a phrase (`of`, `de`).
    Filler,
    /// A known word with no category: only its qualifier class and flags.
    Plain,
}

/// Qualifier classes: what a word does to the head that follows it.
pub(crate) mod q {
    /// A person (`user`, `customer`, `first`): strengthens contextual heads.
    pub const PERSON: u8 = 1;
    /// A home/postal qualifier (`home`, `billing`): strengthens addresses.
    pub const HOME: u8 = 1 << 1;
    /// A thing (`file`, `font`, `product`, `max`): drops person-data heads.
    pub const THING: u8 = 1 << 2;
    /// A service provider (`stripe`, `github`): `<provider>_key`/`_token`
    /// are API keys.
    pub const PROVIDER: u8 = 1 << 3;
    /// Makes a following `key` a secret (`app_key`, `master_key`).
    pub const SECRET: u8 = 1 << 4;
    /// Makes a following `key` a non-secret (`sort_key`, `primary_key`).
    pub const KEY_KILL: u8 = 1 << 5;
    /// Makes a following `token` a non-secret (`next_token`, `page_token`).
    pub const TOKEN_KILL: u8 = 1 << 6;
    /// Makes a following `name` a thing's title (`activityName`,
    /// `workout_name`) without dropping other heads after it
    /// (`activity_heart_rate` stays a reading).
    pub const NAMED_THING: u8 = 1 << 7;
}

/// Head modes: how a head word reacts to its neighbours.
pub(crate) mod m {
    /// `key`: a category only with a qualifier (`foo_key`, `stripe_key`).
    pub const KEY: u8 = 1;
    /// `token`: provider-qualified tokens are API keys; pagination tokens
    /// are nothing.
    pub const TOKEN: u8 = 1 << 1;
    /// `name`, `address`: defers to a head right before it (`email_address`
    /// is an email, `street_name` a street, `secret_name` names a secret).
    pub const DEFER: u8 = 1 << 2;
    /// A qualifier that is a head only when it ends the key (`user`,
    /// `owner`, `wifi`).
    pub const QUAL_HEAD: u8 = 1 << 3;
    /// A head that turns into a meta marker after another head
    /// (`password_age`, `key_size`, `name_length`).
    pub const TRAILING_META: u8 = 1 << 4;
    /// A weak head: with an unknown qualifier the confidence drops
    /// (`bucket_name`).
    pub const WEAK: u8 = 1 << 5;
    /// Never matched through plural stripping or compound segmentation
    /// (`pass` must not match `passes` or `passage`).
    pub const EXACT: u8 = 1 << 6;
    /// A count marker (`count`, `counter`): meta after most heads, but
    /// `steps_count` is still a health number.
    pub const COUNT: u8 = 1 << 7;
}

/// Words that name part of a person's name only when they are the whole
/// key (`{"name": {"first": .., "last": ..}}`), or follow only entity
/// prefixes (`c_first`, `memberLast`, `EMP_MI`; see
/// [`is_entity_prefix`](super::lexicon)), with their evidence. `mi` is a
/// middle initial.
pub(crate) const NAME_PARTS: &[(&str, &str)] = &[
    ("first", "key:name_part"),
    ("last", "key:name_part"),
    ("given", "key:name_part"),
    ("middle", MIDDLE_NAME),
    ("mi", MIDDLE_INITIAL),
];

/// Evidence of a middle-name key: its value may be an initial (`"Q"`).
pub(crate) const MIDDLE_NAME: &str = "key:middle_name";
/// Evidence of a middle-initial key (`MIDDLE_INIT`, `mi`): one letter.
pub(crate) const MIDDLE_INITIAL: &str = "key:middle_initial";
/// Evidence of `acct`: a handle (Mastodon), or an account number when
/// written in digits.
pub(crate) const ACCT: &str = "key:acct";
/// Evidence of an ABA routing number key (`routing_number`, `aba`).
pub(crate) const ROUTING_NUMBER: &str = "key:routing_number";
/// Evidence of a payment card's expiry key (`cc_exp`, `card_expiry`).
pub(crate) const CARD_EXPIRY: &str = "key:card_expiry";

/// Evidence of a bare `period` key: a menstrual flow word under it is a
/// period tracker's reading, anything else a billing or reporting period.
pub(crate) const PERIOD_FLOW: &str = "key:period_flow";

/// Evidence of a Mi Home `did`: a device id, unless it is an international
/// phone number (a telephony DID, direct inward dialling).
pub(crate) const DID: &str = "key:did";

/// Evidence of keys that name one identity scheme with check digits
/// (`cpf`, `pesel`, `bsn`, …): under them a value laid out as that
/// scheme's number is an id only when its check holds (see
/// `engine::classify::scheme_key_rejects`).
pub(crate) mod scheme_keys {
    pub(crate) const CPF: &str = "key:cpf";
    pub(crate) const PESEL: &str = "key:pesel";
    pub(crate) const BSN: &str = "key:bsn";
    pub(crate) const SIN: &str = "key:sin";
    pub(crate) const NHS: &str = "key:nhs_number";
    pub(crate) const AADHAAR: &str = "key:aadhaar";
    pub(crate) const TFN: &str = "key:tfn";
    pub(crate) const HETU: &str = "key:hetu";
    pub(crate) const RRN: &str = "key:rrn";
    pub(crate) const NIR: &str = "key:nir";
    pub(crate) const STEUER_ID: &str = "key:steuer_id";
    pub(crate) const NRIC: &str = "key:nric";
    pub(crate) const CODICE_FISCALE: &str = "key:codice_fiscale";
    pub(crate) const DNI: &str = "key:dni";
    pub(crate) const CURP: &str = "key:curp";
    pub(crate) const PERSONNUMMER: &str = "key:personnummer";
    pub(crate) const FODSELSNUMMER: &str = "key:fodselsnummer";
    pub(crate) const AHV: &str = "key:ahv";
    pub(crate) const BE_NATIONAL_NUMBER: &str = "key:be_national_number";
    pub(crate) const CZ_BIRTH_NUMBER: &str = "key:rodne_cislo";
    pub(crate) const RO_CNP: &str = "key:cnp";
    pub(crate) const GR_AMKA: &str = "key:amka";
    pub(crate) const NZ_IRD: &str = "key:ird";
    pub(crate) const IL_ID: &str = "key:teudat_zehut";
    pub(crate) const TW_ID: &str = "key:taiwan_id";
    /// A Mexican RFC: a person's (four letters) or a company's (three,
    /// which names no person).
    pub(crate) const MX_RFC: &str = "key:rfc";
}

/// Words that name a category only when they are the whole key: `cap` is
/// the Italian postcode in `{"cap": "00186"}`, but a limit in `rate_cap`,
/// `cap_limit` or `max_cap`, so it is no word of the lexicon; `cp`, the
/// French and Spanish one, is a copy or a checkpoint inside longer keys.
/// `long` is a longitude only alone (Hue's `{"lat": "52.5362N", "long":
/// "13.4031E"}`), a type or a description in `long_name`; `eui` is a
/// device's hardware address only alone.
pub(crate) static WHOLE_KEY: Table = &[
    (
        &["cap", "cp"],
        Def::ctx(crate::Category::PostalAddress, "key:cap").sib(f::GEO),
    ),
    // The remote identity of a web log line (nginx/Apache `ident`, Datadog's
    // `http.ident`): the user name the client gave.
    (
        &["ident"],
        Def::ctx(crate::Category::Username, "key:username"),
    ),
    (
        &["long"],
        Def::ctx(crate::Category::GeoLocation, "key:geo").both(f::GEO),
    ),
    // A period tracker's day (`{"period": "heavy"}`): only a flow word
    // counts (see `engine::cycle_words`); `billing_period` never gets here.
    (
        &["period"],
        Def::strong(crate::Category::HealthMetric, PERIOD_FLOW),
    ),
    // A symptom log's pain (`pain: ["cramps", "headache"]`, `pain: 6`);
    // `pain_points` of a survey is no body's.
    (
        &["pain"],
        Def::strong(crate::Category::HealthMetric, "key:health"),
    ),
    // A Zigbee device's EUI-64 (SmartThings `zigbee.eui`). Inside longer
    // keys `eui` may name an application (LoRaWAN `join_eui`, `app_eui`).
    (
        &["eui"],
        Def::strong(crate::Category::MacAddress, "key:mac").sib(f::DEVICE),
    ),
    // randomuser.me's `nat: "FR"`: the person's nationality; inside longer
    // keys (`nat_gateway`, `natIp`) and off a person it is network
    // address translation.
    (
        &["nat"],
        Def::ctx(crate::Category::Demographic, "key:nationality"),
    ),
];

/// Words with a meaning of their own as the whole key, also after entity
/// prefixes (`member_exp`), that differ inside longer keys: `exp` alone is
/// the expiry of a card (in an object holding one), but a marker in
/// `token_exp`.
pub(crate) static PREFIXED_WHOLE_KEY: Table = &[(
    &["exp"],
    Def::ctx(crate::Category::PaymentCard, CARD_EXPIRY),
)];

/// Words of the lexicon that mean more when they are the whole key: `bpm`
/// keeps the head before it (`heart_rate_bpm`, `tempo_bpm`), but alone
/// it is a pulse reading (Oura `heartrate.data[*].bpm`), which a heart-rate
/// or person context decides.
pub(crate) static ALONE: Table = &[
    (
        &["bpm"],
        Def::ctx(crate::Category::HealthMetric, "key:health_context"),
    ),
    // Xiaomi Mi Home's device id (`did: "278346151"`,
    // `"lumi.158d0001a2b3c4"`); before other words `did` is a verb
    // (`did_login`).
    (
        &["did"],
        Def::strong(crate::Category::DeviceId, DID).sib(f::DEVICE),
    ),
];

/// One lexicon entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Def {
    pub role: Role,
    pub ev: &'static str,
    pub sib: u64,
    pub par: u64,
    pub qual: u8,
    pub mode: u8,
}

impl Def {
    const fn new(role: Role, ev: &'static str) -> Def {
        Def {
            role,
            ev,
            sib: 0,
            par: 0,
            qual: 0,
            mode: 0,
        }
    }
    /// A strong head.
    pub const fn strong(cat: Category, ev: &'static str) -> Def {
        Def::new(Role::Head(cat, KeyStrength::Strong), ev)
    }
    /// A contextual head.
    pub const fn ctx(cat: Category, ev: &'static str) -> Def {
        Def::new(Role::Head(cat, KeyStrength::Contextual), ev)
    }
    /// A blocking non-PII word or compound.
    pub const fn kill() -> Def {
        Def::new(Role::Kill, "")
    }
    /// A meta marker.
    pub const fn meta() -> Def {
        Def::new(Role::Meta, "")
    }
    /// A leading meta marker.
    pub const fn meta_prefix() -> Def {
        Def::new(Role::MetaPrefix, "")
    }
    /// A transparent suffix.
    pub const fn transparent() -> Def {
        Def::new(Role::Transparent, "")
    }
    /// A hash/encoding suffix.
    pub const fn hash_like() -> Def {
        Def::new(Role::HashLike, "")
    }
    /// An opaque-id suffix.
    pub const fn id_suffix() -> Def {
        Def::new(Role::IdSuffix, "")
    }
    /// A function word.
    pub const fn filler() -> Def {
        Def::new(Role::Filler, "")
    }
    /// A plain known word.
    pub const fn plain() -> Def {
        Def::new(Role::Plain, "")
    }
    /// Adds sibling flags.
    pub const fn sib(self, f: ContextFlags) -> Def {
        Def {
            sib: self.sib | f.0,
            ..self
        }
    }
    /// Adds parent flags.
    pub const fn par(self, f: ContextFlags) -> Def {
        Def {
            par: self.par | f.0,
            ..self
        }
    }
    /// Adds the same flags as sibling and parent.
    pub const fn both(self, f: ContextFlags) -> Def {
        Def {
            sib: self.sib | f.0,
            par: self.par | f.0,
            ..self
        }
    }
    /// Adds qualifier classes.
    pub const fn q(self, qual: u8) -> Def {
        Def {
            qual: self.qual | qual,
            ..self
        }
    }
    /// Adds head modes.
    pub const fn m(self, mode: u8) -> Def {
        Def {
            mode: self.mode | mode,
            ..self
        }
    }
}

/// A table of synonym groups sharing one entry.
pub(crate) type Table = &'static [(&'static [&'static str], Def)];

/// Short flag names for the tables.
pub(crate) mod f {
    use super::ContextFlags as C;
    pub const PERSON: C = C::PERSON;
    pub const HEALTH: C = C::HEALTH;
    pub const MEDIA: C = C::MEDIA;
    pub const FONT: C = C::FONT;
    pub const PARCEL: C = C::PARCEL;
    pub const AGG: C = C::AGGREGATE;
    pub const HTTP: C = C::HTTP_HEADERS;
    pub const DEVICE: C = C::DEVICE;
    pub const WIFI: C = C::WIFI;
    pub const GEO: C = C::GEO;
    pub const PAIR_NAME: C = C::PAIR_NAME;
    pub const PAIR_VALUE: C = C::PAIR_VALUE;
    pub const COLUMNS: C = C::COLUMNS;
    pub const ROWS: C = C::ROWS;
    pub const SECRETS: C = C::SECRETS;
    pub const TECH: C = C::TECHNICAL;
    pub const THING: C = C::THING;
    pub const HOME: C = C::HOME;
    pub const PLACE: C = C::PLACE;
    pub const CARD: C = C::CARD;
    pub const ADS: C = C::ADVERTISING;
    pub const PROGRAM: C = C::PROGRAM;
    pub const ANIMAL: C = C::ANIMAL;
    pub const REGISTRY: C = C::REGISTRY;
}
