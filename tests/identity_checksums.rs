//! Identity numbers, cards and IBANs are personal data when their check
//! digits hold: under a key naming one scheme (`cpf`, `pesel`, `sin`, …)
//! and after the scheme's name in text, a number of the scheme's layout
//! whose check fails is kept, and never taken for a phone instead.

mod common;

use common::{keeps, redact, removes};

/// (key, valid number, the same number with a wrong check).
const KEYED: &[(&str, &str, &str)] = &[
    ("cpf", "529.982.247-25", "529.982.247-26"),
    ("pesel", "90010112349", "90010112348"),
    ("bsn", "876543219", "876543218"),
    ("sin", "046 454 286", "046 454 287"),
    ("nhs_number", "943 476 5919", "943 476 5918"),
    ("aadhaar", "2345 6789 0124", "2345 6789 0125"),
    ("tax_file_number", "648 188 480", "648 188 481"),
    ("henkilotunnus", "280301A123P", "280301A123N"),
    (
        "resident_registration_number",
        "900215-2345674",
        "900215-2345675",
    ),
    ("nir", "2 69 02 99 341 732 85", "2 69 02 99 341 732 86"),
    ("steuer_id", "47036892816", "47036892817"),
    (
        "steuerliche_identifikationsnummer",
        "65929970489",
        "65929970488",
    ),
    ("nric", "S1234567D", "S1234567A"),
    ("codice_fiscale", "BNCGNN90A41F205C", "BNCGNN90A41F205D"),
    ("dni", "45678901G", "45678901H"),
    ("nie", "Y2345678Z", "Y2345678A"),
    ("curp", "HEGG560427MVZRRL04", "HEGG560427MVZRRL05"),
    (
        "iban",
        "DE89 3704 0044 0532 0130 00",
        "DE89 3704 0044 0532 0130 01",
    ),
];

#[test]
fn a_scheme_key_redacts_valid_numbers_and_keeps_failing_checks() {
    for (key, valid, invalid) in KEYED {
        let out = redact(&format!(
            r#"{{"{key}": "{valid}", "other": {{"{key}": "{invalid}"}}}}"#
        ));
        removes(&out, valid);
        keeps(&out, invalid);
    }
}

#[test]
fn another_layout_under_a_scheme_key_is_left_to_the_key() {
    // An Argentinian DNI has no letter: not the Spanish layout, still an id.
    removes(&redact(r#"{"dni": "30123456"}"#), "30123456");
    // A PESEL written as a JSON number is checked the same way.
    let out = redact(r#"{"a": {"pesel": 90010112349}, "b": {"pesel": 90010112348}}"#);
    removes(&out, "90010112349");
    keeps(&out, "90010112348");
}

#[test]
fn an_iban_key_keeps_truncated_and_unknown_country_ibans() {
    let out = redact(
        r#"{"a": {"iban": "CH93 0076 2011 6238 5295 7"}, "b": {"iban": "CH93 0076 2011 6238 5295"},
        "c": {"iban": "NO93 8601 1117 94"}, "d": {"iban": "AB150120690000003111141"},
        "e": {"bank_account": "31926819"}}"#,
    );
    removes(&out, "CH93 0076 2011 6238 5295 7");
    keeps(&out, "CH93 0076 2011 6238 5295\"");
    keeps(&out, "NO93 8601 1117 94");
    keeps(&out, "AB150120690000003111141");
    // A domestic account number is no IBAN-shaped value: the key decides.
    removes(&out, "31926819");
}

#[test]
fn a_failing_number_after_a_scheme_name_is_no_phone() {
    for text in [
        "SIN 046 454 287 invalid",
        "NHS number 943 476 5918 fails mod 11",
        "Aadhaar 2345 6789 0125 mismatch",
        "BSN 111222334 ongeldig",
        "NIR 2 55 08 14 168 025 39 invalide",
    ] {
        let out = redact(&format!(r#"{{"note": "{text}"}}"#));
        assert!(out.contains(text), "{text:?} changed: {out}");
    }
}

#[test]
fn valid_numbers_after_their_scheme_names_are_redacted() {
    let out = redact(
        r#"{"notes": ["CPF 111.444.777-35 e CURP BADD110313HCMLNS06 recebidos",
        "주민등록번호 900215-2345674 확인",
        "N° de sécurité sociale 1 85 05 78 006 048 30, né le 12/05/1985",
        "Aadhaar 4996 1234 5671 linked"]}"#,
    );
    for id in [
        "111.444.777-35",
        "BADD110313HCMLNS06",
        "900215-2345674",
        "1 85 05 78 006 048 30",
        "4996 1234 5671",
    ] {
        removes(&out, id);
    }
    keeps(&out, "recebidos");
    keeps(&out, "확인");
}
