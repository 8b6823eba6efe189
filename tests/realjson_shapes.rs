//! Shapes of real public JSON (webhooks, wearables, smart-home and analytics
//! exports): each rule with the look-alike it must leave alone.

mod common;

use common::{keeps, kept, redact, redacted, removes};

#[test]
fn a_bot_committer_keeps_its_name_and_handle() {
    // GitHub push webhooks: web commits are committed by GitHub itself.
    let out = redact(
        r#"{"commits":[{"author":{"name":"Maja Lindqvist","email":"maja@example.se","username":"mlindqvist"},"committer":{"name":"GitHub","email":"noreply@github.com","username":"web-flow"}}]}"#,
    );
    assert!(
        out.contains(r#""name":"GitHub""#) && out.contains(r#""username":"web-flow""#),
        "{out}"
    );
    assert!(
        !out.contains("Maja Lindqvist") && !out.contains("mlindqvist"),
        "{out}"
    );
}

#[test]
fn an_organisation_login_is_no_persons_handle() {
    kept(r#"{"owner":{"login":"octo-org","id":6811672,"type":"Organization"}}"#);
    kept(r#"{"owner":{"type":"Organization","login":"octo-org"}}"#);
    redacted(
        r#"{"sender":{"login":"mlindqvist","id":21031067,"type":"User"}}"#,
        "mlindqvist",
        "[USERNAME]",
    );
}

#[test]
fn unit_named_slots_hold_the_reading() {
    // Health Connect's Mass and LibreLinkUp's glucose value.
    redacted(
        r#"{"email":"a@example.com","weight":{"inKilograms":64.2}}"#,
        "64.2",
        "[HEALTH_METRIC]",
    );
    redacted(
        r#"{"firstName":"Lukas","glucoseMeasurement":{"ValueInMgPerDl":151,"TrendArrow":3}}"#,
        "151",
        "[HEALTH_METRIC]",
    );
    // A file size in bytes is no reading.
    let out = redact(r#"{"email":"a@example.com","size":{"inBytes":2048}}"#);
    assert!(out.contains(r#""inBytes":2048"#), "{out}");
}

#[test]
fn a_days_energy_and_intake_are_health_data() {
    let out = redact(
        r#"{"userProfileId":84213377,"totalSteps":14211,"totalKilocalories":2384.0,"activeKilocalories":712.0,"restingHeartRate":52,"bodyBatteryChargedValue":61,"moderateIntensityMinutes":22}"#,
    );
    for v in ["2384.0", "712.0", ":61", ":22"] {
        assert!(!out.contains(v), "{v} left in {out}");
    }
    // A product's nutrition facts are the product's: carbohydrates, sugar
    // and sodium name no body reading.
    kept(
        r#"{"product_name":"Porridge oats","nutrition":{"carbohydrates":60,"sugar":1.1,"sodium":0.01}}"#,
    );
    kept(r#"{"product_name":"Porridge oats","carbohydrates":60,"sugar":1.1,"protein":13}"#);
}

#[test]
fn counts_of_births_and_a_screens_size_are_no_ones() {
    kept(
        r#"{"census":{"region":"MV","population":1628378,"median_age":47.9,"births":11872,"deaths":23417}}"#,
    );
    kept(r#"{"model":"Forerunner 965","display":{"type":"AMOLED","size_in":1.4}}"#);
    kept(r#"{"display":{"size":6.1,"height":2556}}"#);
    redacted(
        r#"{"name":"Ada Okafor","birth":"1979-03-22"}"#,
        "1979-03-22",
        "[DATE_OF_BIRTH]",
    );
}

#[test]
fn a_glucose_transmitter_is_a_device() {
    redacted(
        r#"{"records":[{"transmitterId":"8G2KQ7","value":142,"unit":"mg/dL"}]}"#,
        "8G2KQ7",
        "[DEVICE_ID]",
    );
}

#[test]
fn a_form_answer_is_named_by_its_fields_ref() {
    // Typeform responses: `field.ref` names the answer's typed value.
    let out = redact(
        r#"{"answers":[{"field":{"id":"SMEUb7VJz92Q","type":"short_text","ref":"full_name"},"type":"text","text":"Kwame Mensah"},{"field":{"id":"Q7M2XAwY04dW","type":"date","ref":"date_of_birth"},"type":"date","date":"1985-11-30"},{"field":{"id":"xbWjK0bM","type":"short_text","ref":"favourite_colour"},"type":"text","text":"Green"},{"field":{"id":"m1","type":"short_text","ref":"01GZ8Y4N9K3J2H1G0F"},"type":"text","text":"Blue"}]}"#,
    );
    assert!(
        !out.contains("Kwame Mensah") && !out.contains("1985-11-30"),
        "{out}"
    );
    assert!(
        out.contains(r#""text":"Green""#) && out.contains(r#""text":"Blue""#),
        "{out}"
    );
    // A git ref and a ref outside a form's field name nothing.
    kept(r#"{"ref":"refs/heads/main","text":"Fix login"}"#);
    kept(r#"{"source":{"ref":"full_name"},"text":"Kwame"}"#);
}

#[test]
fn a_google_fit_aggregate_holds_one_users_readings() {
    // The aggregate API groups one user's points in time `bucket`s; its
    // summary types are that user's average, maximum and minimum.
    let out = redact(
        r#"{"bucket":[{"startTimeMillis":"1727820000000","dataset":[{"point":[{"dataTypeName":"com.google.step_count.delta","value":[{"intVal":9412,"mapVal":[]}]}]},{"point":[{"dataTypeName":"com.google.heart_rate.summary","value":[{"fpVal":71.4,"mapVal":[]},{"fpVal":118.0,"mapVal":[]}]}]}]}]}"#,
    );
    for v in ["9412", "71.4", "118.0"] {
        assert!(!out.contains(v), "{v} left in {out}");
    }
    // A terms bucket keyed by a dotted field name is a group's statistic.
    kept(
        r#"{"aggregations":{"by_metric":{"buckets":[{"key":"body.weight","doc_count":12,"avg":{"value":71.3}}]}}}"#,
    );
}

#[test]
fn a_companys_sending_name_is_no_person() {
    let out = redact(
        r#"{"settings":{"subject_line":"October news","from_name":"Acme Newsletter","reply_to":"newsletter@acme.example"}}"#,
    );
    assert!(out.contains("Acme Newsletter"), "{out}");
}

#[test]
fn a_home_assistant_config_holds_the_homes_coordinates() {
    // `/api/config`: the coordinates come before `location_name`.
    let out = redact(
        r#"{"elevation":12,"latitude":52.3731,"location_name":"Home","longitude":4.8922,"time_zone":"Europe/Amsterdam","version":"2024.5.2"}"#,
    );
    assert!(!out.contains("52.3731") && !out.contains("4.8922"), "{out}");
    assert!(out.contains(r#""elevation":12"#), "{out}");
    // A named site that is no home keeps its coordinates.
    kept(r#"{"latitude":52.3731,"location_name":"Amsterdam Office","longitude":4.8922}"#);
}

#[test]
fn an_ecs_source_endpoint_with_a_port_is_still_located() {
    // ECS `source` of a login: the client's address, its ephemeral port
    // and where its address is: a port makes no machine of it.
    let out = redact(
        r#"{"user":{"name":"jkowalski"},"source":{"ip":"89.64.12.201","port":51422,"geo":{"city_name":"Krakow","location":{"lat":50.0614,"lon":19.9366}}}}"#,
    );
    removes(&out, "50.0614");
    removes(&out, "Krakow");
    keeps(&out, r#""port":51422"#);
}
