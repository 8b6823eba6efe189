//! Detection quality over the shared corpus (`tests/corpus/`) plus a
//! generated dump: recall of personal data, over-redaction of everything
//! else, and field-level F1 of the report. The thresholds are raised as
//! detection improves; never lowered to make a run pass.

use leakscope::{EngineBuilder, InputFormat};
use leakscope_corpus::{cases, default_dir, evaluate, generate, GenKind, Labels, Metrics};

/// Minimum share of labeled PII items removed from the output.
const MIN_RECALL: f64 = 0.99;
/// Maximum share of non-PII leaves changed in the output.
const MAX_OVER_REDACTION: f64 = 0.005;
/// Minimum F1 of reported (path, category) pairs against the labels.
const MIN_FIELD_F1: f64 = 0.97;
/// Size of the generated sample.
const GENERATED_BYTES: usize = 2_000_000;
/// Seed of the generated sample.
const GENERATED_SEED: u64 = 1;
/// Misses printed per case.
const NOTES_PER_CASE: usize = 6;

fn redact(input: &[u8], ndjson: bool) -> Result<(Vec<u8>, String), String> {
    let format = if ndjson {
        InputFormat::Ndjson
    } else {
        InputFormat::Json
    };
    let engine = EngineBuilder::new()
        .format(format)
        .build()
        .map_err(|e| e.to_string())?;
    let redacted = engine.redact(input).map_err(|e| e.to_string())?;
    let report = serde_json::to_string(&redacted.outcome.report()).map_err(|e| e.to_string())?;
    Ok((redacted.output, report))
}

struct Row {
    name: String,
    metrics: Metrics,
}

fn score(
    name: &str,
    input: &[u8],
    labels: &Labels,
    ndjson: bool,
    failures: &mut Vec<String>,
) -> Option<Row> {
    match redact(input, ndjson) {
        Ok((output, report)) => {
            let metrics = evaluate(input, &output, &report, labels, ndjson);
            Some(Row {
                name: name.to_string(),
                metrics,
            })
        }
        Err(e) => {
            failures.push(format!("{name}: engine error: {e}"));
            None
        }
    }
}

fn print_table(rows: &[Row]) {
    println!(
        "{:<24} {:>5} {:>7} {:>7} {:>6} {:>6} {:>6}",
        "case", "pii", "recall", "over", "fP", "fR", "fF1"
    );
    for r in rows {
        let m = &r.metrics;
        println!(
            "{:<24} {:>5} {:>7.3} {:>7.3} {:>6.2} {:>6.2} {:>6.2}",
            r.name,
            m.pii_items,
            m.recall(),
            m.over_redaction(),
            m.field_precision(),
            m.field_recall(),
            m.field_f1()
        );
        let notes = m
            .errors
            .iter()
            .map(|n| format!("error: {n}"))
            .chain(m.misses.iter().map(|n| format!("miss: {n}")))
            .chain(m.over_redactions.iter().map(|n| format!("over: {n}")))
            .chain(m.false_alarms.iter().map(|n| format!("false alarm: {n}")))
            .chain(m.unreported.iter().map(|n| format!("unreported: {n}")));
        for n in notes.take(NOTES_PER_CASE) {
            println!("    {n}");
        }
    }
}

#[test]
fn detection_quality_meets_thresholds() {
    let corpus = cases(&default_dir()).expect("corpus loads");
    assert!(!corpus.is_empty(), "no corpus cases found");
    let mut failures = Vec::new();
    let mut rows = Vec::new();
    for case in &corpus {
        if let Some(row) = score(
            &case.name,
            &case.input,
            &case.labels,
            case.format.is_ndjson(),
            &mut failures,
        ) {
            rows.push(row);
        }
    }
    let mut dump = Vec::new();
    let labels = generate(GENERATED_SEED, GENERATED_BYTES, GenKind::Ndjson, &mut dump)
        .expect("generator writes");
    if let Some(row) = score("generated-2MB.ndjson", &dump, &labels, true, &mut failures) {
        rows.push(row);
    }

    print_table(&rows);
    let mut total = Metrics::default();
    for r in &rows {
        total.merge(&r.metrics, &r.name);
    }
    println!(
        "TOTAL: pii {} removed {} recall {:.4}; non-pii {} changed {} over-redaction {:.4}; fields P {:.3} R {:.3} F1 {:.3}",
        total.pii_items,
        total.pii_removed,
        total.recall(),
        total.nonpii_leaves,
        total.nonpii_changed,
        total.over_redaction(),
        total.field_precision(),
        total.field_recall(),
        total.field_f1()
    );
    for (cat, (items, removed)) in &total.per_category {
        let recall = if *items == 0 {
            1.0
        } else {
            *removed as f64 / *items as f64
        };
        println!("  {cat:<16} {removed:>6}/{items:<6} recall {recall:.3}");
    }

    for e in &total.errors {
        failures.push(format!("harness: {e}"));
    }
    if total.recall() < MIN_RECALL {
        failures.push(format!("recall {:.4} < {MIN_RECALL}", total.recall()));
    }
    if total.over_redaction() > MAX_OVER_REDACTION {
        failures.push(format!(
            "over-redaction {:.4} > {MAX_OVER_REDACTION}",
            total.over_redaction()
        ));
    }
    if total.field_f1() < MIN_FIELD_F1 {
        failures.push(format!("field F1 {:.4} < {MIN_FIELD_F1}", total.field_f1()));
    }
    assert!(
        failures.is_empty(),
        "quality below thresholds:\n{}",
        failures.join("\n")
    );
}

/// The JSON-array variant of the generated dump is measured the same way
/// (a different framing must not change what is found).
#[test]
fn generated_json_array_quality() {
    let mut dump = Vec::new();
    let labels = generate(
        GENERATED_SEED + 1,
        GENERATED_BYTES / 4,
        GenKind::JsonArray,
        &mut dump,
    )
    .expect("generator writes");
    let mut failures = Vec::new();
    let Some(row) = score("generated-array.json", &dump, &labels, false, &mut failures) else {
        panic!("{}", failures.join("\n"));
    };
    print_table(std::slice::from_ref(&row));
    let m = &row.metrics;
    assert!(m.errors.is_empty(), "{:#?}", m.errors);
    assert!(m.recall() >= MIN_RECALL, "recall {:.4}", m.recall());
    assert!(
        m.over_redaction() <= MAX_OVER_REDACTION,
        "over-redaction {:.4}",
        m.over_redaction()
    );
    assert!(m.field_f1() >= MIN_FIELD_F1, "field F1 {:.4}", m.field_f1());
}
