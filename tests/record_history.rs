//! Earlier records at a path speak for later ones only when they are of one
//! kind: a `name` in an NDJSON line with keys no earlier line had (a bike
//! station after riders) is judged by its own line.

use leakscope::{EngineBuilder, InputFormat};

fn redact_lines(input: &str) -> Vec<String> {
    let engine = EngineBuilder::new()
        .format(InputFormat::Ndjson)
        .build()
        .expect("engine");
    let out = engine.redact(input.as_bytes()).expect("redact").output;
    String::from_utf8(out)
        .expect("utf-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_station_after_riders_keeps_its_name() {
    let lines = redact_lines(concat!(
        r#"{"usertype":"Subscriber","birth year":1985,"gender":2}"#,
        "\n",
        r#"{"station_id":"72","name":"W 52 St & 11 Ave","lat":40.76727216,"lon":-73.99392888,"capacity":55}"#,
        "\n",
    ));
    assert!(lines[0].contains("[DEMOGRAPHIC]"), "{}", lines[0]);
    assert!(lines[1].contains("W 52 St & 11 Ave"), "{}", lines[1]);
}

#[test]
fn records_of_one_kind_still_share_their_context() {
    // The second line has no key of its own that says "person": the first
    // line's keys at the same path do.
    let lines = redact_lines(concat!(
        r#"{"id":1,"name":"Jane Roe","email":"jane.roe@example.com"}"#,
        "\n",
        r#"{"id":2,"name":"John Poe"}"#,
        "\n",
    ));
    assert!(!lines[1].contains("John Poe"), "{}", lines[1]);
}
