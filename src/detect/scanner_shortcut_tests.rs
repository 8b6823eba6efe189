//! Differential test: the whole-value shortcuts of [`ValueScanner::scan`]
//! must give exactly what the full multi-family pass gives, on every
//! string leaf of the fixture corpus, a generated dump, and shapes built to
//! sit on the shortcuts' edges.

use super::{Finding, ValueScanner};
use std::path::Path;

fn leaves(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| leaves(x, out)),
        serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| {
            out.push(k.clone());
            leaves(x, out);
        }),
        _ => {}
    }
}

fn json_strings(data: &[u8], out: &mut Vec<String>) {
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(data) {
        leaves(&v, out);
        return;
    }
    for line in data.split(|&b| b == b'\n') {
        if let Ok(v) = serde_json::from_slice::<serde_json::Value>(line) {
            leaves(&v, out);
        }
    }
}

/// Tiny deterministic generator (xorshift) for edge-case variants.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick(&mut self, s: &[u8]) -> u8 {
        s[(self.next() % s.len() as u64) as usize]
    }
}

/// Every string (keys too) of the fixture corpus's inputs.
fn corpus_strings(out: &mut Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for e in std::fs::read_dir(&dir).expect("fixture corpus").flatten() {
        let p = e.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !name.contains(".labels.") && (name.ends_with(".json") || name.ends_with(".ndjson")) {
            json_strings(&std::fs::read(&p).expect("fixture"), out);
        }
    }
}

/// `count` random strings, taking the alphabets in turn, with lengths in
/// `lengths`.
fn random_tokens(
    rng: &mut Rng,
    alphabets: &[&[u8]],
    count: usize,
    lengths: std::ops::Range<usize>,
) -> Vec<String> {
    (0..count)
        .map(|i| {
            let alpha = alphabets[i % alphabets.len()];
            let len = lengths.start + (rng.next() % lengths.len() as u64) as usize;
            (0..len).map(|_| rng.pick(alpha) as char).collect()
        })
        .collect()
}

fn edge_cases() -> Vec<String> {
    let mut v: Vec<String> = [
        "AKIAIOSFODNN7EXAMPLE",
        "AKIAIOSFODNN7EXAMPLE_x",
        "jane@acme.io:hunter2xyz",
        "reference BE71 0961 2345 6760 (invalid IBAN)",
        "000-123-4567",
        "ENC[AES256_GCM,data:O+5l4g==,iv:c/dS4BCBMbnKsXYu=,tag:KkQfh6Oy==,type:str]",
        "hooks.slack.com/services/sGv72GSVgsU5z4FppOeTdLu7RaNShWHK1TvFBLHZbsQ1",
        "glpat-xww09g0om0EKEOowX9kDd68VnVe.j6vfdg9um",
        "xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx",
        "https://jane.doe@acme.io:Sup3rS3cret@api.acme.io/v1",
        "smtp://jane%40acme.io:pw123456@mail.acme.io:587",
        "en.german#holiday@group.v.calendar.google.com",
        "7kukuqrfedlm2f9t5avmfgp6ct@google.com",
        "<CAFx8Y2kq+abc@mail.gmail.com>",
        "Authorization: Api-Token 22cb987851bc5659l29114c62e60c79abd0d2c08",
        "curl -u \":d2LkV78zLx!t\" https://localhost:9200",
        "ASIAXXXXXXXXXXXXXXXX",
        "ISBN9780306406157",
        "1Z999AA10123456784",
        "DE89370400440532013000",
        "GB82WEST12345698765432",
        "DE89370400440532013000X",
        "QQ123456C",
        "AB123456D",
        "ssn123456789",
        "SSN078051120",
        "dob19850314",
        "born19850314",
        "imei490154203237518",
        "idnr12345678903",
        "taxid12345678903",
        "SK0123456789abcdef0123456789abcdef",
        "AC0123456789abcdef0123456789abcdef",
        "wJalrXUtnFEMI_K7MDENG_bPxRfiCYEXAMPLEKEY",
        "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY12",
        "AIzaSyD-1234567890abcdefghijklmnopqrstu",
        "AIzaSyA1234567890abcdefghijklmnopqrstuv",
        "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW",
        "npm_0123456789abcdefghijklmnopqrstuvwxyz",
        "sk_live_0123456789abcdefghij",
        "rk_test_0123456789abcdefghij",
        "pk_live_0123456789abcdefghij",
        "shpat_0123456789abcdef0123456789abcdef",
        "0123456789abcdef0123456789abcdef",
        "0123456789abcdef0123456789abcdef0123456789abcdef",
        "4111111111111111",
        "4111111111111111abc",
        "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc",
        "bearer\teyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc",
        "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc extra",
        "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0",
        "Bearer eyJub3RhbGciOiJ4In0.eyJzdWIiOiIxIn0.abc",
        "Bearer abcdefghijklmnop1234",
        "Bearer ${TOKEN}",
        "Basic dXNlcjpwYXNzd29yZA==",
        "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
        "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUWx",
        "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMU",
        "Atza|IwEBIA0123456789abcdefghijklmnopqrstuvwxyz",
        "Atza|IwEBIA0123456789abcdefghij klmnopqrstuvwxyz",
        "ya29.a0AfH6SMB0123456789abcdefghij",
        "xoxb-0123456789-abcdefghij",
        "glpat-0123456789abcdefghij",
        "sk-proj-0123456789abcdefghijABCDEFGHIJ0123456789",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc",
        "postgres://admin:s3cret@db.example.com:5432/app",
        "https://user:pass@example.com",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
        "sha512-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789==",
        "44:65:0d:a2:7f:8a",
        "ab:cd:ef:01:23:45",
        "00-17-88-12-34-56",
        "00:00:00:00:00:00",
        "ff:ff:ff:ff:ff:ff",
        "a4b1.c2d3.e4f5",
        "44:65:0d:a2:7f:8a:01",
        " 44:65:0d:a2:7f:8a",
        "44-65-0d:a2-7f-8a",
        "fe80::1ff:fe23:4567:890a",
        "tel:0301234567",
        "12345678Z",
        "12345678-Z",
        "12345678A",
        "X1234567L",
        "RSSMRA85T10A562S",
        "RSSMRA85T10A562T",
        "529.982.247-25",
        "S1234567D",
        "S1234567A",
        "912-70-1234",
        "DNI 12345678Z",
        "my passport number is 912803456",
        "Passport No. C01X00T47",
        "passport912803456",
        "Reisepassnummer: C01X00T47",
        "driver license D1234567",
        "Driver's License #: D123-4567-8901",
        "driverlicenseD1234567",
        "Führerscheinnummer B072RRE2I55",
        "NHS number 943 476 5919",
        "nhs9434765919",
        "NHS: 943 476 5918",
        "0123456789abcdef0123456789abcdef-us12",
        "mailchimp key 0123456789abcdef0123456789abcdef-us6 ok",
        "0123456789abcdef0123456789abcdef-us123",
        "dob19850314",
        "DOB_1985_03_14",
        "birthday19850314",
        "Geburtsdatum14031985",
        "ssn_078051120",
        "imei_490154203237518",
        "taxid12345678903",
        "Steuerid12345678903",
        "IdNr12345678903",
        "QQ123456C",
        "ISBN_9780306406157",
        "gho_0123456789abcdefghijklmnopqrstuvwxyzAB",
        "ghu_0123456789abcdefghijklmnopqrstuvwxyzAB",
        "rk_live_0123456789abcdefghij",
        "shpss_0123456789abcdef0123456789abcdef",
        "npm_0123456789abcdefghijklmnopqrstuvwxyz_x",
        "TEL:030 1234567",
        "call tel:+4930123456 now",
        "ring (030) 1234567",
        "AB123456C",
        "Ausweis AB 12 34 56 C",
        "card 4111111111111111 exp",
        "ssn 078-05-1120",
        "from 10.1.2.3:8080",
        "::1",
        "mail jane%40example.com",
        "IBAN DE89 3704 0044 0532 0130 00",
        "wohnt in der Hauptstr. 5",
        "1600 Pennsylvania Avenue",
        "12 Main Street",
        "DOB: 1985-03-14",
        "d.o.b. 14/03/1985",
        "ich bin am 3. März 1985 geboren",
        "née le 14/03/1985",
        "IMEI: 490154203237518",
        "Steuer-ID: 12345678903",
        "pw=hunter2secret",
        "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Every provider shape, bare, inside a sentence and glued to a key.
    for (tok, _, _) in super::provider_tokens::TEST_VECTORS {
        v.push(tok.to_string());
        v.push(format!("token {tok} here"));
        v.push(format!("key={tok}"));
        v.push(format!("{tok}_x"));
    }
    // Random word tokens and separated tokens over alphabets that reach
    // the digit, hex and upper-case patterns.
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    v.extend(random_tokens(
        &mut rng,
        &[
            b"0123456789",
            b"0123456789abcdef",
            b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
            b"0123456789abcdef:-.",
        ],
        20_000,
        6..66,
    ));
    // Random MACs and their near misses.
    for _ in 0..2_000 {
        let sep = rng.pick(b":-");
        let mut s = String::new();
        for j in 0..6 {
            if j > 0 {
                s.push(sep as char);
            }
            s.push(rng.pick(b"0123456789abcdefABCDEF") as char);
            s.push(rng.pick(b"0123456789abcdefABCDEF0") as char);
        }
        v.push(s);
    }
    v
}

#[test]
fn shortcuts_match_full_pass() {
    let scanner = ValueScanner::new();
    let mut texts = edge_cases();
    corpus_strings(&mut texts);
    let mut dump = Vec::new();
    leakscope_corpus::generate(11, 3_000_000, leakscope_corpus::GenKind::Ndjson, &mut dump)
        .expect("generator");
    json_strings(&dump, &mut texts);
    texts.sort();
    texts.dedup();
    assert!(texts.len() > 20_000, "too few texts: {}", texts.len());
    let mut mismatches = Vec::new();
    for t in &texts {
        let mut fast: Vec<Finding> = Vec::new();
        let mut full: Vec<Finding> = Vec::new();
        scanner.scan(t, &mut fast);
        if super::prefilter::classify(t) != super::prefilter::Verdict::Scan {
            continue;
        }
        // The reference: every family over the whole text, gates off.
        super::scanner::GATES_OFF.with(|g| g.set(true));
        scanner.scan_reference(t, &mut full);
        super::scanner::GATES_OFF.with(|g| g.set(false));
        let same = fast.len() == full.len()
            && fast.iter().zip(&full).all(|(a, b)| {
                (a.start, a.end, a.category, a.evidence, a.provider)
                    == (b.start, b.end, b.category, b.evidence, b.provider)
                    && a.confidence == b.confidence
            });
        if !same {
            mismatches.push(format!("{t:?}\n  shortcut: {fast:?}\n  full:     {full:?}"));
        }
    }
    // A second pass, in reverse order, goes through the per-thread memo of
    // full-pass results (hits and evictions): it must change nothing.
    for t in texts.iter().rev() {
        if super::prefilter::classify(t) != super::prefilter::Verdict::Scan {
            continue;
        }
        let mut first: Vec<Finding> = Vec::new();
        let mut again: Vec<Finding> = Vec::new();
        scanner.scan_reference(t, &mut first);
        scanner.scan(t, &mut again);
        scanner.scan(t, &mut again);
        let doubled: Vec<Finding> = first.iter().chain(&first).copied().collect();
        if format!("{again:?}") != format!("{doubled:?}") {
            mismatches.push(format!(
                "memo: {t:?}\n  twice: {again:?}\n  full:  {first:?}"
            ));
        }
    }
    // The family gates are necessary conditions: switching them off must
    // not find anything more.
    for t in &texts {
        if super::prefilter::classify(t) != super::prefilter::Verdict::Scan {
            continue;
        }
        let mut gated: Vec<Finding> = Vec::new();
        let mut ungated: Vec<Finding> = Vec::new();
        scanner.scan_full(t, &mut gated);
        super::scanner::GATES_OFF.with(|g| g.set(true));
        scanner.scan_full(t, &mut ungated);
        super::scanner::GATES_OFF.with(|g| g.set(false));
        if format!("{gated:?}") != format!("{ungated:?}") {
            mismatches.push(format!(
                "gate: {t:?}\n  gated:   {gated:?}\n  ungated: {ungated:?}"
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches, first ones:\n{}",
        mismatches.len(),
        mismatches[..mismatches.len().min(25)].join("\n")
    );
}

/// Searching a family by anchored searches from each position a match can
/// open must find exactly the unanchored search's leftmost-first match:
/// on random tokens of several alphabets (the case it exists for), the
/// edge cases, and every spaceless corpus and dump string, from every
/// position.
#[test]
fn search_by_start_matches_unanchored_search() {
    let scanner = ValueScanner::new();
    let mut texts = edge_cases();
    corpus_strings(&mut texts);
    texts.extend(random_tokens(
        &mut Rng(0x5eed_b0c5),
        &[
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=",
            b"0123456789abcdef-",
            b"aA-_.:/@%$=0",
            b"skpr_-lveAKI0123456789",
        ],
        3_000,
        4..124,
    ));
    texts.retain(|t| t.len() <= 256 && !t.contains([' ', '\t', '\n']));
    texts.sort();
    texts.dedup();
    assert!(texts.len() > 5_000, "too few texts: {}", texts.len());
    let mut mismatches = Vec::new();
    for t in &texts {
        for from in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
            for (family, unanchored, by_start) in scanner.by_start_differences(t, from) {
                mismatches.push(format!(
                    "{t:?} from {from}, family {family}: {unanchored:?} vs {by_start:?}"
                ));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches, first ones:\n{}",
        mismatches.len(),
        mismatches[..mismatches.len().min(25)].join("\n")
    );
}
