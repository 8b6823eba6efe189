//! Objects whose names, handles, addresses and numbers are no person's,
//! decided by their keys: places of business, bank products, realms and
//! identity providers, service accounts and bots, rooms, workouts,
//! precincts, placeholder accounts, Xbox ids and amounts under card keys.
//! Each rule with the person's record it must still redact.

mod common;

use common::{kept, redact, redact_as, redacted};
use leakscope::InputFormat;

#[test]
fn a_merchant_place_keeps_its_name_address_and_coordinates() {
    // The merchant category code comes last (Square `locations`).
    let out = redact(
        r#"{"locations":[{"name":"Blue Bottle Hayes Valley","address":{"address_line_1":"315 Linden St","locality":"San Francisco","postal_code":"94102"},"phone_number":"+1 415-555-0100","coordinates":{"latitude":37.7763,"longitude":-122.4238},"mcc":"5814"}]}"#,
    );
    for kept in [
        "Blue Bottle Hayes Valley",
        "315 Linden St",
        "San Francisco",
        "94102",
        "37.7763",
    ] {
        assert!(out.contains(kept), "{kept} gone in {out}");
    }
    // A mobile country code (three digits) beside a device's cell scan is
    // no merchant's: the device's coordinates stay the owner's.
    redacted(
        r#"{"cells":[{"mcc":262,"mnc":2,"cid":56789,"lat":52.52,"lon":13.4,"device_id":"abc"}]}"#,
        "52.52",
        "[GEO_LOCATION]",
    );
    // A customer's address without merchant keys stays a person's.
    redacted(
        r#"{"customers":[{"first_name":"Anna","address":{"address_line_1":"315 Linden St","postal_code":"94102"}}]}"#,
        "315 Linden St",
        "[POSTAL_ADDRESS]",
    );
    // Also in NDJSON, one location per line.
    let out = redact_as(
        "{\"name\":\"Blue Bottle\",\"address\":{\"address_line_1\":\"315 Linden St\"},\"mcc\":\"5814\"}\n",
        InputFormat::Ndjson,
    );
    assert!(out.contains("315 Linden St"), "{out}");
}

#[test]
fn a_company_register_key_after_the_street_makes_a_company() {
    kept(
        r#"{"firma":{"name":"Bienenwerk GmbH","strasse":"Industriestraße 12","plz":"04109","handelsregister":"HRB 12345"}}"#,
    );
    redacted(
        r#"{"kunde":{"vorname":"Anna","strasse":"Schillerstraße 7","plz":"04109"}}"#,
        "Schillerstraße 7",
        "[POSTAL_ADDRESS]",
    );
}

#[test]
fn a_bank_account_name_is_its_product() {
    let out = redact(
        r#"{"accounts":[{"account_id":"6Pd","balances":{"current":23631.98},"mask":"6666","name":"Plaid 401k","official_name":null,"owners":[{"names":["Alberta Charleson"]}]}]}"#,
    );
    assert!(out.contains("Plaid 401k"), "{out}");
    assert!(!out.contains("Alberta Charleson"), "{out}");
    // A user account's name stays the user's.
    redacted(
        r#"{"accounts":[{"account_id":"6Pd","name":"Alberta Charleson"}]}"#,
        "Alberta Charleson",
        "[PERSON_NAME]",
    );
}

#[test]
fn empty_and_flag_values_make_no_person_record() {
    // A transaction's description beside `account_owner: null`.
    kept(
        r#"{"added":[{"account_id":"x","account_owner":null,"amount":72.1,"name":"PURCHASE WM SUPERCENTER 1700"}]}"#,
    );
    // SMTP settings with an empty reply-to and a no-reply sender.
    let out = redact(
        r#"{"smtpServer":{"replyTo":"","from":"noreply@acme.io","fromDisplayName":"Acme SSO"}}"#,
    );
    assert!(out.contains("Acme SSO"), "{out}");
    // A realm's settings flag.
    kept(r#"{"realm":"acme","displayName":"Acme SSO","verifyEmail":true}"#);
    // The same keys with values still mark a person.
    redacted(
        r#"{"added":[{"account_owner":"Jane Doe","name":"Jane Doe"}]}"#,
        "Jane Doe",
        "[PERSON_NAME]",
    );
    redacted(
        r#"{"contact":{"replyTo":"jane@doe.io","displayName":"Jane Doe"}}"#,
        "Jane Doe",
        "[PERSON_NAME]",
    );
}

#[test]
fn realms_and_identity_providers_are_no_persons() {
    kept(
        r#"{"identityProviders":[{"alias":"google","displayName":"Google","providerId":"google","trustEmail":true}]}"#,
    );
    kept(r#"{"realm":"acme","displayName":"Acme SSO","enabled":true}"#);
    // A directory user's display name stays a name.
    redacted(
        r#"{"users":[{"id":"u1","displayName":"Kwame Asante","enabled":true}]}"#,
        "Kwame Asante",
        "[PERSON_NAME]",
    );
}

#[test]
fn service_accounts_and_bots_have_no_person_handle() {
    // The marks come after the handle.
    kept(
        r#"{"users":[{"id":"a5c","username":"service-account-billing-worker","serviceAccountClientId":"billing-worker"}]}"#,
    );
    kept(r#"{"author":{"id":"1551","username":"Dyno","discriminator":"3861","bot":true}}"#);
    kept(r#"{"author":{"type":"bot","username":"Dyno"}}"#);
    redacted(
        r#"{"author":{"id":"1551","username":"anna_w","discriminator":"3861","bot":false}}"#,
        "anna_w",
        "[USERNAME]",
    );
    redacted(
        r#"{"users":[{"id":"a5d","username":"jdoe","email":"j@doe.io"}]}"#,
        "jdoe",
        "[USERNAME]",
    );
}

#[test]
fn rooms_workouts_and_precincts_are_no_persons() {
    kept(
        r#"{"devices":[{"parentRelations":[{"parent":"enterprises/x/structures/s/rooms/r","displayName":"Living Room"}]}]}"#,
    );
    let out = redact(
        r#"{"activities":[{"activityId":1,"activityName":"Morning Run","ownerFullName":"Lukas Brenner"}]}"#,
    );
    assert!(out.contains("Morning Run"), "{out}");
    assert!(!out.contains("Lukas Brenner"), "{out}");
    let out = redact(
        r#"{"columns":["LAST_NAME","PRECINCT_NAME"],"rows":[["KOWALSKI","CLEVELAND-03-H"]]}"#,
    );
    assert!(out.contains("CLEVELAND-03-H"), "{out}");
    assert!(!out.contains("KOWALSKI"), "{out}");
}

#[test]
fn placeholder_accounts_are_no_one() {
    kept(r#"{"customer":{"first_name":"Guest","last_name":"","name":"Guest"}}"#);
    kept(r#"{"repository":"https://upload.pypi.org/legacy/","username":"__token__"}"#);
    kept(r#"{"username":"customer"}"#);
    redacted(
        r#"{"customer":{"first_name":"Christopher","last_name":"Guest Smith"}}"#,
        "Christopher",
        "[PERSON_NAME]",
    );
    redacted(r#"{"username":"guest42"}"#, "guest42", "[USERNAME]");
}

#[test]
fn xbox_ids_and_amounts_are_no_cards() {
    kept(r#"{"profileUsers":[{"id":"2533274912345678","hostId":"2533274912345678"}]}"#);
    kept(r#"{"source_types":{"card":2217713},"card_total":1999}"#);
    // A card number under a card key or an uninformative one stays a card.
    let out =
        redact(r#"{"card":4111111111111111,"f7":"2533274912345678","xuid":"5555555555554444"}"#);
    assert!(!out.contains("4111111111111111"), "{out}");
    assert!(!out.contains("2533274912345678"), "{out}");
    assert!(!out.contains("5555555555554444"), "{out}");
}

#[test]
fn an_institution_keeps_its_state_id_and_location() {
    kept(
        r#"{"schools":[{"data":{"name":"Lakeview Middle School","state_id":"MI41-0412","location":{"address":"2100 Lake Michigan Dr NW","city":"Grand Rapids","lat":42.9732}}}]}"#,
    );
    // A student's record inside the school stays a person's.
    redacted(
        r#"{"school":{"name":"Lakeview","students":[{"data":{"name":"Anna Weber","email":"a@b.de","location":{"address":"2100 Lake Michigan Dr NW","lat":42.9732}}}]}}"#,
        "2100 Lake Michigan Dr NW",
        "[POSTAL_ADDRESS]",
    );
    // A social security number found by its validator stays one.
    redacted(
        r#"{"schools":[{"data":{"ssn":"078-05-1120"}}]}"#,
        "078-05-1120",
        "[NATIONAL_ID]",
    );
}

#[test]
fn a_package_refers_to_its_author() {
    let out = redact(
        r#"{"info":{"name":"geohash-lite","author":"Wei Chen","author_email":"wei.chen61@yahoo.com","version":"0.4.1"}}"#,
    );
    assert!(out.contains("geohash-lite"), "{out}");
    assert!(!out.contains("Wei Chen"), "{out}");
    assert!(!out.contains("wei.chen61@yahoo.com"), "{out}");
    // The person's own e-mail makes the name a person's.
    redacted(
        r#"{"info":{"name":"Wei Chen","email":"wei.chen61@yahoo.com","version":"0.4.1"}}"#,
        "Wei Chen",
        "[PERSON_NAME]",
    );
}

#[test]
fn a_patient_resource_is_a_person_for_its_address_extensions() {
    // The person's name sits in `HumanName` objects below the resource.
    let out = redact(
        r#"{"resourceType":"Patient","id":"p1","name":[{"family":"Weber","given":["Anna"]}],"address":[{"city":"Berlin","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/geolocation","extension":[{"url":"latitude","valueDecimal":52.52},{"url":"longitude","valueDecimal":13.4}]}]}]}"#,
    );
    assert!(!out.contains("52.52"), "{out}");
    assert!(!out.contains("13.4"), "{out}");
    // An institution's position stays.
    kept(
        r#"{"resourceType":"Location","name":"Clinic","position":{"latitude":52.5,"longitude":13.3}}"#,
    );
}

#[test]
fn a_store_setting_pair_holds_the_stores_address() {
    kept(
        r#"{"settings":[{"id":"woocommerce_store_address","label":"Address line 1","type":"text","value":"Industriestraße 12"},{"id":"woocommerce_store_postcode","label":"Postcode / ZIP","type":"text","value":"04109"}]}"#,
    );
    // An order's billing pairs stay the customer's.
    redacted(
        r#"{"meta_data":[{"id":1,"key":"_billing_address","value":"Industriestraße 12"}]}"#,
        "Industriestraße 12",
        "[POSTAL_ADDRESS]",
    );
}

#[test]
fn a_groups_gender_and_age_beside_a_member_count_are_no_persons() {
    // The count comes after the gender (a terms aggregation's rows).
    kept(
        r#"{"stats":{"by_gender":[{"gender":"female","count":120,"share":0.52},{"gender":"male","count":110,"share":0.48}]}}"#,
    );
    kept(r#"{"rows":[{"doc_count":41,"age":34,"sex":"F"}]}"#);
    // A person's record with a counter keeps its gender redacted: an
    // identifying key says whose it is.
    redacted(
        r#"{"users":[{"username":"lena_h","gender":"female","count":7}]}"#,
        "female",
        "[DEMOGRAPHIC]",
    );
    redacted(
        r#"{"users":[{"gender":"female","email":"lena@example.org"}]}"#,
        "female",
        "[DEMOGRAPHIC]",
    );
    // DynamoDB's number tag `N` is no member count.
    redacted(
        r#"{"Item":{"email":{"S":"anna@example.de"},"age":{"N":"32"}}}"#,
        "\"32\"",
        "[DEMOGRAPHIC]",
    );
}

#[test]
fn a_review_count_or_a_users_averages_make_no_business() {
    // Yelp's dataset: a user writes reviews and has an average rating.
    let out = redact(
        r#"{"user_id":"q_QQ5kBBwlCcbL1s4NVK3g","name":"Jane","review_count":1220,"yelping_since":"2005-03-14 20:26:35","fans":1357,"average_stars":3.85}"#,
    );
    assert!(!out.contains("Jane"), "{out}");
    // An Airbnb guest's review count.
    let out = redact(
        r#"{"guest":{"id":48213377,"first_name":"Matteo","last_name":"Bianchi","reviews_count":12}}"#,
    );
    assert!(!out.contains("Matteo") && !out.contains("Bianchi"), "{out}");
    // A business's rating keys keep its name (GitHub's enterprise audit
    // events carry a `business_id`: no mark of a place); a group's averages
    // name no one.
    let out = redact(
        r#"{"business_id":"Pns2l4eNsfO8kk83dixA6A","name":"Abby Rappoport, LAC, CMQ","stars":5.0,"review_count":7,"is_open":0}"#,
    );
    assert!(out.contains("Abby Rappoport"), "{out}");
    redacted(
        r#"{"action":"org.add_member","actor":"rafael-quispe","actor_ip":"81.2.69.160","business":"ledgerworks","business_id":31337,"user":"wen-jie-lau","user_id":120938475}"#,
        "wen-jie-lau",
        "[USERNAME]",
    );
    kept(r#"{"rows":[{"name":"Cohort A","avg_age":41.2,"count":120}]}"#);
}
