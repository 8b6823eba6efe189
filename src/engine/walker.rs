//! The streaming walker: a resumable JSON tokenizer with an explicit stack
//! (no recursion, so deep nesting cannot overflow the call stack) that
//! tracks field paths and object context, classifies leaves and copies
//! untouched bytes straight to the output.
//!
//! Leaves whose category depends on siblings that have not been read yet
//! (`"weight": 82.5` before `"gender"`) are deferred: from that leaf on the
//! output is held in a pending buffer until the object closes, then the
//! holes are filled and the buffer flushed. The pending buffer is bounded.

use super::classify::{self, Evidence, Hit, LeafValue, Step};
use super::escape::{push_escaped, push_json_string, unescape_into};
use super::nodes::{KeyRole, NodeRule, Nodes, ROOT};
use super::pyrepr;
use super::stats::{hash64, FieldAcc, Hll, Outcome, SecretAcc};
use super::Settings;
use crate::detect::Finding;
use crate::keys::{ContextFlags, KeyInfo, KeyStrength};
use crate::{Category, Error, ErrorKind, Operator};
use foldhash::HashMap;
use std::sync::Arc;

/// Held output above this size forces pending decisions with the context
/// known so far.
const PENDING_LIMIT: usize = 4 << 20;
/// Serialized JSON inside strings is scanned this many levels deep.
const MAX_NESTED: u8 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Value,
    ValueOrEnd,
    KeyOrEnd,
    Key,
    Colon,
    CommaOrEnd,
}

#[derive(Debug, Clone)]
struct Frame {
    is_object: bool,
    node: u32,
    key_node: u32,
    /// Parent flags of the key naming this container.
    container: ContextFlags,
    /// `container` plus the sibling flags of every key read so far.
    flags: ContextFlags,
    pair: Option<KeyInfo>,
    /// The pair name of an enclosing `{type, value}` object whose value is
    /// a container (`value: [{fpVal: 82.3}]`): value slots inside take it.
    inherited_pair: Option<KeyInfo>,
    columns: Option<Vec<KeyInfo>>,
    collect_columns: bool,
    rows_level: u8,
    index: u32,
    pending: u32,
    /// Flags of a person-name key (`full_name`) that count only once its
    /// value is accepted as a name (`octocat/Hello-World` is not).
    name_flags: ContextFlags,
    /// The business flags a company register key added to `flags` (see
    /// [`add_sibling_flags`]): dropped when a person's name or birth date
    /// turns up in the object.
    registry_added: ContextFlags,
    /// A form answer whose `field.ref` named it (Typeform's `{field: {ref:
    /// "full_name"}, type: "text", text: …}`): its typed value slot takes
    /// the pair name.
    answer_named: bool,
    /// Health-measure keys read in this object (`deep_sleep`, `rem_sleep`,
    /// `total_sleep`): three make it a health sample.
    health_keys: u8,
    /// A key only a body reading has (`body_temperature`, `resting_heart_rate`)
    /// was read in this object: it is one person's health sample, and so
    /// is the object holding it (see `mark_holder_of_health_part`).
    strong_health: bool,
    /// A FHIR Reference to a person (`reference: "Patient/81231"`): its
    /// `display` is the person's name.
    person_reference: bool,
    /// A Home Assistant entity's domain (`"entity_id": "sun.sun"`): decides
    /// whether its `friendly_name` names a device, a person or neither.
    entity: EntityKind,
    /// A type wrapper of an export format (`{"S": "Anna"}`, `{"$date":
    /// …}`): its value's context is the object around it.
    wrapper: bool,
    /// Of a list of name/value pairs (a HAR entry's `params`, a form's
    /// fields): the flags the pairs' names give, as keys would give an
    /// object. A pair's value of a contextual kind (`zip`, `city`) is
    /// decided by them.
    list_flags: ContextFlags,
    /// The flags the object's latest key added (an `email` key's person
    /// marks): taken back when its value shows a program's mailbox.
    key_added: ContextFlags,
    /// A series of one measure's readings (`{"name": "heart_rate", "data":
    /// [{"Avg": 71.4}]}`), or one of its rows: the readings are that
    /// measure's, whatever statistic containers (`metrics`) hold the series.
    health_series: bool,
    /// A FHIR resource (it has a `resourceType`): its `extension` lists are
    /// the resource's own fields, no things.
    fhir: bool,
    /// A Kubernetes API object (it has an `apiVersion`): a Secret's `data`
    /// holds base64-encoded secret material.
    api_object: bool,
    /// Key prefixes of a flat record's part that names a business
    /// (DoorDash's `pickup_business_name: "…"`): the `pickup_*` address
    /// and coordinates are that business's.
    business_prefixes: Vec<Box<str>>,
    /// Inside an infrastructure-state resource that generates a secret
    /// (Terraform's `"type": "random_password"`, Pulumi's
    /// `random:index/randomPassword:RandomPassword`): its `result` is the
    /// generated password.
    generated_secret: bool,
    /// A secret's wrapper object (Pulumi's sigil key was read in it): its
    /// `plaintext` is what the key naming the object says, or a secret.
    secret_wrapper: bool,
    /// In an array: what the string element just read, a command-line
    /// flag naming a secret (`["--requirepass", "…"]`), says the next
    /// element is.
    argv_secret: Option<KeyInfo>,
    /// In an array: a MySQL client was named (`mysql`, `mysqladmin`), so a
    /// `-p…` argument after it is a password.
    argv_mysql: bool,
}

/// Evidence of a device name that says whose the device is (`Jane's
/// Bedroom Light`).
const DEVICE_OWNER_NAME: &str = "context:device_owner_name";

/// Evidence of the words of an entry of a person's health list
/// (`medications[*].name`; see `health_lists`).
const HEALTH_LIST_ENTRY: &str = "context:health_list_entry";

/// What a Home Assistant entity is, by the domain of its `entity_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum EntityKind {
    #[default]
    Unknown,
    /// `person.jane`: its friendly name is the person's name.
    Person,
    /// `sun.sun`, `zone.home`, `automation.*`: no one's device.
    NotDevice,
    /// `sensor.pixel_7_wifi_connection`, `sensor.*_ssid`: its `state` is
    /// the Wi-Fi network the phone is on.
    WifiSensor,
    /// `sensor.living_room_temperature`, `binary_sensor.front_door`: its
    /// friendly name names a reading (`Outdoor Humidity`), no one's
    /// device, unless it says whose (`Maria's Pixel Battery Level`).
    Measurement,
}

fn entity_kind(entity_id: &str) -> EntityKind {
    let Some((domain, _)) = entity_id.split_once('.') else {
        return EntityKind::Unknown;
    };
    match domain {
        "person" => EntityKind::Person,
        "sensor" if object_id_names_ssid(entity_id) => EntityKind::WifiSensor,
        "sensor" | "binary_sensor" => EntityKind::Measurement,
        "sun"
        | "zone"
        | "weather"
        | "automation"
        | "script"
        | "scene"
        | "input_boolean"
        | "input_number"
        | "input_select"
        | "input_text"
        | "input_datetime"
        | "input_button"
        | "timer"
        | "counter"
        | "schedule"
        | "update"
        | "calendar"
        | "todo"
        | "conversation"
        | "tts"
        | "stt"
        | "event"
        | "group"
        | "persistent_notification" => EntityKind::NotDevice,
        _ => EntityKind::Unknown,
    }
}

/// The Home Assistant companion app's Wi-Fi sensors, by object id.
fn object_id_names_ssid(entity_id: &str) -> bool {
    let id = entity_id.to_ascii_lowercase();
    id.ends_with("ssid") || id.ends_with("wifi_connection") || id.ends_with("wifi_name")
}

struct Hole {
    start: usize,
    end: usize,
    replacement: Option<Vec<u8>>,
}

struct PendingLeaf {
    hole: usize,
    node: u32,
    key: KeyInfo,
    category: Category,
    text: String,
    raw_has_escape: bool,
    wait: usize,
    resolved: bool,
    /// A `value` read before its object's pair name (`{"value": 82.5,
    /// "type": "weight"}`): the name, once the object closes, decides it.
    awaits_pair: Option<bool>,
    /// Inside a reference range (FHIR `referenceRange[*].low.value`): the
    /// lab's norm, no one's reading.
    reference_bound: bool,
    /// A string its whole object decides (a `hash` before its `salt`, a
    /// device's `key` before its `mac`).
    object_rule: Option<ObjectRule>,
    /// Hits already found under a key that alone decides them (a
    /// `username`, an `address_line_1`), held until the object closes: a
    /// key after them may still show the object is a program's (`bot:
    /// true`) or a business's (`mcc`, `handelsregister`).
    held: Option<Held>,
    /// A name in a labelled pair whose own object did not decide it: the
    /// object around the pair decides, by a key only a person's record has.
    pair_outward: bool,
}

/// Hits of a leaf waiting for keys later in its object (see
/// [`PendingLeaf::held`]).
struct Held {
    hits: Vec<Hit>,
    /// How many enclosing objects may still decide (a Square location's
    /// `address.address_line_1` and the location's `mcc`).
    hops: u8,
}

/// Whether keys of an object rule out a hit its own key decided: a
/// program's account has no person's name or handle, a business's name,
/// address and coordinates are the business's, and a group's gender or
/// age is no person's.
fn held_vetoed(hit: &Hit, flags: ContextFlags) -> bool {
    match hit.category {
        Category::Username => flags.intersects(SOFTWARE_ACTOR),
        Category::PersonName => flags.intersects(SOFTWARE_ACTOR | ContextFlags::PLACE),
        Category::PostalAddress | Category::GeoLocation => flags.intersects(ContextFlags::PLACE),
        // A group's row (`{gender: "female", count: 120}` in `by_gender`):
        // a member count and nothing that identifies a person.
        Category::Demographic => flags.intersects(GROUP_ROW) && !flags.intersects(IDENTIFIED),
        _ => false,
    }
}

/// Strings whose meaning only their whole object reveals, read before the
/// keys that decide them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ObjectRule {
    /// The `hash` or `value` of an object holding a password `salt`
    /// (Okta's hashed-password import, Keycloak's `secretData`, a
    /// passport-local user): the salted password hash.
    SaltedHash,
    /// The bare `key` of a device record (tinytuya `devices.json`: `name`,
    /// `id`, `key`, `mac`): the device's local encryption key.
    DeviceKey,
}

impl ObjectRule {
    /// The category, key evidence and context evidence of a positive
    /// decision.
    fn verdict(self) -> (Category, &'static str, &'static str) {
        match self {
            ObjectRule::SaltedHash => (Category::Password, "key:hash", "context:salted_hash"),
            ObjectRule::DeviceKey => (Category::ApiKey, "key:device_key", "context:device"),
        }
    }

    /// Whether an object with these flags decides the string positively.
    fn holds(self, flags: ContextFlags) -> bool {
        match self {
            ObjectRule::SaltedHash => flags.intersects(SALTED),
            // Not the `key` of a `{key, value}` pair.
            ObjectRule::DeviceKey => {
                flags.intersects(ContextFlags::DEVICE)
                    && !flags.intersects(ContextFlags::PAIR_VALUE)
            }
        }
    }
}

/// A stored hash's shape: one token of 16 characters or more.
fn hash_shaped(t: &str) -> bool {
    let t = t.trim();
    (16..=4096).contains(&t.len())
        && !t.contains(char::is_whitespace)
        && !crate::detect::shapes::is_trivial(t)
        && !crate::detect::shapes::is_secret_reference(t)
}

/// A device's local key: a random-looking token of 8 to 128 characters,
/// no identifier made of words.
fn device_key_shaped(t: &str) -> bool {
    let t = t.trim();
    (8..=128).contains(&t.len())
        && crate::detect::shapes::looks_like_secret(t)
        && !classify::is_wordy(t)
}

#[derive(Default)]
struct Pending {
    active: bool,
    buf: Vec<u8>,
    holes: Vec<Hole>,
    leaves: Vec<PendingLeaf>,
    unresolved: usize,
}

/// What a string leaf holds as serialized JSON.
enum Nested {
    /// Not one JSON document.
    NotJson,
    /// A JSON document with nothing found in it.
    Clean,
    /// A JSON document with findings; its redacted text (empty when not
    /// redacting).
    Found(String),
}

#[derive(Clone, Copy)]
enum LeafKind {
    String,
    Number,
}

pub(crate) struct Walker {
    settings: Arc<Settings>,
    redact: bool,
    nested_level: u8,
    pub(crate) is_ndjson: bool,
    stack: Vec<Frame>,
    expect: Expect,
    string_resume: usize,
    documents: u64,
    text: String,
    key_text: String,
    /// Reused buffer for the bytes that replace a leaf.
    scratch: Vec<u8>,
    findings: Vec<Finding>,
    hits: Vec<Hit>,
    nodes: Nodes,
    copy_from: usize,
    pending: Pending,
    record_depth: usize,
    record_node: Option<u32>,
    record_mask: u32,
    /// Depth of an object of another array of objects than the records'
    /// (`$.deliveries[*]` after `$.payslips[*]`), open outside any record:
    /// it counts as a record of its own when it holds findings, so the
    /// breach summary's records agree with its categories' records.
    other_record_depth: usize,
    other_record_mask: u32,
    doc_mask: u32,
    doc_records: u64,
    // totals
    records: u64,
    records_with_findings: u64,
    leaves: u64,
    redacted: u64,
    redacted_by_category: [u64; Category::COUNT],
    cat_values: [u64; Category::COUNT],
    cat_records: [u64; Category::COUNT],
    cat_distinct: Vec<Option<Hll>>,
    secrets: HashMap<(&'static str, Category), (u64, Hll, Vec<u32>)>,
    unknown_redactions: u64,
}

/// The key a command-line flag written as its own argument names the next
/// argument with (`--requirepass`, `--db-password`, `--api-key`), when it
/// names a secret. Flags with a value glued on (`--token=…`) are pairs
/// inside the text, read by the scanner.
fn argv_secret_flag(arg: &str) -> Option<KeyInfo> {
    let name = arg.strip_prefix("--")?;
    if name.len() < 3
        || name.len() > 40
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return None;
    }
    let mut key = crate::keys::classify_key(name);
    let secret = key.category.is_some_and(Category::is_secret)
        && key.strength == KeyStrength::Strong
        && !key.is_meta;
    secret.then(|| {
        key.evidence = "context:argv_flag";
        key
    })
}

/// A MySQL or MariaDB client program as an argument (`mysqladmin`,
/// `/usr/bin/mysql`).
fn is_mysql_client(arg: &str) -> bool {
    let name = arg.rsplit('/').next().unwrap_or(arg);
    matches!(
        name,
        "mysql"
            | "mysqladmin"
            | "mysqldump"
            | "mysqlcheck"
            | "mariadb"
            | "mariadb-admin"
            | "mariadb-dump"
    )
}

/// `-pS3cret`: the MySQL client's password glued to its flag (`-P3306` is
/// the port).
fn is_glued_mysql_password(arg: &str) -> bool {
    arg.strip_prefix("-p").is_some_and(|p| {
        p.len() >= 3 && !p.starts_with(['-', '$']) && !p.contains(char::is_whitespace)
    })
}

/// A key that makes its value a secret (an API key), with `evidence`.
fn secret_key(evidence: &'static str) -> KeyInfo {
    let mut key = crate::keys::classify_key("secret");
    key.evidence = evidence;
    key
}

/// Keys whose string value names what a sibling `value` holds
/// (`{"dataType": "steps", "value": 8421}`).
pub(crate) fn is_pair_name_key(key: &str) -> bool {
    let folded = super::nodes::fold_key(key);
    matches!(
        folded.as_str(),
        "type"
            | "system"
            | "schemename"
            | "datatype"
            | "datatypename"
            | "code"
            | "typename"
            | "sampletype"
            | "quantitytype"
            | "metric"
            | "metricname"
            | "kind"
            | "measure"
            | "measurement"
            | "measurementtype"
            | "sensor"
            | "attribute"
            | "attr"
            | "param"
            | "parameter"
            | "property"
            | "setting"
            | "field"
            | "fieldname"
            | "label"
            | "key"
            | "name"
            | "variable"
            | "entitytype"
            | "entity"
            | "piitype"
            | "documenttype"
            | "doctype"
            | "idtype"
            | "identificationtype"
            | "identitytype"
            | "documentkind"
    )
}

/// The issuer a secret's key names (`aws_secret_access_key` → `aws`).
fn provider_in_key(key: &str) -> Option<&'static str> {
    let lower = key.to_ascii_lowercase();
    const PROVIDERS: [(&str, &str); 16] = [
        ("aws", "aws"),
        ("amazon", "amazon"),
        ("alexa", "amazon"),
        ("stripe", "stripe"),
        ("github", "github"),
        ("gitlab", "gitlab"),
        ("slack", "slack"),
        ("google", "google"),
        ("gcp", "google"),
        ("firebase", "google"),
        ("sendgrid", "sendgrid"),
        ("twilio", "twilio"),
        ("openai", "openai"),
        ("anthropic", "anthropic"),
        ("azure", "azure"),
        ("datadog", "datadog"),
    ];
    PROVIDERS
        .iter()
        .find(|(needle, _)| lower.contains(needle))
        .map(|&(_, provider)| provider)
}

/// The name a place gets when it is someone's home (`Home`, `My Home`,
/// `Zuhause`, `Maison`).
fn is_home_name(t: &str) -> bool {
    let t = t.trim();
    t.len() <= 12
        && [
            "home", "my home", "our home", "zuhause", "daheim", "maison", "casa", "thuis", "hjem",
            "hemma", "koti",
        ]
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
}

/// The last path segment of a URL or path (`http://hl7.org/fhir/
/// StructureDefinition/geolocation` → `geolocation`), without a query or
/// fragment; a plain word comes back whole.
fn url_last_segment(t: &str) -> &str {
    let t = t.split(['?', '#']).next().unwrap_or(t);
    let t = t.trim_end_matches('/');
    t.rsplit('/').next().unwrap_or(t)
}

/// FHIR references to people (`Patient/81231`, `Practitioner/12`).
fn is_person_reference(t: &str) -> bool {
    ["Patient/", "Practitioner/", "RelatedPerson/", "Person/"]
        .iter()
        .any(|p| t.starts_with(p))
}

/// A resource type of an infrastructure state that generates a password
/// and stores it as its `result`: Terraform's `random_password`, Pulumi's
/// `random:index/randomPassword:RandomPassword`. (`random_string` makes
/// suffixes and ids as often as secrets.)
fn generates_password(resource_type: &str) -> bool {
    resource_type == "random_password"
        || (resource_type.starts_with("random:") && resource_type.ends_with(":RandomPassword"))
}

/// FHIR resource types that hold a patient's clinical data.
fn is_clinical_resource(t: &str) -> bool {
    matches!(
        t,
        "Observation"
            | "Condition"
            | "AllergyIntolerance"
            | "MedicationStatement"
            | "MedicationRequest"
            | "MedicationAdministration"
            | "Procedure"
            | "DiagnosticReport"
            | "Immunization"
            | "Encounter"
            | "CarePlan"
            | "FamilyMemberHistory"
            | "ClinicalImpression"
            | "Specimen"
    )
}

/// FHIR resources describing institutions, not people.
fn is_institution_resource(t: &str) -> bool {
    matches!(
        t,
        "Organization" | "Location" | "HealthcareService" | "Endpoint" | "InsurancePlan"
    )
}

/// FHIR resources describing one person: their `name` sits in `HumanName`
/// objects below, so the resource itself needs the mark (a standalone
/// Patient's `address[*].extension` geolocation is the patient's home).
fn is_person_resource(t: &str) -> bool {
    matches!(t, "Patient" | "Person" | "RelatedPerson" | "Practitioner")
}

/// A pair name speaks for its `value` as firmly as a key would: a
/// contextual key category that needs no context becomes strong.
/// Categories that describe a body and its life (a birth date, a weight,
/// a sex, a name): an animal has them too.
fn describes_body(category: Category) -> bool {
    matches!(
        category,
        Category::DateOfBirth
            | Category::HealthMetric
            | Category::Demographic
            | Category::PersonName
    )
}

/// Whether a pair's value is a field id naming the same category as the
/// pair's name (`first_name` under the label `First name`, `city` under
/// `City`): a short lower-case identifier (letters, digits, `_`, `-`, `.`;
/// a capital only first) that the key lexicon reads as that category.
/// HealthKit's `HKCategoryValueSleepAnalysisAsleepCore` is a reading.
fn names_same_field(value: &str, pair: &KeyInfo) -> bool {
    let t = crate::detect::trim_ws(value);
    let Some(category) = pair.category else {
        return false;
    };
    let b = t.as_bytes();
    (2..=24).contains(&b.len())
        && b[0].is_ascii_alphabetic()
        && b.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
        && !b[1..].iter().any(u8::is_ascii_uppercase)
        && crate::keys::classify_key(t).category == Some(category)
}

fn pair_key(mut key: KeyInfo) -> KeyInfo {
    if key.strength == KeyStrength::Contextual && !key.category.is_some_and(classify::needs_context)
    {
        key.strength = KeyStrength::Strong;
    }
    key
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t')
}

fn context_evidence(flags: ContextFlags) -> &'static str {
    use ContextFlags as F;
    for (flag, ev) in [
        (CLINICAL, "context:fhir_clinical"),
        (F::PERSON, "context:person"),
        (F::HEALTH, "context:health"),
        (F::DEVICE, "context:device"),
        (F::WIFI, "context:wifi"),
        (F::HOME, "context:home"),
        (F::CARD, "context:card"),
    ] {
        if flags.intersects(flag) {
            return ev;
        }
    }
    "context:object"
}

/// Decides a contextual category from one frame's flags: the key naming the
/// object first, then its keys.
fn decide(
    category: Category,
    container: ContextFlags,
    flags: ContextFlags,
    hist: ContextFlags,
) -> Option<bool> {
    // This record's own keys first; earlier records at the same path only
    // when this one says nothing (one path can hold several record types).
    decide_flags(category, container, flags).or_else(|| {
        history_speaks_for(category, flags, hist)
            .then(|| decide_by(category, container, flags | hist, false))
            .flatten()
    })
}

/// Whether earlier records at an object's path may decide a `name` in it:
/// not when the object has a kind of key they never had (an NDJSON log
/// mixing riders and bike stations at `$`: a station's `name` is no
/// person's because a rider's record came before it). Coordinates and
/// health values keep their history: a home's `latitude` among device
/// records is still the home's.
fn history_speaks_for(category: Category, flags: ContextFlags, hist: ContextFlags) -> bool {
    // A card's expiry is card data only beside its own card.
    category != Category::PaymentCard
        && (category != Category::PersonName || flags.without(hist).is_empty())
}

/// A decision from history alone, only when history is unambiguous.
fn clean_history(category: Category, hist: ContextFlags) -> Option<bool> {
    let (pos, neg) = classify::context_rule(category);
    match (hist.intersects(pos), hist.intersects(neg)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Set on an object holding a password salt (`salt`, `passwordSalt`): its
/// `hash` or `value` is the salted password hash.
const SALTED: ContextFlags = ContextFlags(1 << 25);

/// Set on an object whose account type names software (`type: "bot"`):
/// its name and handle are no person's, even under `reporter` or `author`.
const SOFTWARE_ACTOR: ContextFlags = ContextFlags(1 << 26);

/// An account type naming software or a group, not a person (Jira
/// `accountType: "app"`, Intercom `type: "bot"`, GitHub `type: "Bot"`;
/// the actors and targets of Okta's System Log: `PublicClientApp`,
/// `AppInstance`, `UserGroup`; cloud principals that are no person:
/// CloudTrail's `sessionIssuer: {type: "Role", userName: "deploy"}`, an
/// Entra ID audit target's `type: "ServicePrincipal"`; a Slack message's
/// `subtype: "bot_message"`, posted by an integration under its own
/// `username`).
fn is_software_actor(t: &str) -> bool {
    [
        "bot_message",
        "role",
        "awsservice",
        "serviceprincipal",
        "managedidentity",
        "bot",
        "app",
        "application",
        "integration",
        "service",
        "serviceaccount",
        "service_account",
        "system",
        "automation",
        "webhook",
        "machine",
        "publicclientapp",
        "appinstance",
        "systemprincipal",
        "usergroup",
        "group",
    ]
    .iter()
    .any(|w| t.eq_ignore_ascii_case(w))
}

/// An API object's kind naming software (OpenAI `object: "model"`,
/// `"assistant"`, `"organization.project.service_account"`; Stripe
/// `"application"`): the last dotted part decides.
fn is_software_object(t: &str) -> bool {
    let kind = t.rsplit('.').next().unwrap_or(t);
    [
        "model",
        "assistant",
        "application",
        "bot",
        "integration",
        "service_account",
    ]
    .iter()
    .any(|w| kind.eq_ignore_ascii_case(w))
}

/// A cloud service account's address (`ci@proj.iam.gserviceaccount.com`):
/// with a no-reply mailbox, an address no person reads.
fn is_service_account_mailbox(t: &str) -> bool {
    let Some((_, domain)) = crate::detect::trim_ws(t).rsplit_once('@') else {
        return false;
    };
    let domain = domain.to_ascii_lowercase();
    domain == "gserviceaccount.com" || domain.ends_with(".gserviceaccount.com")
}

/// A mailbox that only sends (`noreply@github.com`, `mailer-daemon@…`):
/// it reaches no one, so it is no one's e-mail address. (GitHub's
/// per-user `12345+jane@users.noreply.github.com` is the user's.)
fn is_no_reply_mailbox(t: &str) -> bool {
    let Some((local, _)) = crate::detect::trim_ws(t).rsplit_once('@') else {
        return false;
    };
    let local = local.to_ascii_lowercase();
    [
        "noreply",
        "no-reply",
        "no_reply",
        "donotreply",
        "do-not-reply",
        "do_not_reply",
        "mailer-daemon",
        "bounce",
        "bounces",
    ]
    .contains(&local.as_str())
}

/// A program's release number: two to four dot-separated numbers, an
/// optional `v` before them and a pre-release or build tag after them
/// (`537.36`, `124.0.6367.91`, `v2.1.3-beta.1`). A record's revision
/// counter (`3`) is none.
fn is_release_version(t: &str) -> bool {
    let t = t.strip_prefix(['v', 'V']).unwrap_or(t);
    let core = t.split(['-', '+']).next().unwrap_or(t);
    let parts = core.split('.').count();
    (2..=4).contains(&parts)
        && core
            .split('.')
            .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The flags a key gives the object holding it (or the rows of a table
/// whose column it names): its sibling flags, and for a key that alone
/// decides a person's data (`email`, `phone`, `birthday`), the marks of a
/// person's record.
impl Frame {
    /// A table row takes its context from the table holding it: the flags
    /// of its columns' keys, and the table's own container.
    fn inherit_columns(&mut self, holder: &Frame) {
        if let Some(cols) = &holder.columns {
            self.flags |= cols
                .iter()
                .fold(ContextFlags::NONE, |acc, k| acc | sibling_flags(k));
        }
        self.container |= holder.container;
        self.flags |= holder.container;
    }
}

fn sibling_flags(key: &KeyInfo) -> ContextFlags {
    let mut sibling = key.sibling;
    if sibling.intersects(ContextFlags::REGISTRY) {
        sibling |= REGISTRY_VETOES;
    }
    // A `cell` may be a radio cell's id: it makes no person's record.
    let strong =
        key.strength == KeyStrength::Strong && !key.is_meta && key.evidence != classify::CELL_KEY;
    if strong
        && matches!(
            key.category,
            Some(
                Category::Email
                    | Category::Phone
                    | Category::Username
                    | Category::DateOfBirth
                    | Category::Demographic
                    | Category::PersonName
            )
        )
    {
        sibling |= STRONG_PERSON | ContextFlags::PERSON;
        if key.category != Some(Category::Demographic) {
            sibling |= IDENTIFIED;
        }
        if matches!(
            key.category,
            Some(Category::PersonName | Category::DateOfBirth)
        ) {
            sibling |= PERSON_NAMED;
        }
        if key.category == Some(Category::DateOfBirth) {
            sibling |= BIRTH_DATED;
        }
    }
    sibling
}

/// What a company register key (`siret`) makes of its object: a business
/// whose name, address and phone are no person's (see
/// [`add_sibling_flags`]).
const REGISTRY_VETOES: ContextFlags = ContextFlags::THING.or(ContextFlags::PLACE);

/// Adds a key's sibling flags to its object's. The business a company
/// register key (`siret`) makes of the object gives way to a person's
/// birth date in it (a customer's record with their business's SIRET
/// beside `prénom` and `date_de_naissance`), whichever key comes first.
/// A name alone does not: a company's record names its contact person.
fn add_sibling_flags(f: &mut Frame, sibling: ContextFlags) {
    let mut sibling = sibling;
    if sibling.intersects(ContextFlags::REGISTRY) {
        let new = ContextFlags(sibling.without(f.flags).0 & REGISTRY_VETOES.0);
        if f.flags.intersects(BIRTH_DATED) {
            sibling = sibling.without(new);
        } else {
            f.registry_added |= new;
        }
    }
    if sibling.intersects(BIRTH_DATED) && !f.registry_added.is_empty() {
        f.flags = f.flags.without(std::mem::take(&mut f.registry_added));
    }
    f.flags |= sibling;
}

/// Set on an object holding a statistic of a reading only a body gives
/// (`average_heartrate`, `hr_min`; see [`crate::keys::HEALTH_STATISTIC`]):
/// one person's workout, sample or daily summary, unless it is a group's.
const BODY_STATISTIC: ContextFlags = ContextFlags(1 << 24);

/// Set on a place its owner named as a home (`"name": "Home"`).
const HOME_NAMED: ContextFlags = ContextFlags(1 << 22);

/// Set on an object counting a group's members (`n`, `doc_count`,
/// `sample_size`) or labelling a group (`age_group`, `cohort`): its
/// statistics are over many people.
const GROUP_ROW: ContextFlags = ContextFlags(1 << 23);

/// Set on an object holding a key that alone decides a person's data
/// (`email`, `phone`, `username`, `birthday`, `gender`): a `name` beside it is
/// a person's even when product-like keys (`company`) sit there too.
const STRONG_PERSON: ContextFlags = ContextFlags(1 << 30);

/// Container vetoes of a person's name that an e-mail address beside the
/// name outweighs: generic wrappers (`data: [{name, email}]`, `items`).
const WRAPPER_VETOES: ContextFlags = ContextFlags::SECRETS.or(ContextFlags::THING);

/// Set on a FHIR clinical resource (`"resourceType": "Observation"`): its
/// quantities are a patient's health data whatever other keys say
/// (`category`, `code`). Every health decision first looks for it on the
/// leaf's frame and the frames around it (`health_at_or_above`).
const CLINICAL: ContextFlags = ContextFlags(1 << 29);

/// Set on a FHIR resource whose own `code` is the patient's finding (a
/// Condition's diagnosis; see `fhir_findings::code_is_finding`).
const FINDING_CODED: ContextFlags = ContextFlags(1 << 36);

/// Evidence of a patient's finding written as a FHIR code or its words
/// (a diagnosis, a prescribed drug, a vaccine given).
const FHIR_FINDING: &str = "context:fhir_finding";

/// Set on an object holding a full-name key (`real_name`, `fullName`,
/// `displayName`): a bare `name` beside it is the account's handle.
const FULL_NAME: ContextFlags = ContextFlags(1 << 28);

/// Set on an object that names one person: an identifying key (`email`,
/// `phone`, `username`, `birthday`, a name) or a person's id (`userId`,
/// `patient_id`). Demographic keys (`sex`, `age_group`) are not enough:
/// tables of statistics per group have them too.
const IDENTIFIED: ContextFlags = ContextFlags(1 << 27);

/// Set on an object whose keys say its `name` is a product's, not its
/// owner's: a bank account's (Plaid's `official_name`, `balances`; its
/// `name` is `Plaid 401k`), whatever list holds it (`accounts`).
const NAMED_THING: ContextFlags = ContextFlags(1 << 32);

/// Set on an object whose type tag names an organisation (Salesforce's
/// `attributes: {type: "Account"}`, schema.org `@type: "Organization"`):
/// a business, unless a person's name or birth date sits in it too (a
/// Salesforce person account).
const ORG_TAGGED: ContextFlags = ContextFlags(1 << 33);

/// Set on an object recording what its actor did (an `action` key:
/// GitHub's audit log `{"action": "repo.create", "actor": …, "repo": …}`):
/// the objects acted on (`repo`, `org`) make no thing of its actors.
const AUDIT_EVENT: ContextFlags = ContextFlags(1 << 40);

/// Set on a field's definition in a JSON Schema, an OpenAPI document or an
/// index mapping (`"weight": {"type": "number", "maximum": 500}`): its
/// bounds (see [`is_schema_constraint`]) constrain every value, they are
/// no one's.
const SCHEMA_FIELD: ContextFlags = ContextFlags(1 << 42);

/// A JSON Schema keyword bounding a value (`maximum`, `minLength`).
fn is_schema_constraint(key: &str) -> bool {
    [
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
    ]
    .contains(&key)
}

/// A JSON Schema type name (`"type": "number"`).
fn is_json_schema_type(t: &str) -> bool {
    ["string", "number", "integer", "boolean", "array", "object"].contains(&t)
}

/// Set on an object holding the identifier of one device, browser or app
/// install (`device_id`, `idfa`, Segment's `anonymousId`, `context.device.id`),
/// and on the object holding such a device object: an analytics event, an
/// install postback or a crash report tracked to one person's device, whose
/// geo-IP city and postcode are where that person is.
const TRACKED: ContextFlags = ContextFlags(1 << 41);

/// Whether a key names one device's, browser's or install's identifier
/// (see [`TRACKED`]); a device's name (`device_name`) or an eSIM's `eid`
/// does not.
fn identifies_device(key: &KeyInfo) -> bool {
    key.category == Some(Category::DeviceId)
        && !key.is_meta
        && (key.strength == KeyStrength::Strong || key.evidence == super::nodes::DEVICE_UUID)
}

/// Set on an object holding a key that alone decides a person's name or
/// birth date (`FirstName`, `birthdate`): no business's record.
const PERSON_NAMED: ContextFlags = ContextFlags(1 << 34);

/// Set on an object holding a key that alone decides a person's birth
/// date (`date_de_naissance`, `birthdate`): a person's record, whatever a
/// company register key in it says (see [`add_sibling_flags`]).
const BIRTH_DATED: ContextFlags = ContextFlags(1 << 39);

/// Set on a sample typed by a health platform's namespaced data type
/// (Google Fit `dataTypeName: "com.google.weight"`, Samsung
/// `com.samsung.health.heart_rate`): one account's reading, whatever
/// container holds it (Google Fit's aggregate responses group one user's
/// points in time `bucket`s).
const HEALTH_TYPED: ContextFlags = ContextFlags(1 << 35);

/// Set on a form response or an order by its own id keys (see
/// `ObjectMarker::Record`): a bare `token` in it is the record's id.
const RECORD_KEYED: ContextFlags = ContextFlags(1 << 37);

/// Whether `hit` is a bare `token` key's guess alone (`token: "a3a12ec6…"`
/// read as a bearer token for its entropy), which [`RECORD_KEYED`]
/// overrules; a provider's shape (`ghp_…`) or a JWT stays what it is.
fn bare_token_guess(hit: &Hit) -> bool {
    hit.span.is_none()
        && hit.category == Category::OauthToken
        && hit.provider.is_none()
        && hit.evidence.iter().next() == Some("key:token")
}

/// A reverse-DNS data type of a platform (`com.google.step_count.delta`,
/// `com.samsung.health.weight`): an organisation's domain, then the type.
fn is_reverse_dns_type(name: &str) -> bool {
    ["com.", "org.", "net.", "io."]
        .iter()
        .any(|tld| name.starts_with(tld))
        && name.bytes().filter(|&b| b == b'.').count() >= 2
}

/// Whether a closed object's type tag makes its address and coordinates
/// a business's (see [`ORG_TAGGED`]): decided only once the object has
/// closed, when every name in it has been read.
fn org_tagged_business(flags: ContextFlags) -> bool {
    flags.intersects(ORG_TAGGED) && !flags.intersects(PERSON_NAMED)
}

/// A type tag's value naming an organisation, not a person: schema.org
/// types and, inside Salesforce's `attributes`, its `Account` object.
fn is_organisation_type(t: &str, salesforce: bool) -> bool {
    matches!(
        t,
        "Organization"
            | "Organisation"
            | "Corporation"
            | "LocalBusiness"
            | "Restaurant"
            | "Store"
            | "FoodEstablishment"
            | "RealEstateListing"
    ) || (salesforce && t == "Account")
}

/// A type tag's value naming a natural person (Plaid's counterparty
/// `type: "individual"`, schema.org `Person`), not a merchant or an
/// organisation.
fn is_individual_type(t: &str) -> bool {
    ["individual", "person", "natural_person", "naturalperson"]
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
}

/// The part of a flat record's key before a business's name
/// (`pickup_business_name` -> `pickup`), folded.
pub(crate) fn business_name_prefix(folded: &str) -> Option<&str> {
    // A card or bank transaction naming its merchant (Plaid's
    // `merchant_name` beside `location: {address, lat, lon}`): the
    // transaction's `location` is where the merchant is.
    if folded == "merchantname" {
        return Some("location");
    }
    [
        "businessname",
        "storename",
        "restaurantname",
        "merchantname",
        "shopname",
    ]
    .iter()
    .find_map(|tail| folded.strip_suffix(tail))
    .filter(|p| p.len() >= 3)
}

/// What a business's or an institution's object holds as its own, not a
/// person's: its name, address and coordinates (see `inside_place`).
fn place_category(category: Category) -> bool {
    matches!(
        category,
        Category::PostalAddress | Category::PersonName | Category::GeoLocation
    )
}

/// A merchant category code (ISO 18245: four digits, `mcc: "5814"`),
/// not a mobile country code (three digits, `mcc: 262`).
fn is_merchant_category_code(t: &str) -> bool {
    t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())
}

/// A word naming a device or a room (`iPhone`, `Lamp`, `Kitchen`).
fn is_device_or_room_word(w: &str) -> bool {
    const WORDS: [&str; 35] = [
        "iphone",
        "ipad",
        "ipod",
        "watch",
        "phone",
        "macbook",
        "imac",
        "laptop",
        "pc",
        "pixel",
        "galaxy",
        "android",
        "echo",
        "kindle",
        "tablet",
        "tv",
        "speaker",
        "airpods",
        "lamp",
        "light",
        "plug",
        "bulb",
        "room",
        "bedroom",
        "office",
        "kitchen",
        "bathroom",
        "nursery",
        "car",
        "tesla",
        "thermostat",
        "camera",
        "doorbell",
        "scale",
        "chime",
    ];
    WORDS.iter().any(|d| w.eq_ignore_ascii_case(d))
}

/// After a possessive (`Emily's …`), a word naming a device or a room.
fn names_device_or_room(t: &str) -> bool {
    let after = t
        .split_once("'s")
        .or_else(|| t.split_once("\u{2019}s"))
        .map_or("", |(_, rest)| rest);
    after
        .split(|c: char| !c.is_alphanumeric())
        .any(is_device_or_room_word)
}

/// A text opening with its owner's possessive (`Kayla's Chime`,
/// `Emma’s Echo Dot`): a capitalised first word ending in `'s`. A
/// description's `A person's phone number` or `the user's phone` names
/// no owner.
fn starts_with_owner(t: &str) -> bool {
    let first = t.split_whitespace().next().unwrap_or("");
    let owner = first
        .strip_suffix("'s")
        .or_else(|| first.strip_suffix("\u{2019}s"))
        .unwrap_or("");
    owner.chars().count() >= 2 && owner.chars().next().is_some_and(char::is_uppercase)
}

/// A personal device, then `von`, `de`, `di`, `da` or `van` and a
/// capitalised word: the owner named after the device, as phones and
/// computers name themselves in German, French, Spanish, Italian and
/// Dutch (`iPhone von Jonas`, Hue's `Hue 3#iPhone von Jonas`, `MacBook Pro
/// de María`). A room word does not count: `Office de Tourisme` is a
/// place.
fn owner_after_device(t: &str) -> bool {
    const PERSONAL_DEVICES: [&str; 13] = [
        "iphone", "ipad", "ipod", "macbook", "imac", "pixel", "galaxy", "airpods", "kindle",
        "laptop", "tablet", "phone", "watch",
    ];
    let mut device_seen = false;
    let mut words = t
        .split(|c: char| c.is_whitespace() || c == '#')
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if device_seen && ["von", "de", "di", "da", "van"].contains(&w) {
            return words.next().is_some_and(|owner| {
                owner.chars().next().is_some_and(char::is_uppercase)
                    && owner.chars().count() >= 2
                    && !is_device_or_room_word(owner)
            });
        }
        device_seen |= PERSONAL_DEVICES.iter().any(|d| w.eq_ignore_ascii_case(d));
    }
    false
}

/// `Hue Sync#DESKTOP-7K2M4QF`: an app paired from a computer that still
/// has the name Windows generated for it.
fn app_on_generated_computer(t: &str) -> bool {
    t.rsplit_once('#')
        .is_some_and(|(_, device)| crate::detect::is_windows_generated_name(device))
}

/// A bare `name` on an object that also spells out the full name is a
/// handle (Slack `name` beside `real_name`); so is a person's `alias`, and
/// a handle-shaped `name` or `display_name` (`Lena_Plays`).
/// A value with a space (`Camille Dubois` in `unstructuredName`) is a
/// name still.
fn name_or_handle(category: Category, key: &KeyInfo, flags: ContextFlags, value: &str) -> Category {
    let value_has_space = value.trim().contains(' ');
    let handle = match key.evidence {
        "key:name" => {
            flags.intersects(FULL_NAME) && !value_has_space || classify::is_handle_shape(value)
        }
        "key:display_name" => classify::is_handle_shape(value),
        "key:alias" => true,
        _ => false,
    };
    if category == Category::PersonName && handle {
        Category::Username
    } else {
        category
    }
}

/// Of the flags ruling `category` out, `flags` holds some of `weak` and
/// none other: statistic keys (`maxHeartRate`) alone, or the keys a health
/// key later in the object outweighs (see [`WEAK_HEALTH_VETOES`]).
fn vetoed_only_by(category: Category, flags: ContextFlags, weak: ContextFlags) -> bool {
    let vetoes = classify::context_rule(category).1;
    flags.intersects(ContextFlags(vetoes.0 & weak.0)) && !flags.intersects(vetoes.without(weak))
}

/// Statistic, duration, version and rating keys: a health key in the same
/// object outweighs them (see `decide_by`).
const WEAK_HEALTH_VETOES: ContextFlags = ContextFlags(
    ContextFlags::AGGREGATE.0
        | ContextFlags::MEDIA.0
        | ContextFlags::TECHNICAL.0
        | ContextFlags::THING.0,
);

fn decide_flags(category: Category, container: ContextFlags, flags: ContextFlags) -> Option<bool> {
    decide_by(category, container, flags, true)
}

/// `own`: `flags` are one object's keys, not merged with other records'
/// (a health sample's keys outweigh its rating or duration keys only
/// within the sample).
fn decide_by(
    category: Category,
    container: ContextFlags,
    flags: ContextFlags,
    own: bool,
) -> Option<bool> {
    if matches!(category, Category::PersonName | Category::Username)
        && flags.intersects(SOFTWARE_ACTOR)
    {
        return Some(false);
    }
    // A bank account's `name` (`Plaid 401k`) beside its `balances`, even
    // in a list of `accounts`.
    if matches!(category, Category::PersonName | Category::Username)
        && flags.intersects(NAMED_THING)
        && !flags.intersects(STRONG_PERSON)
    {
        return Some(false);
    }
    // A program's object (a HAR `creator` with its release `version`, a
    // container's config, an OAuth client): its name and account are the
    // program's, unless a key only a person has sits beside them.
    // Under a service account's own key, an e-mail beside the name is
    // the account's too.
    if matches!(category, Category::PersonName | Category::Username)
        && (container.intersects(ContextFlags::PROGRAM)
            || (flags.intersects(ContextFlags::PROGRAM) && !flags.intersects(STRONG_PERSON)))
    {
        return Some(false);
    }
    // An audit event's actor and user: the repository or organisation
    // acted on is no mark of a thing's record.
    if category == Category::Username
        && flags.intersects(AUDIT_EVENT)
        && !container.intersects(classify::context_rule(category).1)
        && vetoed_only_by(category, flags, ContextFlags::THING)
    {
        return Some(true);
    }
    // A `network_name` is a Wi-Fi network's unless the object attributes
    // an install to an ad network (Adjust, AppsFlyer).
    if category == Category::WifiSsid {
        return Some(!(container | flags).intersects(ContextFlags::ADVERTISING));
    }
    // A person's own statistics (`maxHeartRate` beside `fullName`, a Yelp
    // user's `average_stars` beside its `user_id`): statistic keys mark
    // the object as aggregate, but a key that only a person has outweighs
    // them for the readings and the name beside them; a group's row has
    // none.
    if matches!(category, Category::HealthMetric | Category::PersonName)
        && flags.intersects(IDENTIFIED)
        && !container.intersects(classify::context_rule(category).1)
        && vetoed_only_by(category, flags, ContextFlags::AGGREGATE)
    {
        return Some(true);
    }
    // A health sample (a strong health key beside it: `bmi`,
    // `restingHeartRate`) outweighs rating, duration and version keys
    // (`physiqueRating`, `durationInSeconds`); with a person key beside
    // it, statistic keys too (Garmin dailies: `userId`, `maxStressLevel`).
    if category == Category::HealthMetric
        && own
        && flags.intersects(ContextFlags::HEALTH)
        && !container.intersects(classify::context_rule(category).1)
        && !flags.intersects(ContextFlags::FONT | ContextFlags::PARCEL)
        && (!flags.intersects(ContextFlags::AGGREGATE) || flags.intersects(IDENTIFIED))
    {
        return Some(true);
    }
    // One person's workout, sample or daily summary (a Strava activity, a
    // Withings day): a statistic of a reading only a body gives
    // (`average_heartrate`) makes it one without a person key beside it,
    // whatever other statistic keys (`max_speed`) it has. Not a group's row:
    // a member count (`n`, `doc_count`), a group label (`age_group`) or a
    // demographic key without an identifying one (`{sex: "F", mean_bmi:
    // …}`) says so.
    if category == Category::HealthMetric
        && own
        && flags.intersects(BODY_STATISTIC)
        && !container.intersects(classify::context_rule(category).1)
        && !flags.intersects(ContextFlags::FONT | ContextFlags::PARCEL)
        && (flags.intersects(IDENTIFIED) || !flags.intersects(STRONG_PERSON | GROUP_ROW))
    {
        return Some(true);
    }
    // A place its owner named `Home` (a SmartThings location among
    // `items`): its coordinates and address are the home's, whatever list
    // holds it.
    if matches!(category, Category::GeoLocation | Category::PostalAddress)
        && flags.intersects(HOME_NAMED)
        && !flags.intersects(ContextFlags::PLACE)
    {
        return Some(true);
    }
    // A place's name (`location: {displayName: "Conf Room Baker"}`, `geo:
    // {name: "Home"}`): a container of coordinates holds no person's name
    // unless person keys say so.
    if category == Category::PersonName
        && container.intersects(ContextFlags::GEO)
        && !container.intersects(ContextFlags::PERSON | ContextFlags::HOME)
        && !flags.intersects(STRONG_PERSON)
    {
        return Some(false);
    }
    // The `name` beside the address of a shipment (Stripe `shipping`,
    // `ship_to`) is the addressee's.
    if category == Category::PersonName
        && container.intersects(ContextFlags::PARCEL)
        && flags.intersects(ContextFlags::GEO)
        && !flags.intersects(ContextFlags::THING | ContextFlags::TECHNICAL | ContextFlags::DEVICE)
    {
        return Some(true);
    }
    // A `name` beside a `value` names a field (`UserAttributes: [{"Name":
    // "birthdate", "Value": …}]`), whatever the container.
    if category == Category::PersonName
        && flags.intersects(ContextFlags::PAIR_VALUE)
        && !flags.intersects(STRONG_PERSON)
    {
        return Some(false);
    }
    // An e-mail address beside the name outweighs a generic wrapper
    // (`data: [{name, email}]`, `items: [...]`).
    if category == Category::PersonName
        && flags.intersects(STRONG_PERSON)
        && !flags.intersects(ContextFlags::PLACE)
        && !container
            .without(WRAPPER_VETOES)
            .intersects(classify::context_rule(category).1)
    {
        return Some(true);
    }
    // The city and postcode of a device's place, such as a network
    // client's geo-IP location (Okta `client.geographicalContext`, ECS
    // `client.geo`, Segment `context.location` beside `context.device`):
    // where the user's device is, as the coordinates beside them are.
    if category == Category::PostalAddress
        && (container | flags).intersects(ContextFlags::DEVICE)
        && flags.intersects(ContextFlags::GEO)
        && !(container | flags).intersects(classify::context_rule(category).1 | ContextFlags::PLACE)
    {
        return Some(true);
    }
    // The geo-IP city and postcode of an event tracked to one device
    // (Amplitude's `city` beside `device_id`, PostHog's
    // `$geoip_postal_code` beside `$device_id`, an install postback's `city`
    // beside `idfa`): where its user is. The event's app, library and
    // browser keys describe the software that sent it, no place's owner.
    // Only the event's own keys say so, not earlier records at its path.
    if category == Category::PostalAddress
        && own
        && flags.intersects(TRACKED)
        && flags.intersects(ContextFlags::GEO)
        && !(container | flags).intersects(
            ContextFlags::AGGREGATE | ContextFlags::PLACE | ContextFlags::HOME | GROUP_ROW,
        )
    {
        return Some(true);
    }
    let (pos, neg) = classify::context_rule(category);
    let (cp, cn) = (container.intersects(pos), container.intersects(neg));
    if cn && !cp {
        return Some(false);
    }
    if cp && !cn {
        return Some(true);
    }
    match (flags.intersects(pos), flags.intersects(neg)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        // Both: a font's `weight` beside a person is the font's; a `name`
        // beside product keys is a product's.
        // A business's phone makes no person of it: its address and
        // coordinates are the place's.
        (true, true) => Some(
            !matches!(category, Category::HealthMetric | Category::PersonName)
                && !flags.intersects(ContextFlags::PLACE),
        ),
        (false, false) => None,
    }
}

/// End of a number token starting at `start`.
fn number_end(input: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < input.len() && matches!(input[i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
        i += 1;
    }
    i
}

/// Strict JSON number grammar.
fn valid_number(n: &[u8]) -> bool {
    let mut i = 0;
    if n.first() == Some(&b'-') {
        i += 1;
    }
    match n.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            while n.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        _ => return false,
    }
    if n.get(i) == Some(&b'.') {
        i += 1;
        let s = i;
        while n.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == s {
            return false;
        }
    }
    if matches!(n.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(n.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let s = i;
        while n.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == s {
            return false;
        }
    }
    i == n.len()
}

impl Walker {
    pub(crate) fn new(settings: Arc<Settings>, redact: bool, is_ndjson: bool) -> Walker {
        let nodes = Nodes::new(&settings);
        Walker {
            settings,
            redact,
            nested_level: 0,
            is_ndjson,
            stack: Vec::new(),
            expect: Expect::Value,
            string_resume: 0,
            documents: 0,
            text: String::new(),
            key_text: String::new(),
            scratch: Vec::new(),
            findings: Vec::new(),
            hits: Vec::new(),
            nodes,
            copy_from: 0,
            pending: Pending::default(),
            record_depth: 0,
            record_node: None,
            record_mask: 0,
            other_record_depth: 0,
            other_record_mask: 0,
            doc_mask: 0,
            doc_records: 0,
            records: 0,
            records_with_findings: 0,
            leaves: 0,
            redacted: 0,
            redacted_by_category: [0; Category::COUNT],
            cat_values: [0; Category::COUNT],
            cat_records: [0; Category::COUNT],
            cat_distinct: vec![None; Category::COUNT],
            secrets: HashMap::default(),
            unknown_redactions: 0,
        }
    }

    /// True between values at the top level (nothing open, nothing half read).
    pub(crate) fn at_top(&self) -> bool {
        self.stack.is_empty() && self.expect == Expect::Value
    }

    pub(crate) fn redacts(&self) -> bool {
        self.redact
    }

    pub(crate) fn documents(&self) -> u64 {
        self.documents
    }

    fn err(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        input: &[u8],
        pos: usize,
        base: u64,
        line_base: u64,
    ) -> Error {
        let upto = pos.min(input.len());
        let line = line_base + memchr::memchr_iter(b'\n', &input[..upto]).count() as u64;
        Error::at(kind, msg, line, base + pos as u64)
    }

    fn emit(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        if !self.redact || bytes.is_empty() {
            return;
        }
        if self.pending.active {
            self.pending.buf.extend_from_slice(bytes);
        } else {
            out.extend_from_slice(bytes);
        }
    }

    fn flush_raw(&mut self, input: &[u8], upto: usize, out: &mut Vec<u8>) {
        if upto > self.copy_from {
            let from = self.copy_from;
            self.emit(&input[from..upto], out);
            self.copy_from = upto;
        }
    }

    /// Parses as much of `input` as forms complete tokens. Returns the number
    /// of bytes consumed; the rest must be passed again with more data.
    /// `base` is the absolute offset of `input[0]`, `line_base` its line.
    pub(crate) fn run(
        &mut self,
        input: &[u8],
        base: u64,
        line_base: u64,
        is_final: bool,
        out: &mut Vec<u8>,
    ) -> Result<usize, Error> {
        self.copy_from = 0;
        let len = input.len();
        let mut pos = 0usize;
        let consumed;
        macro_rules! fail {
            ($kind:expr, $msg:expr) => {
                return Err(self.err($kind, $msg, input, pos, base, line_base))
            };
        }
        loop {
            while pos < len && is_ws(input[pos]) {
                pos += 1;
            }
            if pos >= len {
                consumed = len;
                break;
            }
            let b = input[pos];
            match self.expect {
                Expect::Colon => {
                    if b != b':' {
                        fail!(
                            ErrorKind::InvalidJson,
                            format!("expected `:` after an object key, found {}", show(b))
                        );
                    }
                    pos += 1;
                    self.expect = Expect::Value;
                }
                Expect::CommaOrEnd => {
                    let is_object = self.stack.last().is_some_and(|f| f.is_object);
                    match b {
                        b',' => {
                            pos += 1;
                            self.expect = if is_object {
                                Expect::Key
                            } else {
                                Expect::Value
                            };
                        }
                        b'}' if is_object => {
                            pos += 1;
                            self.close_object(input, pos, out);
                        }
                        b']' if !is_object => {
                            pos += 1;
                            self.close_array();
                        }
                        _ => fail!(
                            ErrorKind::InvalidJson,
                            format!(
                                "expected `,` or `{}`, found {}",
                                if is_object { '}' } else { ']' },
                                show(b)
                            )
                        ),
                    }
                }
                Expect::KeyOrEnd | Expect::Key => {
                    if b == b'}' && self.expect == Expect::KeyOrEnd {
                        pos += 1;
                        self.close_object(input, pos, out);
                        continue;
                    }
                    if b != b'"' {
                        fail!(
                            ErrorKind::InvalidJson,
                            format!("expected an object key, found {}", show(b))
                        );
                    }
                    match self.string_end(input, pos, is_final, base, line_base)? {
                        None => {
                            consumed = pos;
                            break;
                        }
                        Some(end) => {
                            self.key(input, pos, end, base, line_base)?;
                            pos = end;
                            self.expect = Expect::Colon;
                        }
                    }
                }
                Expect::Value | Expect::ValueOrEnd => {
                    if b == b']' && self.expect == Expect::ValueOrEnd {
                        pos += 1;
                        self.close_array();
                        continue;
                    }
                    match b {
                        b'{' | b'[' => {
                            if self.stack.len() >= self.settings.max_depth {
                                fail!(
                                    ErrorKind::TooDeep,
                                    format!(
                                        "nesting deeper than {} levels",
                                        self.settings.max_depth
                                    )
                                );
                            }
                            self.open(b == b'{');
                            pos += 1;
                            self.expect = if b == b'{' {
                                Expect::KeyOrEnd
                            } else {
                                Expect::ValueOrEnd
                            };
                        }
                        b'"' => match self.string_end(input, pos, is_final, base, line_base)? {
                            None => {
                                consumed = pos;
                                break;
                            }
                            Some(end) => {
                                self.leaf(input, pos, end, LeafKind::String, base, line_base, out)?;
                                pos = end;
                                self.after_value();
                            }
                        },
                        b'-' | b'0'..=b'9' => {
                            let end = number_end(input, pos);
                            if end == len && !is_final {
                                if end - pos > 4096 {
                                    fail!(ErrorKind::TooLarge, "number longer than 4096 bytes");
                                }
                                consumed = pos;
                                break;
                            }
                            if !valid_number(&input[pos..end]) {
                                fail!(ErrorKind::InvalidJson, "invalid number");
                            }
                            self.leaf(input, pos, end, LeafKind::Number, base, line_base, out)?;
                            pos = end;
                            self.after_value();
                        }
                        b't' | b'f' | b'n' => {
                            let lit: &[u8] = match b {
                                b't' => b"true",
                                b'f' => b"false",
                                _ => b"null",
                            };
                            let have = &input[pos..len.min(pos + lit.len())];
                            if have.len() < lit.len() && lit.starts_with(have) {
                                if is_final {
                                    fail!(ErrorKind::Truncated, "input ends inside a literal");
                                }
                                consumed = pos;
                                break;
                            }
                            if have != lit {
                                fail!(
                                    ErrorKind::InvalidJson,
                                    format!("invalid literal starting with {}", show(b))
                                );
                            }
                            if b != b'n' {
                                self.count_leaf();
                            }
                            // `null`, and a flag (`verifyEmail: true`), under a
                            // person's key hold no person's data.
                            self.void_value();
                            if b == b't' {
                                self.true_flag();
                            }
                            pos += lit.len();
                            self.after_value();
                        }
                        _ => fail!(
                            ErrorKind::InvalidJson,
                            format!("expected a JSON value, found {}", show(b))
                        ),
                    }
                }
            }
        }
        self.flush_raw(input, consumed, out);
        if self.pending.active && self.pending.buf.len() > PENDING_LIMIT {
            self.force_pending(out);
        }
        Ok(consumed)
    }

    /// Finds the end (one past the closing quote) of the string token at
    /// `start`, or `None` when more input is needed.
    fn string_end(
        &mut self,
        input: &[u8],
        start: usize,
        is_final: bool,
        base: u64,
        line_base: u64,
    ) -> Result<Option<usize>, Error> {
        let mut i = start + 1 + self.string_resume;
        loop {
            match memchr::memchr2(b'"', b'\\', &input[i.min(input.len())..]) {
                Some(off) => {
                    let at = i + off;
                    if input[at] == b'"' {
                        self.string_resume = 0;
                        if at - start > self.settings.max_leaf_bytes {
                            return Err(self.err(
                                ErrorKind::TooLarge,
                                format!(
                                    "string longer than {} bytes",
                                    self.settings.max_leaf_bytes
                                ),
                                input,
                                start,
                                base,
                                line_base,
                            ));
                        }
                        return Ok(Some(at + 1));
                    }
                    if at + 1 >= input.len() {
                        self.string_resume = at - start - 1;
                        break;
                    }
                    i = at + 2;
                }
                None => {
                    self.string_resume = input.len().saturating_sub(start + 1);
                    break;
                }
            }
        }
        if is_final {
            self.string_resume = 0;
            return Err(self.err(
                ErrorKind::Truncated,
                "input ends inside a string",
                input,
                start,
                base,
                line_base,
            ));
        }
        if input.len() - start > self.settings.max_leaf_bytes {
            self.string_resume = 0;
            return Err(self.err(
                ErrorKind::TooLarge,
                format!("string longer than {} bytes", self.settings.max_leaf_bytes),
                input,
                start,
                base,
                line_base,
            ));
        }
        Ok(None)
    }

    /// Decodes the raw body of a string token into `self.text` (or
    /// `self.key_text`); returns whether it had escapes.
    fn decode(
        &mut self,
        raw: &[u8],
        into_key: bool,
        input: &[u8],
        raw_start: usize,
        base: u64,
        line_base: u64,
    ) -> Result<bool, Error> {
        // Branch-free over the whole body (vectorizes); the position only
        // when there is one.
        let (has_control, has_escape) = raw.iter().fold((false, false), |(c, e), &b| {
            (c | (b < 0x20), e | (b == b'\\'))
        });
        if let Some(i) = has_control
            .then(|| raw.iter().position(|&b| b < 0x20))
            .flatten()
        {
            return Err(self.err(
                ErrorKind::InvalidJson,
                "control character inside a string (must be escaped)",
                input,
                raw_start + i,
                base,
                line_base,
            ));
        }
        let target = if into_key {
            &mut self.key_text
        } else {
            &mut self.text
        };
        let result = if has_escape {
            unescape_into(raw, target)
        } else {
            target.clear();
            match std::str::from_utf8(raw) {
                Ok(s) => {
                    target.push_str(s);
                    Ok(())
                }
                Err(e) => Err(e.valid_up_to()),
            }
        };
        if let Err(at) = result {
            let bad_utf8 = std::str::from_utf8(raw).is_err();
            let (kind, msg) = if bad_utf8 {
                (ErrorKind::InvalidUtf8, "invalid UTF-8 inside a string")
            } else {
                (ErrorKind::InvalidJson, "invalid escape sequence")
            };
            return Err(self.err(kind, msg, input, raw_start + at, base, line_base));
        }
        Ok(has_escape)
    }

    fn key(
        &mut self,
        input: &[u8],
        start: usize,
        end: usize,
        base: u64,
        line_base: u64,
    ) -> Result<(), Error> {
        let raw = &input[start + 1..end - 1];
        let parent = match self.stack.last() {
            Some(f) => f.node,
            None => ROOT,
        };
        let node = match self.nodes.known_child(parent, raw) {
            Some(node) => node,
            None => {
                self.decode(raw, true, input, start + 1, base, line_base)?;
                self.nodes
                    .new_child(parent, raw, &self.key_text, &self.settings)
            }
        };
        let key = self.nodes.nodes[node as usize].key;
        let mut sibling = sibling_flags(&key);
        let strong = key.strength == KeyStrength::Strong && !key.is_meta;
        if self.nodes.nodes[node as usize].person_id {
            sibling |= IDENTIFIED;
        }
        if self.nodes.nodes[node as usize].audit_action {
            sibling |= AUDIT_EVENT;
        }
        if identifies_device(&key) {
            sibling |= TRACKED;
        }
        if self.nodes.nodes[node as usize].full_name {
            sibling |= FULL_NAME;
        }
        if self.nodes.nodes[node as usize].salt {
            sibling |= SALTED;
        }
        if key.evidence == crate::keys::HEALTH_STATISTIC && !key.is_meta {
            sibling |= BODY_STATISTIC;
        }
        if self.nodes.nodes[node as usize].group_marker {
            sibling |= GROUP_ROW;
        }
        // `max_speed_kmh`, `avgPace`: a statistic of one trip, ride or run
        // in a record that names its person or device, no group's.
        if sibling.intersects(ContextFlags::AGGREGATE)
            && self.nodes.nodes[node as usize].movement_statistic
            && self.stack.iter().any(|f| {
                (f.flags | f.container)
                    .intersects(IDENTIFIED | TRACKED | STRONG_PERSON | ContextFlags::PERSON)
            })
        {
            sibling = sibling.without(ContextFlags::AGGREGATE);
        }
        // `author_email`, `maintainer_email` of a package: the object
        // refers to a person, it is no person's record.
        if self.nodes.nodes[node as usize].reference_key {
            sibling = sibling.without(STRONG_PERSON | IDENTIFIED);
        }
        match self.nodes.nodes[node as usize].marker {
            super::nodes::ObjectMarker::None => {}
            super::nodes::ObjectMarker::Product => sibling |= NAMED_THING,
            super::nodes::ObjectMarker::ServiceAccount => sibling |= SOFTWARE_ACTOR,
            super::nodes::ObjectMarker::Record => sibling |= RECORD_KEYED,
        }
        if self.nodes.nodes[node as usize].fhir_extension && self.in_fhir() {
            sibling = sibling.without(ContextFlags::THING);
        }
        // A reference range's bounds (`max_range_value`) are the lab's
        // norm, no statistic over people.
        if self.nodes.nodes[node as usize].role == KeyRole::ReferenceBound {
            sibling = sibling.without(ContextFlags::AGGREGATE);
        }
        // The typed slots of a sample (`mapVal` beside `fpVal`) say
        // nothing about whose data it is.
        let slot = self.nodes.nodes[node as usize].value_slot;
        let type_tag = self.nodes.nodes[node as usize].type_tag;
        let name_key = strong && key.category == Some(Category::PersonName);
        // Counted only outside products, media, fonts, parcels and
        // aggregates: a shirt's size chart lists chest, waist and hip too.
        let health_key = key.category == Some(Category::HealthMetric)
            && !key.is_meta
            && key.evidence != "key:size"
            && !self.vetoed_above(Category::HealthMetric, self.stack.len());
        let api_version = self.nodes.nodes[node as usize].api_version;
        let secret_sigil = self.nodes.nodes[node as usize].secret_sigil;
        if let Some(f) = self.stack.last_mut() {
            f.api_object |= api_version;
            f.secret_wrapper |= secret_sigil;
            // A tag as the first key makes a wrapper; any other key after
            // it (`{"S": 10, "XL": 14}`, a size chart) makes an object.
            f.wrapper = type_tag && (f.key_node == f.node || f.wrapper);
            f.key_node = node;
            f.name_flags = ContextFlags::NONE;
            if health_key {
                f.strong_health |= key.strength == KeyStrength::Strong;
                f.health_keys = f.health_keys.saturating_add(1);
                if f.health_keys >= 3 {
                    f.flags |= ContextFlags::HEALTH;
                }
            }
            f.key_added = ContextFlags::NONE;
            if name_key {
                f.name_flags = sibling;
            } else if !(slot && f.inherited_pair.is_some()) {
                f.key_added = sibling.without(f.flags);
                add_sibling_flags(f, sibling);
            }
        }
        Ok(())
    }

    fn open(&mut self, is_object: bool) {
        let (node, parent_is_array) = match self.stack.last() {
            None => (ROOT, false),
            Some(f) if f.is_object => (f.key_node, false),
            Some(f) => {
                let n = f.node;
                (self.nodes.elem(n, &self.settings), true)
            }
        };
        if let Some(f) = self.stack.last_mut() {
            let name_flags = std::mem::take(&mut f.name_flags);
            add_sibling_flags(f, name_flags);
        }
        let key = self.nodes.nodes[node as usize].key;
        // The series of a named measure (`{"name": "heart_rate", "data":
        // […]}`, Peloton's `{"display_unit": "bpm", "values": […]}`), and
        // the rows of one.
        let health_series = self.stack.last().is_some_and(|f| {
            if f.is_object {
                self.nodes.nodes[node as usize].series
                    && f.pair
                        .is_some_and(|p| p.category == Some(Category::HealthMetric) && !p.is_meta)
            } else {
                f.health_series
            }
        });
        let inherited_pair = self.stack.last().and_then(|f| {
            if f.is_object && (key.sibling.intersects(ContextFlags::PAIR_VALUE) || health_series) {
                f.pair.or(f.inherited_pair)
            } else {
                f.inherited_pair
            }
        });
        let mut container = key.parent;
        // (A list's element takes the list's key: `extension[*]`.)
        let fhir_extension = self.nodes.nodes[node as usize].fhir_extension
            || (parent_is_array
                && self
                    .stack
                    .last()
                    .is_some_and(|f| self.nodes.nodes[f.node as usize].fhir_extension));
        if fhir_extension && self.in_fhir() {
            container = container.without(ContextFlags::THING);
        }
        if health_series {
            container = container.without(ContextFlags::THING) | ContextFlags::HEALTH;
        } else if key.parent.intersects(ContextFlags::AGGREGATE)
            && self
                .stack
                .last()
                .is_some_and(|f| (f.container | f.flags).intersects(ContextFlags::HEALTH))
            && self
                .nodes
                .key_text(node)
                .is_some_and(|k| k.eq_ignore_ascii_case("summary"))
        {
            // The summary of a health log (Fitbit `sleep.summary`): one
            // person's totals, no statistics over people.
            container = container.without(ContextFlags::AGGREGATE) | ContextFlags::HEALTH;
        }
        // What the user said to a voice assistant or a chatbot: an
        // intent's slots (Alexa `request.intent.slots`, Lex
        // `currentIntent.slots`) and a matched query's parameters
        // (Dialogflow `queryResult.parameters`) are the speaker's.
        if is_object && self.utterance_slots(node) {
            container |= ContextFlags::PERSON;
        }
        let mut frame = Frame {
            is_object,
            node,
            key_node: node,
            container,
            flags: container,
            pair: None,
            inherited_pair,
            columns: None,
            collect_columns: false,
            rows_level: 0,
            index: 0,
            pending: 0,
            name_flags: ContextFlags::NONE,
            registry_added: ContextFlags::NONE,
            health_keys: 0,
            strong_health: false,
            person_reference: false,
            entity: EntityKind::Unknown,
            wrapper: false,
            list_flags: ContextFlags::NONE,
            key_added: ContextFlags::NONE,
            answer_named: false,
            health_series,
            fhir: false,
            api_object: false,
            business_prefixes: Vec::new(),
            generated_secret: self.stack.last().is_some_and(|f| f.generated_secret),
            secret_wrapper: false,
            argv_secret: None,
            argv_mysql: false,
        };
        // A cell of an object row (`values: [{stringValue: …}]`) sees the
        // row's columns as its context.
        if is_object {
            if let Some(row) = self
                .stack
                .last()
                .filter(|f| !f.is_object && f.rows_level == 2)
            {
                frame.flags |= row.flags;
            }
        }
        if is_object {
            // Records: NDJSON lines, else the objects of the first array of
            // objects met (`$[*]`, `$.hits.hits[*]`), and later objects at
            // that same path (their context rules see them as records).
            // Objects of other arrays count only when they hold findings
            // (not aggregation buckets).
            if self.record_depth == 0
                && ((parent_is_array && self.record_node.is_none_or(|n| n == node))
                    || (self.stack.is_empty() && self.is_ndjson))
            {
                if parent_is_array {
                    self.record_node = Some(node);
                }
                self.record_depth = self.stack.len() + 1;
                self.record_mask = 0;
            } else if self.record_depth == 0 && self.other_record_depth == 0 && parent_is_array {
                self.other_record_depth = self.stack.len() + 1;
                self.other_record_mask = 0;
            }
        } else {
            let in_object = self.stack.last().is_some_and(|f| f.is_object);
            let depth = self.stack.len();
            // A row written as an object holding its cells (Google DLP's
            // `rows: [{values: [{stringValue: …}]}]`, BigQuery's `rows:
            // [{f: [{v: …}]}]`): the cell list is the row.
            let cell_list = in_object
                && depth >= 3
                && self.stack[depth - 2].rows_level == 1
                && !self.stack[depth - 2].is_object
                && self.stack[depth - 3].columns.is_some()
                && self
                    .nodes
                    .key_text(node)
                    .is_some_and(|k| ["values", "f", "cells"].contains(&k));
            if cell_list {
                frame.rows_level = 2;
                frame.inherit_columns(&self.stack[depth - 3]);
            } else if in_object && key.sibling.intersects(ContextFlags::COLUMNS) {
                frame.collect_columns = true;
            } else if in_object && key.sibling.intersects(ContextFlags::ROWS) {
                frame.rows_level = 1;
            } else if self
                .stack
                .last()
                .is_some_and(|f| !f.is_object && f.rows_level == 1)
            {
                frame.rows_level = 2;
                // A row is a record whose keys are the table's columns
                // (`columns: [id, name, email]`): they are its context, as
                // the table's own key is its container.
                let depth = self.stack.len();
                if let Some(holder) = depth.checked_sub(2).and_then(|i| self.stack.get(i)) {
                    if holder.columns.is_some() {
                        frame.inherit_columns(holder);
                    }
                }
            }
        }
        self.stack.push(frame);
    }

    /// Whether an object under key `node`, about to open inside the top
    /// frame, holds the slots of a recognised intent: `slots` in an
    /// `intent`, `parameters` in a `queryResult`. Other slots (a
    /// calendar's, a server's) and other parameters are no one's.
    fn utterance_slots(&self, node: u32) -> bool {
        let Some(parent) = self.stack.last().filter(|f| f.is_object) else {
            return false;
        };
        let (Some(key), Some(holder)) =
            (self.nodes.key_text(node), self.nodes.key_text(parent.node))
        else {
            return false;
        };
        let is = |text: &str, words: &[&str]| words.iter().any(|w| text.eq_ignore_ascii_case(w));
        (is(key, &["slots"]) && is(holder, &["intent", "currentIntent", "current_intent"]))
            || (is(key, &["parameters"])
                && is(
                    holder,
                    &["queryResult", "query_result", "intentInfo", "intent_info"],
                ))
    }

    fn close_array(&mut self) {
        // Column names, if any, were collected into the enclosing object.
        self.stack.pop();
        self.after_value();
    }

    fn close_object(&mut self, input: &[u8], pos: usize, out: &mut Vec<u8>) {
        let depth = self.stack.len();
        if depth == 0 {
            return;
        }
        let idx = depth - 1;
        if self.stack[idx].pending > 0 {
            self.resolve_at(idx);
        }
        self.lend_info_type(idx);
        let frame = &self.stack[idx];
        let node = frame.node as usize;
        let flags = frame.flags;
        let health_part = frame.strong_health && !frame.container.intersects(ContextFlags::HEALTH);
        let tracked_device =
            flags.intersects(TRACKED) && frame.container.intersects(ContextFlags::DEVICE);
        self.nodes.nodes[node].hist |= flags;
        if self.record_depth == depth {
            self.close_record();
        } else if self.other_record_depth == depth {
            self.close_other_record();
        }
        self.stack.pop();
        if health_part {
            self.mark_holder_of_health_part();
        }
        // Segment's `context: {device: {id, advertisingId}, location: {city}}`:
        // the object holding a device with its id is tracked to that device.
        if tracked_device {
            if let Some(holder) = self.stack.last_mut().filter(|f| f.is_object) {
                holder.flags |= TRACKED;
            }
        }
        if self.pending.active && self.pending.unresolved == 0 {
            self.flush_raw(input, pos, out);
            self.flush_pending(out);
        }
        self.after_value();
    }

    /// An object with a key only a body reading has (Oura's readiness
    /// `contributors: {body_temperature, resting_heart_rate, …}`) is a part
    /// of the object holding it: that holder is one person's sample too, so
    /// its later readings (`temperature_deviation`) need no person key.
    /// (Three weaker keys are not enough: a weather report's `main: {temp,
    /// temp_min, temp_max}` makes no sample of the report.)
    /// Only a record is marked: an element of a list or an NDJSON line. A
    /// document's root or a wrapper object holds unrelated parts (a CPAP
    /// night beside a weather report).
    /// A finding's `infoType: {"name": "PERSON_NAME"}` (Google DLP), closing
    /// at `idx`: the type it names names the finding's `quote` too.
    fn lend_info_type(&mut self, idx: usize) {
        let Some(pair) = self.stack[idx].pair else {
            return;
        };
        let node = self.stack[idx].node;
        let names_info_type = self
            .nodes
            .key_text(node)
            .is_some_and(|k| super::nodes::fold_key(k) == "infotype");
        if !names_info_type {
            return;
        }
        if let Some(finding) = idx
            .checked_sub(1)
            .and_then(|i| self.stack.get_mut(i))
            .filter(|f| f.is_object)
        {
            finding.pair.get_or_insert(pair);
        }
    }

    fn mark_holder_of_health_part(&mut self) {
        let depth = self.stack.len();
        let is_record = match depth.checked_sub(2) {
            Some(i) => !self.stack[i].is_object,
            None => self.is_ndjson,
        };
        if !is_record {
            return;
        }
        if let Some(holder) = self.stack.last_mut().filter(|f| f.is_object) {
            holder.flags |= ContextFlags::HEALTH;
        }
    }

    fn close_record(&mut self) {
        self.doc_records += 1;
        self.record_depth = 0;
        let mask = std::mem::take(&mut self.record_mask);
        self.count_record(mask);
    }

    /// An object of another array of objects is a record when it holds
    /// findings; aggregation buckets and lookup tables without any are not.
    fn close_other_record(&mut self) {
        self.other_record_depth = 0;
        let mask = std::mem::take(&mut self.other_record_mask);
        if mask != 0 {
            self.doc_records += 1;
            self.count_record(mask);
        }
    }

    /// Counts one record whose findings are the categories in `mask`.
    fn count_record(&mut self, mask: u32) {
        self.records += 1;
        if mask != 0 {
            self.records_with_findings += 1;
        }
        for c in Category::ALL {
            if mask & (1 << c.index()) != 0 {
                self.cat_records[c.index()] += 1;
            }
        }
    }

    fn after_value(&mut self) {
        match self.stack.last_mut() {
            None => {
                self.expect = Expect::Value;
                self.end_document();
            }
            Some(f) => {
                f.index = f.index.saturating_add(1);
                self.expect = Expect::CommaOrEnd;
            }
        }
    }

    fn end_document(&mut self) {
        self.documents += 1;
        // A document without records is one; findings outside the records
        // of one that has some (a top-level `account` object beside a list
        // of hits) count as one more record, so that every finding belongs
        // to a counted record.
        let mask = std::mem::take(&mut self.doc_mask);
        if self.doc_records == 0 || mask != 0 {
            self.count_record(mask);
        }
        self.doc_records = 0;
    }

    /// A key that alone marks a person's record (`replyTo`, `account_owner`)
    /// holding nothing (`""`, `null`) or a flag (`verifyEmail: true`) marks
    /// nothing: Keycloak's SMTP settings with an empty `replyTo` and its
    /// realm settings, a Plaid transaction with `account_owner: null`.
    fn void_value(&mut self) {
        if let Some(f) = self.stack.last_mut().filter(|f| f.is_object) {
            let void = ContextFlags(f.key_added.0 & (STRONG_PERSON.0 | IDENTIFIED.0));
            f.flags = f.flags.without(void);
            f.key_added = f.key_added.without(void);
        }
    }

    /// A `true` under a key marking an account as software (Discord's
    /// `bot: true`, `is_bot`): its object's name and handle are a program's.
    fn true_flag(&mut self) {
        let Some(f) = self.stack.last().filter(|f| f.is_object) else {
            return;
        };
        if self.nodes.nodes[f.key_node as usize].bot_flag {
            if let Some(f) = self.stack.last_mut() {
                f.flags |= SOFTWARE_ACTOR;
            }
        }
    }

    fn count_leaf(&mut self) {
        self.leaves += 1;
        let node = match self.stack.last() {
            Some(f) if f.is_object => f.key_node,
            Some(f) => {
                let n = f.node;
                self.nodes.elem(n, &self.settings)
            }
            None => ROOT,
        };
        self.nodes.nodes[node as usize].leaves += 1;
    }

    /// The key that speaks for the `plaintext` of a secret's wrapper object
    /// on top of a stack `depth` deep: the key naming the object
    /// (`dbPassword: {<sigil>, plaintext}`), a generated secret's `result`,
    /// and else a secret all the same (the wrapper says it is one).
    fn wrapped_secret_key(&self, depth: usize) -> KeyInfo {
        let parent = depth
            .checked_sub(2)
            .and_then(|i| self.stack.get(i))
            .filter(|f| f.is_object);
        let Some(parent) = parent else {
            return secret_key("context:wrapped_secret");
        };
        let named = self.nodes.nodes[parent.key_node as usize].key;
        if parent.generated_secret && self.nodes.key_text(parent.key_node) == Some("result") {
            let mut key = crate::keys::classify_key("password");
            key.evidence = "context:generated_password";
            return key;
        }
        if named.category.is_some() && !named.is_meta {
            named
        } else {
            secret_key("context:wrapped_secret")
        }
    }

    /// The node of the leaf about to be read, and the key that speaks for it
    /// (its own key, a pair name, or a table column).
    fn leaf_node_and_key(&mut self) -> (u32, KeyInfo, Option<&'static str>) {
        let depth = self.stack.len();
        let Some(top) = self.stack.last() else {
            return (ROOT, KeyInfo::default(), None);
        };
        if top.is_object {
            let node = top.key_node;
            let key = self.nodes.nodes[node as usize].key;
            if top.person_reference && self.nodes.nodes[node as usize].role == KeyRole::FhirDisplay
            {
                let mut named = crate::keys::classify_key("full_name");
                named.evidence = "context:fhir_person_reference";
                return (node, named, None);
            }
            if top.generated_secret && self.nodes.key_text(node).is_some_and(|k| k == "result") {
                let mut named = crate::keys::classify_key("password");
                named.evidence = "context:generated_password";
                return (node, named, None);
            }
            if top.secret_wrapper && self.nodes.key_text(node) == Some("plaintext") {
                return (node, self.wrapped_secret_key(depth), None);
            }
            let role = self.nodes.nodes[node as usize].role;
            if (key.sibling.intersects(ContextFlags::PAIR_VALUE) && role != KeyRole::ReferenceBound)
                || role == KeyRole::SchemeIdentification
            {
                if let Some(pair) = top.pair.or(top.inherited_pair) {
                    return (node, pair, Some("pair:name"));
                }
            }
            if let Some(pair) = top.pair.filter(|p| {
                key.category.is_none()
                    && p.category.is_some()
                    && p.category == self.typed_slot(node)
            }) {
                return (node, pair, Some("pair:name"));
            }
            // A form answer's typed value (`text`, `date`, `number`) after
            // its `field.ref` named it: the slot names a type, the ref the
            // datum (`date` alone reads as a timestamp).
            if top.answer_named {
                if let Some(pair) = top.pair.filter(|_| {
                    self.nodes
                        .key_text(node)
                        .is_some_and(super::nodes::is_answer_slot)
                }) {
                    return (node, pair, Some("pair:name"));
                }
            }
            if let Some(pair) = top.inherited_pair {
                // A row of a measure's series: its statistics and sleep
                // stages (`{"Avg": 71.4}`, `{"qty": 9214}`, `{"deep": 1.1}`).
                let reading = top.health_series
                    && self
                        .nodes
                        .key_text(node)
                        .is_some_and(super::nodes::is_series_reading);
                if key.category.is_none()
                    && !key.is_meta
                    && (self.nodes.nodes[node as usize].value_slot || reading)
                {
                    return (node, pair, Some("pair:name"));
                }
            }
            if let Some(column) = self.object_cell_column(node, depth) {
                return (node, column, Some("column:name"));
            }
            if let Some(field) = self.bucket_field(node) {
                return (node, field, Some("aggregation:name"));
            }
            if key.category.is_none() && self.in_fhir_finding(node) {
                let mut finding = crate::keys::classify_key("diagnosis");
                finding.evidence = FHIR_FINDING;
                return (node, finding, None);
            }
            return (node, key, None);
        }
        let array_node = top.node;
        let (rows_level, index, tuple_name) = (top.rows_level, top.index, top.pair);
        let node = self.nodes.elem(array_node, &self.settings);
        // Peloton's `{"slug": "heart_rate", "values": [121, 139]}`.
        if let Some(pair) = top.inherited_pair.filter(|_| top.health_series) {
            return (node, pair, Some("pair:name"));
        }
        if let (1, Some(name)) = (index, tuple_name) {
            return (node, name, Some("pair:name"));
        }
        if let Some(flag) = top.argv_secret {
            return (node, flag, None);
        }
        if rows_level == 2 && depth >= 3 {
            if let Some(cols) = &self.stack[depth - 3].columns {
                if let Some(k) = cols.get(index as usize) {
                    return (node, *k, Some("column:name"));
                }
            }
        }
        (node, self.nodes.nodes[node as usize].key, None)
    }

    /// The column of a cell written as a typed object in a row's cell
    /// list (DLP `values[*].stringValue`, BigQuery `f[*].v`): the `depth`
    /// frames end with the table holding the columns, the rows, the row,
    /// its cell list and the cell.
    fn object_cell_column(&self, node: u32, depth: usize) -> Option<KeyInfo> {
        let cells = self.stack.get(depth.checked_sub(2)?)?;
        if cells.is_object || cells.rows_level != 2 {
            return None;
        }
        let n = &self.nodes.nodes[node as usize];
        if n.key.category.is_some()
            || !(n.value_slot || n.type_tag || self.nodes.key_text(node) == Some("v"))
        {
            return None;
        }
        let holder = self.stack.get(depth.checked_sub(5)?)?;
        holder.columns.as_ref()?.get(cells.index as usize).copied()
    }

    /// The `key` of a terms aggregation's bucket (Elasticsearch
    /// `aggregations.by_email.buckets[*].key`) is a value of the field the
    /// aggregation is named after: one person's, when the field identifies
    /// people (e-mail, handle, name, phone, device). Buckets of group
    /// labels (gender, city, age range) describe groups and stay.
    fn bucket_field(&self, node: u32) -> Option<KeyInfo> {
        let depth = self.stack.len();
        let key = self.nodes.key_text(node)?;
        if key != "key" && key != "key_as_string" {
            return None;
        }
        let list = self.stack.get(depth.checked_sub(2)?)?;
        let agg = self.stack.get(depth.checked_sub(3)?)?;
        if list.is_object || !agg.is_object || self.nodes.key_text(list.node)? != "buckets" {
            return None;
        }
        let mut named = self.nodes.nodes[agg.node as usize].key;
        if named.category.is_none() && !named.is_meta {
            // `top_customers`, `patients`: an aggregation named after the
            // people of a role in the plural is keyed by one of them (the
            // role's rule still asks for a name's shape).
            let singular = self
                .nodes
                .key_text(agg.node)
                .and_then(|t| t.strip_suffix('s'))
                .map(crate::keys::classify_key)
                .filter(|k| k.evidence == super::classify::PERSON_ROLE && !k.is_meta);
            if let Some(k) = singular {
                named = k;
            }
        }
        let identifying = matches!(
            named.category,
            Some(
                Category::Email
                    | Category::Username
                    | Category::PersonName
                    | Category::Phone
                    | Category::IpAddress
                    | Category::MacAddress
                    | Category::DeviceId
                    | Category::WifiSsid
                    | Category::NationalId
                    | Category::PaymentCard
                    | Category::Iban
            )
        );
        if !identifying || named.is_meta || named.strength == KeyStrength::None {
            return None;
        }
        named.strength = KeyStrength::Strong;
        Some(named)
    }

    #[allow(clippy::too_many_arguments)]
    fn leaf(
        &mut self,
        input: &[u8],
        start: usize,
        end: usize,
        kind: LeafKind,
        base: u64,
        line_base: u64,
        out: &mut Vec<u8>,
    ) -> Result<(), Error> {
        let (node, mut key, via) = self.leaf_node_and_key();
        self.leaves += 1;
        // A bound in a field's schema constrains values; it is no one's.
        let schema_bound = matches!(kind, LeafKind::Number)
            && self
                .stack
                .last()
                .is_some_and(|f| f.is_object && f.flags.intersects(SCHEMA_FIELD))
            && self.nodes.key_text(node).is_some_and(is_schema_constraint);
        let n = &mut self.nodes.nodes[node as usize];
        n.leaves += 1;
        if n.rule.allow || schema_bound {
            return Ok(());
        }
        let is_number = matches!(kind, LeafKind::Number);
        // A tag among other keys is an ordinary key (Hue's `"long":
        // "13.4031E"` beside `lat`), and DynamoDB writes numbers as strings
        // (`{"N": "32"}`): a number under `S` or `N` is a size chart's
        // (`{"S": 10, "M": 12}`).
        if n.type_tag {
            let text = self.nodes.key_text(node);
            let string_tag = text.is_some_and(super::nodes::is_string_type_tag);
            let top = self.stack.last_mut();
            if let Some(f) = top.filter(|f| !f.wrapper || (is_number && string_tag)) {
                f.wrapper = false;
                key = text.map(crate::keys::classify_key).unwrap_or_default();
            }
        }
        let raw_has_escape = if is_number {
            self.text.clear();
            // Number tokens are ASCII by construction.
            self.text
                .extend(input[start..end].iter().map(|&b| b as char));
            false
        } else {
            self.decode(
                &input[start + 1..end - 1],
                false,
                input,
                start + 1,
                base,
                line_base,
            )?
        };

        if !is_number && crate::detect::trim_ws(&self.text).is_empty() {
            self.void_value();
        }
        // An argument vector (`command`, `args`, `Cmd`): a flag naming a
        // secret names the element after it.
        let argv_flag = if is_number {
            None
        } else {
            argv_secret_flag(&self.text)
        };
        if let Some(top) = self.stack.last_mut().filter(|f| !f.is_object) {
            top.argv_secret = argv_flag;
            // `["mysqladmin", "-uroot", "-pS3cret"]`: only the MySQL
            // client glues its password to `-p`.
            if !is_number && top.argv_mysql && is_glued_mysql_password(&self.text) {
                key = crate::keys::classify_key("password");
                key.evidence = "context:argv_flag";
            }
            top.argv_mysql |= !is_number && is_mysql_client(&self.text);
        }
        if self.nodes.nodes[node as usize].role == KeyRole::MerchantCode
            && is_merchant_category_code(&self.text)
        {
            // A merchant's place (a Square location): its name, address
            // and coordinates are the business's.
            if let Some(f) = self.stack.last_mut().filter(|f| f.is_object) {
                f.flags |= ContextFlags::PLACE | ContextFlags::THING;
            }
        }
        // Bookkeeping for siblings: pair names and table columns.
        if is_number {
            self.note_measure_code();
        } else {
            self.note_names();
        }
        if via.is_some() {
            key = pair_key(key);
            // A form option's value is a field id (`{"label": "City",
            // "value": "city"}`), not what the field holds.
            if via == Some("pair:name") && !is_number && names_same_field(&self.text, &key) {
                key = KeyInfo::default();
            }
        }

        // Serialized JSON inside a string is walked like a document.
        if !is_number && self.nested_level < MAX_NESTED {
            match self.nested_json(node) {
                Nested::Found(replacement) => {
                    if self.redact {
                        self.flush_raw(input, start, out);
                        let mut bytes = Vec::with_capacity(replacement.len() + 2);
                        push_json_string(&replacement, &mut bytes);
                        self.emit(&bytes, out);
                        self.copy_from = end;
                    }
                    return Ok(());
                }
                // Keycloak's `credentialData: "{\"hashIterations\":27500,
                // \"algorithm\":\"pbkdf2-sha256\"}"`: a document with
                // nothing secret in it is no secret under a key that only
                // suggests one (`credential`, `pin`, `token`).
                Nested::Clean
                    if key.strength == KeyStrength::Contextual
                        && key.category.is_some_and(Category::is_secret) =>
                {
                    return Ok(());
                }
                Nested::Clean | Nested::NotJson => {}
            }
        }

        // A generic `data` (a Kubernetes Secret's, but also every GraphQL
        // response's) is a secret store for its own values only: a page
        // cursor at `data.customers.pageInfo.endCursor` is no secret.
        let secret_context = !is_number
            && self.stack.iter().rev().take(4).enumerate().any(|(i, f)| {
                (f.container | f.flags).intersects(ContextFlags::SECRETS)
                    && (i == 0
                        || !self
                            .nodes
                            .key_text(f.node)
                            .is_some_and(|k| k.eq_ignore_ascii_case("data")))
            });
        // MongoDB's `{"$numberLong": "563328000000"}` (a birth date's
        // epoch milliseconds under `dob.$date`) is a number written as a
        // string.
        let numeric_tag = !is_number
            && self.nodes.nodes[node as usize].type_tag
            && self
                .nodes
                .key_text(node)
                .is_some_and(super::nodes::is_numeric_string_tag)
            && crate::detect::trim_ws(&self.text).parse::<f64>().is_ok();
        let value = LeafValue {
            text: &self.text,
            is_number: is_number || numeric_tag,
            secret_context,
        };
        let step = classify::classify(
            &self.settings.scanner,
            &key,
            value,
            &mut self.findings,
            &mut self.hits,
        );
        let step = match step {
            Step::NeedsContext(Category::PersonName) if self.login_name(node) => {
                Step::NeedsContext(Category::Username)
            }
            s => s,
        };
        if self.hits.is_empty() && !is_number {
            self.home_directory_user();
        }
        // An Xbox user id under an id key (`xuid`, `hostId`, `id`), not a
        // Mastercard: sixteen digits in the XUID range.
        if self.hits.iter().any(|h| {
            h.span.is_none() && h.category == Category::PaymentCard && key.category.is_none()
        }) && crate::detect::shapes::is_xuid(&self.text)
            && self
                .nodes
                .key_text(node)
                .is_some_and(|k| k.len() >= 2 && k[k.len() - 2..].eq_ignore_ascii_case("id"))
        {
            self.hits
                .retain(|h| h.span.is_some() || h.category != Category::PaymentCard);
        }
        // Typeform's response `token` beside `form_id`, Shopify's order
        // `token` after `order_number`: the record's id.
        if self
            .stack
            .last()
            .is_some_and(|f| f.is_object && f.flags.intersects(RECORD_KEYED))
        {
            self.hits.retain(|h| !bare_token_guess(h));
        }
        // A row of a table of groups (`strata: [{sex: "F", n: 1204}]`):
        // its demographic label describes the group, no person.
        if self
            .stack
            .last()
            .is_some_and(|f| f.is_object && f.container.intersects(ContextFlags::AGGREGATE))
        {
            self.hits
                .retain(|h| h.span.is_some() || h.category != Category::Demographic);
        }
        // Inside a business or an institution (`resourceType:
        // "Organization"`, a place with opening hours): its name, address
        // and coordinates are the place's. (A business that a company
        // register key made of an open object may still give way to a
        // person's birth date: `hold_hits` holds its names and addresses
        // until the object closes.)
        if self.inside_place() {
            let settled = self.inside_settled_place();
            // Its government id found by the key alone (a school's
            // `state_id: "MI41-0412"`) is its registration, too.
            let by_key_only = |h: &Hit| {
                h.evidence
                    .iter()
                    .all(|e| !e.starts_with("value:") && !e.starts_with("validator:"))
            };
            self.hits.retain(|h| {
                h.span.is_some()
                    || !((settled && place_category(h.category))
                        || (h.category == Category::NationalId && by_key_only(h)))
            });
        }
        // An animal's record (a vet clinic's patient, a tenant's pet): its
        // birth date, vitals, weight and sex describe no person.
        let step = if self.inside_animal() {
            self.hits
                .retain(|h| h.span.is_some() || !describes_body(h.category));
            match step {
                Step::NeedsContext(c) if describes_body(c) => Step::Done,
                s => s,
            }
        } else {
            step
        };
        // A reference range's bounds (FHIR `referenceRange[*].low.value`
        // with its `mg/dL`) are the lab's norm, no one's reading.
        let health_here = matches!(step, Step::NeedsContext(Category::HealthMetric))
            || self
                .hits
                .iter()
                .any(|h| h.span.is_none() && h.category == Category::HealthMetric);
        let step = if health_here && self.in_reference_range(self.stack.len().saturating_sub(1)) {
            self.hits
                .retain(|h| h.span.is_some() || h.category != Category::HealthMetric);
            Step::Done
        } else {
            step
        };
        self.entity_friendly_name();
        self.settle_name_flags(is_number);
        // A whole e-mail address as a value (`from: {address: "lucas@…",
        // name: …}`) makes its object a person's or a mailbox's.
        // Not the `value` of a name/value pair: that is configuration.
        if via.is_none()
            && !self.nodes.nodes[node as usize].reference_key
            && !self.nodes.nodes[node as usize]
                .key
                .sibling
                .intersects(ContextFlags::PAIR_VALUE)
            && self.hits.iter().any(|h| {
                h.span.is_none()
                    && (h.category == Category::Email
                        // A cell phone found by its key (the key alone
                        // may be a radio cell's).
                        || (h.category == Category::Phone
                            && h.evidence.iter().any(|e| e == classify::CELL_KEY)))
            })
        {
            // A no-reply or service-account address (`noreply@github.com`
            // of a commit's `committer`, `…@….iam.gserviceaccount.com`)
            // is a program's mailbox: the name and handle beside it are the
            // program's (GitHub's `committer: {name: "GitHub", username:
            // "web-flow"}`), even though a `username` key marks persons.
            let no_reply = is_no_reply_mailbox(&self.text);
            let program = no_reply || is_service_account_mailbox(&self.text);
            if no_reply {
                self.hits
                    .retain(|h| !(h.span.is_none() && h.category == Category::Email));
            }
            let idx = self.context_frame();
            if let Some(f) = self.stack.get_mut(idx).filter(|f| f.is_object) {
                if program {
                    // (Also the person marks its `email` key gave.)
                    f.flags = f.flags.without(f.key_added) | ContextFlags::PROGRAM | SOFTWARE_ACTOR;
                } else {
                    f.flags |= STRONG_PERSON | ContextFlags::PERSON;
                }
            }
        }
        // A card number, whatever its key (`cc`, `f7`), makes its object
        // hold card data: an expiry date beside it is the card's.
        if self
            .hits
            .iter()
            .any(|h| h.span.is_none() && h.category == Category::PaymentCard)
        {
            let idx = self.context_frame();
            if let Some(f) = self.stack.get_mut(idx).filter(|f| f.is_object) {
                f.flags |= ContextFlags::CARD;
            }
        }
        if let (Some(v), Some(h)) = (via, self.hits.first_mut()) {
            h.evidence.push(v);
        }
        // A secret found by its key (`aws_secret_access_key`, `STRIPE_KEY`)
        // names its issuer in that key: the rotation list needs it.
        if self
            .hits
            .iter()
            .any(|h| h.category.is_secret() && h.provider.is_none())
        {
            let provider = self.nodes.key_text(node).and_then(provider_in_key);
            for h in self
                .hits
                .iter_mut()
                .filter(|h| h.category.is_secret() && h.provider.is_none())
            {
                h.provider = provider;
            }
        }
        // Strings whose meaning only their object reveals: a Wi-Fi key, a
        // Wi-Fi sensor's state, a possessive device name.
        let by_object = if self.hits.is_empty() && !is_number {
            self.decided_by_object(node)
        } else {
            None
        };
        if let Some((category, confidence, evidence)) = by_object {
            self.hits.push(Hit {
                category,
                confidence,
                evidence: Evidence::one(evidence),
                provider: None,
                span: None,
            });
            return self.finish_leaf(input, start, end, node, is_number, raw_has_escape, out);
        }
        // A home named after its family (`HouseName: "Nguyen Home"`).
        if self.hits.is_empty() && !is_number {
            if let Some(span) = self.family_home_name(node) {
                self.hits.push(Hit {
                    category: Category::PersonName,
                    confidence: 0.75,
                    evidence: Evidence::one("context:family_home_name"),
                    provider: None,
                    span: Some(span),
                });
                return self.finish_leaf(input, start, end, node, is_number, raw_has_escape, out);
            }
        }
        if let Step::NeedsContext(category) = step {
            let frame_idx = self.context_frame();
            let nickname = self.names_nickname(category, node);
            let owner = if nickname {
                self.nickname_owner(frame_idx)
            } else {
                Some(false)
            };
            if owner.is_none() {
                // Device keys before or after it decide alike: wait for
                // the whole object.
                self.defer(
                    input,
                    start,
                    end,
                    node,
                    key,
                    category,
                    raw_has_escape,
                    frame_idx,
                    out,
                );
                return Ok(());
            }
            if owner == Some(true) {
                let mut ev = Evidence::one(key.evidence);
                ev.push("context:device");
                self.hits.push(Hit {
                    category: Category::DeviceId,
                    confidence: 0.8,
                    evidence: ev,
                    provider: None,
                    span: None,
                });
                return self.finish_leaf(input, start, end, node, is_number, raw_has_escape, out);
            }
            // This object's keys so far; else what earlier records at this
            // path said, when they agree; else wait for the object to close.
            // Inside a FHIR clinical resource, as when the object closes
            // (`resolve_at`): no container vetoes (`component` is no thing).
            // A typed slot of a pair's value object (GA4 and Firebase
            // `event_params: [{key, value: {string_value, int_value}}]`)
            // sits one object deeper than a flat `value`.
            let typed_value = self
                .stack
                .get(frame_idx)
                .is_some_and(|f| f.is_object && f.pair.is_none() && f.inherited_pair.is_some());
            let list_up = if typed_value { 2 } else { 1 };
            let pair_list = (via == Some("pair:name"))
                .then(|| {
                    frame_idx
                        .checked_sub(list_up)
                        .and_then(|i| self.stack.get(i))
                })
                .flatten()
                // (Not an env or config list: `CITY=Berlin` beside
                // `USER_EMAIL` configures a service.)
                .filter(|f| {
                    !f.is_object
                        && !f.list_flags.is_empty()
                        && !f.container.intersects(ContextFlags::SECRETS)
                })
                .map(|f| (f.container, f.list_flags));
            let mut from_list = false;
            let decided = if let Some(by) = self.health_at_or_above(category, frame_idx) {
                Some((true, by))
            } else if category == Category::HealthMetric && self.in_health_collection(frame_idx) {
                // A reading in a health log's series (Oura
                // `heartrate.data[*].bpm`).
                Some((true, ContextFlags::HEALTH))
            } else if let Some(d) = pair_list.and_then(|(container, flags)| {
                decide_flags(category, container, flags).map(|d| (d, flags))
            }) {
                from_list = true;
                Some(d)
            } else {
                self.stack
                    .get(frame_idx)
                    .and_then(|f| {
                        let hist = self.nodes.nodes[f.node as usize].hist;
                        decide_flags(category, f.container, f.flags)
                            .map(|d| (d, f.flags))
                            .or_else(|| {
                                history_speaks_for(category, f.flags, hist)
                                    .then(|| clean_history(category, hist))
                                    .flatten()
                                    .map(|d| (d, hist))
                            })
                    })
                    .map(|(d, f)| (d && !self.vetoed_above(category, frame_idx), f))
            };
            // A `name` waits for its whole object: a key after it may show
            // it is a person's (`team_id` before `real_name` and `email`) or
            // a handle (a `real_name` beside it).
            // Likewise a health value ruled out only by statistic,
            // duration, version or rating keys (`maxHeartRate` before
            // `fullName`, Garmin's `durationInSeconds` before
            // `restingHeartRate`).
            // (An e-mail value later in the object may still outweigh a
            // generic wrapper's veto: see `decide_flags`.)
            let open_object = self.stack.get(frame_idx).is_some_and(|f| {
                let container = if category == Category::PersonName {
                    f.container.without(WRAPPER_VETOES)
                } else {
                    f.container
                };
                f.is_object && !container.intersects(classify::context_rule(category).1)
            });
            let registry_added = self
                .stack
                .get(frame_idx)
                .map_or(ContextFlags::NONE, |f| f.registry_added);
            // A device's size (Oura's ring configuration) is the device's.
            let decided = match decided {
                Some((true, _)) if self.size_of_device(category, &key, frame_idx) => {
                    Some((false, ContextFlags::DEVICE))
                }
                d => d,
            };
            // An account (`User` of a container image before its
            // `Entrypoint`) and a network's name (before the ad campaign it
            // names) wait for their object too (a pair's value decided by
            // its list's names does not). A statistic's sample may still be
            // a group's row (a member count after it), and coordinates ruled
            // out by a product-like key (Tuya's `category` before `owner_id`
            // and `local_key`) may still be a device's: both wait for the
            // object.
            let decided = match decided {
                Some(_)
                    if matches!(
                        category,
                        Category::PersonName | Category::Username | Category::WifiSsid
                    ) && open_object
                        && !from_list =>
                {
                    None
                }
                Some((false, flags))
                    if category == Category::HealthMetric
                        && key.evidence != "key:size"
                        && open_object
                        && vetoed_only_by(category, flags, WEAK_HEALTH_VETOES) =>
                {
                    None
                }
                Some((true, flags))
                    if category == Category::HealthMetric
                        && open_object
                        && flags.intersects(BODY_STATISTIC)
                        && !flags.intersects(IDENTIFIED) =>
                {
                    None
                }
                Some((false, flags))
                    if category == Category::GeoLocation
                        && open_object
                        && vetoed_only_by(category, flags, ContextFlags::THING) =>
                {
                    None
                }
                // A city or postcode under its own key, ruled out only by an
                // event's app or browser keys, may still be a tracked
                // device's place: an id after it says so (`$city` before
                // `$device_id`).
                Some((false, flags))
                    if category == Category::PostalAddress
                        && matches!(
                            self.nodes.nodes[node as usize].key.evidence,
                            "key:city" | "key:postcode"
                        )
                        && !from_list
                        && open_object
                        && vetoed_only_by(category, flags, ContextFlags::THING) =>
                {
                    None
                }
                // An address ruled out only by a company register key
                // (`siret` before `code_postal`) may still be a person's:
                // a birth date after it says so (see `add_sibling_flags`).
                Some((false, flags))
                    if category == Category::PostalAddress
                        && open_object
                        && vetoed_only_by(category, flags, registry_added) =>
                {
                    None
                }
                d => d,
            };
            match decided {
                Some((positive, flags)) => classify::finish_contextual(
                    name_or_handle(category, &key, flags, &self.text),
                    &key,
                    positive && !(place_category(category) && self.inside_place()),
                    context_evidence(flags),
                    &mut self.hits,
                ),
                None if self.stack.get(frame_idx).is_some_and(|f| f.is_object) => {
                    self.defer(
                        input,
                        start,
                        end,
                        node,
                        key,
                        category,
                        raw_has_escape,
                        frame_idx,
                        out,
                    );
                    return Ok(());
                }
                None => {
                    // An array element: the enclosing objects decide now.
                    let d = self.decide_outward(category, frame_idx);
                    let positive = d
                        .map(|(p, _)| p)
                        .unwrap_or_else(|| classify::default_without_context(category));
                    let ev = d
                        .map(|(_, f)| context_evidence(f))
                        .unwrap_or("context:default");
                    classify::finish_contextual(category, &key, positive, ev, &mut self.hits);
                }
            }
        }
        self.finish_leaf(input, start, end, node, is_number, raw_has_escape, out)
    }

    /// The frame whose keys are a leaf's context: the innermost one that
    /// is no type wrapper (`{"age": {"N": "32"}}` is read as `{"age":
    /// "32"}`).
    fn context_frame(&self) -> usize {
        let mut idx = self.stack.len().saturating_sub(1);
        while idx > 0 && self.stack.get(idx).is_some_and(|f| f.wrapper) {
            idx -= 1;
        }
        // A list of values under a key (`race: ["White"]`, `emails: […]`)
        // belongs to the object holding the key.
        if idx > 0
            && self
                .stack
                .get(idx)
                .is_some_and(|f| !f.is_object && f.rows_level == 0)
            && self.stack.get(idx - 1).is_some_and(|f| f.is_object)
        {
            idx -= 1;
        }
        idx
    }

    /// Whether the leaf sits in a business or an institution: an object
    /// with place keys at most five levels up, and no person's object
    /// (`guest: {…}` of a hotel booking) in between.
    /// Inside an animal's object (under `pet`/`animal`, or beside
    /// `species`/`breed`), and not in a person's object within it (the
    /// owner's).
    fn inside_animal(&self) -> bool {
        for f in self.stack.iter().rev().take(5) {
            // A vet clinic's `patient: {species: "Canine"}` is an animal.
            if f.flags.intersects(ContextFlags::ANIMAL) {
                return true;
            }
            if f.container.intersects(ContextFlags::PERSON) {
                return false;
            }
            if f.container.intersects(ContextFlags::ANIMAL) {
                return true;
            }
        }
        false
    }

    /// Whether the leaf at `node`, held in the object at `idx`, sits under
    /// a key of that object starting with one of its business prefixes
    /// (`pickup_address`, `pickup_location.lat`).
    fn keyed_by_business_prefix(&self, node: u32, idx: usize) -> bool {
        let Some(frame) = self.stack.get(idx) else {
            return false;
        };
        let mut n = node;
        // The leaf's own key, then the keys of the objects holding it, up
        // to the object's own node.
        for _ in 0..6 {
            if n == frame.node {
                return false;
            }
            if let Some(k) = self.nodes.key_text(n) {
                let folded = super::nodes::fold_key(k);
                if frame
                    .business_prefixes
                    .iter()
                    .any(|p| folded.starts_with(&**p))
                {
                    return true;
                }
            }
            match self.nodes.parent_of(n) {
                Some(p) => n = p,
                None => return false,
            }
        }
        false
    }

    fn inside_place(&self) -> bool {
        self.place_from(self.stack.len())
    }

    /// [`Self::inside_place`] without the business a company register key
    /// made of an open object, which a person's birth date may still undo
    /// (see [`add_sibling_flags`]).
    fn inside_settled_place(&self) -> bool {
        for f in self.stack.iter().rev().take(5) {
            if f.flags
                .without(f.registry_added)
                .intersects(ContextFlags::PLACE)
            {
                return true;
            }
            if f.container.intersects(ContextFlags::PERSON) {
                return false;
            }
        }
        false
    }

    /// [`Self::inside_place`] for the frames below `end` (exclusive).
    fn place_from(&self, end: usize) -> bool {
        for f in self.stack[..end.min(self.stack.len())].iter().rev().take(5) {
            if f.flags.intersects(ContextFlags::PLACE) {
                return true;
            }
            if f.container.intersects(ContextFlags::PERSON) {
                return false;
            }
        }
        false
    }

    /// A Home Assistant `friendly_name` taken for a device nickname: a
    /// person entity's is the person's name, a sun's or zone's is nothing.
    fn entity_friendly_name(&mut self) {
        let whole_device = |h: &Hit| h.span.is_none() && h.category == Category::DeviceId;
        let names_owner = |h: &Hit| h.evidence.iter().any(|e| e == DEVICE_OWNER_NAME);
        if !self.hits.iter().any(whole_device) {
            return;
        }
        let kind = self
            .stack
            .iter()
            .rev()
            .take(2)
            .map(|f| f.entity)
            .find(|&k| k != EntityKind::Unknown);
        match kind {
            Some(EntityKind::NotDevice) => self.hits.retain(|h| !whole_device(h)),
            Some(EntityKind::Measurement | EntityKind::WifiSensor) => {
                self.hits.retain(|h| !whole_device(h) || names_owner(h))
            }
            Some(EntityKind::Person) => {
                for h in self.hits.iter_mut().filter(|h| whole_device(h)) {
                    h.category = Category::PersonName;
                    h.evidence.push("context:person_entity");
                }
            }
            _ => {}
        }
    }

    /// A category, confidence and evidence for a string leaf that its
    /// object alone decides, if any.
    fn decided_by_object(&self, node: u32) -> Option<(Category, f32, &'static str)> {
        if self.wifi_key(node) {
            Some((Category::Password, 0.85, "context:wifi_key"))
        } else if self.wifi_sensor_state(node) {
            Some((Category::WifiSsid, 0.8, "context:wifi_sensor_state"))
        } else if self.possessive_device_name(node) {
            Some((Category::DeviceId, 0.75, DEVICE_OWNER_NAME))
        } else if self.health_list_entry(node) {
            Some((Category::HealthMetric, 0.8, HEALTH_LIST_ENTRY))
        } else if let Some(category) = self.kubernetes_secret_material() {
            Some((category, 0.85, "context:kubernetes_secret_data"))
        } else if let Some(rule) = self.object_rule(node) {
            let flags = self
                .stack
                .last()
                .map_or(ContextFlags::NONE, |f| f.container | f.flags);
            let (category, _, evidence) = rule.verdict();
            rule.holds(flags).then_some((category, 0.85, evidence))
        } else {
            None
        }
    }

    /// GuardDuty's `accessKeyDetails: {userType: "AssumedRole", userName:
    /// "ec2-app-role"}`: the user of the key is a role, and its `userName`
    /// the role's name. (CloudTrail's `userIdentity: {type:
    /// "AssumedRole"}` has no user name; its ARN ends in the session's,
    /// often a person's login.)
    fn assumed_role_user(&self, key_node: u32, t: &str) -> bool {
        t.eq_ignore_ascii_case("assumedrole")
            && self
                .nodes
                .key_text(key_node)
                .is_some_and(|k| k.eq_ignore_ascii_case("usertype"))
    }

    /// Whether the string leaf is a value of a Kubernetes Secret's `data`
    /// (`{"apiVersion": "v1", "data": {"key": "bXlwYXNzd29yZA=="}, "kind":
    /// "Secret"}`, in `kubectl` order, where `kind` comes after `data`):
    /// base64 that decodes to text other than a certificate, a public key or
    /// the namespace. A ConfigMap's `data` holds plain text, not base64.
    /// The category is a password's, or a login's under a user key
    /// (`DB_USER`, `username`).
    fn kubernetes_secret_material(&self) -> Option<Category> {
        let n = self.stack.len();
        if n < 2 || !self.stack[n - 1].is_object || !self.stack[n - 2].api_object {
            return None;
        }
        if self.nodes.key_text(self.stack[n - 1].node) != Some("data") {
            return None;
        }
        let key_node = self.stack[n - 1].key_node;
        let name = self.nodes.key_text(key_node).unwrap_or_default();
        if !crate::detect::is_secret_data_value(name, &self.text) {
            return None;
        }
        let login = self.nodes.nodes[key_node as usize].key.category == Some(Category::Username);
        Some(if login {
            Category::Username
        } else {
            Category::Password
        })
    }

    /// The object rule a string leaf falls under, if any (see
    /// [`ObjectRule`]).
    fn object_rule(&self, node: u32) -> Option<ObjectRule> {
        if !self.stack.last().is_some_and(|f| f.is_object) {
            return None;
        }
        let n = &self.nodes.nodes[node as usize];
        let bare = n.key.category.is_none() && !n.key.is_meta;
        let is_value = self
            .nodes
            .key_text(node)
            .is_some_and(|k| k.eq_ignore_ascii_case("value"));
        if bare && (n.hash_slot || is_value) && hash_shaped(&self.text) {
            return Some(ObjectRule::SaltedHash);
        }
        let is_key = self
            .nodes
            .key_text(node)
            .is_some_and(|k| k.eq_ignore_ascii_case("key"));
        (is_key && device_key_shaped(&self.text)).then_some(ObjectRule::DeviceKey)
    }

    /// The bare `key` of a Wi-Fi network (OpenWrt `wifi-iface`: `ssid`,
    /// `encryption`, `key`): its WPA passphrase, 8 to 63 characters.
    fn wifi_key(&self, node: u32) -> bool {
        let in_network = self
            .stack
            .last()
            .is_some_and(|f| f.is_object && f.flags.intersects(ContextFlags::WIFI));
        in_network
            && self
                .nodes
                .key_text(node)
                .is_some_and(|k| k.eq_ignore_ascii_case("key"))
            && (8..=64).contains(&self.text.len())
            && !crate::detect::shapes::is_trivial(&self.text)
            && !crate::detect::shapes::is_secret_reference(&self.text)
    }

    /// The `state` of a Home Assistant Wi-Fi sensor entity holding a
    /// network name (not `unknown`, `unavailable` or `<not connected>`).
    fn wifi_sensor_state(&self, node: u32) -> bool {
        let in_sensor = self
            .stack
            .last()
            .is_some_and(|f| f.is_object && f.entity == EntityKind::WifiSensor);
        in_sensor
            && self.nodes.key_text(node) == Some("state")
            && !matches!(
                self.text.as_str(),
                "" | "unknown" | "unavailable" | "<not connected>" | "not_connected"
            )
    }

    /// The bare `name` of a `user` object written as one token (ECS
    /// `user.name: "jsmith"`, `source.user.name: "SYSTEM"`): the login, not
    /// the person's name.
    /// `HOME: "/home/jdoe"`, `GOPATH: "/home/jdoe/go"`, docker `Binds:
    /// ["/home/jdoe/data:/data"]`: a directory key's whole value in a home
    /// directory holds its owner's login (a whole path under other keys
    /// may be a web route).
    fn home_directory_user(&mut self) {
        if !(self.text.starts_with("/home/") || self.text.starts_with("/Users/")) {
            return;
        }
        let Some(top) = self.stack.last() else {
            return;
        };
        let key_node = if top.is_object {
            top.key_node
        } else {
            top.node
        };
        let directory = self.nodes.key_text(key_node).is_some_and(|k| {
            crate::detect::home_paths::is_directory_key(&super::nodes::fold_key(k))
        });
        if !directory {
            return;
        }
        if let Some(span) = crate::detect::home_paths::home_dir_value_user(&self.text) {
            self.hits.push(Hit {
                category: Category::Username,
                confidence: 0.8,
                evidence: Evidence::one("context:home_directory"),
                provider: None,
                span: Some(span),
            });
        }
    }

    fn login_name(&self, node: u32) -> bool {
        let is_name = self
            .nodes
            .key_text(node)
            .is_some_and(|k| k.eq_ignore_ascii_case("name"));
        let folded_key = |f: &Frame| self.nodes.key_text(f.node).map(super::nodes::fold_key);
        let depth = self.stack.len();
        let under_user = self.stack.last().is_some_and(|f| {
            f.is_object
                && folded_key(f).is_some_and(|k| {
                    k == "user" || k == "targetuser" || k == "effectiveuser" || k == "pusher"
                        // ECS `user.audit`, `user.effective`, `user.target`,
                        // `user.changes`: the same account's other names.
                        || (matches!(k.as_str(), "audit" | "effective" | "target" | "changes")
                            && depth
                                .checked_sub(2)
                                .and_then(|i| self.stack.get(i))
                                .filter(|g| g.is_object)
                                .and_then(folded_key)
                                .is_some_and(|g| g == "user"))
                })
        });
        is_name
            && under_user
            && !self.text.contains(char::is_whitespace)
            && self.text.chars().any(char::is_alphabetic)
    }

    /// The flags of a person-name key count once its value was accepted as
    /// a name: a repository's `full_name` (`octocat/Hello-World`) makes
    /// no person of its object.
    fn settle_name_flags(&mut self, is_number: bool) {
        let accepted = !is_number
            && self
                .hits
                .iter()
                .any(|h| h.span.is_none() && h.category == Category::PersonName);
        if let Some(f) = self.stack.last_mut() {
            let flags = std::mem::take(&mut f.name_flags);
            if accepted {
                add_sibling_flags(f, flags);
            }
        }
    }

    /// The family name in a home's name under a key naming a user's home
    /// (August `HouseName`, `home_name`, `householdName`): see
    /// `detect::family_name_span`.
    fn family_home_name(&self, node: u32) -> Option<(usize, usize)> {
        if !self.nodes.nodes.get(node as usize)?.home_name_key {
            return None;
        }
        crate::detect::family_name_span(&self.text)
    }

    /// The words of one entry of a person's health list
    /// (`medications[*].name`, `allergies[*].reaction`; see
    /// [`super::health_lists`]): the list's key names records (a strong
    /// health key, or a bare `conditions` in a health record), the leaf's
    /// key names or describes the entry. An animal's list (a pet's
    /// vaccinations) is no person's.
    fn health_list_entry(&self, node: u32) -> bool {
        use super::health_lists as hl;
        let n = self.stack.len();
        let Some(entry) = self.stack.last().filter(|f| f.is_object) else {
            return false;
        };
        if !self
            .nodes
            .nodes
            .get(node as usize)
            .is_some_and(|n| n.health_entry_text)
        {
            return false;
        }
        let (list, holder) = if self.nodes.key_text(entry.node).is_some() {
            (entry, n.checked_sub(2))
        } else {
            match n.checked_sub(2).and_then(|i| self.stack.get(i)) {
                Some(f) if !f.is_object => (f, n.checked_sub(3)),
                _ => return false,
            }
        };
        let is_list_key = self
            .nodes
            .key_text(list.node)
            .is_some_and(hl::is_record_list_key);
        // A strong health key (`medications`), or a bare one (`conditions`)
        // in a record that health keys read before it made a health record.
        let strong_health = self.nodes.nodes.get(list.node as usize).is_some_and(|k| {
            k.key.category == Some(Category::HealthMetric) && k.key.strength == KeyStrength::Strong
        }) || holder
            .and_then(|i| self.stack.get(i))
            .is_some_and(|f| f.is_object && f.flags.intersects(ContextFlags::HEALTH | CLINICAL));
        let animal = self
            .stack
            .iter()
            .any(|f| (f.container | f.flags).intersects(ContextFlags::ANIMAL));
        is_list_key
            && strong_health
            && !animal
            && !crate::detect::shapes::is_trivial(&self.text)
            && self.text.bytes().any(|b| b.is_ascii_alphanumeric())
    }

    /// A device's `name` or `label` that says whose it is (`Jane's Bedroom
    /// Light`, `Anna’s iPhone`) was given by its owner and names them.
    fn possessive_device_name(&self, node: u32) -> bool {
        // The device's own object, or a collection of devices keyed by id
        // (`lights: {"1": {…}}`); elsewhere the name must say it is a device
        // or a room (`sourceName: "Laura’s Apple Watch"`).
        let t = self.text.as_str();
        if t.len() > 80 {
            return false;
        }
        // An apostrophe (ASCII, or the first byte of `’`) first: most
        // values have none.
        let possessive =
            memchr::memchr2(b'\'', 0xE2, t.as_bytes()).is_some() && starts_with_owner(t);
        if possessive {
            let in_devices = self.device_context(2);
            return (in_devices || names_device_or_room(t)) && self.names_device_by_key(node);
        }
        // `iPhone von Jonas`, `iPad de María`: the owner after the device,
        // as phones name themselves in German, French, Spanish, Italian
        // and Dutch. A Hue bridge's whitelist names each paired app and
        // its device (`Hue Sync#DESKTOP-7K2M4QF`).
        t.len() <= 48
            && memchr::memchr2(b' ', b'#', t.as_bytes()).is_some()
            && self.names_device_by_key(node)
            && (owner_after_device(t) || app_on_generated_computer(t))
    }

    /// Whether the leaf's key is one a device's or a room's name sits
    /// under (`name`, `label`, `customName`, Ring's `description`, Alexa's
    /// `accountName`).
    fn names_device_by_key(&self, node: u32) -> bool {
        self.nodes.nodes[node as usize].device_name_slot
    }

    /// One of the innermost `frames` objects is, or lists, devices.
    fn device_context(&self, frames: usize) -> bool {
        self.stack
            .iter()
            .rev()
            .take(frames)
            .any(|f| (f.container | f.flags).intersects(ContextFlags::DEVICE))
    }

    /// Whether a nickname in the frame at `idx` is a device's: a
    /// user-given nickname of a device (`devices[*].nickname`, Kasa's
    /// `alias` beside `mac`) names the device, and often its owner, and is
    /// a device identifier. A person's record with a device id among its
    /// keys (`{"AndroidId": …, "Nick": …, "email": …}`) is still a
    /// person's. `None` while an open object may still show either.
    fn nickname_owner(&self, idx: usize) -> Option<bool> {
        let Some(f) = self.stack.get(idx) else {
            return Some(false);
        };
        if f.container.intersects(ContextFlags::DEVICE) {
            return Some(true);
        }
        if f.flags.intersects(STRONG_PERSON | IDENTIFIED) {
            return Some(false);
        }
        if f.is_object {
            return None;
        }
        Some(self.device_context(1))
    }

    /// A name or handle under a nickname or alias key.
    fn names_nickname(&self, category: Category, node: u32) -> bool {
        if !matches!(category, Category::Username | Category::PersonName) {
            return false;
        }
        let Some(key) = self.nodes.key_text(node) else {
            return false;
        };
        let lower = key.to_ascii_lowercase();
        lower.contains("nick") || lower.contains("alias")
    }

    /// Applies policy and hits of a decided leaf and writes its replacement.
    #[allow(clippy::too_many_arguments)]
    fn finish_leaf(
        &mut self,
        input: &[u8],
        start: usize,
        end: usize,
        node: u32,
        is_number: bool,
        raw_has_escape: bool,
        out: &mut Vec<u8>,
    ) -> Result<(), Error> {
        self.enforce_policy(node, is_number);
        if self.hits.is_empty() && self.awaits_pair_name(node) {
            self.defer_for_pair(input, start, end, node, is_number, raw_has_escape, out);
            if !is_number {
                let rule = self.object_rule(node);
                if let Some(leaf) = self.pending.leaves.last_mut() {
                    leaf.object_rule = rule;
                }
            }
            return Ok(());
        }
        // A `hash` before its `salt`, a device's `key` before its `mac`:
        // the object decides once it closes.
        if self.hits.is_empty()
            && !is_number
            && !self.nodes.nodes[node as usize].rule.redact_unknown
            && !self
                .nodes
                .key_text(node)
                .is_some_and(|k| k.eq_ignore_ascii_case("value"))
        {
            if let Some(rule) = self.object_rule(node) {
                let frame_idx = self.stack.len().saturating_sub(1);
                let (category, evidence, _) = rule.verdict();
                let key = KeyInfo {
                    category: Some(category),
                    strength: KeyStrength::Contextual,
                    confidence: 0.65,
                    evidence,
                    ..KeyInfo::default()
                };
                self.defer(
                    input,
                    start,
                    end,
                    node,
                    key,
                    category,
                    raw_has_escape,
                    frame_idx,
                    out,
                );
                if let Some(leaf) = self.pending.leaves.last_mut() {
                    leaf.object_rule = Some(rule);
                }
                return Ok(());
            }
        }
        if self.hits.is_empty() {
            if self.nodes.nodes[node as usize].rule.redact_unknown {
                self.unknown_redactions += 1;
                self.redacted += 1;
                if self.redact {
                    self.flush_raw(input, start, out);
                    self.emit(b"\"[REDACTED]\"", out);
                    self.copy_from = end;
                }
            }
            return Ok(());
        }
        if self.hold_hits(input, start, end, node, raw_has_escape, out) {
            return Ok(());
        }
        let text = std::mem::take(&mut self.text);
        let replacement = self.apply_hits(node, &text, raw_has_escape, &input[start..end]);
        self.text = text;
        if let Some(bytes) = replacement {
            self.flush_raw(input, start, out);
            self.emit(&bytes, out);
            self.copy_from = end;
            self.scratch = bytes;
        }
        Ok(())
    }

    /// Drops the hits of the object's keys so far rule out, and holds the
    /// rest when keys later in the object still may (see
    /// [`PendingLeaf::held`]). True when the leaf was held.
    fn hold_hits(
        &mut self,
        input: &[u8],
        start: usize,
        end: usize,
        node: u32,
        raw_has_escape: bool,
        out: &mut Vec<u8>,
    ) -> bool {
        // (A handle inside a profile URL too: an organisation's or a
        // bot's links are no person's.)
        let holdable = |h: &Hit| {
            (h.span.is_some() && h.category == Category::Username)
                || h.span.is_none()
                    && matches!(
                        h.category,
                        Category::PersonName
                            | Category::Username
                            | Category::PostalAddress
                            | Category::GeoLocation
                            | Category::Demographic
                    )
        };
        if !self.hits.iter().all(holdable) {
            return false;
        }
        let frame_idx = self.stack.len().saturating_sub(1);
        let Some(frame) = self.stack.get(frame_idx).filter(|f| f.is_object) else {
            return false;
        };
        // A company register key's business may still give way to a
        // person's birth date later in the object: its flags decide when
        // the object closes.
        let flags = frame.flags.without(frame.registry_added);
        self.hits.retain(|h| !held_vetoed(h, flags));
        if self.hits.is_empty() {
            return true;
        }
        let hits = std::mem::take(&mut self.hits);
        // The category is not used: the held hits decide.
        let category = hits[0].category;
        let key = self.nodes.nodes[node as usize].key;
        self.defer(
            input,
            start,
            end,
            node,
            key,
            category,
            raw_has_escape,
            frame_idx,
            out,
        );
        if let Some(leaf) = self.pending.leaves.last_mut() {
            leaf.reference_bound = false;
            leaf.held = Some(Held { hits, hops: 1 });
        }
        true
    }

    /// Decides a held leaf (see [`PendingLeaf::held`]) as the object at
    /// `idx` closes: drops what its keys rule out, waits for the enclosing
    /// object when an address object's owner may still speak, or applies
    /// the hits.
    fn resolve_held(&mut self, li: usize, idx: usize, force: bool) {
        let Some(mut held) = self.pending.leaves[li].held.take() else {
            return;
        };
        let (flags, container) = self
            .stack
            .get(idx)
            .map_or((ContextFlags::NONE, ContextFlags::PERSON), |f| {
                (f.flags, f.container)
            });
        held.hits.retain(|h| !held_vetoed(h, flags));
        // An object typed as an organisation (Salesforce's `Account`): its
        // name, address and coordinates are the business's, and so is its
        // handle (GitHub's `owner: {login, type: "Organization"}`).
        if org_tagged_business(flags) {
            held.hits
                .retain(|h| !place_category(h.category) && h.category != Category::Username);
        }
        // A flat record's business part (`pickup_address` beside
        // `pickup_business_name`): its address and coordinates are the
        // business's.
        if self
            .stack
            .get(idx)
            .is_some_and(|f| !f.business_prefixes.is_empty())
            && self.keyed_by_business_prefix(self.pending.leaves[li].node, idx)
        {
            held.hits
                .retain(|h| !matches!(h.category, Category::PostalAddress | Category::GeoLocation));
        }
        let is_record = self.record_depth == idx + 1;
        let place_only = held
            .hits
            .iter()
            .all(|h| matches!(h.category, Category::PostalAddress | Category::GeoLocation));
        // An address or coordinates object (`address: {…}`) of a place:
        // the place's keys sit beside the object, not in it. Not past a
        // person's object (`customer: {address: {…}}`) or the record.
        if !force
            && !held.hits.is_empty()
            && place_only
            && held.hops > 0
            && !is_record
            && !container.intersects(ContextFlags::PERSON)
            && idx > 0
            && self.stack[idx - 1].is_object
        {
            held.hops -= 1;
            self.pending.leaves[li].wait = idx - 1;
            self.pending.leaves[li].held = Some(held);
            self.stack[idx - 1].pending += 1;
            return;
        }
        let leaf = &mut self.pending.leaves[li];
        leaf.resolved = true;
        self.pending.unresolved = self.pending.unresolved.saturating_sub(1);
        if held.hits.is_empty() {
            return;
        }
        let (node, esc, hole) = (leaf.node, leaf.raw_has_escape, leaf.hole);
        let text = std::mem::take(&mut leaf.text);
        self.hits = held.hits;
        self.fill_hole(node, &text, esc, hole);
    }

    /// Remembers string leaves that name other leaves: the name of a
    /// name/value pair, and column names of a table export (plain strings
    /// or `{"name": …}` objects in a `columns` array).
    fn note_names(&mut self) {
        let depth = self.stack.len();
        let Some(top) = self.stack.last() else { return };
        if top.is_object {
            if !crate::detect::trim_ws(&self.text).is_empty() {
                let prefix = self.nodes.nodes[top.key_node as usize]
                    .business_prefix
                    .clone();
                if let Some(p) = prefix {
                    if let Some(top) = self.stack.last_mut() {
                        if !top.business_prefixes.contains(&p) && top.business_prefixes.len() < 4 {
                            top.business_prefixes.push(p);
                        }
                    }
                }
            }
            let Some(top) = self.stack.last() else { return };
            let n = &self.nodes.nodes[top.key_node as usize];
            match n.role {
                // A health unit (`mg/dL`, `bpm`) makes the object a health
                // sample, and names its value when no name did.
                KeyRole::Unit => {
                    if let Some(measure) = super::measure_codes::measure_of_unit(&self.text) {
                        let named = crate::keys::classify_key(measure);
                        if let Some(top) = self.stack.last_mut() {
                            // Unless a name already said it is something
                            // else (`device_class: "temperature"` of a room).
                            let pair = *top.pair.get_or_insert(named);
                            if pair.category == Some(Category::HealthMetric) {
                                top.flags |= ContextFlags::HEALTH;
                            }
                        }
                    }
                    return;
                }
                KeyRole::FieldRef => {
                    self.note_answer_field_ref(depth);
                    return;
                }
                KeyRole::EntityId if !self.text.contains(' ') => {
                    let kind = entity_kind(&self.text);
                    if let Some(top) = self.stack.last_mut() {
                        top.entity = kind;
                    }
                    return;
                }
                KeyRole::ActorType if generates_password(&self.text) => {
                    if let Some(top) = self.stack.last_mut() {
                        top.generated_secret = true;
                    }
                    return;
                }
                KeyRole::ActorType
                    if is_software_actor(&self.text)
                        || self.assumed_role_user(top.key_node, &self.text) =>
                {
                    if let Some(top) = self.stack.last_mut() {
                        top.flags |= SOFTWARE_ACTOR;
                    }
                    return;
                }
                // Plaid's `counterparties: [{name, type: "individual"}]`,
                // schema.org `@type: "Person"`: a person's object.
                KeyRole::ActorType if is_json_schema_type(&self.text) => {
                    if let Some(top) = self.stack.last_mut() {
                        top.flags |= SCHEMA_FIELD;
                    }
                    return;
                }
                KeyRole::ActorType if is_individual_type(&self.text) => {
                    if let Some(top) = self.stack.last_mut() {
                        top.flags |= ContextFlags::PERSON;
                    }
                    return;
                }
                KeyRole::ActorType => {
                    // Salesforce's `attributes: {type: "Account"}` speaks
                    // for the record holding `attributes`.
                    let salesforce = depth >= 2
                        && self.stack[depth - 2].is_object
                        && self
                            .nodes
                            .key_text(top.node)
                            .is_some_and(|k| k == "attributes");
                    if is_organisation_type(&self.text, salesforce) {
                        let at = if salesforce { depth - 2 } else { depth - 1 };
                        if let Some(f) = self.stack.get_mut(at) {
                            f.flags |= ORG_TAGGED;
                        }
                        return;
                    }
                }
                KeyRole::ObjectKind if is_software_object(&self.text) => {
                    if let Some(top) = self.stack.last_mut() {
                        top.flags |= SOFTWARE_ACTOR;
                    }
                    return;
                }
                KeyRole::Version if is_release_version(&self.text) => {
                    if let Some(top) = self.stack.last_mut() {
                        top.flags |= ContextFlags::PROGRAM;
                    }
                    return;
                }
                KeyRole::FhirReference if is_person_reference(&self.text) => {
                    if let Some(top) = self.stack.last_mut() {
                        top.person_reference = true;
                    }
                    return;
                }
                KeyRole::ResourceType => {
                    let flags = if super::fhir_findings::code_is_finding(&self.text) {
                        ContextFlags::HEALTH | CLINICAL | FINDING_CODED
                    } else if is_clinical_resource(&self.text) {
                        ContextFlags::HEALTH | CLINICAL
                    } else if is_institution_resource(&self.text) {
                        // An organisation or a place in a FHIR bundle: its
                        // name, address and telecom are the institution's.
                        ContextFlags::THING | ContextFlags::PLACE
                    } else if is_person_resource(&self.text) {
                        ContextFlags::PERSON
                    } else {
                        ContextFlags::NONE
                    };
                    if let Some(top) = self.stack.last_mut() {
                        top.flags |= flags;
                        top.fhir = true;
                    }
                    return;
                }
                _ => {}
            }
            // A place named as a home (SmartThings' and Google Home's
            // `"name": "Home"`, Home Assistant's `"location_name": "Home"`):
            // its coordinates and address are a home's.
            if is_home_name(&self.text)
                && self.nodes.key_text(top.key_node).is_some_and(|k| {
                    matches!(
                        super::nodes::fold_key(k).as_str(),
                        "name"
                            | "label"
                            | "displayname"
                            | "friendlyname"
                            | "nickname"
                            | "title"
                            | "locationname"
                            | "homename"
                    )
                })
            {
                if let Some(top) = self.stack.last_mut() {
                    top.flags |= ContextFlags::HOME | HOME_NAMED;
                }
                return;
            }
            if !n.names_pair || self.text.len() > 128 {
                return;
            }
            // A FHIR extension's `url` names its value by its last path
            // segment (`…/StructureDefinition/patient-mothersMaidenName`).
            let url_name = self
                .nodes
                .key_text(top.key_node)
                .is_some_and(|k| k.eq_ignore_ascii_case("url"));
            let text = std::mem::take(&mut self.text);
            let name = if url_name {
                url_last_segment(&text)
            } else {
                &text
            };
            self.note_pair_name(name, depth);
            self.text = text;
        } else if top.index == 0
            && top.rows_level != 2
            && !top.collect_columns
            && depth >= 2
            && !self.stack[depth - 2].is_object
            && self.text.len() <= 64
            && !self.text.contains(' ')
        {
            // A `[name, value]` tuple in a list of them (Sentry's
            // `headers: [["X-Api-Key", "…"]]`): the name speaks for the value.
            let named = crate::keys::classify_key(&self.text);
            if named.category.is_some() && !named.is_meta {
                if let Some(top) = self.stack.last_mut() {
                    top.pair = Some(named);
                }
            }
        } else if top.collect_columns && depth >= 2 {
            let named = crate::keys::classify_key(&self.text);
            self.add_column(depth - 1, named);
        }
    }

    /// A form answer's `field: {ref: "date_of_birth"}` (Typeform): when the
    /// object holding `ref` is the `field` of an answer, the ref names the
    /// answer's value, as a pair's name does. Refs that name nothing
    /// (Typeform's generated `01GZ…` ids, `satisfaction`) change nothing.
    fn note_answer_field_ref(&mut self, depth: usize) {
        let Some(answer_idx) = depth.checked_sub(2) else {
            return;
        };
        let under_field = self
            .stack
            .get(answer_idx + 1)
            .and_then(|f| self.nodes.key_text(f.node))
            .is_some_and(|k| k.eq_ignore_ascii_case("field"));
        if !under_field || self.text.len() > 64 || self.text.contains(' ') {
            return;
        }
        let named = crate::keys::classify_key(&self.text);
        if named.category.is_none() || named.is_meta {
            return;
        }
        if let Some(answer) = self
            .stack
            .get_mut(answer_idx)
            .filter(|f| f.is_object && f.pair.is_none())
        {
            answer.pair = Some(named);
            answer.answer_named = true;
        }
    }

    /// Whether the object on top of the stack (`depth` frames) is an item of
    /// a list of cookies (`cookies: [{"name": …, "value": …}]`).
    fn in_cookie_list(&self, depth: usize) -> bool {
        depth
            .checked_sub(2)
            .and_then(|i| self.stack.get(i))
            .filter(|f| !f.is_object)
            .and_then(|f| self.nodes.key_text(f.node))
            .is_some_and(|k| k.eq_ignore_ascii_case("cookies") || k.eq_ignore_ascii_case("cookie"))
    }

    /// Notes `name`, the value of a pair-naming key (`name`, `type`, a list
    /// element's `id` or `url`), as the name of its object's pair and of a
    /// column or list key. Names of fields, columns and variables have no
    /// spaces; names of measures may have a few (`LDL Cholesterol`, `Heart
    /// rate`). Ids, hashes and timestamps (four digits or more) name nothing.
    fn note_pair_name(&mut self, name: &str, depth: usize) {
        let Some(top) = self.stack.last() else { return };
        let spaces = memchr::memchr_iter(b' ', name.as_bytes()).count();
        let digits = name.bytes().filter(u8::is_ascii_digit).count();
        if spaces > 2
            || (spaces > 0 && (name.len() > 40 || !crate::keys::has_head_word(name)))
            || digits >= 4
        {
            return;
        }
        let k = self.nodes.nodes[top.key_node as usize].key;
        // A column description inside a `columns` array.
        if depth >= 3
            && self.stack[depth - 2].collect_columns
            && k.sibling.intersects(ContextFlags::PAIR_NAME)
        {
            let named = crate::keys::classify_key(name);
            self.add_column(depth - 2, named);
            // A field list that carries values too (`fields: [{"name":
            // "email", "value": …}]`) is a list of pairs as well.
            if named.category.is_some() && !named.is_meta {
                if let Some(top) = self.stack.last_mut() {
                    top.pair.get_or_insert(named);
                }
            }
            return;
        }
        if top.pair.is_none() {
            // Google Fit's summary types (`com.google.heart_rate.summary`:
            // one person's average, maximum and minimum) name the measure.
            let name = match name.strip_suffix(".summary") {
                Some(measure) if measure.contains('.') => measure,
                _ => name,
            };
            let mut named = crate::keys::classify_key(name);
            // A HAR entry's `cookies: [{"name": "sid", …}]`: cookie names as
            // the `Cookie` header's are read.
            if named.category.is_none()
                && self.in_cookie_list(depth)
                && crate::detect::is_session_cookie(name)
            {
                named = crate::keys::classify_key("session_id");
            }
            // A pair in a list of pairs: its name is a key of the list.
            if !named.is_meta {
                if let Some(list) = depth
                    .checked_sub(2)
                    .and_then(|i| self.stack.get_mut(i))
                    .filter(|f| !f.is_object)
                {
                    list.list_flags |= sibling_flags(&named);
                }
            }
            // A business's setting (WooCommerce `{"id":
            // "woocommerce_store_address", "label": "Address line 1",
            // "value": …}`): its value is the store's, whatever the label.
            if named.category.is_none()
                && (named.parent | named.sibling)
                    .intersects(ContextFlags::PLACE | ContextFlags::REGISTRY)
            {
                if let Some(top) = self.stack.last_mut() {
                    top.flags |= ContextFlags::PLACE | ContextFlags::THING;
                }
            }
            if named.category.is_some() && !named.is_meta {
                // A namespaced data type (`com.google.weight`,
                // `com.samsung.health.heart_rate`) names a health sample.
                let health_type =
                    named.category == Some(Category::HealthMetric) && name.contains('.');
                // A platform's reverse-DNS type (`com.google.weight`) names
                // one account's sample, whatever container holds it.
                let platform_type = health_type && is_reverse_dns_type(name);
                if let Some(top) = self.stack.last_mut() {
                    top.pair = Some(named);
                    if health_type {
                        top.flags |= ContextFlags::HEALTH;
                    }
                    if platform_type {
                        top.flags |= HEALTH_TYPED;
                    }
                }
            }
        }
    }

    /// Adds a column, named by `named`, to the table whose `columns` list
    /// is the frame at `list` (its holder is the frame before it).
    fn add_column(&mut self, list: usize, named: KeyInfo) {
        // A HAR entry's header list (`{"name": "age", "value": "0"}`)
        // names protocol fields, no person's.
        let headers = self
            .stack
            .get(list)
            .is_some_and(|f| f.container.intersects(ContextFlags::HTTP_HEADERS));
        let Some(holder) = list.checked_sub(1).and_then(|i| self.stack.get_mut(i)) else {
            return;
        };
        if !headers {
            holder.flags |= named.sibling;
        }
        holder.columns.get_or_insert_with(Vec::new).push(named);
    }

    /// Known policy fields are redacted as a whole even where detection does
    /// not fire on this record.
    fn enforce_policy(&mut self, node: u32, is_number: bool) {
        let rule = &self.nodes.nodes[node as usize].rule;
        if rule.fields.is_empty() || self.hits.iter().any(|h| h.span.is_none()) {
            return;
        }
        let t = crate::detect::trim_ws(&self.text);
        if t.is_empty() || (!is_number && crate::detect::shapes::is_trivial(t)) {
            return;
        }
        if let Some(&(category, _, _)) = rule
            .fields
            .iter()
            .find(|(_, _, s)| *s == crate::report::Scope::Leaf)
        {
            self.hits.clear();
            self.hits.push(Hit {
                category,
                confidence: 0.9,
                evidence: Evidence::one("policy:field"),
                provider: None,
                span: None,
            });
        }
    }

    /// Serialized JSON in the leaf's text, or a Python literal (a dict's
    /// `repr()`), walked as a document of its own.
    fn nested_json(&mut self, node: u32) -> Nested {
        let text = std::mem::take(&mut self.text);
        let t = crate::detect::trim_ws(&text);
        let (first, last) = (t.bytes().next(), t.bytes().last());
        let json_shaped = matches!(
            (first, last),
            (Some(b'{'), Some(b'}')) | (Some(b'['), Some(b']'))
        ) && t.len() >= 7;
        let mut found = if json_shaped {
            self.walk_nested(node, text.as_bytes())
        } else {
            Nested::NotJson
        };
        if matches!(found, Nested::NotJson) && pyrepr::could_be_python_literal(t) {
            if let Some(json) = pyrepr::to_json(t) {
                found = match self.walk_nested(node, json.as_bytes()) {
                    Nested::Found(out) if self.redact => {
                        // Written back in the literal's own syntax, within
                        // the leaf's surrounding blanks.
                        let lead = t.as_ptr() as usize - text.as_ptr() as usize;
                        let python = pyrepr::back_to_python(t, &out).unwrap_or(out);
                        let mut whole = String::with_capacity(text.len() + 16);
                        whole.push_str(&text[..lead]);
                        whole.push_str(&python);
                        whole.push_str(&text[lead + t.len()..]);
                        Nested::Found(whole)
                    }
                    other => other,
                };
            }
        }
        self.text = text;
        found
    }

    /// Walks `doc` as one JSON document and merges what it found into this
    /// leaf's statistics.
    fn walk_nested(&mut self, node: u32, doc: &[u8]) -> Nested {
        let mut nested = Walker::new(self.settings.clone(), self.redact, false);
        nested.nested_level = self.nested_level + 1;
        let mut nested_out = Vec::with_capacity(doc.len());
        let bytes = doc;
        let Ok(consumed) = nested.run(bytes, 0, 1, true, &mut nested_out) else {
            return Nested::NotJson;
        };
        if consumed != bytes.len() || !nested.at_top() || nested.documents() != 1 {
            return Nested::NotJson;
        }
        let outcome = nested.into_outcome(0);
        if outcome.fields.is_empty() && outcome.redacted == 0 {
            return Nested::Clean;
        }
        let mut mask = 0u32;
        for ((_, category), acc) in &outcome.fields {
            let n = &mut self.nodes.nodes[node as usize];
            let stat = match n.stats.iter_mut().position(|(c, _)| c == category) {
                Some(i) => &mut n.stats[i].1,
                None => {
                    n.stats.push((*category, FieldAcc::new()));
                    let last = n.stats.len() - 1;
                    &mut n.stats[last].1
                }
            };
            stat.count += acc.count;
            stat.span_hits += acc.count;
            stat.confidence_sum += acc.confidence_sum;
            stat.distinct.merge(&acc.distinct);
            for e in &acc.evidence {
                if !stat.evidence.contains(e) {
                    stat.evidence.push(e);
                }
            }
            if !stat.evidence.contains(&"embedded:json") {
                stat.evidence.push("embedded:json");
            }
            if stat.example.is_none() {
                stat.example.clone_from(&acc.example);
            }
            mask |= 1 << category.index();
            self.cat_values[category.index()] += acc.count;
        }
        for (cat, n) in outcome.redacted_by_category() {
            self.redacted_by_category[cat.index()] += n;
        }
        self.redacted += outcome.redacted;
        self.mark(mask);
        Nested::Found(
            String::from_utf8(nested_out)
                .ok()
                .filter(|_| self.redact)
                .unwrap_or_default(),
        )
    }

    fn mark(&mut self, mask: u32) {
        if self.record_depth != 0 {
            self.record_mask |= mask;
        } else if self.other_record_depth != 0 {
            self.other_record_mask |= mask;
        } else {
            self.doc_mask |= mask;
        }
    }

    /// Records the hits of one leaf and returns the bytes that replace its
    /// token, if any.
    fn apply_hits(
        &mut self,
        node: u32,
        text: &str,
        raw_has_escape: bool,
        raw_token: &[u8],
    ) -> Option<Vec<u8>> {
        let hits = std::mem::take(&mut self.hits);
        let mut mask = 0u32;
        for h in &hits {
            let value = match h.span {
                Some((s, e)) => text.get(s..e).unwrap_or(text),
                None => text,
            };
            self.record_hit(node, h, value);
            mask |= 1 << h.category.index();
        }
        self.mark(mask);
        // Computed in scan mode too: it counts what would be redacted.
        let replacement = self.replacement(node, &hits, text, raw_has_escape, raw_token);
        self.hits = hits;
        if self.redact {
            replacement
        } else {
            None
        }
    }

    fn replacement(
        &mut self,
        node: u32,
        hits: &[Hit],
        text: &str,
        raw_has_escape: bool,
        raw_token: &[u8],
    ) -> Option<Vec<u8>> {
        let rule = &self.nodes.nodes[node as usize].rule;
        let settings = &self.settings;
        if let Some(h) = hits.iter().find(|h| h.span.is_none()) {
            let op = settings.op_for(rule, h.category);
            if op == Operator::Keep {
                return None;
            }
            // The buffer of the previous replacement, when it came back.
            let mut bytes = std::mem::take(&mut self.scratch);
            bytes.clear();
            match op {
                Operator::Null => bytes.extend_from_slice(b"null"),
                Operator::Label => push_json_string(h.category.label(), &mut bytes),
                _ => {
                    let t = op.replace_text(h.category, text, settings.pseudonymizer.as_ref());
                    push_json_string(&t, &mut bytes);
                }
            }
            self.redacted += 1;
            self.redacted_by_category[h.category.index()] += 1;
            return Some(bytes);
        }
        let mut spans: Vec<&Hit> = hits.iter().filter(|h| h.span.is_some()).collect();
        spans.sort_by_key(|h| h.span.map(|s| s.0));
        let mut rebuilt = String::with_capacity(text.len());
        let mut last = 0usize;
        let mut changed = 0u64;
        for h in spans {
            let Some((s, e)) = h.span else { continue };
            if s < last || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e)
            {
                continue;
            }
            let op = settings.op_for(rule, h.category);
            if op == Operator::Keep {
                continue;
            }
            rebuilt.push_str(&text[last..s]);
            let op = if op == Operator::Null {
                Operator::Label
            } else {
                op
            };
            rebuilt.push_str(&op.replace_text(
                h.category,
                &text[s..e],
                settings.pseudonymizer.as_ref(),
            ));
            last = e;
            changed += 1;
            self.redacted_by_category[h.category.index()] += 1;
        }
        if changed == 0 {
            return None;
        }
        rebuilt.push_str(&text[last..]);
        self.redacted += changed;
        let mut bytes = Vec::with_capacity(raw_token.len() + 16);
        if raw_has_escape {
            push_json_string(&rebuilt, &mut bytes);
        } else {
            bytes.push(b'"');
            push_escaped(&rebuilt, &mut bytes);
            bytes.push(b'"');
        }
        Some(bytes)
    }

    /// The provider named by a leaf's key or, failing that, by the key of
    /// the object it sits in (read once per path, see `Node::key_provider`).
    fn key_provider(&self, node: u32) -> Option<&'static str> {
        let nodes = &self.nodes;
        nodes.nodes[node as usize].key_provider.or_else(|| {
            nodes
                .parent_of(node)
                .and_then(|p| nodes.nodes[p as usize].key_provider)
        })
    }

    fn record_hit(&mut self, node: u32, h: &Hit, value: &str) {
        let n = &mut self.nodes.nodes[node as usize];
        let i = match n.stats.iter().position(|(c, _)| *c == h.category) {
            Some(i) => i,
            None => {
                n.stats.push((h.category, FieldAcc::new()));
                n.stats.len() - 1
            }
        };
        let hash = hash64(value.as_bytes());
        let acc = &mut n.stats[i].1;
        acc.count += 1;
        acc.confidence_sum += h.confidence as f64;
        for e in h.evidence.iter() {
            if !acc.evidence.contains(&e) {
                acc.evidence.push(e);
            }
        }
        if h.span.is_some() {
            acc.span_hits += 1;
        } else {
            acc.leaf_hits += 1;
        }
        if acc.example.is_none() {
            acc.example = Some(Operator::Mask.replace_text(h.category, value, None));
        }
        acc.distinct.add(hash);
        let ci = h.category.index();
        self.cat_values[ci] += 1;
        self.cat_distinct[ci]
            .get_or_insert_with(|| Hll::new(12))
            .add(hash);
        if h.category.is_secret() {
            // A shapeless secret's key, or its object's, may name its issuer
            // (`OKTA_API_TOKEN`, `okta.apiToken`); a text's key does not name
            // each secret inside it.
            let provider = h
                .provider
                .or_else(|| h.span.is_none().then(|| self.key_provider(node)).flatten())
                .unwrap_or("generic");
            let entry = self
                .secrets
                .entry((provider, h.category))
                .or_insert_with(|| (0, Hll::new(10), Vec::new()));
            entry.0 += 1;
            entry.1.add(hash);
            if !entry.2.contains(&node) {
                entry.2.push(node);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn defer(
        &mut self,
        input: &[u8],
        start: usize,
        end: usize,
        node: u32,
        key: KeyInfo,
        category: Category,
        raw_has_escape: bool,
        frame_idx: usize,
        out: &mut Vec<u8>,
    ) {
        self.flush_raw(input, start, out);
        self.pending.active = true;
        let hole_start = self.pending.buf.len();
        if self.redact {
            self.pending.buf.extend_from_slice(&input[start..end]);
        }
        self.pending.holes.push(Hole {
            start: hole_start,
            end: self.pending.buf.len(),
            replacement: None,
        });
        self.copy_from = end;
        self.pending.leaves.push(PendingLeaf {
            hole: self.pending.holes.len() - 1,
            node,
            key,
            category,
            text: self.text.clone(),
            raw_has_escape,
            wait: frame_idx,
            resolved: false,
            awaits_pair: None,
            pair_outward: false,
            object_rule: None,
            held: None,
            reference_bound: category == Category::HealthMetric
                && self.in_reference_range(frame_idx),
        });
        self.pending.unresolved += 1;
        if let Some(f) = self.stack.get_mut(frame_idx) {
            f.pending += 1;
        }
    }

    /// Health keys inside a font, media, parcel or aggregate anywhere above
    /// (`theme.typography.body.weight`) are not a person's measurements.
    fn vetoed_above(&self, category: Category, idx: usize) -> bool {
        if category != Category::HealthMetric {
            return false;
        }
        // Products and recipes too: `recipe.nutrition.calories`.
        let veto = ContextFlags::FONT
            | ContextFlags::MEDIA
            | ContextFlags::PARCEL
            | ContextFlags::AGGREGATE
            | ContextFlags::THING;
        // A named measure's series is its readings wherever it sits (Apple
        // Health Auto Export's `metrics`), and a series (Withings' sleep
        // `series`, Fitbit's `dataset`) is no thing.
        self.stack[..idx.min(self.stack.len())]
            .iter()
            .rev()
            .take(8)
            .take_while(|f| !f.health_series)
            .any(|f| {
                let v = ContextFlags(f.container.0 & veto.0);
                let series = v == ContextFlags::THING && self.nodes.is_series(f.node);
                !v.is_empty() && !series
            })
    }

    /// Whether the leaf under `node` spells a patient's finding in a FHIR
    /// clinical resource: the `text` of a finding element's
    /// CodeableConcept, or the `display`/`code` of one of its codings
    /// (`medicationCodeableConcept.coding[*].display`, a Condition's
    /// `code.text`). Lists of concepts (`reasonCode[*]`) count too.
    fn in_fhir_finding(&self, node: u32) -> bool {
        use super::fhir_findings as ff;
        let Some(leaf_key) = self.nodes.key_text(node) else {
            return false;
        };
        if !ff::is_concept_text(leaf_key) && !ff::is_coding_value(leaf_key) {
            return false;
        }
        let Some(r) = self.stack.iter().rposition(|f| f.fhir) else {
            return false;
        };
        let resource = &self.stack[r];
        if !resource.is_object || !resource.flags.intersects(CLINICAL) {
            return false;
        }
        let Some(element) = self.nodes.key_text(resource.key_node) else {
            return false;
        };
        let finding = ff::is_finding_element(element)
            || (element == "code" && resource.flags.intersects(FINDING_CODED));
        if !finding {
            return false;
        }
        // Below the resource: an optional list of concepts, the concept,
        // then (for a coding's value) its `coding` list and one coding.
        let mut below = &self.stack[r + 1..];
        if below.first().is_some_and(|f| !f.is_object) {
            below = &below[1..];
        }
        match below {
            [concept] => concept.is_object && ff::is_concept_text(leaf_key),
            [concept, list, coding] => {
                concept.is_object
                    && !list.is_object
                    && coding.is_object
                    && self.nodes.key_text(concept.key_node) == Some("coding")
                    && ff::is_coding_value(leaf_key)
            }
            _ => false,
        }
    }

    /// Inside a FHIR resource.
    fn in_fhir(&self) -> bool {
        self.stack.iter().rev().any(|f| f.fhir)
    }

    /// A size on a device's object (a ring's, a camera's): the device's,
    /// not its owner's.
    fn size_of_device(&self, category: Category, key: &KeyInfo, idx: usize) -> bool {
        category == Category::HealthMetric
            && key.evidence == "key:size"
            && self.stack.get(idx).is_some_and(|f| {
                f.flags
                    .intersects(ContextFlags::DEVICE | ContextFlags::TECHNICAL)
            })
    }

    /// Whether the object at `idx` sits in a reference range (FHIR
    /// `referenceRange[*].low`, `normal_range`): a lab's norm.
    fn in_reference_range(&self, idx: usize) -> bool {
        self.stack[..(idx + 1).min(self.stack.len())]
            .iter()
            .rev()
            .take(4)
            .any(|f| self.nodes.nodes[f.node as usize].reference_range)
    }

    /// Whether the object at `idx` is a reading of a health log: an
    /// element of a series (`dataset`, `data`) that a health container
    /// holds (`heart`, `heartrate`, `activities-heart-intraday`), with
    /// nothing in it or above ruling it out.
    fn in_health_collection(&self, idx: usize) -> bool {
        let stop = ContextFlags::FONT
            | ContextFlags::MEDIA
            | ContextFlags::PARCEL
            | ContextFlags::AGGREGATE;
        if self.stack.get(idx).is_none_or(|f| f.flags.intersects(stop)) {
            return false;
        }
        for j in (0..(idx + 1).min(self.stack.len())).rev().take(4) {
            let f = &self.stack[j];
            if j < idx && f.container.intersects(ContextFlags::HEALTH) {
                return !f.container.intersects(stop)
                    && !self.vetoed_above(Category::HealthMetric, j);
            }
            if !self.nodes.is_series(f.node) {
                return false;
            }
        }
        false
    }

    /// The category a slot holds when a pair name of it names the slot,
    /// and nothing else: a lab result's (`{"test": "LDL Cholesterol",
    /// "result": "162", "units": "mg/dL"}`) the reading a health pair name
    /// gives, an identity document's number (`{"number": …,
    /// "documentType": "PASSPORT"}`, Amadeus travelers) the id a document
    /// type names.
    fn typed_slot(&self, node: u32) -> Option<Category> {
        self.nodes.nodes[node as usize].typed_slot
    }

    /// A `value` leaf with nothing found in it, in an object whose pair name
    /// (`type`, `name`, `key`) has not been read yet: the name may follow.
    fn awaits_pair_name(&self, node: u32) -> bool {
        let n = &self.nodes.nodes[node as usize];
        (n.key.sibling.intersects(ContextFlags::PAIR_VALUE) || n.typed_slot.is_some())
            && n.key.category.is_none()
            && !n.rule.redact_unknown
            && self
                .stack
                .last()
                .is_some_and(|f| f.is_object && f.pair.is_none() && f.inherited_pair.is_none())
    }

    #[allow(clippy::too_many_arguments)]
    fn defer_for_pair(
        &mut self,
        input: &[u8],
        start: usize,
        end: usize,
        node: u32,
        is_number: bool,
        raw_has_escape: bool,
        out: &mut Vec<u8>,
    ) {
        let frame_idx = self.stack.len().saturating_sub(1);
        let key = self.nodes.nodes[node as usize].key;
        // The category is a placeholder until the pair name is known.
        self.defer(
            input,
            start,
            end,
            node,
            key,
            Category::HealthMetric,
            raw_has_escape,
            frame_idx,
            out,
        );
        if let Some(leaf) = self.pending.leaves.last_mut() {
            leaf.awaits_pair = Some(is_number);
        }
    }

    /// Classifies a deferred `value` by the pair name its object (at `idx`)
    /// ended up with. Resolves it, or turns it into an ordinary pending
    /// leaf of a contextual category for [`Self::resolve_at`] to decide.
    fn resolve_by_pair_name(&mut self, li: usize, idx: usize, is_number: bool) {
        let pair = self
            .stack
            .get(idx)
            .and_then(|f| f.pair.or(f.inherited_pair));
        let Some(pair) = pair else {
            self.pending.leaves[li].awaits_pair = None;
            // A reading in a health log's series with no name of its own
            // (Fitbit `activities-heart-intraday.dataset[*].value`).
            let reading = is_number && self.in_health_collection(idx);
            if reading {
                let leaf = &mut self.pending.leaves[li];
                leaf.key = KeyInfo {
                    category: Some(Category::HealthMetric),
                    strength: KeyStrength::Contextual,
                    confidence: 0.6,
                    evidence: "key:value",
                    ..KeyInfo::default()
                };
                leaf.category = Category::HealthMetric;
                let value = LeafValue {
                    text: &leaf.text,
                    is_number,
                    secret_context: false,
                };
                let accepted = classify::key_accepts(Category::HealthMetric, &leaf.key, value);
                self.resolve_leaf(li, accepted, "context:health_collection");
                return;
            }
            // No pair name: a salted hash's `value` (Keycloak's
            // `{"value": …, "salt": …}`) is decided by its object.
            if self.pending.leaves[li].object_rule.is_some() {
                self.resolve_by_object(li, idx);
            } else {
                self.resolve_leaf(li, false, "context:default");
            }
            return;
        };
        self.pending.leaves[li].object_rule = None;
        if self
            .typed_slot(self.pending.leaves[li].node)
            .is_some_and(|slot| pair.category != Some(slot))
        {
            // A check's or a job's `result` is no pair's value, nor an
            // invoice's or a street's `number`.
            self.pending.leaves[li].awaits_pair = None;
            self.resolve_leaf(li, false, "context:default");
            return;
        }
        let key = pair_key(pair);
        // A form option (`{"label": "City", "value": "city"}`): the value is
        // the field's id, a key naming what the label names, no data.
        if !is_number && names_same_field(&self.pending.leaves[li].text, &key) {
            self.pending.leaves[li].awaits_pair = None;
            self.resolve_leaf(li, false, "context:field_id");
            return;
        }
        let text = std::mem::take(&mut self.pending.leaves[li].text);
        let value = LeafValue {
            text: &text,
            is_number,
            secret_context: false,
        };
        let step = classify::classify(
            &self.settings.scanner,
            &key,
            value,
            &mut self.findings,
            &mut self.hits,
        );
        let leaf = &mut self.pending.leaves[li];
        leaf.awaits_pair = None;
        leaf.key = key;
        leaf.text = text;
        match step {
            Step::NeedsContext(category) => {
                self.hits.clear();
                leaf.category = category;
            }
            Step::Done => {
                leaf.resolved = true;
                self.pending.unresolved = self.pending.unresolved.saturating_sub(1);
                if leaf.reference_bound {
                    self.hits
                        .retain(|h| h.span.is_some() || h.category != Category::HealthMetric);
                }
                // A business's own field (see `inside_place`).
                if self.place_from(idx + 1) {
                    self.hits
                        .retain(|h| h.span.is_some() || !place_category(h.category));
                }
                let leaf = &mut self.pending.leaves[li];
                if self.hits.is_empty() {
                    return;
                }
                if let Some(h) = self.hits.first_mut() {
                    h.evidence.push("pair:name");
                }
                let (node, esc, hole) = (leaf.node, leaf.raw_has_escape, leaf.hole);
                let text = std::mem::take(&mut leaf.text);
                self.fill_hole(node, &text, esc, hole);
            }
        }
    }

    /// Records the hits of a deferred leaf and sets the replacement of its
    /// hole in the pending buffer.
    fn fill_hole(&mut self, node: u32, text: &str, raw_has_escape: bool, hole: usize) {
        let raw = {
            let h = &self.pending.holes[hole];
            self.pending
                .buf
                .get(h.start..h.end)
                .map(<[u8]>::to_vec)
                .unwrap_or_default()
        };
        let replacement = self.apply_hits(node, text, raw_has_escape, &raw);
        self.pending.holes[hole].replacement = replacement;
    }

    /// A numeric measure type (`measures: [{"value": 65750, "type": 1}]`)
    /// names what its sibling `value` holds, as a string pair name would.
    fn note_measure_code(&mut self) {
        let depth = self.stack.len();
        if depth < 2 || self.text.len() > 4 {
            return;
        }
        let top = &self.stack[depth - 1];
        let list = &self.stack[depth - 2];
        if !top.is_object || top.pair.is_some() || list.is_object {
            return;
        }
        // The key test first: folding the list's key allocates.
        let is_type = self
            .nodes
            .key_text(top.key_node)
            .is_some_and(|k| k.eq_ignore_ascii_case("type"));
        if !is_type
            || !self.nodes.key_text(list.node).is_some_and(|k| {
                super::measure_codes::is_measure_list_key(&super::nodes::fold_key(k))
            })
        {
            return;
        }
        let Some(name) = self
            .text
            .parse::<u32>()
            .ok()
            .and_then(super::measure_codes::measure_name)
        else {
            return;
        };
        let named = crate::keys::classify_key(name);
        if let Some(top) = self.stack.last_mut() {
            top.pair = Some(named);
            top.flags |= ContextFlags::HEALTH;
        }
    }

    /// Walks the enclosing frames from `from` outwards (up to the record) and
    /// returns the first decisive context.
    /// Inside a FHIR clinical resource, at `idx` or any frame enclosing it.
    /// Whether a value of `category` at frame `idx` is health data by what
    /// encloses it, and by what: [`CLINICAL`] or [`ContextFlags::HEALTH`].
    fn health_at_or_above(&self, category: Category, idx: usize) -> Option<ContextFlags> {
        if category != Category::HealthMetric {
            return None;
        }
        let frames = &self.stack[..(idx + 1).min(self.stack.len())];
        if frames
            .iter()
            .rev()
            .take(64)
            .any(|f| f.flags.intersects(CLINICAL))
        {
            return Some(CLINICAL);
        }
        let own = frames.last()?;
        // A sample inside a health collection (Oura `sleep: {data: [{…}]}`,
        // `vitals: [...]`): its statistic, duration and version keys are
        // the sample's own. A font, a parcel or a table of aggregates is
        // still none.
        let vetoes = ContextFlags::FONT | ContextFlags::PARCEL;
        let in_collection = !own.flags.intersects(vetoes)
            && !own.container.intersects(vetoes | ContextFlags::AGGREGATE)
            && own.flags.intersects(ContextFlags::HEALTH)
            && frames
                .iter()
                .rev()
                .skip(1)
                .take(6)
                .any(|f| f.container.intersects(ContextFlags::HEALTH));
        in_collection.then_some(ContextFlags::HEALTH)
    }

    fn decide_outward(&self, category: Category, from: usize) -> Option<(bool, ContextFlags)> {
        if let Some(by) = self.health_at_or_above(category, from) {
            return Some((true, by));
        }
        let stop = if self.record_depth > 0 {
            self.record_depth - 1
        } else {
            0
        };
        let mut i = from;
        loop {
            let f = self.stack.get(i)?;
            let hist = self.nodes.nodes[f.node as usize].hist;
            if let Some(d) = decide(category, f.container, f.flags, hist) {
                return Some((d && !self.vetoed_above(category, i), f.flags | hist));
            }
            if i == 0 || i <= stop || from - i >= 64 || !classify::walks_outward(category) {
                return None;
            }
            i -= 1;
        }
    }

    /// Resolves the pending leaves waiting on the object at `idx`, which is
    /// closing: its context is now complete.
    fn resolve_at(&mut self, idx: usize) {
        let is_record = self.record_depth == idx + 1;
        let mut waiting: Vec<usize> = (0..self.pending.leaves.len())
            .filter(|&i| !self.pending.leaves[i].resolved && self.pending.leaves[i].wait == idx)
            .collect();
        self.stack[idx].pending = 0;
        for &li in &waiting {
            if self.pending.leaves[li].held.is_some() {
                self.resolve_held(li, idx, false);
            }
        }
        waiting
            .retain(|&li| !self.pending.leaves[li].resolved && self.pending.leaves[li].wait == idx);
        for &li in &waiting {
            if let Some(is_number) = self.pending.leaves[li].awaits_pair {
                self.resolve_by_pair_name(li, idx, is_number);
            }
        }
        waiting.retain(|&li| !self.pending.leaves[li].resolved);
        for &li in &waiting {
            if self.pending.leaves[li].object_rule.is_some() {
                self.resolve_by_object(li, idx);
            }
        }
        waiting.retain(|&li| !self.pending.leaves[li].resolved);
        for li in waiting {
            let category = self.pending.leaves[li].category;
            // The record holding a labelled pair (Personio `attributes`
            // with `email`, `first_name`): its own identifying keys, not
            // the pair's key (`preferred_name`), make the name a person's.
            if self.pending.leaves[li].pair_outward {
                let f = &self.stack[idx];
                let person = f.flags.intersects(STRONG_PERSON | IDENTIFIED)
                    && decide_flags(category, f.container, f.flags) == Some(true)
                    && !self.vetoed_above(category, idx);
                self.resolve_leaf(li, person, "context:person");
                continue;
            }
            let outer = (0..idx).rev().find(|&j| self.stack[j].is_object);
            // A name in a labelled pair (Personio `preferred_name: {label,
            // value}`) is the person's whose attributes hold the pair: its
            // own object has no person key, the one around it may.
            let pair_name = category == Category::PersonName
                && self.stack[idx]
                    .pair
                    .is_some_and(|p| p.category == Some(Category::PersonName))
                && self.nodes.nodes[self.pending.leaves[li].node as usize]
                    .key
                    .sibling
                    .intersects(ContextFlags::PAIR_VALUE);
            let can_wait = !is_record
                && outer.is_some_and(|j| j + 1 >= self.record_depth)
                && (classify::walks_outward(category) || pair_name);
            // The closing object is complete; enclosing objects are not yet:
            // wait for them rather than judge from their first keys or from
            // earlier records.
            let frame = &self.stack[idx];
            // A field label (`{"name": "Height", "choice": "185 cm"}`): its
            // sibling value is what it names, it is nobody's name, even
            // beside an e-mail address.
            let leaf_node = self.pending.leaves[li].node;
            if category == Category::PersonName
                && frame.flags.intersects(ContextFlags::PAIR_VALUE)
                && frame
                    .pair
                    .is_some_and(|p| p.category.is_some() && !p.is_meta)
                && !self.nodes.nodes[leaf_node as usize]
                    .key
                    .sibling
                    .intersects(ContextFlags::PAIR_VALUE)
            {
                self.resolve_leaf(li, false, "context:field_label");
                continue;
            }
            if self.size_of_device(category, &self.pending.leaves[li].key, idx) {
                self.resolve_leaf(li, false, "context:device");
                continue;
            }
            // A nickname read before its object's device keys (Kasa
            // `get_sysinfo`: `alias` first, `mac` later).
            if self.names_nickname(category, self.pending.leaves[li].node)
                && (frame.container.intersects(ContextFlags::DEVICE)
                    || (frame.flags.intersects(ContextFlags::DEVICE)
                        && !frame.flags.intersects(STRONG_PERSON | IDENTIFIED)))
            {
                self.pending.leaves[li].category = Category::DeviceId;
                self.resolve_leaf(li, true, "context:device");
                continue;
            }
            // A client's name is a customer's unless its object describes
            // software (Mailgun `client-info` with its OS and user agent, an
            // OAuth client's `redirect_uris`): product or matter keys beside
            // it (an insurer's `product`) make no thing of the client.
            if self.pending.leaves[li].key.evidence == classify::CLIENT_NAME {
                let software = ContextFlags::DEVICE
                    | ContextFlags::HTTP_HEADERS
                    | ContextFlags::TECHNICAL
                    | ContextFlags::PROGRAM
                    | SOFTWARE_ACTOR;
                let flags = frame.container | frame.flags;
                let ev = context_evidence(flags);
                self.resolve_leaf(li, !flags.intersects(software), ev);
                continue;
            }
            let decision = if let Some(by) = self.health_at_or_above(category, idx) {
                Some((true, by))
            } else if can_wait {
                let f = &self.stack[idx];
                let hist = self.nodes.nodes[f.node as usize].hist;
                // The pair's own keys (`label`, `value`) veto a `name` that
                // labels a field, not the name the pair holds; and the key
                // naming the pair (`preferred_name`) confirms nothing alone.
                let own = if pair_name {
                    ContextFlags::PAIR_NAME | ContextFlags::PAIR_VALUE | ContextFlags::PERSON
                } else {
                    ContextFlags::NONE
                };
                decide(
                    category,
                    f.container.without(own),
                    f.flags.without(own),
                    hist.without(own),
                )
                .map(|d| (d && !self.vetoed_above(category, idx), f.flags | hist))
            } else {
                self.decide_outward(category, idx)
            };
            // A sample typed by a health platform's data type is one
            // account's, whatever container holds it (Google Fit's time
            // `bucket`s); other context speaks first.
            let decision = match decision {
                Some((true, _)) => decision,
                _ if category == Category::HealthMetric
                    && self.stack[idx].flags.intersects(HEALTH_TYPED) =>
                {
                    Some((true, ContextFlags::HEALTH))
                }
                _ => decision,
            };
            match (decision, outer) {
                (Some((positive, flags)), _) => {
                    let leaf = &mut self.pending.leaves[li];
                    leaf.category =
                        name_or_handle(category, &leaf.key, self.stack[idx].flags, &leaf.text);
                    self.resolve_leaf(li, positive, context_evidence(flags))
                }
                (None, Some(j)) if can_wait => {
                    self.pending.leaves[li].pair_outward = pair_name;
                    self.pending.leaves[li].wait = j;
                    self.stack[j].pending += 1;
                }
                _ => self.resolve_leaf(
                    li,
                    classify::default_without_context(category),
                    "context:default",
                ),
            }
        }
    }

    /// Decides a leaf under an [`ObjectRule`] by the flags of the object at
    /// `idx` (gone already: not positive).
    fn resolve_by_object(&mut self, li: usize, idx: usize) {
        let Some(rule) = self.pending.leaves[li].object_rule else {
            return;
        };
        let flags = self
            .stack
            .get(idx)
            .map_or(ContextFlags::NONE, |f| f.container | f.flags);
        let (category, evidence, context) = rule.verdict();
        let leaf = &mut self.pending.leaves[li];
        leaf.category = category;
        leaf.key = KeyInfo {
            category: Some(category),
            strength: KeyStrength::Contextual,
            confidence: 0.65,
            evidence,
            ..KeyInfo::default()
        };
        self.resolve_leaf(li, rule.holds(flags), context);
    }

    fn resolve_leaf(&mut self, li: usize, positive: bool, ev: &'static str) {
        let leaf = &mut self.pending.leaves[li];
        leaf.resolved = true;
        self.pending.unresolved = self.pending.unresolved.saturating_sub(1);
        let (node, key, category, esc, hole) = (
            leaf.node,
            leaf.key,
            leaf.category,
            leaf.raw_has_escape,
            leaf.hole,
        );
        let positive = positive && !(leaf.reference_bound && category == Category::HealthMetric);
        let wait = leaf.wait;
        // Inside a business or an institution (a school's `location`
        // decided by its `state_id`), as for hits found at the leaf.
        let positive = positive && !(place_category(category) && self.place_from(wait + 1));
        let positive = positive
            && !(place_category(category)
                && self
                    .stack
                    .get(wait)
                    .is_some_and(|f| org_tagged_business(f.flags)));
        let leaf = &mut self.pending.leaves[li];
        let text = std::mem::take(&mut leaf.text);
        self.hits.clear();
        classify::finish_contextual(category, &key, positive, ev, &mut self.hits);
        if self.hits.is_empty() {
            return;
        }
        self.fill_hole(node, &text, esc, hole);
    }

    /// Decides every pending leaf with the context known so far.
    fn force_pending(&mut self, out: &mut Vec<u8>) {
        for li in 0..self.pending.leaves.len() {
            if self.pending.leaves[li].resolved {
                continue;
            }
            if self.pending.leaves[li].held.is_some() {
                let wait = self.pending.leaves[li].wait;
                self.resolve_held(li, wait.min(self.stack.len().saturating_sub(1)), true);
                if self.pending.leaves[li].resolved {
                    continue;
                }
            }
            if let Some(is_number) = self.pending.leaves[li].awaits_pair {
                // Resolves it, or leaves an ordinary contextual leaf (a
                // frame already gone has no pair name: not PII).
                let wait = self.pending.leaves[li].wait;
                self.resolve_by_pair_name(li, wait, is_number);
                if self.pending.leaves[li].resolved {
                    continue;
                }
            }
            if self.pending.leaves[li].object_rule.is_some() {
                let wait = self.pending.leaves[li].wait;
                self.resolve_by_object(li, wait);
                continue;
            }
            let (category, wait) = (
                self.pending.leaves[li].category,
                self.pending.leaves[li].wait,
            );
            let d = self.decide_outward(category, wait.min(self.stack.len().saturating_sub(1)));
            let positive = d
                .map(|(p, _)| p)
                .unwrap_or_else(|| classify::default_without_context(category));
            let ev = d
                .map(|(_, f)| context_evidence(f))
                .unwrap_or("context:default");
            self.resolve_leaf(li, positive, ev);
        }
        for f in &mut self.stack {
            f.pending = 0;
        }
        self.flush_pending(out);
    }

    fn flush_pending(&mut self, out: &mut Vec<u8>) {
        let pending = std::mem::take(&mut self.pending);
        if self.redact {
            let mut last = 0;
            for h in &pending.holes {
                out.extend_from_slice(&pending.buf[last..h.start]);
                match &h.replacement {
                    Some(r) => out.extend_from_slice(r),
                    None => out.extend_from_slice(&pending.buf[h.start..h.end]),
                }
                last = h.end;
            }
            out.extend_from_slice(&pending.buf[last..]);
        }
        // Keep the allocations for the next deferral.
        let mut reuse = pending;
        reuse.buf.clear();
        reuse.holes.clear();
        reuse.leaves.clear();
        reuse.active = false;
        reuse.unresolved = 0;
        self.pending = reuse;
    }

    /// After an error: decides what is pending, writes everything that was
    /// scanned, and returns the offset (in the last input) from which bytes
    /// were not yet written. Resets the parser for a new document.
    pub(crate) fn salvage(&mut self, out: &mut Vec<u8>) -> usize {
        if self.pending.active {
            self.force_pending(out);
        }
        let from = self.copy_from;
        self.reset_parser();
        from
    }

    pub(crate) fn reset_parser(&mut self) {
        self.stack.clear();
        self.expect = Expect::Value;
        self.string_resume = 0;
        self.record_depth = 0;
        self.record_mask = 0;
        self.other_record_depth = 0;
        self.other_record_mask = 0;
        self.doc_mask = 0;
        self.doc_records = 0;
        self.pending = Pending::default();
    }

    /// Scans a text that is not valid JSON (a broken NDJSON line) and writes
    /// it with detected spans replaced. Invalid UTF-8 bytes are kept as they
    /// are (they cannot hold text).
    pub(crate) fn redact_text(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        let mut rest = bytes;
        while !rest.is_empty() {
            let (valid, invalid_len) = match std::str::from_utf8(rest) {
                Ok(s) => (s, 0),
                Err(e) => {
                    let (v, _) = rest.split_at(e.valid_up_to());
                    let bad = e.error_len().unwrap_or(rest.len() - e.valid_up_to());
                    (std::str::from_utf8(v).unwrap_or(""), bad)
                }
            };
            self.redact_text_str(valid, out);
            let skip = valid.len() + invalid_len;
            if self.redact {
                out.extend_from_slice(&rest[valid.len()..skip]);
            }
            rest = &rest[skip..];
        }
    }

    fn redact_text_str(&mut self, text: &str, out: &mut Vec<u8>) {
        if text.is_empty() {
            return;
        }
        self.findings.clear();
        self.settings.scanner.scan(text, &mut self.findings);
        let findings = std::mem::take(&mut self.findings);
        let rule = NodeRule::default();
        let mut last = 0;
        let mut mask = 0u32;
        for f in &findings {
            if f.start < last || !text.is_char_boundary(f.start) || !text.is_char_boundary(f.end) {
                continue;
            }
            let hit = Hit {
                category: f.category,
                confidence: f.confidence,
                evidence: Evidence::one(f.evidence),
                provider: f.provider,
                span: Some((f.start, f.end)),
            };
            self.record_hit(ROOT, &hit, &text[f.start..f.end]);
            mask |= 1 << f.category.index();
            let op = match self.settings.op_for(&rule, f.category) {
                Operator::Keep => continue,
                Operator::Null => Operator::Label,
                op => op,
            };
            let rep = op.replace_text(
                f.category,
                &text[f.start..f.end],
                self.settings.pseudonymizer.as_ref(),
            );
            if self.redact {
                out.extend_from_slice(&text.as_bytes()[last..f.start]);
                out.extend_from_slice(rep.as_bytes());
            }
            last = f.end;
            self.redacted += 1;
            self.redacted_by_category[f.category.index()] += 1;
        }
        if self.redact {
            out.extend_from_slice(&text.as_bytes()[last..]);
        }
        self.findings = findings;
        self.count_record(mask);
    }

    /// Converts the per-node statistics into a mergeable outcome.
    pub(crate) fn into_outcome(self, bytes: u64) -> Outcome {
        let mut outcome = Outcome {
            records: self.records,
            records_with_findings: self.records_with_findings,
            bytes,
            leaves: self.leaves,
            redacted: self.redacted,
            redacted_by_category: self.redacted_by_category,
            ..Outcome::default()
        };
        for (id, node) in self.nodes.nodes.iter().enumerate() {
            if node.leaves == 0 && node.stats.is_empty() {
                continue;
            }
            let path = self.nodes.path(id as u32);
            if node.leaves > 0 {
                outcome.leaves_per_path.insert(path.clone(), node.leaves);
            }
            for (category, acc) in &node.stats {
                outcome
                    .fields
                    .insert((path.clone(), *category), acc.clone());
            }
        }
        for c in Category::ALL {
            let i = c.index();
            if self.cat_values[i] > 0 {
                outcome.categories.insert(
                    c,
                    super::stats::CategoryAcc {
                        values: self.cat_values[i],
                        records: self.cat_records[i],
                        distinct: self.cat_distinct[i].clone().unwrap_or_else(|| Hll::new(12)),
                    },
                );
            }
        }
        for ((provider, category), (count, hll, nodes)) in self.secrets {
            outcome.secrets.insert(
                (provider.to_string(), category),
                SecretAcc {
                    count,
                    distinct: hll,
                    paths: nodes.iter().map(|&n| self.nodes.path(n)).collect(),
                },
            );
        }
        outcome
    }
}

fn show(b: u8) -> String {
    if b.is_ascii_graphic() {
        format!("`{}`", b as char)
    } else {
        format!("byte 0x{b:02x}")
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn private_flags_take_no_public_bit() {
        use ContextFlags as F;
        let public = [
            F::PERSON,
            F::HEALTH,
            F::MEDIA,
            F::FONT,
            F::PARCEL,
            F::AGGREGATE,
            F::HTTP_HEADERS,
            F::DEVICE,
            F::WIFI,
            F::GEO,
            F::PAIR_NAME,
            F::PAIR_VALUE,
            F::COLUMNS,
            F::ROWS,
            F::SECRETS,
            F::TECHNICAL,
            F::THING,
            F::HOME,
            F::PLACE,
            F::CARD,
            F::ADVERTISING,
            F::PROGRAM,
            F::ANIMAL,
            F::REGISTRY,
        ];
        let private = [
            super::SALTED,
            SOFTWARE_ACTOR,
            super::BODY_STATISTIC,
            super::HOME_NAMED,
            super::GROUP_ROW,
            super::STRONG_PERSON,
            super::CLINICAL,
            super::FULL_NAME,
            super::IDENTIFIED,
            super::NAMED_THING,
            super::ORG_TAGGED,
            super::PERSON_NAMED,
            super::HEALTH_TYPED,
            super::RECORD_KEYED,
            super::FINDING_CODED,
            super::BIRTH_DATED,
            super::AUDIT_EVENT,
        ];
        let mut seen = F::NONE;
        for f in public.iter().chain(private.iter()) {
            assert_eq!(f.0.count_ones(), 1, "{f:?}");
            assert!(!seen.intersects(*f), "bit used twice: {f:?}");
            seen |= *f;
        }
    }
    use super::{
        held_vetoed, is_home_name, is_merchant_category_code, is_no_reply_mailbox,
        is_release_version, is_service_account_mailbox, is_software_actor, is_software_object,
        starts_with_owner, url_last_segment, ContextFlags, Evidence, Hit, SOFTWARE_ACTOR,
    };
    use crate::Category;

    #[test]
    fn schema_bounds_and_types() {
        assert!(super::is_schema_constraint("maximum"));
        assert!(super::is_schema_constraint("minLength"));
        assert!(!super::is_schema_constraint("max"));
        assert!(!super::is_schema_constraint("average"));
        assert!(super::is_json_schema_type("number"));
        assert!(!super::is_json_schema_type("Person"));
    }

    #[test]
    fn organisation_tags_and_business_prefixes() {
        assert!(super::is_organisation_type("Organization", false));
        assert!(super::is_organisation_type("LocalBusiness", false));
        // `Account` names a business only as Salesforce's sObject type.
        assert!(!super::is_organisation_type("Account", false));
        assert!(super::is_organisation_type("Account", true));
        assert!(!super::is_organisation_type("Contact", true));
        assert!(!super::is_organisation_type("Person", false));
        assert!(super::is_individual_type("individual"));
        assert!(super::is_individual_type("Person"));
        assert!(!super::is_individual_type("merchant"));
        assert!(!super::is_individual_type("financial_institution"));
        assert_eq!(
            super::business_name_prefix("pickupbusinessname"),
            Some("pickup")
        );
        assert_eq!(super::business_name_prefix("storename"), None);
        assert_eq!(super::business_name_prefix("businessname"), None);
        assert_eq!(super::business_name_prefix("dropoffname"), None);
        assert_eq!(
            super::business_name_prefix("merchantname"),
            Some("location")
        );
        // A person account: a person's name outweighs the type tag.
        let tagged = super::ORG_TAGGED;
        assert!(super::org_tagged_business(tagged));
        assert!(!super::org_tagged_business(tagged | super::PERSON_NAMED));
    }

    #[test]
    fn person_resources() {
        for t in ["Patient", "Person", "RelatedPerson", "Practitioner"] {
            assert!(super::is_person_resource(t), "{t}");
        }
        for t in ["Organization", "Observation", "Bundle", "patient"] {
            assert!(!super::is_person_resource(t), "{t}");
        }
    }

    #[test]
    fn reverse_dns_types() {
        for t in [
            "com.google.weight",
            "com.google.step_count.delta",
            "com.samsung.health.heart_rate",
        ] {
            assert!(super::is_reverse_dns_type(t), "{t}");
        }
        for t in ["body.weight", "com.weight", "user.metrics.weight", "weight"] {
            assert!(!super::is_reverse_dns_type(t), "{t}");
        }
    }

    #[test]
    fn merchant_category_codes() {
        for t in ["5814", "0742", "5411"] {
            assert!(is_merchant_category_code(t), "{t}");
        }
        // Mobile country codes have three digits.
        for t in ["262", "310", "58140", "58a4", ""] {
            assert!(!is_merchant_category_code(t), "{t}");
        }
    }

    #[test]
    fn cloud_principal_types_are_software() {
        // CloudTrail's session issuer, GuardDuty's access key user, an
        // Entra ID audit target.
        for t in [
            "Role",
            "AWSService",
            "ServicePrincipal",
            "bot",
            "bot_message",
        ] {
            assert!(is_software_actor(t), "{t}");
        }
        // CloudTrail's assumed role is often a person's session.
        for t in [
            "IAMUser",
            "User",
            "Root",
            "FederatedUser",
            "Member",
            "AssumedRole",
        ] {
            assert!(!is_software_actor(t), "{t}");
        }
    }

    #[test]
    fn held_hits_and_their_vetoes() {
        let hit = |category| Hit {
            category,
            confidence: 0.9,
            evidence: Evidence::one("key:test"),
            provider: None,
            span: None,
        };
        let place = ContextFlags::PLACE;
        assert!(held_vetoed(&hit(Category::PostalAddress), place));
        assert!(held_vetoed(&hit(Category::GeoLocation), place));
        assert!(held_vetoed(&hit(Category::PersonName), place));
        assert!(!held_vetoed(&hit(Category::Username), place));
        assert!(held_vetoed(&hit(Category::Username), SOFTWARE_ACTOR));
        assert!(held_vetoed(&hit(Category::PersonName), SOFTWARE_ACTOR));
        assert!(!held_vetoed(&hit(Category::PostalAddress), SOFTWARE_ACTOR));
        assert!(!held_vetoed(&hit(Category::Email), place | SOFTWARE_ACTOR));
        assert!(!held_vetoed(
            &hit(Category::PersonName),
            ContextFlags::PERSON
        ));
        assert!(held_vetoed(&hit(Category::Demographic), super::GROUP_ROW));
        assert!(!held_vetoed(
            &hit(Category::Demographic),
            super::GROUP_ROW | super::IDENTIFIED
        ));
        assert!(!held_vetoed(&hit(Category::PersonName), super::GROUP_ROW));
    }

    #[test]
    fn software_objects() {
        for t in [
            "model",
            "assistant",
            "application",
            "organization.project.service_account",
        ] {
            assert!(is_software_object(t), "{t}");
        }
        for t in ["customer", "user", "list", "person", "model.customer"] {
            assert!(!is_software_object(t), "{t}");
        }
    }

    #[test]
    fn url_segments_name_pairs() {
        for (url, name) in [
            (
                "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
                "patient-mothersMaidenName",
            ),
            ("latitude", "latitude"),
            ("https://x.io/a/geolocation/", "geolocation"),
            ("https://x.io/Patient?_count=10", "Patient"),
            ("https://x.io/spec#section", "spec"),
        ] {
            assert_eq!(url_last_segment(url), name, "{url}");
        }
    }

    #[test]
    fn release_versions() {
        for t in ["537.36", "124.0", "124.0.6367.91", "v2.1.3-beta.1", "1.2"] {
            assert!(is_release_version(t), "{t}");
        }
        for t in [
            "3",
            "prompt-v12",
            "1.2.3.4.5",
            "v",
            "1..2",
            "2024-03-05",
            "W/1.0",
        ] {
            assert!(!is_release_version(t), "{t}");
        }
    }

    #[test]
    fn program_mailboxes() {
        let is_program_mailbox = |t: &str| is_no_reply_mailbox(t) || is_service_account_mailbox(t);
        for t in [
            "noreply@github.com",
            "no-reply@accounts.google.com",
            "MAILER-DAEMON@mx.example.com",
            "ci-deployer@proj-1.iam.gserviceaccount.com",
        ] {
            assert!(is_program_mailbox(t), "{t}");
        }
        for t in [
            "anna.weber@acme.io",
            "12345+annaw@users.noreply.github.com",
            "noreply",
            "reply@acme.io",
        ] {
            assert!(!is_program_mailbox(t), "{t}");
        }
        assert!(is_no_reply_mailbox("Do-Not-Reply@bank.example"));
        assert!(!is_no_reply_mailbox(
            "ci-deployer@proj-1.iam.gserviceaccount.com"
        ));
        assert!(!is_no_reply_mailbox("12345+annaw@users.noreply.github.com"));
    }

    #[test]
    fn owner_possessives() {
        for t in [
            "Kayla's Chime",
            "Emma\u{2019}s Echo Dot",
            "Carmen's Bedroom Heater",
        ] {
            assert!(starts_with_owner(t), "{t}");
        }
        for t in [
            "A person's phone number",
            "the user's phone",
            "Kitchen",
            "'s phone",
        ] {
            assert!(!starts_with_owner(t), "{t}");
        }
    }

    #[test]
    fn home_names() {
        for t in ["Home", "home", " My Home ", "Zuhause", "Maison"] {
            assert!(is_home_name(t), "{t}");
        }
        for t in ["Home Depot", "Homepage", "Nursing Home", "Weber", ""] {
            assert!(!is_home_name(t), "{t}");
        }
    }
}
