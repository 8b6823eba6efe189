//! Wearable samples without a person key, measure series named by a
//! sibling, pair lists named by `id` or `url`, a home's devices, and numbers
//! under health keys that are no one's reading.

mod common;

use common::redact_as;
use leakscope::InputFormat;

fn json(input: &str) -> String {
    redact_as(input, InputFormat::Json)
}

#[track_caller]
fn gone(out: &str, values: &[&str]) {
    for v in values {
        assert!(!out.contains(v), "{v} left in {out}");
    }
}

#[track_caller]
fn kept(out: &str, values: &[&str]) {
    for v in values {
        assert!(out.contains(v), "{v} redacted in {out}");
    }
}

#[test]
fn an_activity_is_a_persons_without_a_person_key() {
    let activity = r#"{"type":"Ride","distance":28099.0,"average_speed":6.679,"max_speed":18.5,"average_watts":185.1,"average_heartrate":140.3,"max_heartrate":178,"athlete":{"id":134815}}"#;
    let one = json(activity);
    gone(&one, &["140.3", "178"]);
    // NDJSON lines decide as the same records inside one document.
    let lines = redact_as(&format!("{activity}\n{activity}\n"), InputFormat::Ndjson);
    let listed = json(&format!("[{activity},{activity}]"));
    for line in lines.lines() {
        assert!(listed.contains(line), "{line} not in {listed}");
    }
    let day = json(
        r#"{"date":"2024-03-04","steps":9214,"hr_average":71,"hr_min":52,"hr_max":148,"hr_zone_0":43200}"#,
    );
    gone(&day, &["71", "52", "148"]);
    kept(&day, &["43200"]);
}

#[test]
fn statistics_of_groups_stay() {
    let out = json(r#"{"sex":"F","n":1204,"mean_bmi":27.1}"#);
    kept(&out, &["27.1"]);
    for doc in [
        r#"[{"age_group":"20-39","avg_heart_rate":71.5},{"age_group":"40-59","avg_heart_rate":74.5}]"#,
        r#"{"aggregations":{"avg_heart_rate":{"value":71.5}}}"#,
        r#"{"stats":{"avg_heart_rate":71.5}}"#,
        r#"{"avg_heart_rate":71.5,"doc_count":312}"#,
    ] {
        let out = json(doc);
        assert_eq!(out, doc, "changed: {out}");
    }
}

#[test]
fn sleep_logs_and_deviations() {
    let out = json(
        r#"{"sleep":{"summary":{"stages":{"deep":82,"rem":92},"totalMinutesAsleep":405,"totalSleepRecords":1,"totalTimeInBed":453}}}"#,
    );
    gone(&out, &["405", "453"]);
    kept(
        &out,
        &["\"deep\":82", "\"rem\":92", "\"totalSleepRecords\":1"],
    );
    let out = json(
        r#"{"sleep":{"data":[{"average_hrv":41,"readiness":{"score":81,"temperature_deviation":-0.12}}]}}"#,
    );
    gone(&out, &["-0.12"]);
    // A series of readings is no thing: one night in Withings' sleep
    // `series` decides as the same night on its own NDJSON line.
    let night = r#"{"id":2938475612,"data":{"hr_average":71,"hr_min":44,"wakeupcount":2}}"#;
    let out = json(&format!(r#"{{"sleep":{{"body":{{"series":[{night}]}}}}}}"#));
    gone(&out, &["71", "44"]);
    // The night's wake-ups are a sleep reading too; the night's id is not.
    assert!(!out.contains("\"wakeupcount\":2"), "{out}");
    kept(&out, &["\"id\":2938475612"]);
    let line = redact_as(&format!("{night}\n"), InputFormat::Ndjson);
    assert!(out.contains(line.trim()), "{line} not in {out}");
    let out = json(r#"{"heartrate":{"data":[{"bpm":63,"source":"awake"}]}}"#);
    gone(&out, &["63"]);
    // A song's tempo is no pulse.
    let doc = r#"{"tracks":[{"title":"Intro","bpm":128}]}"#;
    assert_eq!(json(doc), doc);
}

#[test]
fn a_measure_named_by_a_sibling_names_its_series() {
    let out = json(
        r#"{"metrics":[{"name":"heart_rate","units":"count/min","data":[{"Min":58,"Avg":71.4,"Max":142,"date":"2024-03-05 07:00:00 +0100","source":"Apple Watch"}]},{"name":"step_count","units":"count","data":[{"qty":9214,"source":"iPhone"}]},{"name":"sleep_analysis","units":"hr","data":[{"asleep":6.9,"inBed":7.6,"deep":1.1}]}]}"#,
    );
    gone(&out, &["58", "71.4", "142", "9214", "6.9", "7.6", "1.1"]);
    kept(&out, &["Apple Watch", "2024-03-05 07:00:00 +0100"]);
    let out = json(
        r#"{"graph":{"metrics":[{"display_name":"Heart Rate","display_unit":"bpm","max_value":171,"values":[121,139],"slug":"heart_rate","zones":[{"display_name":"Zone 1","max_value":123,"min_value":0}]},{"display_name":"Cadence","display_unit":"rpm","max_value":112,"values":[78,86]}]}}"#,
    );
    gone(&out, &["171", "121", "139"]);
    kept(&out, &["123", "112", "78", "86"]);
    let out = json(
        r#"{"activities-heart-intraday":{"dataset":[{"time":"08:00:00","value":64},{"time":"08:01:00","value":66}],"datasetInterval":1}}"#,
    );
    gone(&out, &["64", "66"]);
    kept(&out, &["08:00:00", "\"datasetInterval\":1"]);
    // A series of another measure is nothing.
    let doc = r#"{"metrics":[{"name":"cpu","data":[{"avg":71,"max":99}]}]}"#;
    assert_eq!(json(doc), doc);
}

#[test]
fn pairs_named_by_id_or_url() {
    let out = json(
        r#"{"profileUsers":[{"settings":[{"id":"Gamertag","value":"AnnaW 1990"},{"id":"RealName","value":"Anna Weber"},{"id":"RealNameOverride","value":"Anna W."},{"id":"PreferredColor","value":"blue"}]}]}"#,
    );
    gone(&out, &["AnnaW 1990", "Anna Weber", "Anna W."]);
    kept(&out, &["blue"]);
    let out = json(
        r#"{"entry":[{"resource":{"resourceType":"Patient","gender":"female","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName","valueString":"Elena Rossi"}],"address":[{"city":"Boston","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/geolocation","extension":[{"url":"latitude","valueDecimal":42.3429},{"url":"longitude","valueDecimal":-71.0689}]}]}]}}]}"#,
    );
    gone(&out, &["Elena Rossi", "42.3429", "-71.0689"]);
    // A link list's `url` names nothing; an id list holds ids.
    let doc = r#"{"links":[{"url":"https://example.com/users/email","value":"Help"}],"roles":[{"id":"1234567","name":"Admin"}]}"#;
    assert_eq!(json(doc), doc);
}

#[test]
fn a_homes_devices_and_places() {
    let out = json(
        r#"{"result":[{"category":"cz","ip":"91.64.22.118","lat":"52.5362","local_key":"a1B2c3D4e5F6g7H8","lon":"13.4031","owner_id":"41230987","product_name":"Smart Plug"}]}"#,
    );
    gone(&out, &["52.5362", "13.4031"]);
    let out = json(
        r#"{"items":[{"locationId":"21e4a40e","name":"Home","latitude":52.5362,"longitude":13.4031,"regionRadius":150}]}"#,
    );
    gone(&out, &["52.5362", "13.4031"]);
    kept(&out, &["\"Home\"", "150"]);
    let out = json(
        r#"{"sensors":{"1":{"config":{"on":true,"lat":"52.5362N","long":"13.4031E","sunriseoffset":30},"name":"Daylight","modelid":"PHDL00"}}}"#,
    );
    gone(&out, &["52.5362N", "13.4031E"]);
    let out =
        json(r#"{"description":"Front Door","address":"512 Prospect Pl, Brooklyn, NY 11238"}"#);
    gone(&out, &["Prospect"]);
    // A product's coordinates with nothing of a person's or a device's.
    let doc = r#"{"category":"cz","lat":"52.5362","lon":"13.4031","product_name":"Smart Plug"}"#;
    assert_eq!(json(doc), doc);
}

#[test]
fn numbers_under_health_keys_that_are_no_ones_reading() {
    let out = json(
        r#"{"athlete":{"sex":"F","weight":58.0,"shoes":[{"name":"Endorphin","distance":4904}],"bikes":[{"name":"Canyon","distance":12033}]}}"#,
    );
    gone(&out, &["58.0"]);
    kept(&out, &["4904", "12033"]);
    let out = json(
        r#"{"personal_info":{"age":41},"ring_configuration":{"data":[{"color":"silver","firmware_version":"2.9.21","hardware_type":"gen3","size":10}]}}"#,
    );
    kept(&out, &["\"size\":10"]);
    let doc = r#"{"resourceType":"Observation","valueQuantity":{"value":104,"unit":"mg/dL"},"referenceRange":[{"low":{"value":70,"unit":"mg/dL"},"high":{"unit":"mg/dL","value":99}}]}"#;
    let out = json(doc);
    gone(&out, &["104"]);
    kept(&out, &["\"value\":70", "\"value\":99"]);
}
