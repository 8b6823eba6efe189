//! End-to-end tests of the `leakscope` binary.

use flate2::write::GzEncoder;
use flate2::Compression;
use leakscope::{Policy, Report};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_leakscope");

const DOC: &str = r#"{"user":{"email":"jane@example.com","ssid":"Jane's WiFi","plan":"pro"}}"#;

/// A fresh, empty directory for one test.
fn tempdir(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "leakscope-cli-{}-{tag}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The binary may exit before reading everything.
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// NDJSON with PII, a few MiB so the threaded path gets several blocks.
fn ndjson(records: usize, broken_every: Option<usize>) -> Vec<u8> {
    let mut s = String::new();
    for i in 0..records {
        if broken_every.is_some_and(|k| i % k == k - 1) {
            s.push_str("{\"broken\": tru\n");
            continue;
        }
        s.push_str(&format!(
            "{{\"id\":{i},\"user\":{{\"email\":\"user{i}@example.com\",\"name\":\"User Number{}\",\"phone\":\"+1 415 555 {:04}\"}},\"ip\":\"10.0.{}.{}\",\"note\":\"contact user{i}@example.org please\",\"plan\":\"pro\",\"padding\":\"{}\"}}\n",
            i % 97,
            i % 10000,
            i % 256,
            (i / 256) % 256,
            "x".repeat(i % 50)
        ));
    }
    s.into_bytes()
}

#[test]
fn help_documents_exit_codes() {
    let out = run(&["--help"], b"");
    assert_eq!(code(&out), 0);
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "Exit codes",
        "0  success",
        "2  usage",
        "3  input error",
        "4  I/O error",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
    let out = run(&["redact", "--help"], b"");
    assert!(String::from_utf8_lossy(&out.stdout).contains("--fail-on-findings"));
}

#[test]
fn redacts_stdin_to_stdout() {
    let out = run(&["redact", "-"], DOC.as_bytes());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        r#"{"user":{"email":"[EMAIL]","ssid":"[WIFI_SSID]","plan":"pro"}}"#
    );
}

#[test]
fn writes_output_file_atomically_and_report() {
    let dir = tempdir("out");
    let input = dir.join("in.json");
    fs::write(&input, DOC).unwrap();
    let output = dir.join("out.json");
    let report = dir.join("report.json");
    let out = run(
        &[
            "redact",
            p(&input),
            "-o",
            p(&output),
            "--report",
            p(&report),
        ],
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let redacted = fs::read_to_string(&output).unwrap();
    assert!(redacted.contains("[EMAIL]") && !redacted.contains("jane@"));
    // Only the three files: no temporary left behind.
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 3);

    // The report follows the shared format.
    let text = fs::read_to_string(&report).unwrap();
    let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    let fields = raw["fields"].as_array().unwrap();
    assert!(!fields.is_empty());
    for f in fields {
        assert!(f["path"].as_str().unwrap().starts_with('$'));
        assert!(leakscope::Category::from_id(f["category"].as_str().unwrap()).is_some());
        let c = f["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c));
        assert!(f["count"].as_u64().unwrap() >= 1);
        assert!(f["evidence"].as_array().is_some());
    }
    let report = Report::from_json(&text).unwrap();
    assert!(report
        .fields
        .iter()
        .any(|f| f.path == "$.user.email" && f.category == leakscope::Category::Email));
    assert!(report.fields.iter().any(|f| f.path == "$.user.ssid"));
}

#[test]
fn reads_gzip_by_magic_bytes() {
    let dir = tempdir("gz");
    let data = ndjson(200, None);
    let plain = dir.join("plain.ndjson");
    fs::write(&plain, &data).unwrap();
    let gz = dir.join("dump.ndjson.gz");
    fs::write(&gz, gzip(&data)).unwrap();
    let disguised = dir.join("dump.ndjson");
    fs::write(&disguised, gzip(&data)).unwrap();
    let expected = run(&["redact", p(&plain)], b"");
    assert_eq!(code(&expected), 0, "{}", stderr(&expected));
    assert!(!expected.stdout.is_empty());
    for path in [&gz, &disguised] {
        let out = run(&["redact", p(path)], b"");
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert_eq!(out.stdout, expected.stdout, "{}", path.display());
    }
    // Gzip on stdin as well.
    let out = run(&["redact", "-"], &gzip(&data));
    assert_eq!(out.stdout, expected.stdout);
}

#[test]
fn scan_prints_table_json_and_policy() {
    let dir = tempdir("scan");
    let input = dir.join("in.json");
    fs::write(&input, DOC).unwrap();
    let out = run(&["scan", p(&input)], b"");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.starts_with("PATH"), "{table}");
    assert!(table.contains("$.user.email") && table.contains("email"));
    assert!(table.contains("Breach impact"));
    assert!(!table.contains('\x1b'), "no colors when stdout is a pipe");

    let out = run(&["scan", "--json", "-"], DOC.as_bytes());
    assert_eq!(code(&out), 0);
    let report = Report::from_json(&String::from_utf8(out.stdout).unwrap()).unwrap();
    assert!(report.fields.iter().any(|f| f.path == "$.user.email"));

    // Round trip: report -> policy, the same from `scan --policy-out` and `policy`.
    let report_path = dir.join("report.json");
    let policy_a = dir.join("a.policy.json");
    let policy_b = dir.join("b.policy.json");
    let out = run(
        &[
            "scan",
            p(&input),
            "--report",
            p(&report_path),
            "--policy-out",
            p(&policy_a),
            "--op",
            "email=mask",
        ],
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(
        &[
            "policy",
            p(&report_path),
            "-o",
            p(&policy_b),
            "--op",
            "email=mask",
        ],
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let a = Policy::from_json(&fs::read_to_string(&policy_a).unwrap()).unwrap();
    let b = Policy::from_json(&fs::read_to_string(&policy_b).unwrap()).unwrap();
    assert_eq!(a, b);
    let email = a.fields.iter().find(|f| f.path == "$.user.email").unwrap();
    assert_eq!(email.action, leakscope::Operator::Mask);

    // The policy is enforced by redact.
    let out = run(&["redact", p(&input), "--policy", p(&policy_a)], b"");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(r#""email":"j***@example.com""#), "{text}");

    // `policy` from stdin to stdout.
    let out = run(&["policy", "-"], fs::read(&report_path).unwrap().as_slice());
    assert_eq!(code(&out), 0);
    assert!(Policy::from_json(&String::from_utf8(out.stdout).unwrap()).is_ok());
}

#[test]
fn policy_field_rules_and_unknown_fields_are_enforced() {
    let dir = tempdir("policy");
    let policy = dir.join("p.json");
    fs::write(
        &policy,
        r#"{"version":1,"fields":[{"path":"$.note","category":"person_name","action":"label","scope":"leaf"}]}"#,
    )
    .unwrap();
    let out = run(
        &["redact", "-", "--policy", p(&policy)],
        br#"{"note":"hello","plan":"pro"}"#,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        r#"{"note":"[PERSON_NAME]","plan":"pro"}"#
    );
    fs::write(&policy, r#"{"version":1,"unknown_fields":"redact"}"#).unwrap();
    let out = run(
        &["redact", "-", "--policy", p(&policy)],
        br#"{"plan":"pro"}"#,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        r#"{"plan":"[REDACTED]"}"#
    );
}

#[test]
fn pseudonyms_are_stable_and_keyed() {
    let dir = tempdir("pseudo");
    let k1 = dir.join("k1");
    let k2 = dir.join("k2");
    fs::write(&k1, "first secret\n").unwrap();
    fs::write(&k2, "second secret\n").unwrap();
    let data = ndjson(20, None);
    let with = |key: &Path| {
        let out = run(
            &[
                "redact",
                "-",
                "--op",
                "email=pseudonymize",
                "--key-file",
                p(key),
            ],
            &data,
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    let a1 = with(&k1);
    let a2 = with(&k1);
    let b = with(&k2);
    assert!(a1.contains("[EMAIL:"), "{a1}");
    assert!(!a1.contains("@example.com\""));
    assert_eq!(a1, a2);
    assert_ne!(a1, b);

    // No key: a clear usage error.
    let out = run(&["redact", "-", "--op", "email=pseudonymize"], &data);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--key-file"), "{}", stderr(&out));
}

#[test]
fn threads_give_identical_output_and_report() {
    let dir = tempdir("threads");
    let input = dir.join("big.ndjson");
    // > 2 blocks of 4 MiB, with broken lines spread over every block.
    fs::write(&input, ndjson(60_000, Some(7_001))).unwrap();
    let mut outputs = Vec::new();
    for threads in ["1", "2", "0"] {
        let out_path = dir.join(format!("out{threads}.ndjson"));
        let report = dir.join(format!("report{threads}.json"));
        let out = run(
            &[
                "redact",
                p(&input),
                "-o",
                p(&out_path),
                "--report",
                p(&report),
                "--threads",
                threads,
            ],
            b"",
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert!(
            stderr(&out).contains("warning"),
            "broken lines are reported"
        );
        outputs.push((
            fs::read(&out_path).unwrap(),
            fs::read_to_string(&report).unwrap(),
        ));
    }
    assert!(outputs[0].0.len() > 8 << 20);
    // Broken lines are reported at their line in the whole input, also when
    // they sit in a later block of the threaded run.
    for (_, text) in &outputs {
        let report = Report::from_json(text).unwrap();
        assert!(report.errors.len() >= 5, "{text}");
        for e in &report.errors {
            assert_eq!(e.line % 7_001, 0, "{e:?}");
        }
    }
    for (bytes, report) in &outputs[1..] {
        assert!(
            bytes == &outputs[0].0,
            "redacted output differs between thread counts"
        );
        assert_eq!(report, &outputs[0].1);
    }
}

#[test]
fn exit_codes_for_each_error_class() {
    let dir = tempdir("exit");
    let clean = br#"{"plan":"pro","count":3}"#;
    // 0 and 1: findings only fail with --fail-on-findings.
    assert_eq!(code(&run(&["scan", "-"], DOC.as_bytes())), 0);
    assert_eq!(
        code(&run(&["scan", "--fail-on-findings", "-"], DOC.as_bytes())),
        1
    );
    assert_eq!(code(&run(&["scan", "--fail-on-findings", "-"], clean)), 0);
    assert_eq!(
        code(&run(&["redact", "--fail-on-findings", "-"], DOC.as_bytes())),
        1
    );

    // 2: usage and configuration.
    assert_eq!(code(&run(&["scan", "--bogus"], b"")), 2);
    assert_eq!(code(&run(&["frobnicate"], b"")), 2);
    assert_eq!(
        code(&run(&["redact", "-", "--op", "email=blur"], DOC.as_bytes())),
        2
    );
    assert_eq!(
        code(&run(&["redact", "-", "--op", "nope=mask"], DOC.as_bytes())),
        2
    );
    let bad_policy = dir.join("bad.policy.json");
    fs::write(&bad_policy, r#"{"version":7}"#).unwrap();
    assert_eq!(
        code(&run(
            &["redact", "-", "--policy", p(&bad_policy)],
            DOC.as_bytes()
        )),
        2
    );
    let missing = dir.join("missing.json");
    assert_eq!(
        code(&run(
            &["redact", "-", "--policy", p(&missing)],
            DOC.as_bytes()
        )),
        2
    );
    assert_eq!(
        code(&run(
            &["redact", "-", "--key-file", p(&missing)],
            DOC.as_bytes()
        )),
        2
    );

    // 3: input errors; a failed run leaves no output file behind.
    let output = dir.join("never.json");
    let out = run(
        &["redact", "-", "-o", p(&output)],
        br#"{"email":"jane@example.com","#,
    );
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let out = run(
        &["redact", "--format", "json", "-", "-o", p(&output)],
        br#"{"a":tru}"#,
    );
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("invalid_json"), "{}", stderr(&out));
    assert!(!output.exists());
    assert_eq!(
        fs::read_dir(&dir).unwrap().count(),
        1,
        "temporary file left behind"
    );
    let mut corrupt = gzip(&ndjson(50, None));
    let mid = corrupt.len() / 2;
    corrupt.truncate(mid);
    assert_eq!(code(&run(&["scan", "-"], &corrupt)), 3);
    assert_eq!(code(&run(&["policy", "-"], b"{\"fields\": 3}")), 3);
    // Broken NDJSON lines are not fatal.
    let out = run(
        &["scan", "--format", "ndjson", "-"],
        b"{\"a\":1}\n{oops\n{\"b\":2}\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("line 2"), "{}", stderr(&out));

    // 4: I/O errors.
    assert_eq!(code(&run(&["scan", p(&missing)], b"")), 4);
    assert_eq!(code(&run(&["scan", p(&dir)], b"")), 4);
    let no_dir = dir.join("no/such/dir/out.json");
    assert_eq!(
        code(&run(&["redact", "-", "-o", p(&no_dir)], DOC.as_bytes())),
        4
    );
}

/// Every fixture of `tests/corpus/` redacts to its expected file.
#[test]
fn corpus_outputs_match_expected_files() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let expected_dir = corpus.join("expected");
    let Ok(entries) = fs::read_dir(&expected_dir) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.contains(".redacted."))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for name in &names {
        let Some((stem, ext)) = name.split_once(".redacted.") else {
            continue;
        };
        let input = corpus.join(format!("{stem}.{ext}"));
        assert!(input.is_file(), "{name} has no input {}", input.display());
        let format = if ext == "ndjson" { "ndjson" } else { "json" };
        let out = run(&["redact", "--format", format, p(&input)], b"");
        let expected = fs::read(expected_dir.join(name)).unwrap();
        if code(&out) != 0 {
            failures.push(format!("{stem}: exit {} {}", code(&out), stderr(&out)));
        } else if out.stdout != expected {
            failures.push(format!(
                "{stem}: output differs\n  got:      {}\n  expected: {}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&expected)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

/// Every broken input of `tests/corpus/bad/` gives its documented error:
/// exit 3 for fatal ones (with no output file left behind), a warning and
/// exit 0 for recoverable NDJSON lines, whose PII is still redacted.
#[test]
fn bad_corpus_inputs_fail_cleanly() {
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/bad");
    let Ok(entries) = fs::read_dir(&bad) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".expect.json").map(str::to_string))
        .collect();
    names.sort();
    let dir = tempdir("bad");
    for name in &names {
        let expect: serde_json::Value =
            serde_json::from_slice(&fs::read(bad.join(format!("{name}.expect.json"))).unwrap())
                .unwrap();
        let format = expect["format"].as_str().unwrap();
        let code_id = expect["code"].as_str().unwrap();
        let input = bad.join(format!("{name}.{format}"));
        let output = dir.join(format!("{name}.out"));
        let out = run(
            &["redact", "--format", format, p(&input), "-o", p(&output)],
            b"",
        );
        let err = stderr(&out);
        assert!(err.contains(code_id), "{name}: {err}");
        if expect["recoverable"].as_bool() == Some(true) {
            assert_eq!(code(&out), 0, "{name}: {err}");
            let text = String::from_utf8_lossy(&fs::read(&output).unwrap()).into_owned();
            for absent in expect["absent"].as_array().into_iter().flatten() {
                let absent = absent.as_str().unwrap();
                assert!(!text.contains(absent), "{name}: {absent} in\n{text}");
            }
        } else {
            assert_eq!(code(&out), 3, "{name}: {err}");
            assert!(!output.exists(), "{name}: output left behind");
        }
    }
    // Nothing but completed outputs in the directory.
    for entry in fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(!name.ends_with(".tmp"), "temporary file {name} left behind");
    }
}
