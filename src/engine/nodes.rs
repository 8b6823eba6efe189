//! Interned field paths. Every distinct wildcard path gets one node, created
//! once; per-record work is a lookup that usually hits the remembered next
//! sibling.

use super::parent_slots::ParentSlot;
use super::stats::FieldAcc;
use super::Settings;
use crate::keys::{classify_key, ContextFlags, KeyInfo, KeyStrength};
use crate::path::{push_index, push_key};
use crate::report::Scope;
use crate::{Category, Operator};
use foldhash::HashMap;

pub(crate) const ROOT: u32 = 0;
const NONE: u32 = u32::MAX;
/// Distinct keys kept under one object path before further keys collapse
/// into a `.*` wildcard (objects keyed by ids or e-mails).
const MAX_CHILDREN: usize = 2000;
/// Linear search up to this many children, a hash map above.
const LINEAR_LIMIT: usize = 24;

/// What a policy says about one path.
#[derive(Debug, Clone, Default)]
pub(crate) struct NodeRule {
    /// Kept exactly, not scanned.
    pub allow: bool,
    /// The policy does not know this path and wants unknown leaves redacted.
    pub redact_unknown: bool,
    /// Known field rules: (category, action, scope).
    pub fields: Vec<(Category, Operator, Scope)>,
}

/// How a node hangs below its parent.
#[derive(Debug, Clone)]
enum Segment {
    Root,
    Key(Box<str>),
    Index,
    Wildcard,
}

pub(crate) struct Node {
    parent: u32,
    segment: Segment,
    pub key: KeyInfo,
    children: Vec<(Box<[u8]>, u32)>,
    /// Key bytes to position in `children`, once there are many.
    index: Option<HashMap<Box<[u8]>, usize>>,
    hint: usize,
    elem: u32,
    wildcard: u32,
    /// Context flags seen on objects at this path in earlier records.
    pub hist: ContextFlags,
    pub leaves: u64,
    pub stats: Vec<(Category, FieldAcc)>,
    pub rule: NodeRule,
    /// The key names what a sibling `value` holds (`name`, `type`, `key`).
    pub names_pair: bool,
    /// What the key's string value tells about its object, if anything.
    pub role: KeyRole,
    /// A typed value slot (`fpVal`, `intVal`, `numericValue`): takes the
    /// category of an enclosing `{type, value}` pair.
    pub value_slot: bool,
    /// A full-name key (`real_name`, `fullName`, `displayName`).
    pub full_name: bool,
    /// A key a device's or a room's name sits under (`name`, `label`,
    /// `customName`, Ring's `description`, Alexa's `accountName`).
    pub device_name_slot: bool,
    /// A slot holding only what a pair name of this category names, and
    /// nothing else: a lab result's (`result`, `resultValue`) the reading
    /// a health pair name gives, an identity document's `number` (or
    /// `documentNumber`) the id its document type names
    /// (`{"documentType": "PASSPORT", "number": …}`).
    pub typed_slot: Option<Category>,
    /// A person's id (`userId`, `patient_id`, `athlete_id`).
    pub person_id: bool,
    /// An audit event's verb (`action: "repo.create"`, GitHub's audit
    /// log): the object records what its actor did.
    pub audit_action: bool,
    /// A type tag of an export format (DynamoDB `S`, MongoDB `$date`,
    /// Firestore `stringValue`): its value is its parent key's value.
    pub type_tag: bool,
    /// A password salt (`salt`, `passwordSalt`): its object stores a
    /// salted password hash.
    pub salt: bool,
    /// The slot of a stored hash (`hash`, `hashValue`, `digest`): a
    /// password hash when a salt sits beside it.
    pub hash_slot: bool,
    /// A count of the members of a group (`n`, `doc_count`,
    /// `sample_size`) or a group's label (`age_group`, `cohort`): its
    /// object describes many people.
    pub group_marker: bool,
    /// A key that names a series of readings (`data`, `values`, `samples`,
    /// `dataset`): under a measure's name, its rows are that measure's.
    pub series: bool,
    /// FHIR's `extension` or `modifierExtension`: in a resource, a list of
    /// `{url, value[x]}` fields, not a thing (a browser's or a file's).
    pub fhir_extension: bool,
    /// A reference range (`referenceRange`, `normal_range`): the bounds
    /// under it are a lab's norm, no one's reading.
    pub reference_range: bool,
    /// A Kubernetes API object's `apiVersion`.
    pub api_version: bool,
    /// Pulumi's secret sigil key (see [`PULUMI_SECRET_SIG`]): its object
    /// wraps a secret whose `plaintext` is what the object's key names.
    pub secret_sigil: bool,
    /// The provider the key names (`CLOUDFLARE_API_TOKEN` -> cloudflare),
    /// read once when the path is first met: a shapeless secret under it,
    /// or under an object it names, is rotated there.
    pub key_provider: Option<&'static str>,
    /// A key naming a user's home by name (August `HouseName`,
    /// `home_name`, `householdName`), read once per path.
    pub home_name_key: bool,
    /// A key naming what an entry of a health list is (`name`, `drug_name`,
    /// `reaction`; see `health_lists::is_entry_text_key`), read once per
    /// path.
    pub health_entry_text: bool,
    /// A key naming a movement's speed (`max_speed_kmh`, `avgPace`,
    /// `top_velocity`): its statistic is a trip's, a ride's or a run's
    /// own. Read once per path.
    pub movement_statistic: bool,
    /// The part of a flat record's key before a business's name
    /// (`pickup_business_name` -> `pickup`), folded.
    pub business_prefix: Option<Box<str>>,
    /// A flag marking an account as a program's when `true` (Discord's
    /// `bot`, `is_bot`, `isBot`).
    pub bot_flag: bool,
    /// What the key's presence says about its object.
    pub marker: ObjectMarker,
    /// A person's data under a role that refers to someone else
    /// (`author_email`, `maintainer`, `owner_email`): it makes its object
    /// no person's record.
    pub reference_key: bool,
}

/// Keys whose string value says something about their object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum KeyRole {
    #[default]
    None,
    /// FHIR's `resourceType`: whether the resource is clinical (health data
    /// about a patient).
    ResourceType,
    /// A FHIR Reference's `reference` (`Patient/81231`).
    FhirReference,
    /// A FHIR Reference's `display`: its target's name.
    FhirDisplay,
    /// The unit of a sibling `value` (`unit`, `unit_of_measurement`).
    Unit,
    /// Home Assistant's `entity_id` (`sun.sun`, `person.jane`).
    EntityId,
    /// Open Banking's `Identification`: what its sibling `SchemeName`
    /// (`UK.OBIE.SortCodeAccountNumber`, `UK.OBIE.PAN`) says it is.
    SchemeIdentification,
    /// A bound of a reference range (`min_range_value`, `refHigh`): the
    /// lab's norm, not the person's reading that a pair's `value` holds.
    ReferenceBound,
    /// What kind of account an actor is (`type`, `accountType`,
    /// `user_type`): a bot's or an app's name is no person's.
    ActorType,
    /// An API object's kind (OpenAI's and Stripe's `object: "model"`):
    /// a model's or an app's owner and name are no person's.
    ObjectKind,
    /// A `version`: a dotted release (`537.36`, `124.0`) makes its object
    /// a program's.
    Version,
    /// A merchant category code (`mcc`, `merchant_category_code`): four
    /// digits make the object a merchant's place.
    MerchantCode,
    /// The `ref` of a form answer's `field` (Typeform `answers[*].field.ref:
    /// "date_of_birth"`): the field's own name, which names the answer.
    FieldRef,
}

/// What a key's presence alone says about its object, beyond its
/// lexicon flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum ObjectMarker {
    #[default]
    None,
    /// A bank product's keys (Plaid's `official_name`, `balances`): the
    /// object's `name` is the product's.
    Product,
    /// Keycloak's `serviceAccountClientId`: the user is a client's service
    /// account, its `username` (`service-account-billing-worker`) a
    /// program's.
    ServiceAccount,
    /// The id keys of a form response or an order (Typeform `form_id`,
    /// `landing_id`, `response_id`; Shopify `order_number`): a bare
    /// `token` after them is the record's own id (Typeform's response
    /// token, Shopify's order token), no credential.
    Record,
}

impl KeyRole {
    fn of(key: &str) -> KeyRole {
        match key {
            "resourceType" => KeyRole::ResourceType,
            "reference" => KeyRole::FhirReference,
            "display" => KeyRole::FhirDisplay,
            "entity_id" => KeyRole::EntityId,
            "ref" => KeyRole::FieldRef,
            _ => {
                let folded = fold_key(key);
                match folded.as_str() {
                    "unit" | "units" | "uom" | "unitofmeasurement" | "unitofmeasure"
                    | "displayunit" => KeyRole::Unit,
                    "identification" => KeyRole::SchemeIdentification,
                    "type" | "accounttype" | "usertype" | "actortype" | "authortype"
                    | "sendertype" | "principaltype" | "subtype" => KeyRole::ActorType,
                    "object" => KeyRole::ObjectKind,
                    "version" => KeyRole::Version,
                    "mcc" | "merchantcategorycode" => KeyRole::MerchantCode,
                    f if is_reference_bound(f) => KeyRole::ReferenceBound,
                    _ => KeyRole::None,
                }
            }
        }
    }
}

/// A folded key naming someone an object refers to, with the part of
/// their data after it (`authoremail`, `maintaineremail`, `owneremail`,
/// `createdbyemail`).
fn is_reference_role(folded: &str) -> bool {
    [
        "author",
        "maintainer",
        "owner",
        "creator",
        "publisher",
        "uploader",
        "committer",
        "createdby",
        "updatedby",
        "modifiedby",
    ]
    .iter()
    .any(|r| {
        folded.strip_prefix(r).is_some_and(|rest| {
            [
                "email",
                "emailaddress",
                "mail",
                "name",
                "fullname",
                "displayname",
                "firstname",
                "lastname",
                "username",
                "login",
                "phone",
            ]
            .contains(&rest)
        })
    })
}

/// `minrangevalue`, `referencehigh`, `normalmax`, `lowerlimit`: a bound
/// of a normal or reference range.
fn is_reference_bound(folded: &str) -> bool {
    ["range", "reference", "normal", "limit", "threshold"]
        .iter()
        .any(|w| folded.contains(w))
        && folded.len() <= 40
}

pub(crate) struct Nodes {
    pub nodes: Vec<Node>,
}

impl Nodes {
    pub(crate) fn new(settings: &Settings) -> Nodes {
        let mut nodes = Nodes { nodes: Vec::new() };
        nodes.push(ROOT, Segment::Root, KeyInfo::default(), settings);
        nodes
    }

    /// The key a node hangs by, if it is an object member.
    /// The node's parent, if it has one.
    pub(crate) fn parent_of(&self, id: u32) -> Option<u32> {
        let p = self.nodes.get(id as usize)?.parent;
        (p != id).then_some(p)
    }

    pub(crate) fn key_text(&self, id: u32) -> Option<&str> {
        match &self.nodes.get(id as usize)?.segment {
            Segment::Key(k) => Some(k),
            _ => None,
        }
    }

    /// Whether the node's key names a series of readings (`dataset`); an
    /// element of a list answers for its list.
    pub(crate) fn is_series(&self, id: u32) -> bool {
        let Some(n) = self.nodes.get(id as usize) else {
            return false;
        };
        match n.segment {
            Segment::Index => self.nodes.get(n.parent as usize).is_some_and(|p| p.series),
            _ => n.series,
        }
    }

    /// The rendered JSONPath of a node (walks up to the root).
    pub(crate) fn path(&self, id: u32) -> String {
        let mut chain = Vec::new();
        let mut at = id;
        while let Some(n) = self.nodes.get(at as usize) {
            if matches!(n.segment, Segment::Root) {
                break;
            }
            chain.push(&n.segment);
            at = n.parent;
        }
        let mut path = String::from("$");
        for seg in chain.iter().rev() {
            match seg {
                Segment::Key(k) => push_key(&mut path, k),
                Segment::Index => push_index(&mut path),
                Segment::Wildcard => path.push_str(".*"),
                Segment::Root => {}
            }
        }
        path
    }

    fn push(&mut self, parent: u32, segment: Segment, key: KeyInfo, settings: &Settings) -> u32 {
        let id = self.nodes.len() as u32;
        self.nodes.push(Node {
            parent,
            segment,
            key,
            children: Vec::new(),
            index: None,
            hint: 0,
            elem: NONE,
            wildcard: NONE,
            hist: ContextFlags::NONE,
            leaves: 0,
            stats: Vec::new(),
            rule: NodeRule::default(),
            names_pair: false,
            role: KeyRole::None,
            value_slot: false,
            full_name: false,
            device_name_slot: false,
            typed_slot: None,
            person_id: false,
            audit_action: false,
            type_tag: false,
            salt: false,
            hash_slot: false,
            group_marker: false,
            bot_flag: false,
            marker: ObjectMarker::None,
            reference_key: false,
            series: false,
            fhir_extension: false,
            reference_range: false,
            api_version: false,
            secret_sigil: false,
            key_provider: None,
            home_name_key: false,
            health_entry_text: false,
            movement_statistic: false,
            business_prefix: None,
        });
        if settings.has_path_rules() {
            let rule = settings.rule_for(&self.path(id));
            self.nodes[id as usize].rule = rule;
        }
        id
    }

    /// The node of key `raw` (raw JSON bytes, escapes kept) under `parent`
    /// if that key was seen there before; the raw bytes were then already
    /// validated and decoded once.
    pub(crate) fn known_child(&mut self, parent: u32, raw: &[u8]) -> Option<u32> {
        let p = &mut self.nodes[parent as usize];
        if let Some((k, id)) = p.children.get(p.hint) {
            if &**k == raw {
                let id = *id;
                p.hint += 1;
                return Some(id);
            }
        }
        let i = match &p.index {
            Some(map) => map.get(raw).copied()?,
            None => p.children.iter().position(|(k, _)| &**k == raw)?,
        };
        // Records of one type list their keys in the same order: the next
        // key is most likely the next child.
        p.hint = i + 1;
        p.children.get(i).map(|&(_, id)| id)
    }

    /// Whether a key `raw` (raw JSON bytes) was read under `parent`.
    fn has_child(&self, parent: u32, raw: &[u8]) -> bool {
        self.nodes
            .get(parent as usize)
            .is_some_and(|p| p.children.iter().any(|(k, _)| &**k == raw))
    }

    /// Adds the node of key `raw` (raw JSON bytes, escapes kept) under
    /// `parent`, after [`Self::known_child`] found none; `text` is the
    /// unescaped key. Past [`MAX_CHILDREN`] keys the parent's wildcard node
    /// stands for every new key.
    pub(crate) fn new_child(
        &mut self,
        parent: u32,
        raw: &[u8],
        text: &str,
        settings: &Settings,
    ) -> u32 {
        let p = &self.nodes[parent as usize];
        if p.children.len() >= MAX_CHILDREN {
            if p.wildcard == NONE {
                let id = self.push(parent, Segment::Wildcard, KeyInfo::default(), settings);
                self.nodes[parent as usize].wildcard = id;
            }
            return self.nodes[parent as usize].wildcard;
        }
        let parent_node = &self.nodes[parent as usize];
        let type_tag = is_type_tag(text, parent_node.type_tag);
        let key = if type_tag {
            // The wrapper is transparent: what its parent key says holds
            // for the value inside (`fullName: {S: "Anna Weber"}`).
            KeyInfo {
                sibling: ContextFlags::NONE,
                ..parent_node.key
            }
        } else if matches!(text, "Item" | "Items") {
            // DynamoDB `GetItem`/`Scan` output and exports: the record
            // itself, no product.
            KeyInfo::default()
        } else if self.answers_security_question(parent, text) {
            // `recovery_question: {question, answer}` (Okta), `security_
            // questions: [{question, answer}]`: the answer is a password.
            KeyInfo {
                category: Some(Category::Password),
                strength: KeyStrength::Strong,
                confidence: 0.85,
                evidence: SECURITY_ANSWER,
                ..KeyInfo::default()
            }
        } else if text == "value" && self.has_child(parent, b"keyName") {
            // An access key listed with its name (Azure `storage account
            // keys list`: `{"keyName": "key1", "value": "…"}`).
            let mut key = crate::keys::classify_key("secret");
            key.evidence = "context:named_access_key";
            key
        } else if is_one_of(text, &["login", "display_login"]) && self.under_organisation(parent) {
            // GitHub events' `org: {login: "octo-org", …}`: an
            // organisation's handle, no person's account.
            KeyInfo::default()
        } else if is_course_title_or_code(text) && self.under_course(parent) {
            // Moodle `courses[*].fullname` and `idnumber`: the course's
            // title and catalogue code, no person's name or id.
            KeyInfo::default()
        } else if let Some(slot) = self.parent_slot(parent, text) {
            match slot {
                // randomuser.me `location.street: {number, name}`.
                ParentSlot::StreetName => classify_key("streetname"),
                // randomuser.me `registered: {date, age}`: the account's.
                ParentSlot::AccountAge => KeyInfo::default(),
            }
        } else {
            key_under(text, parent_node.key)
        };
        let id = self.push(parent, Segment::Key(text.into()), key, settings);
        self.nodes[id as usize].type_tag = type_tag;
        // In a list's element (`settings: [{"id": "Gamertag", "value": …}]`,
        // FHIR `extension: [{"url": "…/patient-mothersMaidenName",
        // "valueString": …}]`), an `id` or `url` names the pair too.
        let in_element = matches!(self.nodes[parent as usize].segment, Segment::Index);
        self.nodes[id as usize].names_pair = key.sibling.intersects(ContextFlags::PAIR_NAME)
            || super::walker::is_pair_name_key(text)
            || (in_element && is_one_of(text, &["id", "url", "slug"]));
        let folded = fold_key(text);
        // DynamoDB's number tag (`age: {"N": "32"}`) counts no members.
        self.nodes[id as usize].group_marker = !type_tag && is_group_marker(&folded);
        self.nodes[id as usize].series = is_series_key(&folded);
        self.nodes[id as usize].fhir_extension =
            matches!(folded.as_str(), "extension" | "modifierextension");
        self.nodes[id as usize].reference_range = is_reference_range_key(&folded);
        self.nodes[id as usize].api_version = text == "apiVersion";
        self.nodes[id as usize].secret_sigil = text == PULUMI_SECRET_SIG;
        self.nodes[id as usize].key_provider = crate::keys::provider_of_key(text);
        self.nodes[id as usize].home_name_key = matches!(
            folded.as_str(),
            "housename" | "homename" | "householdname" | "homenickname"
        );
        self.nodes[id as usize].health_entry_text = super::health_lists::is_entry_text_key(text);
        self.nodes[id as usize].movement_statistic = ["speed", "pace", "velocity"]
            .iter()
            .any(|w| folded.contains(w));
        self.nodes[id as usize].business_prefix =
            super::walker::business_name_prefix(&folded).map(Box::from);
        self.nodes[id as usize].bot_flag = matches!(folded.as_str(), "bot" | "isbot");
        self.nodes[id as usize].reference_key = key.category.is_some()
            && key.strength == KeyStrength::Strong
            && is_reference_role(&folded);
        self.nodes[id as usize].marker = match folded.as_str() {
            "officialname" | "balances" => ObjectMarker::Product,
            "serviceaccountclientid" => ObjectMarker::ServiceAccount,
            "formid" | "landingid" | "responseid" | "submissionid" | "ordernumber"
            | "confirmationnumber" => ObjectMarker::Record,
            _ => ObjectMarker::None,
        };
        self.nodes[id as usize].role = KeyRole::of(text);
        self.nodes[id as usize].value_slot = is_value_slot(text);
        self.nodes[id as usize].full_name = is_full_name_key(text);
        self.nodes[id as usize].device_name_slot = is_device_name_slot(text);
        self.nodes[id as usize].typed_slot = typed_slot(text);
        let folded = fold_key(text);
        self.nodes[id as usize].salt = matches!(
            folded.as_str(),
            "salt" | "passwordsalt" | "hashsalt" | "usersalt"
        );
        // randomuser.me `login: {password, salt, md5, sha1, sha256}`: a
        // digest named by its algorithm beside a salt is the password's.
        self.nodes[id as usize].hash_slot = matches!(
            folded.as_str(),
            "hash"
                | "hashvalue"
                | "hashed"
                | "digest"
                | "md5"
                | "sha1"
                | "sha224"
                | "sha256"
                | "sha384"
                | "sha512"
        );
        self.nodes[id as usize].audit_action = text == "action";
        self.nodes[id as usize].person_id = key.category.is_none()
            && (key.sibling | key.parent).intersects(ContextFlags::PERSON)
            && ["id", "pk", "uuid", "guid"]
                .iter()
                .any(|end| folded.ends_with(end));
        let p = &mut self.nodes[parent as usize];
        p.children.push((raw.into(), id));
        p.hint = p.children.len();
        if p.children.len() > LINEAR_LIMIT {
            let map = p.index.get_or_insert_with(HashMap::default);
            if map.is_empty() {
                for (i, (k, _)) in p.children.iter().enumerate() {
                    map.insert(k.clone(), i);
                }
            } else {
                map.insert(raw.into(), p.children.len() - 1);
            }
        }
        id
    }

    /// Whether `text` is the `answer` of a security question: its object
    /// (or the list holding it) is named like `recovery_question` or
    /// `securityQuestions`.
    fn answers_security_question(&self, parent: u32, text: &str) -> bool {
        if !text.eq_ignore_ascii_case("answer") {
            return false;
        }
        let mut at = parent;
        while let Some(n) = self.nodes.get(at as usize) {
            match &n.segment {
                Segment::Index => at = n.parent,
                Segment::Key(k) => return is_security_question_key(k),
                _ => return false,
            }
        }
        false
    }

    /// The node of every element of the array at `parent`; elements inherit
    /// the array's key (`emails: ["a@x.io"]`).
    pub(crate) fn elem(&mut self, parent: u32, settings: &Settings) -> u32 {
        let p = &self.nodes[parent as usize];
        if p.elem != NONE {
            return p.elem;
        }
        let key = p.key;
        let id = self.push(parent, Segment::Index, key, settings);
        self.nodes[parent as usize].elem = id;
        id
    }
}

/// The key's own classification, refined by the key of the object it sits
/// in: a value holder takes its parent's category, name parts under a name
/// and address lines and the addressee under an address are recognised.
fn key_under(text: &str, parent_key: KeyInfo) -> KeyInfo {
    let mut key = classify_key(text);
    let parent_category = parent_key.category.filter(|_| !parent_key.is_meta);
    // `weight: {value: 82.5, unit: "kg"}`, SCIM `phoneNumbers: [{value: …,
    // type: "work"}]`: the value of a named quantity is what the name says;
    // `spo2: {value: {avg: 96.4, min: 93.1}}`: so are one person's
    // statistics of a measure.
    // `birthdays: [{text: "05/17/1990"}]`, `addresses: [{formattedValue:
    // …}]`: the written form of a person's datum.
    let text_of_parent = parent_category.is_some_and(|c| {
        matches!(
            c,
            Category::DateOfBirth
                | Category::PostalAddress
                | Category::Phone
                | Category::Email
                | Category::PersonName
                | Category::Demographic
        )
    }) && is_one_of(
        text,
        &["text", "formattedvalue", "formatted", "displayvalue"],
    );
    // Google Takeout `gender: {type: "female"}`, a claim system's type
    // code `gender: {code: "F", name: "Female"}`. The gender key's
    // evidence stays: only a gender code or word is one (Personio's
    // attribute `gender: {value: "female", type: "standard"}`).
    // ADP Workforce Now's `genderCode: {codeValue: "F", shortName:
    // "Female"}` and `maritalStatusCode: {codeValue: "M", longName:
    // "Married"}`: a code list entry's code and its names.
    let demographic_type = parent_category == Some(Category::Demographic)
        && matches!(parent_key.evidence, "key:gender" | "key:demographic")
        && is_one_of(
            text,
            &[
                "type",
                "code",
                "name",
                "display",
                "displayname",
                "description",
                "codevalue",
                "shortname",
                "longname",
            ],
        );
    let hash_of_password =
        parent_category == Some(Category::Password) && !key.is_meta && is_hash_holder(text);
    // HubSpot's `firstname: {value, versions: [{value, source-type}]}`,
    // `weight: {history: [{value, date}]}`: earlier values of the same
    // datum.
    let earlier_values = parent_category.is_some() && is_one_of(text, &["versions", "history"]);
    let holds_parent = (!key.is_meta
        && (is_value_holder(text) || is_unit_holder(text) || text_of_parent || earlier_values))
        || hash_of_password
        || demographic_type
        || (parent_category == Some(Category::HealthMetric) && is_statistic(text))
        || (parent_category.is_some_and(holds_identifiers) && is_identifier_slot(text));
    // A map keyed by index or time offset (`timeOffsetHeartRateSamples:
    // {"15": 75, "30": 75}`) holds readings of what its key names.
    let index_key = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if (key.category.is_none() || demographic_type) && (holds_parent || index_key) {
        if let Some(c) = parent_category {
            key.category = Some(c);
            key.strength = parent_key.strength;
            key.confidence = parent_key.confidence;
            key.evidence = if demographic_type {
                parent_key.evidence
            } else {
                "key:parent"
            };
            key.is_meta = false;
        }
    }
    // Plaid `numbers.ach[].account`: the account number on a payment rail.
    if parent_category == Some(Category::Iban)
        && key.category.is_none()
        && is_one_of(text, &["account", "number"])
    {
        key.category = Some(Category::Iban);
        key.strength = KeyStrength::Strong;
        key.confidence = 0.85;
        key.evidence = "key:parent";
        key.is_meta = false;
    }
    // A message's `from` and `to` (WhatsApp Cloud API, SMS gateways) and
    // a delivery status's `recipient_id`: bare E.164 digits there are the
    // party's phone number (`classify` checks the digits).
    if key.category.is_none() && is_one_of(text, &["from", "to", "recipient_id"]) {
        key.category = Some(Category::Phone);
        key.strength = KeyStrength::Contextual;
        key.confidence = 0.8;
        key.evidence = super::classify::MSISDN_SLOT;
        key.is_meta = false;
    }
    // Segment `context.device.id`, `device: {uuid: …}`: a device's own
    // identifier (a UUID or a long hex id; see `classify::key_accepts`).
    if parent_category.is_none()
        && parent_key.parent.intersects(ContextFlags::DEVICE)
        && key.category.is_none()
        && is_one_of(text, &["id", "uuid", "identifier"])
    {
        key.category = Some(Category::DeviceId);
        key.strength = KeyStrength::Contextual;
        key.confidence = 0.7;
        key.evidence = DEVICE_UUID;
    }
    // A push token (Segment `context.device.token`, Braze `push_tokens:
    // [{platform, token}]`): the address of one device's notifications,
    // no credential of an account.
    if key.evidence == BARE_TOKEN
        && !key.is_meta
        && (parent_category == Some(Category::DeviceId)
            || (parent_category.is_none() && parent_key.parent.intersects(ContextFlags::DEVICE)))
    {
        key.category = Some(Category::DeviceId);
        key.strength = KeyStrength::Strong;
        key.confidence = 0.8;
        key.evidence = PUSH_TOKEN;
    }
    if parent_category == Some(Category::DateOfBirth)
        && (key.category.is_none() || key.category == Some(Category::DateOfBirth))
        && is_date_part(text)
    {
        key.is_meta = false;
        // `birthdays: [{date: {year: 1985, month: 7, day: 14}}]` (Google
        // People, vCard): the parts of a birth date are the birth date.
        key.category = Some(Category::DateOfBirth);
        key.strength = KeyStrength::Strong;
        key.confidence = parent_key.confidence.max(0.85);
        key.evidence = BIRTH_DATE_PART;
    }
    if parent_category == Some(Category::PersonName) && is_name_part(text) {
        // `name: {family: "Chalmers", given: ["Peter"]}` (FHIR, vCard).
        key.category = Some(Category::PersonName);
        key.strength = KeyStrength::Strong;
        key.confidence = key.confidence.max(0.85);
        // `name: {middle: "Q"}`: a middle name keeps its evidence (an
        // initial is a whole middle name).
        if !matches!(
            key.evidence,
            crate::keys::MIDDLE_NAME | crate::keys::MIDDLE_INITIAL
        ) {
            key.evidence = "key:name_part";
        }
    }
    // A city or town object (`city: {name: "Berlin"}`) is a place, not
    // someone's address.
    let in_address = parent_category == Some(Category::PostalAddress)
        && !matches!(parent_key.evidence, "key:city" | "key:postcode");
    // A residence's `name` names the home, not an addressee.
    if in_address
        && key.category == Some(Category::Password)
        && is_one_of(text, &["pin", "pincode", "pin_code"])
    {
        // India's `address: {city: "Mumbai", pin: "400050"}`: the postal
        // index number of an address object, no secret.
        key = classify_key("postcode");
        key.strength = KeyStrength::Strong;
        key.confidence = key.confidence.max(0.8);
    } else if in_address
        && parent_key.evidence != "key:residence"
        && key.category == Some(Category::PersonName)
        && key.strength == KeyStrength::Contextual
    {
        // The `name` on a shipping or billing address is the addressee.
        key.strength = KeyStrength::Strong;
        key.confidence = key.confidence.max(0.8);
        key.evidence = "key:addressee";
    } else if in_address
        && key.category == Some(Category::PostalAddress)
        && key.strength == KeyStrength::Contextual
        && !key.is_meta
    {
        // `address.postal_code`: a postcode inside an address object is
        // part of that address.
        key.strength = KeyStrength::Strong;
        key.confidence = key.confidence.max(0.8);
    } else if in_address && key.category.is_none() && !key.is_meta && is_house_number_slot(text) {
        // `endereco: {numero: "1508"}`, `adresse: {numero: "14"}`: the
        // number of an address object is the house number.
        key.category = Some(Category::PostalAddress);
        key.strength = KeyStrength::Strong;
        key.confidence = 0.85;
        key.evidence = super::classify::HOUSE_NUMBER;
    } else if in_address && key.category.is_none() && !key.is_meta && is_address_line(text) {
        // `address.line1`, `shipping_address.street_line_2`: the lines
        // of an address object are the address.
        key.category = Some(Category::PostalAddress);
        key.strength = KeyStrength::Strong;
        key.confidence = 0.85;
        key.evidence = "key:address_line";
    }
    if let Some(notion) = notion_rich_text(text, parent_key) {
        key = notion;
    }
    key
}

/// Evidence of a Notion property's rich text (`properties: {"Home
/// address": {type: "rich_text", rich_text: [{plain_text: …}]}}`).
pub(crate) const NOTION_TEXT: &str = "key:notion_text";

/// The text of a Notion database property: a page's `properties` map is
/// keyed by its database's column names (`"Home address"`, `"Phone"`),
/// and a text column's value sits in `rich_text: [{plain_text, text:
/// {content}}]` (a title column's in `title: […]`). The column's name
/// decides, like a value slot's parent. `rich_text` and `plain_text` are
/// Notion's own words; `title` counts only under a column a key names
/// strongly (`"Full name"`, not a bare `Name`, the default title of any
/// database's rows), and `text`/`content` only inside such a list.
fn notion_rich_text(text: &str, parent_key: KeyInfo) -> Option<KeyInfo> {
    let category = parent_key.category.filter(|_| !parent_key.is_meta)?;
    if !matches!(
        category,
        Category::PersonName
            | Category::PostalAddress
            | Category::Phone
            | Category::Email
            | Category::DateOfBirth
            | Category::Username
            | Category::Demographic
            | Category::NationalId
    ) {
        return None;
    }
    let inside = parent_key.evidence == NOTION_TEXT;
    let holder = is_one_of(text, &["rich_text", "plain_text"])
        || (text == "title" && parent_key.strength == KeyStrength::Strong)
        || (inside && is_one_of(text, &["text", "content"]))
        // A date column (`Birthday: {type: "date", date: {start, end}}`).
        || (category == Category::DateOfBirth && text == "date")
        || (inside && category == Category::DateOfBirth && text == "start");
    if !holder {
        return None;
    }
    Some(KeyInfo {
        category: Some(category),
        strength: parent_key.strength,
        confidence: parent_key.confidence,
        evidence: NOTION_TEXT,
        is_meta: false,
        ..KeyInfo::default()
    })
}

/// Evidence of a bare `token` key (see `keys`).
const BARE_TOKEN: &str = "key:token";

/// Evidence of a device's push token (`device: {token: …}`).
const PUSH_TOKEN: &str = "key:push_token";

/// Evidence of the answer to a security or recovery question.
pub(crate) const SECURITY_ANSWER: &str = "key:security_answer";

/// A security or recovery question's key (`recovery_question`,
/// `securityQuestions`, `secret_question`, `passwordQuestion`).
fn is_security_question_key(key: &str) -> bool {
    let folded = fold_key(key);
    folded.len() <= 40
        && folded.contains("question")
        && ["security", "recovery", "secret", "password", "challenge"]
            .iter()
            .any(|w| folded.contains(w))
}

/// The stored hash of a password object (`password: {hash: {value: …,
/// algorithm: "BCRYPT"}}`, Auth0's `custom_password_hash.hash`).
fn is_hash_holder(key: &str) -> bool {
    is_one_of(key, &["hash", "hashvalue", "hashed", "passwordhash"])
}

/// A count of a group's members or a group's label (folded key): `n`,
/// `doc_count`, `age_group`, a count of people (`active_users`,
/// `patient_count`) or a statistic of their ages (`avg_age`: a person has
/// an age, a group an average age).
fn is_group_marker(folded: &str) -> bool {
    const PEOPLE: [&str; 8] = [
        "users",
        "members",
        "patients",
        "people",
        "persons",
        "customers",
        "participants",
        "subjects",
    ];
    const COUNTED: [&str; 7] = [
        "active", "total", "num", "number", "unique", "distinct", "new",
    ];
    let counted_people = PEOPLE.iter().any(|p| {
        let singular = &p[..p.len() - 1];
        folded
            .strip_suffix(p)
            .is_some_and(|head| COUNTED.contains(&head))
            || folded
                .strip_suffix("count")
                .is_some_and(|head| head == *p || head == singular)
    });
    let age_statistic = ["avg", "average", "mean", "median"]
        .iter()
        .any(|s| folded.strip_prefix(s) == Some("age"));
    counted_people
        || age_statistic
        || matches!(
            folded,
            "n" | "count"
                | "doccount"
                | "samplesize"
                | "respondents"
                | "participants"
                | "population"
                | "cardinality"
                | "bucketcount"
                | "valuecount"
                | "agegroup"
                | "agerange"
                | "agebracket"
                | "agecategory"
                | "agecohort"
                | "cohort"
                | "stratum"
        )
}

/// A key holding a series of readings (folded key).
fn is_series_key(folded: &str) -> bool {
    matches!(
        folded,
        "data"
            | "dataset"
            | "values"
            | "samples"
            | "items"
            | "readings"
            | "series"
            | "points"
            | "datapoints"
            | "measurements"
            | "entries"
            | "records"
    )
}

/// A reading in a row of a measure's series: a statistic (`Avg`, `max`),
/// a quantity (`qty`) or a sleep stage (`deep`, `rem`, `core`).
pub(crate) fn is_series_reading(key: &str) -> bool {
    is_statistic(key)
        || is_one_of(
            key,
            &[
                "qty", "quantity", "sum", "total", "deep", "light", "rem", "core", "awake", "wake",
            ],
        )
}

/// The typed value slot of a form answer (Typeform's `text`, `date`,
/// `number`): what the answer's field names.
pub(crate) fn is_answer_slot(key: &str) -> bool {
    is_one_of(key, &["text", "date", "number"])
}

/// The keys a course record (Moodle `core_course_get_courses`, a
/// user's `enrolledcourses`) names itself with: its full and display
/// title (`Introduction to Cognitive Psychology`, also `Ada Lovelace
/// Seminar`) and its catalogue code (`idnumber: "PSY101-2024-A"`).
fn is_course_title_or_code(key: &str) -> bool {
    is_one_of(key, &["fullname", "displayname", "idnumber"])
}

impl Nodes {
    /// What key `text` means under the key of `parent`, when that key
    /// changes it (see [`super::parent_slots`]).
    fn parent_slot(&self, parent: u32, text: &str) -> Option<ParentSlot> {
        if !is_one_of(text, &["name", "streetname", "street_name", "age"]) {
            return None;
        }
        let parent_key = self.key_text(parent)?;
        super::parent_slots::slot_under(&fold_key(parent_key), &fold_key(text))
    }

    /// Whether the object at `parent` is the value of an organisation key
    /// (`org`, `organization`, `organisation`; also an element of `orgs`).
    fn under_organisation(&self, parent: u32) -> bool {
        let mut id = parent;
        for _ in 0..2 {
            let Some(node) = self.nodes.get(id as usize) else {
                return false;
            };
            match &node.segment {
                Segment::Key(k) => {
                    return is_one_of(
                        k,
                        &[
                            "org",
                            "orgs",
                            "organization",
                            "organizations",
                            "organisation",
                            "organisations",
                        ],
                    )
                }
                Segment::Index => id = node.parent,
                _ => return false,
            }
        }
        false
    }

    /// Whether the object holding a key at `parent` is a course: `parent`
    /// is a key, or a list element under a key, whose last word is
    /// `course` or `courses` (`courses[*]`, `enrolledcourses[*]`,
    /// `course`).
    fn under_course(&self, parent: u32) -> bool {
        let mut id = parent;
        for _ in 0..2 {
            let Some(node) = self.nodes.get(id as usize) else {
                return false;
            };
            match &node.segment {
                Segment::Key(k) => return ends_with_course(k),
                Segment::Index => id = node.parent,
                _ => return false,
            }
        }
        false
    }
}

/// A key whose last word is `course` or `courses`, in any casing
/// (`enrolledcourses` too; not `discourse`).
fn ends_with_course(key: &str) -> bool {
    let lower = |tail: &str| {
        key.len() >= tail.len()
            && key
                .get(key.len() - tail.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(tail))
    };
    (lower("courses") || lower("course")) && !lower("discourse") && !lower("discourses")
}

/// `key` is one of `words`, ignoring ASCII case.
fn is_one_of(key: &str, words: &[&str]) -> bool {
    words.iter().any(|w| key.eq_ignore_ascii_case(w))
}

/// Categories whose objects keep the identifier itself in a generic slot:
/// Plaid `phone_numbers: [{data: "1112223333"}]`, `api_keys: [{key: …}]`.
fn holds_identifiers(category: Category) -> bool {
    matches!(
        category,
        Category::Phone
            | Category::ApiKey
            | Category::OauthToken
            | Category::Password
            | Category::DeviceId
            | Category::NationalId
    )
}

/// The generic slot of such an object.
fn is_identifier_slot(key: &str) -> bool {
    is_one_of(
        key,
        &[
            "data",
            "number",
            "nationalnumber",
            "national_number",
            "key",
            "secret",
            "token",
        ],
    )
}

/// A key holding the value of its parent (`value`, `amount`, `qty`).
/// Amazon Lex V2 writes a slot's value as what was said, what it was read
/// as and what it resolved to (`FirstName: {value: {originalValue,
/// interpretedValue, resolvedValues: […]}}`): each is the slot's datum.
fn is_value_holder(key: &str) -> bool {
    is_one_of(
        key,
        &[
            "value",
            "val",
            "amount",
            "quantity",
            "qty",
            "reading",
            "measurement",
            "measure",
            "originalValue",
            "interpretedValue",
            "resolvedValues",
        ],
    )
}

/// Units a body reading is written in, as the suffix of a unit-named
/// slot (Health Connect `weight: {inKilograms: 64.2}`, LibreLinkUp
/// `ValueInMgPerDl`). Lower case; compared ignoring case.
const READING_UNITS: &[&str] = &[
    "kilograms",
    "grams",
    "pounds",
    "ounces",
    "meters",
    "metres",
    "centimeters",
    "centimetres",
    "kilometers",
    "kilometres",
    "miles",
    "feet",
    "inches",
    "celsius",
    "fahrenheit",
    "percent",
    "kilocalories",
    "calories",
    "kilojoules",
    "millimetersofmercury",
    "mmhg",
    "mgperdl",
    "mmolperl",
    "milligramsperdeciliter",
    "millimolesperliter",
    "beatsperminute",
    "bpm",
];

/// A slot named after the unit of its parent's value (`inKilograms`,
/// `ValueInMgPerDl`): like `value`, it holds what the parent key names.
fn is_unit_holder(key: &str) -> bool {
    let b = key.as_bytes();
    let after_value = match b.get(..5) {
        Some(p) if p.eq_ignore_ascii_case(b"value") => {
            let rest = &b[5..];
            rest.strip_prefix(b"_").unwrap_or(rest)
        }
        _ => b,
    };
    let Some(unit) = after_value
        .get(..2)
        .filter(|p| p.eq_ignore_ascii_case(b"in"))
        .and_then(|_| after_value.get(2..))
    else {
        return false;
    };
    // The rest after `in` (or `in_`) must be a whole unit: `inches` and
    // `index` are no unit slots.
    let unit = unit.strip_prefix(b"_").unwrap_or(unit);
    unit.first().is_some_and(u8::is_ascii_alphabetic)
        && READING_UNITS
            .iter()
            .any(|u| unit.eq_ignore_ascii_case(u.as_bytes()))
}

/// Evidence of the `id` of a device object.
pub(crate) const DEVICE_UUID: &str = "key:device_uuid";

/// Evidence of a year, month or day under a birth-date key.
pub(crate) const BIRTH_DATE_PART: &str = "key:birth_date_part";

/// A date, or one of its parts, inside a structured date.
fn is_date_part(key: &str) -> bool {
    is_one_of(
        key,
        &["date", "year", "month", "day", "yyyy", "mm", "dd", "value"],
    )
}

/// A statistic of a series (`avg`, `min`, `max`, `low`, `high`).
fn is_statistic(key: &str) -> bool {
    is_one_of(
        key,
        &[
            "avg", "average", "mean", "median", "min", "max", "low", "high", "lowest", "highest",
            "minimum", "maximum", "peak", "resting", "last", "latest",
            // A series of one person's readings (Oura `heart_rate: {interval,
            // items: [55.0, 54.0]}`).
            "items", "samples", "readings", "series",
        ],
    )
}

/// A part of a structured person name.
fn is_name_part(key: &str) -> bool {
    is_one_of(
        key,
        &[
            "text",
            "family",
            "given",
            "first",
            "last",
            "middle",
            "surname",
            "forename",
            "givenname",
            "familyname",
            "firstname",
            "lastname",
            "middlename",
            "formatted",
            "full",
            "fullname",
        ],
    )
}

/// A key naming one line of an address (`line1`, `addressLine2`,
/// `ligne_1`, `Zeile 2`), in any case and separator style.
fn is_address_line(key: &str) -> bool {
    let folded = fold_key(key);
    let word = folded.trim_end_matches(|c: char| c.is_ascii_digit());
    matches!(
        word,
        "line"
            | "ligne"
            | "linea"
            | "zeile"
            | "adresszeile"
            | "addressline"
            | "addrline"
            | "streetline"
            | "firstline"
            | "secondline"
            | "thirdline"
            // Street and unit parts that mean other things outside an
            // address: the Italian `via`, the French `complement`, the
            // Dutch `toevoeging` (house-number suffix).
            | "via"
            | "complement"
            | "toevoeging"
            | "aanvulling"
    )
}

/// The number slot of an address object (`numero`, `number`, `nr`).
fn is_house_number_slot(key: &str) -> bool {
    matches!(
        fold_key(key).as_str(),
        "numero" | "number" | "nr" | "no" | "num" | "nummer" | "hnr"
    )
}

/// Keys that spell out a person's full name.
fn is_full_name_key(key: &str) -> bool {
    let folded = fold_key(key);
    matches!(
        folded.as_str(),
        "realname" | "fullname" | "displayname" | "formattedname" | "completename"
    )
}

/// A key's ASCII letters and digits, lower-cased: `Display-Name`,
/// `display_name` and `displayName` all fold to `displayname`.
pub(crate) fn fold_key(key: &str) -> String {
    key.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A folded key naming a reference range (`referenceRange`,
/// `normal_range`, `ref_range`, `referenceInterval`).
fn is_reference_range_key(folded: &str) -> bool {
    [
        "referencerange",
        "normalrange",
        "refrange",
        "referenceinterval",
    ]
    .iter()
    .any(|w| folded.contains(w))
}

/// DynamoDB's tags whose values are strings (`{"N": "32"}`): a number
/// under one is no DynamoDB value (`{"S": 10, "M": 12}`, a size chart).
/// An Extended JSON or Firestore tag of a number written as a string
/// (`{"$numberLong": "1709640000000"}`, `{"integerValue": "42"}`).
pub(crate) fn is_numeric_string_tag(key: &str) -> bool {
    matches!(
        key,
        "$numberLong" | "$numberInt" | "$numberDouble" | "$numberDecimal" | "integerValue"
    )
}

pub(crate) fn is_string_type_tag(key: &str) -> bool {
    matches!(key, "S" | "N" | "B" | "SS" | "NS" | "BS")
}

/// A key that only says how its value is typed in an export format:
/// DynamoDB attribute values (`{"S": "…"}`, `{"N": "32"}`, `{"M": {…}}`),
/// MongoDB Extended JSON (`{"$date": …}`, `{"$numberLong": "…"}`),
/// Firestore REST values (`{"stringValue": …}`, `mapValue.fields`,
/// `arrayValue.values`) and Avro JSON unions (`{"string": …}`).
/// `under_tag` is whether the parent key is such a tag.
/// The key Pulumi marks a secret value's object with in state files and
/// stack exports (`{"4dabf18193072939515e22adb298388d":
/// "1b47061264138c4ac30d75fd1eb44270", "plaintext": "\"s3cr3t\""}`).
pub(crate) const PULUMI_SECRET_SIG: &str = "4dabf18193072939515e22adb298388d";

pub(crate) fn is_type_tag(key: &str, under_tag: bool) -> bool {
    const DYNAMODB: [&str; 10] = ["S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS"];
    const EXTENDED_JSON: [&str; 6] = [
        "$date",
        "$numberLong",
        "$numberInt",
        "$numberDouble",
        "$numberDecimal",
        "$oid",
    ];
    const FIRESTORE: [&str; 11] = [
        "stringValue",
        "integerValue",
        "doubleValue",
        "booleanValue",
        "timestampValue",
        "mapValue",
        "arrayValue",
        "geoPointValue",
        "referenceValue",
        "nullValue",
        "bytesValue",
    ];
    const AVRO: [&str; 6] = ["string", "int", "long", "double", "float", "boolean"];
    DYNAMODB.contains(&key)
        || EXTENDED_JSON.contains(&key)
        || FIRESTORE.contains(&key)
        || AVRO.contains(&key)
        || (under_tag && matches!(key, "fields" | "values"))
}

/// Keys that hold the value of a typed sample: `fpVal`, `intVal`,
/// `value`, `numericValue`, `doubleValue`.
fn is_value_slot(key: &str) -> bool {
    let folded = fold_key(key);
    folded.len() <= 14 && (folded.ends_with("val") || folded.ends_with("value"))
}

/// The category whose pair name alone fills the slot `key` (see
/// [`Node::typed_slot`]).
fn typed_slot(key: &str) -> Option<Category> {
    if ["result", "resultValue", "result_value"].contains(&key) {
        Some(Category::HealthMetric)
    } else if is_one_of(
        key,
        &[
            "number",
            "documentNumber",
            "document_number",
            "docNumber",
            "doc_number",
            "documentNo",
            "document_no",
        ],
    ) {
        Some(Category::NationalId)
    } else {
        None
    }
}

/// Keys a device's or a room's name sits under (`name`, `label`,
/// `customName`, Ring's `description`, Alexa's `accountName`).
fn is_device_name_slot(key: &str) -> bool {
    is_one_of(
        key,
        &[
            "name",
            "label",
            "displayname",
            "display_name",
            "title",
            "sourcename",
            "source_name",
            "customname",
            "friendly_name",
            "friendlyname",
            "devicename",
            "device_name",
            "description",
            "accountname",
        ],
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn reference_roles() {
        use super::is_reference_role;
        for k in [
            "authoremail",
            "maintaineremail",
            "ownerfullname",
            "createdbyemail",
        ] {
            assert!(is_reference_role(k), "{k}");
        }
        for k in [
            "author",
            "email",
            "ownership",
            "name",
            "authorization",
            "ownerid",
        ] {
            assert!(!is_reference_role(k), "{k}");
        }
    }

    use super::{is_address_line, is_group_marker, is_series_key, is_series_reading};

    #[test]
    fn form_answer_slots() {
        use super::{is_answer_slot, KeyRole};
        for k in ["text", "date", "number", "Text"] {
            assert!(is_answer_slot(k), "{k}");
        }
        for k in ["choice", "email", "type", "field"] {
            assert!(!is_answer_slot(k), "{k}");
        }
        assert_eq!(KeyRole::of("ref"), KeyRole::FieldRef);
    }

    #[test]
    fn unit_named_slots_hold_their_parent() {
        use super::is_unit_holder;
        for k in [
            "inKilograms",
            "inPounds",
            "inMillimetersOfMercury",
            "inCelsius",
            "ValueInMgPerDl",
            "value_in_mmolperl",
            "in_kilograms",
        ] {
            assert!(is_unit_holder(k), "{k}");
        }
        for k in [
            "inches",
            "index",
            "in",
            "inBytes",
            "value",
            "Value",
            "kilograms",
        ] {
            assert!(!is_unit_holder(k), "{k}");
        }
    }

    #[test]
    fn series_groups_and_readings() {
        for k in ["data", "dataset", "values", "samples", "datapoints"] {
            assert!(is_series_key(k), "{k}");
        }
        for k in ["metrics", "zones", "name", "summary"] {
            assert!(!is_series_key(k), "{k}");
        }
        for k in ["Avg", "Min", "max", "qty", "deep", "rem", "core"] {
            assert!(is_series_reading(k), "{k}");
        }
        for k in ["date", "source", "timestamp", "id", "time"] {
            assert!(!is_series_reading(k), "{k}");
        }
        for k in [
            "n",
            "count",
            "doccount",
            "samplesize",
            "agegroup",
            "cohort",
            "activeusers",
            "totalpatients",
            "usercount",
            "memberscount",
            "avgage",
            "medianage",
        ] {
            assert!(is_group_marker(k), "{k}");
        }
        for k in [
            "steps",
            "lapcount",
            "kudoscount",
            "age",
            "users",
            "user",
            "userid",
            "avgbmi",
        ] {
            assert!(!is_group_marker(k), "{k}");
        }
    }

    #[test]
    fn address_lines() {
        for k in [
            "line1",
            "line_2",
            "Line",
            "addressLine1",
            "street_line_2",
            "ligne1",
            "Zeile 2",
        ] {
            assert!(is_address_line(k), "{k}");
        }
        for k in [
            "lines",
            "online",
            "line_items",
            "headline",
            "deadline1",
            "timeline",
        ] {
            assert!(!is_address_line(k), "{k}");
        }
    }
}
