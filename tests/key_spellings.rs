//! Key spellings of legacy dumps, SQL prefixes and Hungarian notation, and
//! the values and objects that decide them: middle initials, account and
//! routing numbers, card expiry dates, device ids, nicknames beside device
//! ids.

use leakscope::{EngineBuilder, InputFormat};

fn redact(input: &str) -> serde_json::Value {
    let engine = EngineBuilder::new()
        .format(InputFormat::Json)
        .build()
        .expect("engine");
    let out = engine.redact(input.as_bytes()).expect("redact").output;
    serde_json::from_slice(&out).expect("json")
}

fn kept(out: &serde_json::Value, input: &str, key: &str) -> bool {
    let orig: serde_json::Value = serde_json::from_str(input).expect("json");
    out[key] == orig[key]
}

#[test]
fn middle_initials_under_middle_name_keys() {
    let input = r#"{"email":"anna.weber@gmail.com","middle_name":"Q","mname":"M","MIDDLE_NM":"Q","mi":"Q","EMP_MI":"Lee","name":{"first":"Anna","middle":"Q","last":"Weber"}}"#;
    let out = redact(input);
    for k in ["middle_name", "mname", "MIDDLE_NM", "mi", "EMP_MI"] {
        assert_eq!(out[k], "[PERSON_NAME]", "{k}: {out}");
    }
    assert_eq!(out["name"]["middle"], "[PERSON_NAME]", "{out}");
    // One letter under a first-name key, and `mi` with no person beside it.
    let input = r#"{"email":"anna.weber@gmail.com","first_name":"Q"}"#;
    assert!(kept(&redact(input), input, "first_name"));
    let input = r#"{"mi":"Q","distance_mi":3.2,"unit":"imperial"}"#;
    assert!(kept(&redact(input), input, "mi"));
}

#[test]
fn name_parts_after_entity_prefixes() {
    let input = r#"{"c_first":"Zoë","c_last":"García-López","memberLast":"Weber","c_email":"zoe@example.com","c_since":"2021-01-01","nulls_last":"true"}"#;
    let out = redact(input);
    for k in ["c_first", "c_last", "memberLast"] {
        assert_eq!(out[k], "[PERSON_NAME]", "{k}: {out}");
    }
    assert!(kept(&out, input, "nulls_last"));
    // A time under a name part is no name.
    let input = r#"{"email":"anna.weber@gmail.com","u_last":"2024-01-05T10:00:00Z"}"#;
    assert!(kept(&redact(input), input, "u_last"));
}

#[test]
fn acct_in_digits_is_an_account_number() {
    let input = r#"{"email":"anna.weber@gmail.com","acct":"000123456789","ACCT_NBR":123456789,"ACCT_ADDRESS":"221B Baker Street\nLondon NW1 6XE\nUK","acct_age":7}"#;
    let out = redact(input);
    assert_eq!(out["acct"], "•••• 6789", "{out}");
    assert_eq!(out["ACCT_NBR"], "•••• 6789", "{out}");
    assert_eq!(out["ACCT_ADDRESS"], "[POSTAL_ADDRESS]", "{out}");
    assert!(kept(&out, input, "acct_age"));
    // Mastodon's `acct` is a handle.
    let input = r#"{"acct":"jdoe","display_name":"Jane Doe","note":"hi"}"#;
    assert_eq!(redact(input)["acct"], "[USERNAME]");
    // A remote account's `acct` is a fediverse handle, written like an
    // address: still a username.
    let input = r#"{"acct":"jdoe@mastodon.social","display_name":"Jane Doe","note":"hi"}"#;
    assert_eq!(redact(input)["acct"], "[USERNAME]");
}

#[test]
fn routing_numbers_need_their_check_digit() {
    let input = r#"{"email":"anna.weber@gmail.com","routing_number":"021000021","aba":21000021,"routingNo":"021000022","RTN":"123456789"}"#;
    let out = redact(input);
    assert_eq!(out["routing_number"], "•••• 0021", "{out}");
    // A number lost its leading zero; it is masked whole.
    assert_eq!(out["aba"], "••••", "{out}");
    assert!(kept(&out, input, "routingNo"));
    assert!(kept(&out, input, "RTN"));
}

#[test]
fn card_expiry_only_beside_a_card() {
    // After the card number and before it.
    for input in [
        r#"{"card_number":"4111111111111111","exp":"09/27"}"#,
        r#"{"exp":"09/27","cc":"4111 1111 1111 1111"}"#,
        r#"{"cardholder_name":"Anna Weber","card_expiry":"09/2027"}"#,
    ] {
        let out = redact(input);
        let key = if input.contains("card_expiry") {
            "card_expiry"
        } else {
            "exp"
        };
        assert_eq!(out[key], "••••", "{input} -> {out}");
    }
    // No card: a JWT claim, a token's expiry, a person without a card.
    for input in [
        r#"{"sub":"1234567890","exp":1700000000,"iat":1699990000}"#,
        r#"{"access_token":"ya29.a0AfH6SMBx3kLm9Pq2Rs4Tu5Vw7Xy8Zz","exp":"09/27"}"#,
        r#"{"email":"anna.weber@gmail.com","exp_date":"09/27"}"#,
    ] {
        let out = redact(input);
        let key = if input.contains("exp_date") {
            "exp_date"
        } else {
            "exp"
        };
        assert!(kept(&out, input, key), "{input} -> {out}");
    }
}

#[test]
fn dev_id_spellings() {
    let input = r#"{"email":"anna.weber@gmail.com","dev_id":"C02XK1ZJJG5H","devId":"733a9b270266cb81","strDevId":"72140BF8-1CBE-46C1-ADF3-561841E8648C"}"#;
    let out = redact(input);
    for k in ["dev_id", "devId", "strDevId"] {
        assert_eq!(out[k], "[DEVICE_ID]", "{k}: {out}");
    }
}

#[test]
fn a_nickname_beside_a_device_id_reads_alike_in_any_key_order() {
    for input in [
        r#"{"AndroidId":"733a9b270266cb81","Nick":"ANNA.WEBER","birthday":"1985-07-23"}"#,
        r#"{"Nick":"ANNA.WEBER","AndroidId":"733a9b270266cb81","birthday":"1985-07-23"}"#,
        r#"{"birthday":"1985-07-23","AndroidId":"733a9b270266cb81","Nick":"ANNA.WEBER"}"#,
    ] {
        assert_eq!(redact(input)["Nick"], "[USERNAME]", "{input}");
    }
    // A device's own nickname, before or after its device keys.
    for input in [
        r#"{"mac":"3C:22:FB:9A:11:0E","nickname":"Living room lamp"}"#,
        r#"{"nickname":"Living room lamp","mac":"3C:22:FB:9A:11:0E"}"#,
        r#"{"devices":[{"nickname":"Living room lamp"}]}"#,
    ] {
        let out = redact(input);
        let nick = if input.contains("devices") {
            &out["devices"][0]["nickname"]
        } else {
            &out["nickname"]
        };
        assert_eq!(nick, "[DEVICE_ID]", "{input}");
    }
}

#[test]
fn other_legacy_spellings() {
    let input = r#"{"email":"anna.weber@gmail.com","residence":"123 MAIN ST APT 4B SPRINGFIELD IL 62704","cp":"02139","sn":"García-López","usr_name":"Smith, mary","userpw":"hunter2","AGE_AT_ENROLL":"34 yrs","strAddrLine1":"123 MAIN ST"}"#;
    let out = redact(input);
    for (k, want) in [
        ("residence", "[POSTAL_ADDRESS]"),
        ("cp", "[POSTAL_ADDRESS]"),
        ("sn", "[PERSON_NAME]"),
        ("usr_name", "[PERSON_NAME]"),
        ("userpw", "[PASSWORD]"),
        ("AGE_AT_ENROLL", "[DEMOGRAPHIC]"),
        ("strAddrLine1", "[POSTAL_ADDRESS]"),
    ] {
        assert_eq!(out[k], want, "{k}: {out}");
    }
    // A serial number under `sn` stays a device id.
    let input = r#"{"mac":"3C:22:FB:9A:11:0E","sn":"C02XK1ZJJG5H"}"#;
    assert_eq!(redact(input)["sn"], "[DEVICE_ID]");
}

#[test]
fn credentials_written_as_one_string() {
    let input = r#"{"creds":"mkhnNAzWDWgu2H2y3rlUYSfHZcL9hw","credentials":"Qx7vN2pLk9RtZ4wYb8Hs","fetch":{"credentials":"same-origin","mode":"cors"},"cfg":{"credentials":"include"}}"#;
    let out = redact(input);
    assert_eq!(out["creds"], "[API_KEY]", "{out}");
    assert_eq!(out["credentials"], "[API_KEY]", "{out}");
    // The fetch API's credentials modes are settings.
    assert_eq!(out["fetch"]["credentials"], "same-origin", "{out}");
    assert_eq!(out["cfg"]["credentials"], "include", "{out}");
}

#[test]
fn tax_and_health_card_ids_by_key() {
    let input = r#"{"fiscal_code":"RSSMRA85T10A562S","fiscalCode":"AAAAAA00B11C333N","pan_number":"AAASA1111R","health_card_number":"1234-567-890-AB","tax_code":"txcd_99999999"}"#;
    let out = redact(input);
    for k in [
        "fiscal_code",
        "fiscalCode",
        "pan_number",
        "health_card_number",
    ] {
        assert_eq!(out[k], "[NATIONAL_ID]", "{k}: {out}");
    }
    // Stripe's product tax code.
    assert!(kept(&out, input, "tax_code"));
}
