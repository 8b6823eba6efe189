//! Names held in labelled pairs, people credited or titled, and what a user
//! says to a voice assistant or chatbot: each rule with the look-alikes it
//! must leave alone.

mod common;

use common::redact;

#[track_caller]
fn kept(input: &str) {
    assert_eq!(redact(input), input);
}

#[track_caller]
fn redacted(input: &str, gone: &str, label: &str) {
    let out = redact(input);
    assert!(!out.contains(gone), "{gone:?} left in {out}");
    assert!(out.contains(label), "no {label} in {out}");
}

#[test]
fn a_pair_name_is_the_records_person() {
    // The record around the pair has identifying keys.
    redacted(
        r#"{"attributes":{"email":{"label":"Email","value":"l@firma.de"},"preferred_name":{"label":"Preferred name","value":"Lena","type":"standard"}}}"#,
        "Lena",
        "[PERSON_NAME]",
    );
    redacted(
        r#"{"email":"a@b.de","x":{"label":"Preferred name","value":"Lena"}}"#,
        "Lena",
        "[PERSON_NAME]",
    );
    // The pair's own key confirms nothing: no one's record holds it.
    kept(
        r#"{"ui":{"theme":{"label":"Theme","value":"Dark"},"preferred_name":{"label":"Preferred name","value":"Compact"}}}"#,
    );
    kept(r#"{"fields":{"nickname":{"label":"Preferred name","value":"Lena"}}}"#);
    // A label naming a field (`name: "Height"`) is still no one's name.
    let out = redact(r#"{"email":"a@b.de","x":{"name":"Height","choice":"tall"}}"#);
    assert!(out.contains("\"Height\""), "{out}");
}

#[test]
fn an_emergency_contact_is_a_person() {
    redacted(
        r#"{"x":{"label":"Notfallkontakt Name","value":"Jürgen Hoffmann","type":"standard"}}"#,
        "Hoffmann",
        "[PERSON_NAME]",
    );
    kept(r#"{"x":{"label":"Notfallkontakt Hinweis","value":"nur abends"}}"#);
}

#[test]
fn credited_and_titled_people() {
    redacted(
        r#"{"applications":[{"id":1,"credited_to":{"id":92120,"name":"Ryan Gallagher"},"status":"active"}]}"#,
        "Gallagher",
        "[PERSON_NAME]",
    );
    // A stage, a source and a job beside it are things.
    kept(
        r#"{"applications":[{"id":1,"current_stage":{"id":2,"name":"Onsite Interview"},"source":{"id":7,"public_name":"LinkedIn"}}]}"#,
    );
    redacted(
        r#"{"consult":{"id":"C-1","date":"2024-03-04","vet":"Dr. Imogen Park","reason":"Limping"}}"#,
        "Imogen",
        "[PERSON_NAME]",
    );
    // A street type is no title, a title alone no name.
    kept(r#"{"consult":{"id":"C-1","vet":"Dr.","room":"2"}}"#);
    kept(r#"{"visit":{"id":"C-1","vet":"yes"}}"#);
}

#[test]
fn an_intents_slots_are_the_speakers() {
    // Alexa IntentRequest.
    redacted(
        r#"{"request":{"type":"IntentRequest","intent":{"name":"LogWeightIntent","slots":{"weight":{"name":"weight","value":"82","confirmationStatus":"NONE"},"unit":{"name":"unit","value":"kilogramm"}}}}}"#,
        "\"82\"",
        "[HEALTH_METRIC]",
    );
    // Lex v1 `currentIntent.slots`.
    redacted(
        r#"{"currentIntent":{"name":"LogWeight","slots":{"weight":"91","unit":"kg"}}}"#,
        "91",
        "[HEALTH_METRIC]",
    );
    // Dialogflow `queryResult.parameters`.
    redacted(
        r#"{"queryResult":{"parameters":{"height":178,"unit-length":"cm"},"languageCode":"en"}}"#,
        "178",
        "[HEALTH_METRIC]",
    );
    // Slot units and intent names stay.
    let out = redact(
        r#"{"intent":{"name":"LogWeightIntent","slots":{"weight":{"name":"weight","value":"82"},"unit":{"name":"unit","value":"kg"}}}}"#,
    );
    assert!(
        out.contains("LogWeightIntent") && out.contains("\"kg\""),
        "{out}"
    );
}

#[test]
fn other_slots_and_parameters_are_no_ones() {
    kept(r#"{"slots":{"weight":{"name":"weight","value":"82"}}}"#);
    kept(
        r#"{"scheduler":{"slots":{"weight":{"name":"weight","value":"3"},"height":{"name":"height","value":"12"}}}}"#,
    );
    kept(r#"{"calendar":{"slots":[{"start":"09:00","weight":2}]}}"#);
    kept(r#"{"job":{"parameters":{"weight":0.25,"height":640}}}"#);
    kept(r#"{"server":{"slots":{"weight":3}}}"#);
}

#[test]
fn a_document_type_names_the_number_beside_it() {
    // Amadeus travelers: the number comes before its document type.
    redacted(
        r#"{"travelers":[{"documents":[{"number":"XK4481923","documentType":"PASSPORT","issuanceCountry":"ES"}]}]}"#,
        "XK4481923",
        "[NATIONAL_ID]",
    );
    redacted(
        r#"{"ids":[{"type":"drivers_license","number":"D1234-5678-9012"}]}"#,
        "D1234-5678-9012",
        "[NATIONAL_ID]",
    );
    // An invoice's, a credit note's or a street's number is none of that.
    kept(r#"{"documents":[{"type":"invoice","number":"INV-2024-0012"}]}"#);
    kept(r#"{"documents":[{"number":"CN-0012","documentType":"credit_note"}]}"#);
}

#[test]
fn a_dlp_findings_info_type_names_its_quote() {
    // Google DLP `content:inspect` with `includeQuote`: the type is named
    // one level down, before or after the quote.
    let out = redact(
        r#"{"result":{"findings":[{"quote":"Gary Smith","infoType":{"name":"PERSON_NAME","sensitivityScore":{"score":"SENSITIVITY_HIGH"}},"likelihood":"LIKELY"},{"infoType":{"name":"PASSWORD"},"quote":"hunter2!x"},{"quote":"Acme Corp","infoType":{"name":"ORGANIZATION_NAME"}}]}}"#,
    );
    assert!(out.contains(r#""quote":"[PERSON_NAME]""#), "{out}");
    assert!(out.contains(r#""quote":"[PASSWORD]""#), "{out}");
    // An organisation names no person; the names of the types stay.
    assert!(out.contains(r#""quote":"Acme Corp""#), "{out}");
    assert!(out.contains(r#""name":"PERSON_NAME""#), "{out}");
    // A quotation and a sales quote's number are no finding.
    kept(r#"{"quotes":[{"quote":"To be or not to be","type":"classic"}],"quoteNumber":"00012"}"#);
    kept(r#"{"infoType":{"name":"EMAIL_ADDRESS"},"count":"12"}"#);
}
