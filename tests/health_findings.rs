//! Health data that lives in a record's shape rather than in a key of its
//! own: FHIR findings written as codes, a sample's part that makes the
//! sample a person's, a lab result named by its unit; and the settings and
//! units that are no one's reading.

mod common;

use common::{keeps, kept, redact, removes};

#[test]
fn fhir_findings_are_health_data_but_measure_codes_are_not() {
    let out = redact(
        r#"{"resourceType":"Bundle","entry":[
{"resource":{"resourceType":"Condition","code":{"coding":[{"system":"http://snomed.info/sct","code":"44054006","display":"Diabetes mellitus type 2"}],"text":"Type 2 diabetes"},"subject":{"reference":"Patient/p1"}}},
{"resource":{"resourceType":"MedicationRequest","medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"861007","display":"metformin 500 MG Oral Tablet"}]},"dosageInstruction":[{"text":"1 tablet twice daily"}]}},
{"resource":{"resourceType":"Immunization","vaccineCode":{"coding":[{"code":"208","display":"COVID-19, mRNA"}]}}},
{"resource":{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"72166-2","display":"Tobacco smoking status"}]},"valueCodeableConcept":{"text":"Former smoker"}}}]}"#,
    );
    for gone in [
        "44054006",
        "Diabetes mellitus type 2",
        "Type 2 diabetes",
        "861007",
        "metformin",
        "twice daily",
        "COVID-19",
        "Former smoker",
    ] {
        removes(&out, gone);
    }
    // What was measured, the code systems and the references stay.
    for stays in [
        "72166-2",
        "Tobacco smoking status",
        "http://snomed.info/sct",
        "Patient/p1",
    ] {
        keeps(&out, stays);
    }
}

#[test]
fn a_part_with_a_body_reading_makes_its_holder_a_sample() {
    let out = redact(
        r#"{"data":[{"id":"r1","contributors":{"body_temperature":94,"resting_heart_rate":91},"day":"2024-05-01","temperature_deviation":-0.12}]}"#,
    );
    removes(&out, "-0.12");
    keeps(&out, r#""day":"2024-05-01""#);
    // Three weaker keys (a weather report's temperatures) make no sample
    // of the report: its coordinates stay.
    kept(
        r#"{"coord":{"lon":-122.08,"lat":37.39},"main":{"temp":282.55,"temp_min":280.37,"temp_max":284.26},"name":"Mountain View"}"#,
    );
    // A document's root holds unrelated parts: a CPAP night makes no
    // sample of the weather report beside it.
    let out = redact(
        r#"{"cpap":{"sleepScore":88,"ahi":3.1},"weather":{"coord":{"lon":13.41,"lat":52.52},"name":"Berlin"}}"#,
    );
    removes(&out, "3.1");
    keeps(&out, r#""lon":13.41,"lat":52.52"#);
}

#[test]
fn a_lab_result_is_named_by_its_unit() {
    let out = redact(
        r#"{"results":[{"test":"LDL Cholesterol","result":"162","units":"mg/dL"},{"units":"mg/dL","result":48}]}"#,
    );
    removes(&out, "162");
    removes(&out, ":48");
    keeps(&out, "LDL Cholesterol");
    kept(r#"{"jobs":[{"id":1,"result":"success","duration":12}]}"#);
    kept(r#"{"checks":[{"name":"username","result":"taken"}]}"#);
}

#[test]
fn units_and_bands() {
    // An app's default units are settings; a cardio-fitness band is a reading.
    kept(r#"{"default_units":{"glucose":"mg/dL","weight":"kg","temperature":"°C"}}"#);
    let out = redact(r#"{"cardioScore":[{"dateTime":"2024-05-01","value":{"vo2Max":"41-45"}}]}"#);
    removes(&out, "41-45");
}

#[test]
fn activity_summaries_are_one_persons_days() {
    let out = redact(
        r#"{"activitySummaries":[{"dateComponents":"2024-05-01","activeEnergyBurned":641.2,"appleExerciseTime":48,"appleStandHours":11}]}"#,
    );
    for gone in ["641.2", ":48", ":11"] {
        removes(&out, gone);
    }
    keeps(&out, "2024-05-01");
    // A summary over people stays an aggregate.
    kept(r#"{"summary":{"participants":48211,"avg_weekly_steps":51230}}"#);
}
