//! SaaS API responses and webhooks: what their records name themselves
//! with (a course's title, a form response's token, an identity
//! provider's session ids, an app among a log's actors) is no person's
//! data, while the people beside them stay redacted.

mod common;

use common::{keeps, kept, redact, redacted, removes};

#[test]
fn a_course_keeps_its_title_and_code() {
    // Moodle `core_course_get_courses`: a course named after a person too.
    let out = redact(
        r#"{"courses":[{"id":12,"shortname":"PSY101","categoryid":3,"fullname":"Ada Lovelace Seminar","displayname":"Ada Lovelace Seminar","idnumber":"PSY101-2024-A","contacts":[{"id":87,"fullname":"Martin Gruber"}]}]}"#,
    );
    keeps(&out, "Ada Lovelace Seminar");
    keeps(&out, "PSY101-2024-A");
    removes(&out, "Martin Gruber");
    // A user's enrolled courses, title before short name.
    let out = redact(
        r#"{"users":[{"username":"s2310457","fullname":"Chiara Bianchi","email":"chiara@uni.example","enrolledcourses":[{"id":12,"fullname":"Human Anatomy and Physiology","shortname":"BIO210"}]}]}"#,
    );
    keeps(&out, "Human Anatomy and Physiology");
    removes(&out, "Chiara Bianchi");
    // The course rule reads the key holding the record, not any key.
    redacted(
        r#"{"discourse":{"fullname":"Chiara Bianchi","idnumber":"884120377"}}"#,
        "Chiara Bianchi",
        "[PERSON_NAME]",
    );
}

#[test]
fn a_form_response_or_order_token_is_its_id() {
    kept(
        r#"{"form_response":{"form_id":"lT4Z3j","token":"a3a12ec67a1365927098a606107fac15","landed_at":"2026-12-02T10:05:11Z"}}"#,
    );
    kept(
        r#"{"order":{"id":5829301845091,"order_number":1001,"token":"b1946ac92492d2347c6235b4d2611184"}}"#,
    );
    // A provider's token keeps its shape's category.
    redacted(
        r#"{"order":{"order_number":1001,"token":"ghp_R8kq2Lw9XzP4nT1sW8yQ3cF6hJ0dG5aE2uI7"}}"#,
        "ghp_R8kq2Lw9XzP4nT1sW8yQ3cF6hJ0dG5aE2uI7",
        "[",
    );
    // Without the record's id keys a bare token is still a bearer token.
    redacted(
        r#"{"auth":{"token":"a3a12ec67a1365927098a606107fac15"}}"#,
        "a3a12ec67a1365927098a606107fac15",
        "[OAUTH_TOKEN]",
    );
}

#[test]
fn identity_provider_logs_keep_session_ids_and_apps() {
    let out = redact(
        r#"{"actor":{"id":"0oa9z8y7x6W5v4U3t2s1","type":"PublicClientApp","alternateId":"Okta Workflows","displayName":"Okta Workflows"},"authenticationContext":{"rootSessionId":"idxBager62CSveUkTxvgRtonA","externalSessionId":"trsJ8sG3bXx0hFqkR2mWcYpNw"},"target":[{"id":"00u4xk2pqrsTUV9WX0y1","type":"User","alternateId":"daniel.kim@northwind.example","displayName":"Daniel Kim"},{"id":"00g1emaKYZTWRYYRRTSK","type":"UserGroup","alternateId":"unknown","displayName":"Engineering"}]}"#,
    );
    keeps(&out, "idxBager62CSveUkTxvgRtonA");
    keeps(&out, "trsJ8sG3bXx0hFqkR2mWcYpNw");
    keeps(&out, "Okta Workflows");
    keeps(&out, "Engineering");
    removes(&out, "Daniel Kim");
    removes(&out, "daniel.kim@northwind.example");
    // A session key alone may hold the cookie's value.
    redacted(
        r#"{"session_id":"q2VdIZ8Ct0nI5bWaKrQ7uJt1sDhW-F9x"}"#,
        "q2VdIZ8Ct0nI5bWaKrQ7uJt1sDhW-F9x",
        "[OAUTH_TOKEN]",
    );
}

#[test]
fn messages_lose_the_names_they_greet() {
    let out = redact(
        r#"{"messages":[{"body":"Hi Rosalind, your appointment is confirmed.","to":"+447700900461"},{"body":"Hi Team, the deploy is done."},{"body":"Dear Valued Customer, your invoice is ready."}]}"#,
    );
    removes(&out, "Rosalind");
    removes(&out, "+447700900461");
    keeps(&out, "Hi Team, the deploy is done.");
    keeps(&out, "Dear Valued Customer, your invoice is ready.");
}

#[test]
fn a_platforms_built_in_admin_is_no_person() {
    let out = redact(
        r#"{"users":[{"id":2,"username":"jdoe","firstname":"Admin","lastname":"User","fullname":"Admin User","email":"moodle-admin@uni.example"}]}"#,
    );
    keeps(&out, r#""Admin User""#);
    keeps(&out, r#""User""#);
    removes(&out, "moodle-admin@uni.example");
}

#[test]
fn a_client_geo_ip_city_and_postcode_follow_its_coordinates() {
    // Okta's System Log: the city and postcode come before the coordinates.
    let out = redact(
        r#"{"actor":{"type":"User","alternateId":"dkim"},"client":{"ipAddress":"81.102.44.17","geographicalContext":{"city":"Leeds","state":"England","country":"United Kingdom","postalCode":"LS6","geolocation":{"lat":53.8222,"lon":-1.5826}}}}"#,
    );
    removes(&out, "Leeds");
    removes(&out, "LS6");
    removes(&out, "53.8222");
    keeps(&out, "England");
    keeps(&out, "United Kingdom");
    // ECS: a server's (`source`) geo-IP location is nobody's; neither
    // are its coordinates.
    kept(
        r#"{"source":{"geo":{"location":{"lat":58.4167,"lon":15.6167},"city_name":"Linköping"}}}"#,
    );
    // A data center's city names no device's place.
    kept(r#"{"server":{"hostname":"db1","datacenter":{"city":"Frankfurt"}}}"#);
}
