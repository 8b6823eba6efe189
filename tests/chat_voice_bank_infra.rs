//! Misses of chat, voice-assistant, banking and infrastructure APIs: Lex
//! V2 slot values, message parties written as bare E.164 digits, Matrix
//! ids, @-mentions in messages, logins in URL userinfo, transaction
//! partners, ansible and GitHub Actions logins, lenders in credit files
//! and typed cells of table rows.

mod common;

use common::{keeps, kept, redact, redacted, removes};

#[test]
fn lex_v2_slot_values_are_what_the_speaker_said() {
    let out = redact(
        r#"{"sessionState":{"intent":{"name":"Book","slots":{
            "FirstName":{"shape":"Scalar","value":{"originalValue":"Daniela","interpretedValue":"Daniela","resolvedValues":["Daniela"]}},
            "PhoneNumber":{"shape":"Scalar","value":{"originalValue":"415 555 0142","interpretedValue":"4155550142","resolvedValues":[]}},
            "AppointmentType":{"shape":"Scalar","value":{"originalValue":"cleaning","interpretedValue":"cleaning","resolvedValues":["cleaning"]}}}}}}"#,
    );
    removes(&out, "Daniela");
    removes(&out, "4155550142");
    removes(&out, "415 555 0142");
    keeps(&out, r#""interpretedValue":"cleaning""#);
    keeps(&out, r#""shape":"Scalar""#);
}

#[test]
fn message_parties_in_bare_e164_digits_are_phones() {
    let out = redact(
        r#"{"messages":[{"from":"16315551181","id":"wamid.HBgLMTYz","timestamp":"1733310021","type":"text"}],
            "statuses":[{"recipient_id":"447700900123","status":"delivered"}],
            "window":{"from":"1733310021","to":"1733396421"},
            "page":{"from":0,"to":50},"route":{"from":"Berlin","to":"Hamburg"},
            "ids":{"recipient_id":"1313845112233445566"}}"#,
    );
    removes(&out, "16315551181");
    removes(&out, "447700900123");
    keeps(&out, r#""window":{"from":"1733310021","to":"1733396421"}"#);
    keeps(&out, r#""page":{"from":0,"to":50}"#);
    keeps(&out, r#""from":"Berlin","to":"Hamburg""#);
    keeps(&out, "1313845112233445566");
}

#[test]
fn matrix_user_ids_are_handles_and_rooms_are_not() {
    let out = redact(
        r##"{"sender":"@ines.duarte:matrix.org","room_id":"!OGEhHVWSdvArJzumhm:matrix.org",
            "event_id":"$143273582443PhrSn:matrix.org","content":{"alias":"#ops:matrix.org",
            "body":"@rafael.m:example.org the build is green","m.mentions":{"user_ids":["@kim:example.org"]}}}"##,
    );
    removes(&out, "ines.duarte");
    removes(&out, "rafael.m");
    removes(&out, "@kim:example.org");
    keeps(&out, "!OGEhHVWSdvArJzumhm:matrix.org");
    keeps(&out, "$143273582443PhrSn:matrix.org");
    keeps(&out, "#ops:matrix.org");
    keeps(&out, "the build is green");
}

#[test]
fn mentions_in_messages_are_accounts_and_code_words_are_not() {
    let out = redact(
        r#"{"text":"hey @mikhail_petrov can you check? @here FYI","message":"@gunnar.holm please rotate"}"#,
    );
    removes(&out, "mikhail_petrov");
    removes(&out, "gunnar.holm");
    keeps(&out, "@here FYI");
    for text in [
        "npm i @types/node and @babel/core@7.24.0",
        "@Override public void run()",
        "/** @param name the name */",
        "@media (max-width: 600px) {}",
        "SELECT * FROM t WHERE id = @UserId",
        "Price @ 5.99, tag @v1.2.3, icon @2x.png",
        "@pytest.mark.slow",
    ] {
        let doc = format!(
            r#"{{"text":{}}}"#,
            serde_json::to_string(text).unwrap_or_default()
        );
        kept(&doc);
    }
}

#[test]
fn url_logins_of_web_and_transfer_schemes() {
    let out = redact(
        r#"{"a":"https://jdoe:S3cr3tPass!9@mirror.example.org/repo/",
            "b":"ftp://akhan@files.example.net/incoming/x.csv",
            "c":"https://x-access-token:hunter2hunter2@git.example.com/a.git",
            "d":"postgres://app:Sup3rS3cretDb@db.internal:5432/app",
            "e":"ssh://git@github.com/acme/app.git"}"#,
    );
    removes(&out, "jdoe");
    removes(&out, "akhan");
    removes(&out, "S3cr3tPass");
    keeps(&out, "x-access-token");
    keeps(&out, "postgres://app:");
    keeps(&out, "ssh://git@github.com/acme/app.git");
}

#[test]
fn transaction_partners_ansible_and_ci_logins() {
    let out = redact(
        r#"{"tx":[{"id":"a7f3","type":"DT","amount":250.0,"partnerName":"Lukas Hoffmann","category":"rent"},
                  {"id":"d1c2","type":"DD","amount":-39.99,"partnerName":"Vodafone GmbH","category":"bills"}],
            "ansible_facts":{"ansible_hostname":"web-03","ansible_user_id":"mkowalczyk","ansible_user_gecos":"Marta Kowalczyk,,,","ansible_user_uid":1001},
            "github":{"job":"build","repository":"acme/app","run_id":"7123456789","triggering_actor":"lindqvist-erik"},
            "okta":{"actor":{"id":"00u9zyxw8VUTS7rqp6o5","type":"User","alternateId":"okowalski","displayName":"Oskar Kowalski"}}}"#,
    );
    for gone in [
        "Lukas Hoffmann",
        "mkowalczyk",
        "Marta Kowalczyk",
        "lindqvist-erik",
        "okowalski",
    ] {
        removes(&out, gone);
    }
    keeps(&out, "Vodafone GmbH");
    keeps(&out, "web-03");
    keeps(&out, r#""ansible_user_uid":1001"#);
}

#[test]
fn lenders_named_first_and_masked_accounts_stay() {
    kept(
        r#"{"tradelines":[{"subscriberName":"CAPITAL ONE","subscriberCode":"1DTV001","accountNumber":"XXXXXX1234","balance":1320},{"subscriberName":"Bank of America","subscriberCode":"6BA0042","accountNumber":"****8876","balance":0}]}"#,
    );
    redacted(
        r#"{"subscriber":{"subscriberName":"Jane Capitalini","subscriberCode":"1"}}"#,
        "Jane Capitalini",
        "[PERSON_NAME]",
    );
}

#[test]
fn typed_cells_of_object_rows_take_their_header() {
    let out = redact(
        r#"{"table":{"headers":[{"name":"customer_id"},{"name":"full_name"},{"name":"plan"}],
            "rows":[{"values":[{"stringValue":"C-10021"},{"stringValue":"Grace Okafor"},{"stringValue":"premium"}]}]}}"#,
    );
    removes(&out, "Grace Okafor");
    keeps(&out, "C-10021");
    keeps(&out, "premium");
}
