//! Product and document codes, vehicle ids in text and Faker dumps
//! (codes2): digit groups under a code key are no phone, a VIN after a cue
//! is its owner's device id, a drug's name is no person's, and Faker's
//! stringified `Decimal` location pair is a position.

mod common;

use common::{keeps, kept, redact, redacted, removes};

#[test]
fn codes2_product_code_keys_stop_phone_shapes() {
    for key in [
        "fda_ndc_code",
        "ndc",
        "part_number",
        "catalog_number",
        "mpn",
        "sku",
        "lot_number",
        "batch",
        "model_number",
    ] {
        kept(&format!(
            r#"{{"{key}":"800-555-1234","title":"USB-C cable"}}"#
        ));
    }
    // A phone key stays a phone, and an e-mail stays an e-mail under a
    // code key.
    redacted(r#"{"phone":"800-555-1234"}"#, "800-555-1234", "[PHONE]");
    redacted(
        r#"{"sku":"jane@example.org"}"#,
        "jane@example.org",
        "[EMAIL]",
    );
}

#[test]
fn codes2_vins_after_a_cue() {
    let out = redact(
        r#"{"notes":"Customer called about VIN 1HGCM82633A004352, plate due.","log":"Fahrgestellnummer WVWZZZ1JZXW000001 übernommen"}"#,
    );
    removes(&out, "1HGCM82633A004352");
    removes(&out, "WVWZZZ1JZXW000001");
    // Without a cue, or failing the North-American check digit.
    kept(r#"{"log":"order WVWZZZ1JZXW000001 and 1HGCM82633A004352 shipped"}"#);
    kept(r#"{"log":"VIN 1HGCM82643A004352 rejected"}"#);
}

#[test]
fn codes2_drug_names_and_faker_locations() {
    let out = redact(r#"{"first_name":"Ann","drug_name":"Lisinopril","drug_company":"Lupin"}"#);
    keeps(&out, "Lisinopril");
    redacted(
        r#"{"name":"Amy Nguyen","mail":"amy42@example.com","birthdate":"1979-03-14","current_location":"(Decimal('35.68'), Decimal('139.69'))"}"#,
        "(Decimal('35.68'), Decimal('139.69'))",
        "[GEO_LOCATION]",
    );
}
