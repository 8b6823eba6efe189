//! Software under person keys, ad networks, aggregation buckets and the
//! smaller key and value rules that came with them: each rule with the
//! look-alike it must leave alone.

mod common;

use common::{kept, redact, redacted};

#[test]
fn a_program_with_its_release_version_is_no_person() {
    kept(r#"{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"}}}"#);
    kept(r#"{"log":{"creator":{"name":"Firefox","version":"124.0"}}}"#);
    // A record's revision counter is no release; person keys outweigh one.
    redacted(
        r#"{"creator":{"name":"Anna Weber","version":3}}"#,
        "Anna Weber",
        "[PERSON_NAME]",
    );
    redacted(
        r#"{"creator":{"name":"Anna Weber","email":"anna@acme.io","version":"1.0"}}"#,
        "Anna Weber",
        "[PERSON_NAME]",
    );
    redacted(
        r#"{"creator":{"name":"Anna Weber","id":"u1"}}"#,
        "Anna Weber",
        "[PERSON_NAME]",
    );
}

#[test]
fn a_client_name_is_decided_by_its_object() {
    kept(
        r#"{"client-info":{"client-name":"Mobile Safari","client-os":"iOS","device-type":"mobile","user-agent":"Mozilla/5.0"}}"#,
    );
    kept(
        r#"{"client_id":"s6BhdRkqt3","client_name":"Acme","redirect_uris":["https://app.example.com/cb"]}"#,
    );
    // An app's name beside the user who signed in through it (Auth0 logs).
    let out = redact(
        r#"{"client_id":"Xk9L2mN4","client_name":"Contoso Web","user_name":"jane@contoso.io"}"#,
    );
    assert!(
        out.contains("Contoso Web") && !out.contains("jane@"),
        "{out}"
    );
    // A firm's client, also beside product keys.
    redacted(
        r#"{"client_name":"Anna Weber"}"#,
        "Anna Weber",
        "[PERSON_NAME]",
    );
    redacted(
        r#"{"client_name":"Anna Weber","matter":"Divorce","product":"Life"}"#,
        "Anna Weber",
        "[PERSON_NAME]",
    );
}

#[test]
fn models_containers_and_service_accounts_are_no_persons() {
    kept(r#"{"data":[{"id":"gpt-4o","object":"model","created":1715367049,"owned_by":"system"}]}"#);
    kept(r#"{"config":{"User":"node","Entrypoint":["docker-entrypoint.sh"],"Cmd":["node"]}}"#);
    kept(r#"{"serviceAccount":{"name":"ci-deployer","displayName":"CI Deployer"}}"#);
    redacted(
        r#"{"owner":"jdoe","object":"repository"}"#,
        "jdoe",
        "[USERNAME]",
    );
    redacted(
        r#"{"user":"jdoe","host":"web-1","pid":42}"#,
        "jdoe",
        "[USERNAME]",
    );
    // An account type named after it was read.
    kept(r#"{"user":"deploy-bot","type":"bot"}"#);
}

#[test]
fn a_program_mailbox_makes_no_person_of_its_name() {
    let out = redact(
        r#"{"author":{"name":"Anna Weber","email":"anna.weber@acme.io"},"committer":{"name":"GitHub","email":"noreply@github.com"}}"#,
    );
    assert!(out.contains(r#""name":"GitHub""#), "{out}");
    assert!(!out.contains("Anna Weber"), "{out}");
    // The no-reply address reaches no one: it is no one's e-mail.
    assert!(out.contains(r#""email":"noreply@github.com""#), "{out}");
    // GitHub's per-user no-reply address is the user's.
    let out = redact(r#"{"email":"12345+annaw@users.noreply.github.com"}"#);
    assert!(out.contains("[EMAIL]"), "{out}");
    let out = redact(r#"{"from":"Acme Receipts <receipts@acme.io>"}"#);
    assert!(out.contains("Acme Receipts <[EMAIL]>"), "{out}");
}

#[test]
fn a_network_name_in_attribution_is_an_ad_network() {
    kept(r#"{"tracker_name":"Organic","network_name":"Organic","campaign_name":"spring24"}"#);
    kept(r#"{"media_source":"Organic","network_name":"Organic","install_time":"2024-03-05"}"#);
    redacted(
        r#"{"network_name":"HomeNet-5G","bssid":"aa:bb:cc:dd:ee:ff","signal":-54}"#,
        "HomeNet-5G",
        "[WIFI_SSID]",
    );
    redacted(
        r#"{"network_name":"HomeNet-5G"}"#,
        "HomeNet-5G",
        "[WIFI_SSID]",
    );
}

#[test]
fn buckets_of_an_identifying_field_are_its_values() {
    let out = redact(
        r#"{"aggregations":{"user.name":{"buckets":[{"key":"jdoe","doc_count":12}]},"customer_names":{"buckets":[{"key":"Eddie Underwood","doc_count":3}]},"sales_per_gender":{"buckets":[{"key":"FEMALE","doc_count":2}]},"top_cities":{"buckets":[{"key":"New York","doc_count":1}]}}}"#,
    );
    assert!(
        !out.contains("jdoe") && !out.contains("Eddie Underwood"),
        "{out}"
    );
    assert!(out.contains("FEMALE") && out.contains("New York"), "{out}");
    assert!(out.contains(r#""doc_count":12"#), "{out}");
}

#[test]
fn smaller_key_and_value_rules() {
    // The port of an address is no address.
    let out = redact(r#"{"ip":"10.20.1.11:9300"}"#);
    assert!(out.contains("[IP_ADDRESS]:9300"), "{out}");
    // A key sent as the Basic user, with no password.
    redacted(
        r#"{"authorization":"Basic V3JpdGVLZXlYazNtUDlxUjJzVDV2Vzh5WjE6"}"#,
        "V3JpdGVLZXlYazNtUDlxUjJzVDV2Vzh5WjE6",
        "[PASSWORD]",
    );
    kept(r#"{"sessionId":"sess_7b2a1c3f"}"#);
    redacted(
        r#"{"cookies":[{"name":"sid","value":"s%3AynwZT6ZduqPYmdzBfjhe6chDhdw35nPK.Xp9h0rhID8zhz"}]}"#,
        "ynwZT6ZduqPYmdzBfjhe6chDhdw35nPK",
        "[OAUTH_TOKEN]",
    );
    kept(r#"{"cookies":[{"name":"theme","value":"dark-mode-compact-layout-v2"}]}"#);
    kept(r#"{"headers":[{"name":"Sec-WebSocket-Key","value":"dGhlIHNhbXBsZSBub25jZQ=="}]}"#);
    kept(r#"{"callerDevice":{"captureDeviceName":"Microphone Array (Realtek(R) Audio)"}}"#);
    redacted(
        r#"{"harddisk_id":"S4EVNF0M812345X","pc_name":"Annas-MacBook-Pro"}"#,
        "S4EVNF0M812345X",
        "[DEVICE_ID]",
    );
    kept(r#"{"userAgent":"RTCC/7.0.0.0 UCWA/7.0.0.0 AndroidLync/6.25.0.27 (SM-G930U)"}"#);
    redacted(
        r#"{"message":"GET /hosts/203.0.113.9 from 198.51.100.4"}"#,
        "203.0.113.9",
        "[IP_ADDRESS]",
    );
    kept(r#"{"statistik":[{"Altersgruppe":"25-34","Geschlecht":"w","Anzahl":1234}]}"#);
    redacted(
        r#"{"user":{"name":"jmueller","audit":{"id":"1001","name":"jmueller"}}}"#,
        "jmueller",
        "[USERNAME]",
    );
}

#[test]
fn github_api_links_are_their_owners() {
    // A user's API links name the user, wherever the type comes.
    let out = redact(
        r#"{"sender":{"login":"mlindqvist","url":"https://api.github.com/users/mlindqvist","followers_url":"https://api.github.com/users/mlindqvist/followers","gists_url":"https://api.github.com/users/mlindqvist/gists{/gist_id}","type":"User"}}"#,
    );
    assert!(!out.contains("mlindqvist"), "{out}");
    assert!(
        out.contains("https://api.github.com/users/[USERNAME]/followers"),
        "{out}"
    );
    // An organisation's are the organisation's, even when its type comes
    // after them (GitHub writes `type` last).
    kept(
        r#"{"owner":{"login":"octo-org","url":"https://api.github.com/users/octo-org","html_url":"https://github.com/octo-org","repos_url":"https://api.github.com/users/octo-org/repos","type":"Organization"}}"#,
    );
}

#[test]
fn an_audit_events_actor_beside_the_repository_acted_on() {
    // GitHub's audit log: `repo` and `org` name what was acted on.
    let out = redact(
        r#"{"action":"repo.download_zip","actor":"tamsin-okonkwo","actor_id":58213907,"org":"ledgerworks-eng","repo":"ledgerworks-eng/payments-core"}"#,
    );
    assert!(!out.contains("tamsin-okonkwo"), "{out}");
    // Its bots stay.
    let input = r#"{"action":"secret_scanning_alert.create","actor":"github-advanced-security[bot]","org":"ledgerworks-eng"}"#;
    assert_eq!(redact(input), input);
}
