//! Peer scanners' identity vectors in text: Chinese, Turkish, South
//! African and Thai numbers after their scheme's name are national ids
//! when their checks hold and kept (and no phone) when they fail;
//! Italian, Dutch and French document words name passports, identity
//! cards and driving licences; a bank account number named as one is a
//! bank account; an Australian Company Number is a company's.

mod common;

use common::{keeps, redact, redacted, removes};

fn text(s: &str) -> String {
    serde_json::json!({ "text": s }).to_string()
}

#[test]
fn valid_numbers_after_their_scheme_names_are_national_ids() {
    for (sentence, number) in [
        (
            "身份证号码：320106198503123454，请核对",
            "320106198503123454",
        ),
        (
            "China resident ID 11010519491231002X on file",
            "11010519491231002X",
        ),
        ("TC Kimlik No: 10000000146", "10000000146"),
        ("TC Kimlik numarası 71350648228 kayıtlı", "71350648228"),
        (
            "South African ID 870714 5123 081 on file",
            "870714 5123 081",
        ),
        ("Thai national ID 1-1037-00123-45-8", "1-1037-00123-45-8"),
        ("เลขประจำตัวประชาชน 3100600445619", "3100600445619"),
    ] {
        redacted(&text(sentence), number, "[NATIONAL_ID]");
    }
}

#[test]
fn failing_checks_after_a_scheme_name_are_kept_and_no_phone() {
    for sentence in [
        "TC Kimlik No 71350648229 fails",
        "Thai national ID 3100600445611 fails",
        "South African ID 8001015009088 fails",
        "ACN 004 085 616 is a company's number",
        "Australian Company Number 123 456 780",
    ] {
        let input = text(sentence);
        assert_eq!(redact(&input), input, "{sentence}");
    }
}

#[test]
fn document_words_in_more_languages_name_document_numbers() {
    for (sentence, number) in [
        ("passaporto YA4567891 rilasciato", "YA4567891"),
        ("carta d'identità n. CA12345AB", "CA12345AB"),
        ("patente di guida numero U1H56T789K", "U1H56T789K"),
        ("Rijbewijsnummer 5123456789 op de kopie", "5123456789"),
        ("Personalausweis T22000129", "T22000129"),
        ("permis de conduire numéro 12AB34567", "12AB34567"),
        ("carte d'identité n° 880692310285", "880692310285"),
        ("passeport N° 15AB12345", "15AB12345"),
    ] {
        redacted(&text(sentence), number, "[NATIONAL_ID]");
    }
    // Document words without a number with digits keep their sentence.
    let input = text("Bring your ID card and passaporto valido");
    assert_eq!(redact(&input), input);
}

#[test]
fn a_bank_account_number_named_as_one_is_a_bank_account() {
    let out = redact(&text("my bank account number is 945456787654"));
    removes(&out, "945456787654");
    let out = redact(&text("Refund to checking account #00123456789 today"));
    removes(&out, "00123456789");
    // A rate, a year, a short number after the same words stay.
    let input = text("savings account rate 4.25% since 2024; bank account 1234 closed");
    assert_eq!(redact(&input), input);
}

#[test]
fn scheme_keys_and_ledger_addresses() {
    let out = redact(
        r#"{"tckn": "10000000146", "tnin": "1103700123458",
            "eth_address": "0x52908400098527886E0F7030069857D2E4169EE7",
            "btc_address": "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"}"#,
    );
    removes(&out, "10000000146");
    removes(&out, "1103700123458");
    keeps(&out, "0x52908400098527886E0F7030069857D2E4169EE7");
    keeps(&out, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
}

#[test]
fn a_japanese_individual_number_after_its_name() {
    redacted(
        &text("マイナンバー：1234 5678 9018 を登録"),
        "1234 5678 9018",
        "[NATIONAL_ID]",
    );
    redacted(
        &text("Individual Number 123456789018"),
        "123456789018",
        "[NATIONAL_ID]",
    );
    let input = text("個人番号 123456789019 は無効");
    assert_eq!(redact(&input), input);
}

#[test]
fn an_oracle_logon_in_a_jdbc_url_holds_a_password() {
    for url in [
        "jdbc:oracle:thin:scott/T1gerPaw55@//ora.acme.local:1521/ORCL",
        "jdbc:oracle:thin:app_rw/Xq7#vLp2@db01:1521:ORCL",
    ] {
        let out = redact(&text(url));
        removes(&out, "T1gerPaw55");
        removes(&out, "Xq7#vLp2");
        keeps(&out, "jdbc:oracle:thin:");
        assert!(out.contains("[PASSWORD]"), "{out}");
    }
    // No logon: a service URL alone stays.
    let input = text("jdbc:oracle:thin:@//ora.acme.local:1521/ORCL");
    assert_eq!(redact(&input), input);
}

#[test]
fn an_entity_type_names_the_value_beside_it() {
    // Presidio-style analyzer results and labelled test vectors.
    let out = redact(
        r#"{"results":[{"entity_type":"PERSON","value":"David Johnson"},{"entity_type":"US_DRIVER_LICENSE","value":"H12234567"},{"entity_type":"DATE_TIME","value":"2024-01-01"}]}"#,
    );
    removes(&out, "David Johnson");
    removes(&out, "H12234567");
    assert!(out.contains("2024-01-01"), "{out}");
    // An entity naming no personal datum keeps its value.
    let input = r#"[{"entity":"order","value":"A-1001"}]"#;
    assert_eq!(redact(input), input);
}
