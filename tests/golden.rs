//! Golden files: for every corpus case the redacted output and the report
//! must equal `tests/corpus/expected/<name>.redacted.<ext>` and
//! `tests/corpus/expected/<name>.report.json` byte for byte. Every front end
//! (CLI, wasm, proxy) compares against the same files.
//!
//! `LEAKSCOPE_BLESS=1 cargo test --test golden` (re)writes them.
//!
//! Also: streaming in small chunks gives the same bytes, and the bad inputs
//! of `tests/corpus/bad/` give their expected error code without panicking.

use leakscope::{Engine, EngineBuilder, InputFormat, Outcome};
use leakscope_corpus::{cases, default_dir, Case};
use std::path::{Path, PathBuf};

fn engine(ndjson: bool) -> Engine {
    let format = if ndjson {
        InputFormat::Ndjson
    } else {
        InputFormat::Json
    };
    EngineBuilder::new()
        .format(format)
        .build()
        .expect("default engine builds")
}

fn expected_dir() -> PathBuf {
    default_dir().join("expected")
}

fn blessing() -> bool {
    std::env::var("LEAKSCOPE_BLESS")
        .map(|v| v == "1")
        .unwrap_or(false)
}

fn report_text(outcome: &Outcome) -> String {
    let mut s = outcome.report().to_json_pretty();
    s.push('\n');
    s
}

/// First differing line of two byte strings, for a readable failure.
fn first_difference(actual: &[u8], expected: &[u8]) -> String {
    let a = String::from_utf8_lossy(actual);
    let e = String::from_utf8_lossy(expected);
    for (i, (la, le)) in a.lines().zip(e.lines()).enumerate() {
        if la != le {
            return format!(
                "line {}:\n  actual:   {}\n  expected: {}",
                i + 1,
                clip(la),
                clip(le)
            );
        }
    }
    format!(
        "lengths differ: actual {} bytes, expected {} bytes",
        actual.len(),
        expected.len()
    )
}

fn clip(s: &str) -> String {
    s.chars().take(200).collect()
}

fn check_file(path: &Path, actual: &[u8], failures: &mut Vec<String>) {
    if blessing() {
        if let Err(e) = std::fs::write(path, actual) {
            failures.push(format!("{}: cannot write: {e}", path.display()));
        }
        return;
    }
    match std::fs::read(path) {
        Ok(expected) if expected == actual => {}
        Ok(expected) => failures.push(format!(
            "{} differs; {}",
            path.display(),
            first_difference(actual, &expected)
        )),
        Err(_) => failures.push(format!(
            "{} is missing (run with LEAKSCOPE_BLESS=1)",
            path.display()
        )),
    }
}

fn corpus() -> Vec<Case> {
    let all = cases(&default_dir()).expect("corpus loads");
    assert!(!all.is_empty(), "no corpus cases");
    all
}

#[test]
fn golden_outputs_and_reports() {
    let dir = expected_dir();
    if blessing() {
        std::fs::create_dir_all(&dir).expect("create expected dir");
    }
    let mut failures = Vec::new();
    for case in corpus() {
        let e = engine(case.format.is_ndjson());
        match e.redact(&case.input) {
            Ok(r) => {
                check_file(
                    &dir.join(case.expected_output_name()),
                    &r.output,
                    &mut failures,
                );
                check_file(
                    &dir.join(case.expected_report_name()),
                    report_text(&r.outcome).as_bytes(),
                    &mut failures,
                );
            }
            Err(err) => failures.push(format!("{}: engine error: {err}", case.name)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn stream(e: &Engine, input: &[u8], chunk: usize) -> Result<(Vec<u8>, Outcome), leakscope::Error> {
    let mut r = e.redactor();
    let mut out = Vec::new();
    for c in input.chunks(chunk.max(1)) {
        r.push(c, &mut out)?;
    }
    let outcome = r.finish(&mut out)?;
    Ok((out, outcome))
}

#[test]
fn streaming_in_chunks_matches_golden() {
    if blessing() {
        return;
    }
    let dir = expected_dir();
    let mut failures = Vec::new();
    for case in corpus() {
        let e = engine(case.format.is_ndjson());
        let Ok(expected) = std::fs::read(dir.join(case.expected_output_name())) else {
            failures.push(format!(
                "{}: expected output missing (run golden with LEAKSCOPE_BLESS=1)",
                case.name
            ));
            continue;
        };
        let expected_report =
            std::fs::read_to_string(dir.join(case.expected_report_name())).unwrap_or_default();
        for chunk in [1usize, 7, 64, 4096] {
            match stream(&e, &case.input, chunk) {
                Ok((out, outcome)) => {
                    if out != expected {
                        failures.push(format!(
                            "{} chunk {chunk}: output differs; {}",
                            case.name,
                            first_difference(&out, &expected)
                        ));
                    }
                    let report = report_text(&outcome);
                    if report != expected_report {
                        failures.push(format!(
                            "{} chunk {chunk}: report differs; {}",
                            case.name,
                            first_difference(report.as_bytes(), expected_report.as_bytes())
                        ));
                    }
                }
                Err(err) => failures.push(format!("{} chunk {chunk}: {err}", case.name)),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `tests/corpus/bad/<name>.expect.json`.
#[derive(serde::Deserialize)]
struct Expect {
    format: String,
    code: String,
    #[serde(default)]
    recoverable: bool,
    #[serde(default)]
    absent: Vec<String>,
}

fn check_bad(name: &str, input: &[u8], expect: &Expect, failures: &mut Vec<String>) {
    let e = engine(expect.format == "ndjson");
    let results = [
        ("redact", e.redact(input).map(|r| (r.output, r.outcome))),
        ("stream/5", stream(&e, input, 5)),
    ];
    for (how, result) in results {
        match (result, expect.recoverable) {
            (Err(err), false) => {
                if err.code() != expect.code {
                    failures.push(format!(
                        "{name} {how}: got {}, expected {}",
                        err.code(),
                        expect.code
                    ));
                }
            }
            (Ok(_), false) => failures.push(format!(
                "{name} {how}: accepted, expected error {}",
                expect.code
            )),
            (Err(err), true) => failures.push(format!(
                "{name} {how}: failed with {err}, expected a recoverable {}",
                expect.code
            )),
            (Ok((out, outcome)), true) => {
                if !outcome
                    .line_errors()
                    .iter()
                    .any(|l| l.code() == expect.code)
                {
                    failures.push(format!("{name} {how}: no line error {}", expect.code));
                }
                let text = String::from_utf8_lossy(&out);
                for a in &expect.absent {
                    if text.contains(a.as_str()) {
                        failures.push(format!("{name} {how}: {a:?} still in output"));
                    }
                }
            }
        }
    }
}

#[test]
fn bad_inputs_give_typed_errors() {
    let dir = default_dir().join("bad");
    let mut failures = Vec::new();
    let mut seen = 0;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("bad dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".expect.json"))
        .collect();
    entries.sort();
    for exp_path in entries {
        let file = exp_path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = file.trim_end_matches(".expect.json").to_string();
        let expect: Expect =
            serde_json::from_slice(&std::fs::read(&exp_path).expect("read expect"))
                .expect("expect json");
        let input_path = dir.join(format!("{name}.{}", expect.format));
        let input =
            std::fs::read(&input_path).unwrap_or_else(|e| panic!("{}: {e}", input_path.display()));
        check_bad(&name, &input, &expect, &mut failures);
        seen += 1;
    }
    assert!(seen >= 4, "only {seen} bad fixtures");

    // Deep nesting is generated rather than stored.
    let depth = 100_000;
    let deep_arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let mut deep_objects = String::new();
    for _ in 0..depth {
        deep_objects.push_str("{\"a\":");
    }
    deep_objects.push('1');
    deep_objects.push_str(&"}".repeat(depth));
    let too_deep = Expect {
        format: "json".into(),
        code: "too_deep".into(),
        recoverable: false,
        absent: Vec::new(),
    };
    check_bad(
        "deep-arrays",
        deep_arrays.as_bytes(),
        &too_deep,
        &mut failures,
    );
    check_bad(
        "deep-objects",
        deep_objects.as_bytes(),
        &too_deep,
        &mut failures,
    );

    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
