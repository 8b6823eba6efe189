//! HR attribute pairs, person roles, animal records, search highlights,
//! GraphQL cursors and Extended JSON numbers: each rule with the look-alike
//! it must leave alone.

mod common;

use common::{kept, redact, redacted};

#[test]
fn a_label_names_its_value() {
    redacted(
        r#"{"email":"a@b.de","x":{"label":"PLZ","value":"20095","type":"standard"}}"#,
        "20095",
        "[POSTAL_ADDRESS]",
    );
    redacted(
        r#"{"email":"a@b.de","zip":{"label":"Zip","value":"20095"}}"#,
        "20095",
        "[POSTAL_ADDRESS]",
    );
    // A form option's value is the field's id.
    kept(
        r#"{"options":[{"label":"City","value":"city"},{"label":"First name","value":"first_name"}]}"#,
    );
    kept(r#"{"options":[{"name":"Zip","value":"zip"}]}"#);
}

#[test]
fn person_roles_name_people() {
    redacted(
        r#"{"passes":[{"passenger":"Chinedu Okonkwo","pnr":"ABC123","seat":"31A"}]}"#,
        "Okonkwo",
        "[PERSON_NAME]",
    );
    redacted(
        r#"{"Report_Entry":[{"Worker":"Hannah Fitzgerald","Age":"34","Work_Email":"h@corp.example"}]}"#,
        "Fitzgerald",
        "[PERSON_NAME]",
    );
    redacted(
        r#"{"Report_Entry":[{"Gender":"Female","Age":"34"}]}"#,
        "34",
        "[DEMOGRAPHIC]",
    );
    redacted(
        r#"{"lease":{"signed_by":"Jasmine Okafor","signed_at":"2024-03-01T15:09:40Z"}}"#,
        "Okafor",
        "[PERSON_NAME]",
    );
    redacted(
        r#"{"injuries":[{"injuredPerson":"Maria Kowalski","treatmentCost":2480.55}]}"#,
        "Kowalski",
        "[PERSON_NAME]",
    );
    redacted(
        r#"{"usergrades":[{"userid":2731,"userfullname":"Emma Schneider"}]}"#,
        "Schneider",
        "[PERSON_NAME]",
    );
    kept(r#"{"bookings":[{"pnr":"ABC123","passenger_count":2}],"stats":{"pass_rate":0.86}}"#);
}

#[test]
fn an_animal_is_no_person() {
    let input = r#"{"animal":{"species":"Canine","date_of_birth":"2018-04-02","weight":31.4,"vitals":{"heart_rate":92}},"owner":{"first_name":"Grace","email":"g@example.com","date_of_birth":"1984-11-30"}}"#;
    let out = redact(input);
    assert!(out.contains("2018-04-02"), "{out}");
    assert!(out.contains("31.4") && out.contains("92"), "{out}");
    assert!(
        !out.contains("1984-11-30") && !out.contains("Grace"),
        "{out}"
    );
    kept(r#"{"patient":{"species":"dog","breed":"Lab","birthDate":"2019-01-01","weight_kg":30}}"#);
}

#[test]
fn gender_slots_hold_gender_codes_only() {
    redacted(
        r#"{"email":"a@b.de","gender":{"code":"F"}}"#,
        r#""F""#,
        "[DEMOGRAPHIC]",
    );
    let out = redact(r#"{"email":"a@b.de","gender":{"value":"female","type":"standard"}}"#);
    assert!(out.contains("standard") && !out.contains("female"), "{out}");
}

#[test]
fn things_keep_their_handles_and_sizes() {
    kept(r#"{"products":[{"id":1,"title":"Trail Runner","handle":"trail-runner-gtx"}]}"#);
    kept(
        r#"{"id":1,"title":"Trail Runner","handle":"trail-runner-gtx","dimensions":{"length_cm":32,"width_cm":21,"height_cm":12}}"#,
    );
    redacted(r#"{"handle":"jdoe"}"#, "jdoe", "[USERNAME]");
}

#[test]
fn search_highlights_and_cursors() {
    redacted(
        r#"{"highlight":{"full_name":["<em>Anneke</em> de Vries"]}}"#,
        "Anneke",
        "[PERSON_NAME]",
    );
    // A GraphQL page cursor (base64 JSON) under a response's `data`.
    kept(
        r#"{"data":{"customers":{"pageInfo":{"endCursor":"eyJsYXN0X2lkIjo2NzM2MjIxNDYwMjQ0LCJsYXN0X3ZhbHVlIjoiNjczNjIyMTQ2MDI0NCJ9"}}}}"#,
    );
    // A Kubernetes Secret's own values stay secrets.
    redacted(
        r#"{"kind":"Secret","data":{"auth":"dXNlcjpwYXNz"}}"#,
        "dXNlcjpwYXNz",
        "[PASSWORD]",
    );
}

#[test]
fn extended_json_numbers_written_as_strings() {
    redacted(
        r#"{"email":"a@b.de","dob":{"$date":{"$numberLong":"563328000000"}}}"#,
        "563328000000",
        "[DATE_OF_BIRTH]",
    );
    kept(r#"{"createdAt":{"$date":{"$numberLong":"1709640100000"}}}"#);
}
