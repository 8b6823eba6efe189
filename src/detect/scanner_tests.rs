//! End-to-end vectors for [`ValueScanner::scan`]: positives and look-alikes.

use super::{Finding, ValueScanner};
use crate::Category;
use std::sync::OnceLock;

fn scanner() -> &'static ValueScanner {
    static S: OnceLock<ValueScanner> = OnceLock::new();
    S.get_or_init(ValueScanner::new)
}

fn scan(text: &str) -> Vec<(Category, String, Option<&'static str>)> {
    let mut out: Vec<Finding> = Vec::new();
    scanner().scan(text, &mut out);
    for w in out.windows(2) {
        assert!(w[0].end <= w[1].start, "overlap in {text:?}: {out:?}");
    }
    out.iter()
        .map(|f| (f.category, text[f.start..f.end].to_string(), f.provider))
        .collect()
}

#[track_caller]
fn expect(text: &str, cat: Category, span: &str) {
    let got = scan(text);
    assert!(
        got.iter().any(|(c, s, _)| *c == cat && s == span),
        "expected {cat:?} {span:?} in {text:?}, got {got:?}"
    );
}

#[track_caller]
fn expect_none(text: &str) {
    let got = scan(text);
    assert!(got.is_empty(), "expected nothing in {text:?}, got {got:?}");
}

#[track_caller]
fn expect_not(text: &str, cat: Category) {
    let got = scan(text);
    assert!(
        !got.iter().any(|(c, _, _)| *c == cat),
        "no {cat:?} expected in {text:?}, got {got:?}"
    );
}

#[test]
fn emails() {
    expect(
        "mail: jane_o'neil@example.ie",
        Category::Email,
        "jane_o'neil@example.ie",
    );
    expect(
        "WHERE email='jane@x.io' AND x=1",
        Category::Email,
        "jane@x.io",
    );

    expect(
        "contact jane.doe@example.com today",
        Category::Email,
        "jane.doe@example.com",
    );
    expect(
        "GET /a?email=jane%40x.io&x=1",
        Category::Email,
        "jane%40x.io",
    );
    expect(
        "mailto:bob+tag@mail.example.org.",
        Category::Email,
        "bob+tag@mail.example.org",
    );
    expect_none("icon@2x.png and @scope/pkg@1.2.3");
}

#[test]
fn phones() {
    expect(
        "appelez le 01 23 45 67 89",
        Category::Phone,
        "01 23 45 67 89",
    );

    expect("Ruf an: +49 30 1234567!", Category::Phone, "+49 30 1234567");
    expect(
        "call +1-555-123-4567 now",
        Category::Phone,
        "+1-555-123-4567",
    );
    expect("office (555) 123-4567", Category::Phone, "(555) 123-4567");
    expect("cell 555-123-4567.", Category::Phone, "555-123-4567");
    expect(
        "<a href=\"tel:+15551234567\">",
        Category::Phone,
        "+15551234567",
    );
    expect("Tel. 030 1234567", Category::Phone, "030 1234567");
    expect_none("ts 1700000000 id 123456789 port 8080 v1.2.3 price $1,234.56 date 2024-01-01");
    expect_none("order 12345678 total 200 2326 bytes");
}

#[test]
fn ips() {
    expect(
        "client 203.0.113.7 connected",
        Category::IpAddress,
        "203.0.113.7",
    );
    expect(
        "X-Forwarded-For: 203.0.113.7, 70.41.3.18",
        Category::IpAddress,
        "70.41.3.18",
    );
    expect(
        "from 2001:db8:85a3::8a2e:370:7334 port 22",
        Category::IpAddress,
        "2001:db8:85a3::8a2e:370:7334",
    );
    expect(
        "[fe80::1ff:fe23:4567:890a]:443",
        Category::IpAddress,
        "fe80::1ff:fe23:4567:890a",
    );
    expect_none("listen 0.0.0.0:80");
    expect_none("firmware v4.9.6.156 installed");
    expect_none("version 4.9.6.156");
    expect_none("Firmware: 1.2.3.4");
    expect_none("aspect 16:9 at 12:30:45 with std::vector");
    expect_none("oid 1.3.6.1.4.1.311");
}

#[test]
fn macs() {
    expect(
        "bssid a4:5e:60:c2:11:0f seen",
        Category::MacAddress,
        "a4:5e:60:c2:11:0f",
    );
    expect(
        "hw A4-5E-60-C2-11-0F",
        Category::MacAddress,
        "A4-5E-60-C2-11-0F",
    );
    expect(
        "cisco a45e.60c2.110f",
        Category::MacAddress,
        "a45e.60c2.110f",
    );
    expect_none("mac 00:00:00:00:00:00");
    expect_none("fp 43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8 key");
}

#[test]
fn oauth_tokens() {
    expect(
        "tok Atza|IwEBIA7rjQ-qTf8lYN0D2XbUnN1UjL-9bfa4xyz end",
        Category::OauthToken,
        "Atza|IwEBIA7rjQ-qTf8lYN0D2XbUnN1UjL-9bfa4xyz",
    );
    expect(
        "ya29.a0AfH6SMBx3Kq9ZpLmN7tRvW2yXc",
        Category::OauthToken,
        "ya29.a0AfH6SMBx3Kq9ZpLmN7tRvW2yXc",
    );
    expect(
        "xoxp-123456789012-1234567890123-AbCdEfGhIjKl",
        Category::OauthToken,
        "xoxp-123456789012-1234567890123-AbCdEfGhIjKl",
    );
    expect(
        "Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0ZZ",
        Category::OauthToken,
        "9f8e7d6c5b4a39281706f5e4d3c2b1a0ZZ",
    );
    expect_none("token_type: Bearer");
    expect_none("Authorization: Bearer ${TOKEN}");
}

#[test]
fn api_keys() {
    let got = scan("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPL3 AWS_SECRET_ACCESS_KEY=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");
    assert!(
        got.contains(&(Category::ApiKey, "AKIAIOSFODNN7EXAMPL3".into(), Some("aws"))),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            Category::ApiKey,
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzzz1KEY".into(),
            Some("aws")
        )),
        "{got:?}"
    );
    expect(
        "key sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        Category::ApiKey,
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    );
    expect(
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        Category::ApiKey,
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    );
    expect(
        "url https://hooks.slack.com/services/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 ok",
        Category::ApiKey,
        "https://hooks.slack.com/services/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",
    );
    expect(
        "TWILIO_ACCOUNT_SID=AC0123456789abcdef0123456789abcdef",
        Category::ApiKey,
        "AC0123456789abcdef0123456789abcdef",
    );
    expect_not(
        "publishable pk_live_4eC39HqLyjWDarjtT1zdp7dc",
        Category::ApiKey,
    );
    expect(
        "MAILCHIMP_KEY=0123456789abcdef0123456789abcdef-us12",
        Category::ApiKey,
        "0123456789abcdef0123456789abcdef-us12",
    );
    expect_none("md5 0123456789abcdef0123456789abcdef-us123x");
    // Every provider shape is found inside text, with its issuer.
    for (tok, cat, provider) in super::provider_tokens::TEST_VECTORS {
        let got = scan(&format!("leaked {tok} in a log"));
        assert!(
            got.contains(&(*cat, tok.to_string(), Some(*provider))),
            "{tok}: {got:?}"
        );
    }
    // A key names a digest-shaped value; an AWS key id consumed as a token
    // still gives its secret the context.
    expect(
        "curl -H 'X-API-Key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0'",
        Category::ApiKey,
        "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
    );
    expect(
        "AWS creds AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        Category::ApiKey,
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    );
    expect(
        "https://example.com/reset?token=abc123def456ghi789&lang=en",
        Category::OauthToken,
        "abc123def456ghi789",
    );
    expect_none("commit da39a3ee5e6b4b0d3255bfef95601890afd80709 pushed");
    expect_none("a 40-char run abcdefghijABCDEFGHIJ0123456789abcdefghij alone");
}

#[test]
fn jwts() {
    let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    expect(&format!("Authorization: Bearer {jwt}"), Category::Jwt, jwt);
    expect(&format!("id_token={jwt}&x=1"), Category::Jwt, jwt);
    expect_none("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.abc");
}

#[test]
fn passwords() {
    expect(
        "hash $2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW stored",
        Category::Password,
        "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
    );
    expect(
        "Authorization: Basic dXNlcjpwYXNz",
        Category::Password,
        "dXNlcjpwYXNz",
    );
    expect(
        "DATABASE_URL=postgres://app:S3cr3t!pw@db.internal:5432/app",
        Category::Password,
        "S3cr3t!pw",
    );
    expect("my password is hunter2.", Category::Password, "hunter2");
    expect("pw: Sommer2024!", Category::Password, "Sommer2024!");
    expect(
        "Mein Passwort ist Geheim123",
        Category::Password,
        "Geheim123",
    );
    expect(
        "Das Kennwort lautet Xy7!abc.",
        Category::Password,
        "Xy7!abc",
    );
    expect(
        "POST user=jdoe&password=s3cr3t&remember=1",
        Category::Password,
        "s3cr3t",
    );
    expect(
        "hash=$pbkdf2-sha256$i=27500,l=32$QldZcHUyODJ6c3hHZjRmVA$SmZ6Z3V5VFZLUG8zdEJFajBJQ05ibXRW ok",
        Category::Password,
        "$pbkdf2-sha256$i=27500,l=32$QldZcHUyODJ6c3hHZjRmVA$SmZ6Z3V5VFZLUG8zdEJFajBJQ05ibXRW",
    );
    expect_none("Password is required.");
    // A Sentry `_meta` remark: the rule id of a scrubber.
    expect_none("@password:filter");
    expect_none("password_changed_at: 2024-01-01");
    expect_none("postgres://app:${DB_PASS}@db/app");
}

#[test]
fn private_keys() {
    let k = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
    expect(&format!("key: {k} end"), Category::PrivateKey, k);
    expect_none("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----");
    expect_none("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYI\n-----END PUBLIC KEY-----");
    expect_none("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host.example.com");
}

#[test]
fn cards_and_ibans() {
    expect(
        "card 4111 1111 1111 1111 exp 12/28",
        Category::PaymentCard,
        "4111 1111 1111 1111",
    );
    expect(
        "pan=5555555555554444",
        Category::PaymentCard,
        "5555555555554444",
    );
    expect(
        "amex 3782-822463-10005",
        Category::PaymentCard,
        "3782-822463-10005",
    );
    expect_none("order 1234567812345678 shipped");
    expect_none("run 41111111111111110000");
    expect(
        "IBAN: DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX",
        Category::Iban,
        "DE89 3704 0044 0532 0130 00",
    );
    expect(
        "iban GB82WEST12345698765432.",
        Category::Iban,
        "GB82WEST12345698765432",
    );
    expect_none("ref DE00370400440532013000");
}

#[test]
fn national_ids() {
    expect(
        "DNI 12345678Z del titular",
        Category::NationalId,
        "12345678Z",
    );
    expect("NIE: X-1234567-L", Category::NationalId, "X-1234567-L");
    expect(
        "codice fiscale RSSMRA85T10A562S",
        Category::NationalId,
        "RSSMRA85T10A562S",
    );
    expect("CPF 529.982.247-25", Category::NationalId, "529.982.247-25");
    expect("NRIC S1234567D", Category::NationalId, "S1234567D");
    expect("ITIN 912-70-1234", Category::NationalId, "912-70-1234");
    expect_not("ref 12345678A", Category::NationalId);
    expect_not("code RSSMRA85T10A562T", Category::NationalId);
    expect_not("CPF 529.982.247-26", Category::NationalId);

    expect(
        "my passport number is 912803456",
        Category::NationalId,
        "912803456",
    );
    expect(
        "Driver's License #: D123-4567-8901",
        Category::NationalId,
        "D123-4567-8901",
    );
    expect(
        "NHS number 943 476 5919",
        Category::NationalId,
        "943 476 5919",
    );
    expect_not("NHS number 943 476 5918", Category::NationalId);
    expect_none("the passport is valid");

    expect("SSN 536-22-1234", Category::NationalId, "536-22-1234");
    expect_not("SSN 123-45-6789", Category::NationalId);

    // SQL inserts in logs: the column names decide the values.
    let sql = "insert into users (email, full_name, dob) values ('m.l@example.org', 'Maria Lopez', '1992-07-04')";
    expect(sql, Category::PersonName, "Maria Lopez");
    expect(sql, Category::DateOfBirth, "1992-07-04");
    expect_none("insert into audit (action, ts) values ('login', 123)");
    expect(
        "my social security number is 078051120",
        Category::NationalId,
        "078051120",
    );
    expect("NI number AB123456C", Category::NationalId, "AB123456C");
    expect(
        "Steuer-ID: 86095742719",
        Category::NationalId,
        "86095742719",
    );
    expect_none("part 000-12-3456 and 666-12-3456");
    expect_none("tax 86095742718 wrong");
}

#[test]
fn birth_dates_and_imei() {
    expect(
        "born on 1990-01-02 in Berlin",
        Category::DateOfBirth,
        "1990-01-02",
    );
    expect(
        "date of birth: 02/01/1990",
        Category::DateOfBirth,
        "02/01/1990",
    );
    expect("DOB 1990-01-02", Category::DateOfBirth, "1990-01-02");
    expect(
        "geboren am 02.01.1990 in Köln",
        Category::DateOfBirth,
        "02.01.1990",
    );
    expect(
        "Geburtsdatum: 2. Januar 1990",
        Category::DateOfBirth,
        "2. Januar 1990",
    );
    expect(
        "born January 2, 1990",
        Category::DateOfBirth,
        "January 2, 1990",
    );
    expect_not(
        "created 2024-01-02 released 2024-03-04",
        Category::DateOfBirth,
    );
    expect(
        "IMEI 490154203237518",
        Category::DeviceId,
        "490154203237518",
    );
    expect_none("IMEI 490154203237519");
    expect(
        "DOB confirmed as 3 March 1975.",
        Category::DateOfBirth,
        "3 March 1975",
    );
    for (text, date) in [
        ("nato il 14/03/1985 a Roma", "14/03/1985"),
        ("geboren op 14-03-1985 te Utrecht", "14-03-1985"),
        ("data de nascimento: 14/03/1985", "14/03/1985"),
        ("nacida el 14/03/1985 en Sevilla", "14/03/1985"),
        ("date de naissance : 14.03.1985", "14.03.1985"),
    ] {
        expect(text, Category::DateOfBirth, date);
    }
    expect(
        "I was born on the 4th of July, 1982 in Ohio.",
        Category::DateOfBirth,
        "4th of July, 1982",
    );
}

#[test]
fn failing_checks_after_a_scheme_name_are_no_phones() {
    expect_none("SIN 046 454 287 invalid");
    expect_none("NHS number 943 476 5918 fails");
    expect_none("Steuer-ID 86095742718 ungültig");
    expect("SIN 046 454 286 valid", Category::NationalId, "046 454 286");
    // Without the name the same digits are a phone as before.
    expect("call 046 454 2870 now", Category::Phone, "046 454 2870");
}

#[test]
fn presidio_ssn_and_steuer_id_vectors() {
    for ssn in ["078-05-1123", "078.05.1123", "078 05 1123"] {
        expect(ssn, Category::NationalId, ssn);
    }
    // Invalid SSNs in the SSN's own grouping are kept, and no phones.
    expect_none("078-05-0000 and 078 00 1123 and 693-09.4444");
    expect(
        "Meine Steuer-ID: 12345678903.",
        Category::NationalId,
        "12345678903",
    );
    expect(
        "IdNr. 98765432106 liegt vor.",
        Category::NationalId,
        "98765432106",
    );
    // A longer spaced number is still a phone.
    expect("Tel 078 05 1123 44", Category::Phone, "078 05 1123 44");
}

#[test]
fn curp_korean_and_french_cues() {
    expect(
        "CURP BADD110313HCMLNS06 recebido",
        Category::NationalId,
        "BADD110313HCMLNS06",
    );
    expect_not("CURP BADD110313HCMLNS07", Category::NationalId);
    expect(
        "주민등록번호 900215-2345674 확인",
        Category::NationalId,
        "900215-2345674",
    );
    expect(
        "N° de sécurité sociale 1 85 05 78 006 048 30, né le",
        Category::NationalId,
        "1 85 05 78 006 048 30",
    );
}

#[test]
fn look_alikes() {
    expect_none("request 550e8400-e29b-41d4-a716-446655440000 done");
    expect_none("integrity sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==");
    expect_none("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    expect_none("ISBN 978-0-306-40615-7");
    expect_none("tracking 1Z999AA10123456784");
    expect_none("fingerprint SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8");
    expect_none("pro");
    expect_none("en-US");
    expect_none("2024-01-01T10:00:00Z");
    expect_none("The quick brown fox jumps over the lazy dog.");
}

#[test]
fn nginx_log_line() {
    let line = r#"203.0.113.7 - - [10/Oct/2000:13:55:36 -0700] "GET /login?email=jane%40x.io&token=abc HTTP/1.1" 200 2326 "http://ref.example/" "Mozilla/5.0 (X11; Linux x86_64)""#;
    let got = scan(line);
    assert!(
        got.contains(&(Category::IpAddress, "203.0.113.7".into(), None)),
        "{got:?}"
    );
    assert!(
        got.contains(&(Category::Email, "jane%40x.io".into(), None)),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(c, _, _)| *c == Category::Phone),
        "{got:?}"
    );
}

#[test]
fn access_log_user_and_prose_bearer() {
    let line = r#"198.51.100.23 - jdoe [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 2326"#;
    expect(line, Category::Username, "jdoe");
    expect(line, Category::IpAddress, "198.51.100.23");
    expect_not(
        r#"198.51.100.23 - - [10/Oct/2000:13:55:36 -0700] "GET /""#,
        Category::Username,
    );
    expect_none("the bearer certificates were lost");
}

#[test]
fn numbers() {
    let s = scanner();
    assert_eq!(
        s.scan_number("4111111111111111").map(|f| f.category),
        Some(Category::PaymentCard)
    );
    assert_eq!(s.scan_number("15551234567"), None);
    assert_eq!(s.scan_number("1234567812345678"), None);
    assert_eq!(s.scan_number("-4111111111111111"), None);
    assert_eq!(s.scan_number("4111111111111111.0"), None);
}

#[test]
fn utf8_and_garbage_never_panic() {
    for t in [
        "ä@ö.de",
        "passwort: ß",
        "€ 555-123-4567",
        "😀+49 30 1234567😀",
        "Bearer ",
        "-----BEGIN ",
        "pw: \"",
        "a=\"",
        "IBAN DE89 3704 0044 0532 0130 0",
    ] {
        let _ = scan(t);
    }
}

/// On-CPU time of this thread in ns (Linux `schedstat`), falling back to
/// wall time: the build machine is shared, so wall time is mostly noise.
fn cpu_ns(wall: std::time::Instant) -> u128 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or_else(|| wall.elapsed().as_nanos())
}

fn timed(mut f: impl FnMut()) -> f64 {
    let wall = std::time::Instant::now();
    let t0 = cpu_ns(wall);
    f();
    (cpu_ns(wall) - t0) as f64
}

/// Prints throughput (on-CPU time); never asserts on time. Run with
/// `cargo test --release --lib detect::scanner_tests::throughput -- --nocapture --ignored`.
#[test]
#[ignore]
fn throughput() {
    let s = scanner();
    let mut out = Vec::new();
    let leaves = [
        "pro",
        "en-US",
        "2024-01-01T10:00:00Z",
        "active",
        "Berlin",
        "Jane Doe",
        "42",
        "user-profile",
        "https://example.com/a/b",
        "jane@example.com",
        "key: value",
        "abc=def",
        "a b c d e f g h i j",
        "203.0.113.7",
        "Mozilla/5.0 (X11; Linux x86_64)",
    ];
    for l in leaves {
        let ns = timed(|| {
            for _ in 0..1_000_000 {
                out.clear();
                s.scan(std::hint::black_box(l), &mut out);
            }
        });
        println!("  {l:?}: {:.1} ns", ns / 1e6);
    }
    // The ten commonest shapes of the list above.
    let mix = &leaves[..10];
    let bytes: usize = mix.iter().map(|l| l.len()).sum::<usize>() * 100_000;
    let ns = timed(|| {
        for _ in 0..100_000 {
            for l in mix {
                out.clear();
                s.scan(std::hint::black_box(l), &mut out);
            }
        }
    });
    println!(
        "short-leaf mix: {:.1} ns/leaf, {:.0} MB/s",
        ns / 1e6,
        bytes as f64 / ns * 1e3
    );
    let para = "The user logged in from 203.0.113.7 and updated the profile; contact jane.doe@example.com or call +49 30 1234567. Order 1234567812345678 shipped on 2024-01-02 via carrier, status=active&page=2. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ";
    let long = para.repeat(3000);
    let ns = timed(|| {
        for _ in 0..20 {
            out.clear();
            s.scan(&long, &mut out);
        }
    }) / 20.0;
    println!(
        "PII-dense text: {:.0} MB/s ({} findings)",
        long.len() as f64 / ns * 1e3,
        out.len()
    );
    let plain = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ".repeat(8000);
    let ns = timed(|| {
        for _ in 0..20 {
            out.clear();
            s.scan(&plain, &mut out);
        }
    }) / 20.0;
    println!("plain prose: {:.0} MB/s", plain.len() as f64 / ns * 1e3);
    let log = "203.0.113.7 - - [10/Oct/2000:13:55:36 -0700] \"GET /index.html?id=42&page=3 HTTP/1.1\" 200 2326 \"http://ref.example/\" \"Mozilla/5.0 (X11; Linux x86_64)\"\n".repeat(5000);
    let ns = timed(|| {
        for _ in 0..20 {
            out.clear();
            s.scan(&log, &mut out);
        }
    }) / 20.0;
    println!(
        "nginx log lines: {:.0} MB/s ({} findings)",
        log.len() as f64 / ns * 1e3,
        out.len()
    );
}

#[test]
fn embedded_json_and_cookies() {
    let t = r#"{"username":"jdoe","password":"hunter2","plan":"pro"}"#;
    expect(t, Category::Password, "hunter2");
    expect(t, Category::Username, "jdoe");
    expect_not(t, Category::PersonName);
    let c = "sessionid=8f2a9c41d7e6b3a0; password=Tr0ub4dor&3; theme=dark";
    expect(c, Category::Password, "Tr0ub4dor&3");
    expect(c, Category::OauthToken, "8f2a9c41d7e6b3a0");
    expect_not("theme=dark; lang=en; page=2", Category::Password);
    // `&` belongs to a password unless a parameter follows it.
    expect(
        "user=jdoe42 password=Tr0ub4dor&3 status=200",
        Category::Password,
        "Tr0ub4dor&3",
    );
    expect(
        "POST user=jdoe&password=s3cr3t&remember=1",
        Category::Password,
        "s3cr3t",
    );
    expect(
        "my password is Tr0ub4dor&3",
        Category::Password,
        "Tr0ub4dor&3",
    );
    // A hash already taken leaves blanks: the next field is not its value.
    let hashed = "passwd=$6$rounds=5000$8Dlfg5kW3Tjo40VO$pXB0sm7M5zP7JJIgowLNH4rqied5zhyY19lfiGrgYSl4holPSMoAUS8qjw2aJalrLs8VFJX11JTml0yI1/D9Xi status=200";
    let got = scan(hashed);
    assert!(
        got.iter().all(|(_, v, _)| !v.contains("status")) && got.len() == 1,
        "{got:?}"
    );
    // Authorization schemes other than Bearer and Basic.
    expect(
        "Authorization: Token sRXp2qLMDSofIfJzOtaRSogQeiqqv7wLSnfclULO",
        Category::OauthToken,
        "sRXp2qLMDSofIfJzOtaRSogQeiqqv7wLSnfclULO",
    );
    // curl's `-u user:pass`, not docker's `-u uid:gid`; a token before it
    // is still found.
    expect(
        "curl -s -H 'Authorization: Bearer ghp_R8x2Kd9QmZ4vT7nY1pL6sW3aB5cE0fH8jG2k' -u admin:S3cr3tPass!",
        Category::Password,
        "S3cr3tPass!",
    );
    expect(
        "curl -s -H 'Authorization: Bearer ghp_R8x2Kd9QmZ4vT7nY1pL6sW3aB5cE0fH8jG2k' -u admin:S3cr3tPass!",
        Category::ApiKey,
        "ghp_R8x2Kd9QmZ4vT7nY1pL6sW3aB5cE0fH8jG2k",
    );
    expect_not("docker run -u 1000:1000 nginx", Category::Password);
    // `user=` in log lines is the account handle; prose after a colon is not.
    expect("INFO login ok user=jdoe42", Category::Username, "jdoe42");
    expect_not("The user: is not found", Category::Username);
    expect_not("user=anonymous action=list", Category::Username);
}

#[test]
fn corpus_regressions() {
    expect(
        "$ git clone https://x-access-token:ghp_oGGFsuBHpNR2SP4vKOn3K0lmpWcbSM2G350M@github.com/example/scale-sync.git",
        Category::ApiKey,
        "ghp_oGGFsuBHpNR2SP4vKOn3K0lmpWcbSM2G350M",
    );
    expect_none("HEAD is now at 3f78685 Bump firmware to 4.9.6.156");
    expect_none("Seit dem Update auf 4.9.6.156 zeigt die Waage keine Werte mehr an.");
    expect_none("[notice] 12#12: signal process started, worker 4.9.6.156 reloaded in 12ms");
    expect("client 8.8.4.4 connected", Category::IpAddress, "8.8.4.4");
    expect_none("postgres://readonly@replica.internal.example.com:5432/scale");
    expect(
        "Ich bin am 12.03.1984 geboren, in der App steht aber ein anderes Datum.",
        Category::DateOfBirth,
        "12.03.1984",
    );
    expect(
        "Die Lieferung bitte an Hauptstraße 5 schicken.",
        Category::PostalAddress,
        "Hauptstraße 5",
    );
    expect(
        "ship to 1600 Pennsylvania Avenue today",
        Category::PostalAddress,
        "1600 Pennsylvania Avenue",
    );
    // US street-type abbreviations: Place, Terrace, Circle (not `Way`,
    // which ends titles: "Chapter 3 The Way").
    for (text, street) in [
        (
            "512 Prospect Pl, Brooklyn, NY 11238, USA",
            "512 Prospect Pl, Brooklyn, NY 11238",
        ),
        ("14 Elm Ter.", "14 Elm Ter."),
        ("9 Maple Cir", "9 Maple Cir"),
    ] {
        expect(text, Category::PostalAddress, street);
    }
    expect_not("Chapter 3 The Way", Category::PostalAddress);
    expect_not("Top 3 Plans", Category::PostalAddress);
    expect_not("version 2 Place holder", Category::PostalAddress);
    expect(
        "session_id=dLaJapVOMPuTxEp4GRlDCxJnyld6KBdF; theme=dark",
        Category::OauthToken,
        "dLaJapVOMPuTxEp4GRlDCxJnyld6KBdF",
    );
    expect_not("session_id=abc; theme=dark", Category::OauthToken);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

    /// Any text: no panic, spans on char boundaries, sorted, disjoint.
    #[test]
    fn arbitrary_text_is_safe(t in "(?s)[ -~äöüß€😀\\n\\t]{0,120}|[0-9 .:@%=+/()\\-]{0,60}|[A-Za-z0-9_|.$-]{0,80}") {
        let mut out = Vec::new();
        scanner().scan(&t, &mut out);
        for f in &out {
            proptest::prop_assert!(f.start < f.end && f.end <= t.len());
            proptest::prop_assert!(t.is_char_boundary(f.start) && t.is_char_boundary(f.end));
            proptest::prop_assert!((0.0..=1.0).contains(&f.confidence));
        }
        for w in out.windows(2) {
            proptest::prop_assert!(w[0].end <= w[1].start);
        }
        let _ = scanner().scan_number(&t);
    }

    /// Every finding survives being embedded in surrounding prose.
    #[test]
    fn cards_found_in_prose(n in 0u64..100_000_000_000_000u64) {
        // Build a Visa number with a valid check digit from n.
        let body = format!("4{n:014}");
        let mut digits: Vec<u8> = body.bytes().collect();
        for check in b'0'..=b'9' {
            digits.push(check);
            if super::luhn::luhn_valid(&digits) { break; }
            digits.pop();
        }
        let card = String::from_utf8(digits).unwrap_or_default();
        let text = format!("paid with {card} yesterday");
        let got = scan(&text);
        proptest::prop_assert!(got.iter().any(|(c, s, _)| *c == Category::PaymentCard && *s == card), "{:?}", got);
    }
}

#[test]
fn addresses_with_glued_passwords() {
    let got = scan("curl --user roger23@gmail.com:pQ9wTxu4Fg https://x.io");
    assert!(
        got.contains(&(Category::Email, "roger23@gmail.com".into(), None)),
        "{got:?}"
    );
    assert!(
        got.contains(&(Category::Password, "pQ9wTxu4Fg".into(), None)),
        "{got:?}"
    );
    let got = scan("login jane@acme.io:hunter2xyz");
    assert!(
        got.contains(&(Category::Email, "jane@acme.io".into(), None)),
        "{got:?}"
    );
    assert!(
        got.contains(&(Category::Password, "hunter2xyz".into(), None)),
        "{got:?}"
    );
    // URL userinfo holding an address: split at the last `@`, host kept.
    let got = scan("https://jane.doe@acme.io:Sup3rS3cret@api.acme.io/v1");
    assert_eq!(
        got,
        [
            (Category::Email, "jane.doe@acme.io".into(), None),
            (Category::Password, "Sup3rS3cret".into(), None)
        ]
    );
    let got = scan("smtp://jane%40acme.io:pw123456@mail.acme.io:587");
    assert!(
        got.contains(&(Category::Email, "jane%40acme.io".into(), None)),
        "{got:?}"
    );
    assert!(
        got.contains(&(Category::Password, "pw123456".into(), None)),
        "{got:?}"
    );
    // Remotes, ports and prose after a colon stay as they were.
    expect_none("git clone git@github.com:acme/app.git");
    expect_none("ssh deploy@host.example.com:22");
    expect(
        "contact jane@acme.io: please reply",
        Category::Email,
        "jane@acme.io",
    );
    expect_not("contact jane@acme.io: please reply", Category::Password);
}

#[test]
fn curl_credentials_quoted_empty_and_placeholders() {
    for (text, pass) in [
        (
            "curl --user kevin:'pRf7vG2h1L8nQkW9' -X PATCH",
            "pRf7vG2h1L8nQkW9",
        ),
        ("curl -u alice:\"pRf7vG2h1L8nQkW9\" x", "pRf7vG2h1L8nQkW9"),
        ("curl -u 'alice':'pRf7vG2h1L8nQkW9' x", "pRf7vG2h1L8nQkW9"),
        (
            "curl -u \":d2LkV78zLx!t\" https://localhost:9200",
            "d2LkV78zLx!t",
        ),
        ("curl -u alice:pRf7vG2h1L8nQkW9 x", "pRf7vG2h1L8nQkW9"),
    ] {
        expect(text, Category::Password, pass);
    }
    for text in [
        "curl -i -u 'test:test'",
        "curl -u username:token",
        "curl --user \"xxx:yyy\"",
        "curl http://127.0.0.1:5000/file --user user:pass --digest",
        "curl -X GET --insecure --user \"username:password\"",
        "docker run -u 1000:1000 img",
    ] {
        expect_none(text);
    }
}

#[test]
fn authorization_custom_schemes() {
    let got = scan("Authorization: Api-Token 22cb987851bc5659l29114c62e60c79abd0d2c08");
    assert_eq!(
        got,
        [(
            Category::OauthToken,
            "22cb987851bc5659l29114c62e60c79abd0d2c08".into(),
            None
        )]
    );
    let tok = "MTA5ODc2NTQzMjEwOTg3NjU0.GxYz12.abcdefghijklmnopqrstuvwxyz0123456789AB";
    let got = scan(&format!("Authorization: Bot {tok}"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, tok, "{got:?}");
    expect(
        "curl -H \"Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==\"",
        Category::Password,
        "dXNlcjpwYXNzd29yZDEyMw==",
    );
    expect_not(
        "Authorization: Digest username=\"jane\", realm=\"x\"",
        Category::OauthToken,
    );
}

#[test]
fn identifier_addresses_are_not_mailboxes() {
    for text in [
        "Message-ID: <CAFx8Y2kq+abc@mail.gmail.com>",
        "In-Reply-To: <20240101120000.4711@server.example.org>",
        "References: <a1@example.org> <b2@example.org>",
        "<CAFx8Y2kq+abc@mail.gmail.com>",
        "en.german#holiday@group.v.calendar.google.com",
        "calendar c_1883@group.calendar.google.com shared",
        "abc@import.calendar.google.com",
        "room-1@resource.calendar.google.com",
        "UID:040000008200E00074C5B7101A82E00800000000@google.com",
        "7kukuqrfedlm2f9t5avmfgp6ct@google.com",
    ] {
        expect_not(text, Category::Email);
    }
    expect("jane.doe@gmail.com", Category::Email, "jane.doe@gmail.com");
    expect(
        "mail j.smith+news@outlook.com",
        Category::Email,
        "j.smith+news@outlook.com",
    );
    expect(
        "From: Jane Doe <jane.doe@example.com>",
        Category::Email,
        "jane.doe@example.com",
    );
}

#[test]
fn provider_placeholders_stay() {
    for text in [
        "AKIAXXXXXXXXXXXXXXXX",
        "xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx",
        "glpat-XXXXXXXXXXX-XXXXXXXX",
        "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        // Slack's documented example webhook.
        "url https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX ok",
    ] {
        expect_none(text);
    }
    expect(
        "key AKIAIOSFODNN7EXAMPL3 here",
        Category::ApiKey,
        "AKIAIOSFODNN7EXAMPL3",
    );
}

#[test]
fn routable_refresh_and_webhook_tokens() {
    let glpat = "glpat-xww09g0om0EKEOowX9kDd68VnVe.j6vfdg9um";
    expect(&format!("token {glpat} ok"), Category::ApiKey, glpat);
    expect(
        "ghr_zep71pwWZqoiJtIb3TNEn24LPd0tb0YGYTTr",
        Category::OauthToken,
        "ghr_zep71pwWZqoiJtIb3TNEn24LPd0tb0YGYTTr",
    );
    for url in [
        "https://hooks.slack.com/triggers/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",
        "hooks.slack.com/services/sGv72GSVgsU5z4FppOeTdLu7RaNShWHK1TvFBLHZbsQ1",
    ] {
        expect(&format!("POST {url} now"), Category::ApiKey, url);
        expect(url, Category::ApiKey, url);
    }
}

#[test]
fn grouped_ids_are_not_phones() {
    expect_not(
        "reference BE71 0961 2345 6760 (invalid IBAN)",
        Category::Phone,
    );
    expect_not("ref 078 00 1123 closed", Category::Phone);
    expect_none("part 000-123-4567 in stock");
    expect("Tel. 030 1234567", Category::Phone, "030 1234567");
    expect("cell 555-123-4567.", Category::Phone, "555-123-4567");
}

#[test]
fn sops_values_are_not_passwords() {
    let enc = "ENC[AES256_GCM,data:O+5l4g==,iv:c/dS4BCBMbnKsXYuzBuCuVQt8RV9bOv5HgdpL+iwmns=,tag:KkQfh6OymvCt4uC13p318g==,type:str]";
    expect_none(&format!("db-password: {enc}"));
    expect_none(&format!("password={enc}"));
}

#[test]
fn handles_named_by_their_network() {
    let u = Category::Username;
    expect("Mum of 2. Insta @marianne.rides", u, "@marianne.rides");
    expect("Souls-likes only. twitter @kenji_souls", u, "@kenji_souls");
    expect("Berlin. DMs open. Discord: annaw90", u, "annaw90");
    expect("add me on discord: anna_w#4821!", u, "anna_w#4821");
    expect("https://steamcommunity.com/id/annaw90/", u, "annaw90");
    expect_none("Discord: server maintenance tonight");
    expect_none("IG: v2_build");
    expect_none("ping @everyone on discord: @here");
    expect_none("scope: psn:mobile.v2.core psn:clientapp");
    expect_not("Twitter: anna@example.com", u);
    // A handle its owner gives: `my <network> is …`.
    expect(
        "my steam is nelly_f_92 if anyone wants to queue",
        u,
        "nelly_f_92",
    );
    expect("add me, my psn id is kira.v_07", u, "kira.v_07");
    expect("My insta is @jo.k", u, "@jo.k");
    expect_none("my steam is broken again");
    expect_none("my reddit is full of cats");
}

#[test]
fn minecraft_players() {
    let u = Category::Username;
    expect(
        "[18:02:11] [User Authenticator #1/INFO]: UUID of player MamaBear1979 is 61699b2e-d327-4a01-9f1e-0ea8c3f06bc6",
        u,
        "MamaBear1979",
    );
    let line = "[18:02:11] [Server thread/INFO]: MamaBear1979[/91.64.22.118:51234] logged in with entity id 412 at (103.5, 64.0, -220.3)";
    expect(line, u, "MamaBear1979");
    expect(line, Category::IpAddress, "91.64.22.118");
    expect(
        "[18:40:02] [Server thread/INFO]: Steve_99 left the game",
        u,
        "Steve_99",
    );
    expect_none("[18:40:02] [Server thread/INFO]: Done (3.2s)! For help, type \"help\"");
    expect_none("Everyone joined the game night");
}

#[test]
fn irc_senders() {
    let u = Category::Username;
    let line = "@badge-info=subscriber/8;display-name=Kevin_AT;user-id=58355428 :kevin_at!kevin_at@kevin_at.tmi.twitch.tv PRIVMSG #lena_plays :hey";
    expect(line, u, "Kevin_AT");
    let got = scan(line);
    assert_eq!(
        got.iter().filter(|(_, s, _)| s == "kevin_at").count(),
        3,
        "{got:?}"
    );
    // With a message id (a UUID) among the tags.
    let line = "@display-name=Kevin_AT;id=2da4f613-2805-4e9d-ab3b-a17576c2a49f;user-id=58355428 :kevin_at!kevin_at@kevin_at.tmi.twitch.tv PRIVMSG #x :hi";
    expect(line, u, "Kevin_AT");
    expect(
        "12:01 :jonas!~jk@203.0.113.7 JOIN #rust",
        Category::IpAddress,
        "203.0.113.7",
    );
    expect("12:01 :jonas!~jk@203.0.113.7 JOIN #rust", u, "jonas");
    // A server's numeric reply has no user prefix.
    expect_none(":irc.libera.chat 001 welcome to the network");
}

#[test]
fn profile_url_handles() {
    let u = Category::Username;
    expect(
        "https://www.linkedin.com/in/priya-raman-7b2a1",
        u,
        "priya-raman-7b2a1",
    );
    expect(
        "see linkedin.com/in/priya-raman-7b2a1/?originalSubdomain=de for more",
        u,
        "priya-raman-7b2a1",
    );
    expect("https://de.linkedin.com/in/jmueller/", u, "jmueller");
    expect("https://twitter.com/jack", u, "jack");
    expect("https://x.com/elonmusk/status/1234567890", u, "elonmusk");
    expect(
        "follow https://www.instagram.com/jane.doe_88/.",
        u,
        "jane.doe_88",
    );
    expect("https://www.facebook.com/jane.doe.5", u, "jane.doe.5");
    expect("https://www.tiktok.com/@dancing.jane", u, "dancing.jane");
    expect("https://github.com/octocat", u, "octocat");
    expect("https://github.com/octocat/", u, "octocat");
    expect("https://github.com/octocat?tab=repositories", u, "octocat");
    expect("https://medium.com/@jane_writes", u, "jane_writes");
    expect("or via medium.com/@janewrites.", u, "janewrites");
    expect("ping me at t.me/jane_doe_88", u, "jane_doe_88");
    expect(
        "https://www.reddit.com/user/throwaway_4711/",
        u,
        "throwaway_4711",
    );
    expect("https://old.reddit.com/u/spez", u, "spez");
    expect("https://mastodon.social/@Gargron", u, "Gargron");
    expect("https://chaos.social/@jane/followers", u, "jane");
    expect(
        "https://acme-my.sharepoint.com/personal/anna_weber_acme_io/Documents/Q3.xlsx",
        u,
        "anna_weber_acme_io",
    );
    // Only the handle goes: the rest of the link stays.
    let t = "<a href=\"https://x.com/jane_doe/status/1\">";
    let got = scan(t);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "jane_doe");
}

#[test]
fn profile_url_look_alikes() {
    for t in [
        "https://github.com/rust-lang/regex",
        "git+https://github.com/rust-lang/regex.git",
        "https://github.com/rust-lang/regex/issues",
        "https://github.com/orgs/rust-lang/people",
        "https://github.com/sponsors",
        "https://github.com/blog",
        "https://github.com/marketplace/actions/checkout",
        "https://twitter.com/intent/tweet?text=hello&url=https%3A%2F%2Fexample.com",
        "https://twitter.com/share?url=https://example.com",
        "https://x.com/i/web/status/1234",
        "https://twitter.com/hashtag/rustlang",
        "https://twitter.com/search?q=rust",
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com",
        "https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com",
        "https://www.facebook.com/profile.php?id=100004567890123",
        "https://www.facebook.com/groups/rustaceans",
        "https://www.facebook.com/dialog/share?app_id=1",
        "https://www.instagram.com/p/CxYz123AbC/",
        "https://www.instagram.com/explore/tags/rust/",
        "https://www.linkedin.com/company/acme-corp/",
        "https://www.linkedin.com/school/tum/",
        "https://www.linkedin.com/jobs/view/123456/",
        "https://t.me/joinchat/AAAAAEkk2WdoDrB4",
        "https://t.me/BotFather",
        "https://unpkg.com/@babel/core@7.0.0/lib/index.js",
        "https://jsr.io/@std/path",
        "https://esm.sh/@preact/signals",
        "https://registry.npmjs.org/@types/node",
        "https://example.com/@scope/package",
        "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
        "https://mastodon.social/@marta/112045678901234567",
        "<a href=\"https://chaos.social/@jonas\" class=\"u-url mention\">@<span>jonas</span></a>",
        "https://api.github.com/repos/octo/hello",
        "https://dropbox.com/s/abc",
        "see docs.github.com/en/actions for details",
        "https://acme.sharepoint.com/sites/Team/Shared%20Documents/a.docx",
    ] {
        expect_not(t, Category::Username);
    }
}

#[test]
fn ssh_auth_log_users() {
    let u = Category::Username;
    let t = "Failed password for invalid user admin from 185.220.101.4 port 51234 ssh2";
    expect(t, u, "admin");
    expect(t, Category::IpAddress, "185.220.101.4");
    expect(
        "Failed password for root from 10.0.0.9 port 22 ssh2",
        u,
        "root",
    );
    expect(
        "Invalid user oracle from 203.0.113.50 port 40022",
        u,
        "oracle",
    );
    expect(
        "sshd[1234]: Accepted publickey for jmueller from 198.51.100.7 port 50122 ssh2: ED25519 SHA256:abc",
        u,
        "jmueller",
    );
    expect(
        "Accepted password for jdoe from 192.0.2.1 port 22 ssh2",
        u,
        "jdoe",
    );
    expect(
        "pam_unix(sshd:session): session opened for user jmueller(uid=1000) by (uid=0)",
        u,
        "jmueller",
    );
    expect(
        "pam_unix(sudo:session): session opened for user root(uid=0) by jdoe(uid=1000)",
        u,
        "jdoe",
    );
    expect(
        "pam_unix(sshd:session): session closed for user jmueller",
        u,
        "jmueller",
    );
    expect(
        "Disconnected from authenticating user root 185.220.101.4 port 43210 [preauth]",
        u,
        "root",
    );
    expect(
        "Connection closed by invalid user test 185.220.101.4 port 4444 [preauth]",
        u,
        "test",
    );
    expect(
        "input_userauth_request: invalid user ubnt [preauth]",
        u,
        "ubnt",
    );
    // An address as the user is an address.
    expect(
        "Accepted password for jane@corp.example from 192.0.2.1 port 22 ssh2",
        Category::Email,
        "jane@corp.example",
    );
}

#[test]
fn application_security_log_users() {
    let u = Category::Username;
    // Django's `django.security` logger, as a crash report's breadcrumb.
    expect(
        "Login failed for user tnakamura from 203.0.113.88",
        u,
        "tnakamura",
    );
    expect(
        "Authentication succeeded for user m.weber from 198.51.100.4",
        u,
        "m.weber",
    );
    // No user name follows, or no address after it.
    expect_none("Login failed for user account lockout policy");
    expect_none("Login failed for user");
}

#[test]
fn sudo_and_windows_event_users() {
    let u = Category::Username;
    expect(
        "    amaliafr : TTY=pts/1 ; PWD=/home/amaliafr ; USER=root ; COMMAND=/bin/ls",
        u,
        "amaliafr",
    );
    expect(
        "Jun 11 03:12:44 web sudo[812]:    jdoe : 3 incorrect password attempts ; TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/sh",
        u,
        "jdoe",
    );
    expect(
        "New Logon:\n\tSecurity ID:\t\tS-1-5-21-1-2-3-1107\n\tAccount Name:\t\tehalvorsen\n\tAccount Domain:\t\tCORP",
        u,
        "ehalvorsen",
    );
    for t in [
        "Subject:\n\tAccount Name:\t\tWKS-FIN-042$\n\tAccount Domain:\t\tCORP",
        "Account Name:\t\t-\n",
        "New Logon:\n\tAccount Name:\t\tDWM-2\n",
        "ratio : 3 ; other",
        "The Account Name: field is required",
    ] {
        expect_not(t, u);
    }
}

#[test]
fn home_directory_logins() {
    let u = Category::Username;
    expect("PWD=/home/amaliafr ; USER=root", u, "amaliafr");
    expect("cd /home/tmercier/src && make", u, "tmercier");
    expect(
        "C:\\Users\\gvasquez\\AppData\\Local\\slack.exe",
        u,
        "gvasquez",
    );
    expect("\\\\fs01\\home$\\nweiss", u, "nweiss");
    for t in [
        "/home/noah/projects",
        "GET https://example.com/home/about HTTP/1.1",
        "cd /home/runner/work/app",
        "C:\\Users\\Public\\Documents",
        "see /Users/Details/5",
    ] {
        expect_not(t, u);
    }
    // `PWD=` before a path is the working directory, no password.
    expect_not("PWD=/home/amaliafr ; USER=root", Category::Password);
}

#[test]
fn owner_named_devices() {
    expect(
        "DHCPACK on 192.168.50.117 to a4:83:e7:2c:19:fe (Annikas-iPhone) via eth1",
        Category::DeviceId,
        "Annikas-iPhone",
    );
    expect(
        "Ioanas-MacBook-Air",
        Category::DeviceId,
        "Ioanas-MacBook-Air",
    );
    for t in ["LivingRoom-TV", "Guests-iPad", "iPhone 15 Pro Max"] {
        expect_not(t, Category::DeviceId);
    }
}

#[test]
fn ssh_auth_log_look_alikes() {
    for t in [
        "for user in users:\n    print(user)",
        "for user in users { session opened for user in range }",
        "error: invalid user name",
        "Invalid user id supplied",
        "Failed password for the admin account",
        "login failed for user 'sa'. Reason: password mismatch",
        "Accepted password for reasons unknown",
        "the session closed for user requests",
    ] {
        expect_not(t, Category::Username);
    }
}

#[test]
fn application_login_lines_name_their_user() {
    let u = Category::Username;
    expect("user john.smith logged in from 10.0.0.5", u, "john.smith");
    expect("User jdoe has logged out", u, "jdoe");
    expect("[INFO] User 'priya.r' logged in successfully", u, "priya.r");
    expect("Authentication failed for user 'mkowalski'", u, "mkowalski");
    expect("user mk_77 was locked out after 5 attempts", u, "mk_77");
    for t in [
        "User has logged out",
        "user successfully authenticated",
        "User admin logged in",
        "user profile updated",
        "User not found",
        "The user logged in twice",
        "User 'sa' logged in",
    ] {
        expect_not(t, u);
    }
}

#[test]
fn names_after_a_greeting_and_self_introduction() {
    use Category::PersonName;
    expect(
        "Hi, this is Priya Raman. Since yesterday I can't log in.",
        PersonName,
        "Priya Raman",
    );
    expect(
        "Hello, I'm Tom Baxter from accounts",
        PersonName,
        "Tom Baxter",
    );
    expect("Hallo, hier ist Jonas Weber.", PersonName, "Jonas Weber");
    expect("Hi, this is Aoife calling", PersonName, "Aoife");
    expect(
        "Good morning, this is Aoife Byrne.",
        PersonName,
        "Aoife Byrne",
    );
    expect("Mi chiamo Giulia Rossi", PersonName, "Giulia Rossi");
    expect("Mijn naam is Sanne de Vries", PersonName, "Sanne de Vries");
    // Teams and words of address are no one's name; no greeting, no cue.
    expect_not("Hello, this is Customer Support.", PersonName);
    expect_not("Hi, this is Billing", PersonName);
    expect_not("This is Google Maps", PersonName);
    expect_not("I am Groot", PersonName);
    expect_not("Hi, this is urgent", PersonName);
}

#[test]
fn names_after_introductions_and_courtesy_titles() {
    use Category::PersonName;
    expect(
        "Hi, my name is Maria Lopez and I need help.",
        PersonName,
        "Maria Lopez",
    );
    expect("Ich heiße Jonas Weber.", PersonName, "Jonas Weber");
    expect("Mein Name ist Jürgen Müller", PersonName, "Jürgen Müller");
    expect(
        "Bitte rufen Sie Herrn Jonas Weber an",
        PersonName,
        "Jonas Weber",
    );
    expect("Je m'appelle Claire Dubois", PersonName, "Claire Dubois");
    expect("Mi nombre es Juan García", PersonName, "Juan García");
    expect("Me llamo Ana de la Cruz.", PersonName, "Ana de la Cruz");
    expect("Contact: Mrs Anna Bell", PersonName, "Anna Bell");
    expect("Mr. Smith called", PersonName, "Smith");
    expect("Frau Özdemir ruft zurück", PersonName, "Özdemir");
    // No capitalised word after the cue, or a cue word in its other sense.
    expect_not("my name is not important", PersonName);
    expect_not("Herr der Ringe", PersonName);
    expect_not("meine Frau ist krank", PersonName);
    expect_not("Mr. and Mrs. took the train", PersonName);
    expect_not("Sr. Software Engineer", PersonName);
    expect_not("response took 20ms. Done", PersonName);
    expect_not("Dear Mr. President", PersonName);
    expect_not("frau Weber", PersonName);
    expect_not("Guest user: Mr Guest", PersonName);
}

#[test]
fn names_addressed_by_greetings() {
    use Category::PersonName;
    expect(
        "Hi Rosalind, your appointment is confirmed for Tue at 10:30.",
        PersonName,
        "Rosalind",
    );
    expect("Hey Marcus! Your code is 482913.", PersonName, "Marcus");
    expect("Thanks Jo, see you then :)", PersonName, "Jo");
    expect(
        "Dear Aleksandra Nowak,\nyour order has shipped.",
        PersonName,
        "Aleksandra Nowak",
    );
    expect(
        "<p>Hi Freya, thanks for reaching out!</p>",
        PersonName,
        "Freya",
    );
    expect("Liebe Jana, danke!", PersonName, "Jana");
    // Words of address, a name that does not end the greeting, lower case.
    expect_not("Hi Team, the deploy is done.", PersonName);
    expect_not("Dear Valued Customer, your invoice is ready", PersonName);
    expect_not("Dear Customer,", PersonName);
    expect_not("Hello World!", PersonName);
    expect_not("Thanks Again!", PersonName);
    expect_not("Hey Siri, set a timer", PersonName);
    expect_not("Hello Kubernetes cluster admins", PersonName);
    expect_not("say hi Mark, then leave", PersonName);
    expect_not("Dear Mr. President", PersonName);
}

#[test]
fn heights_in_sentences() {
    use Category::HealthMetric;
    expect("height 180 cm, weight 82 kg", HealthMetric, "180 cm");
    expect("Größe: 1,78 m", HealthMetric, "1,78 m");
    expect_not("video height 1080 px", HealthMetric);
    expect_not("the tower's height is 120 m", HealthMetric);
    expect_not("set height 100 in the layout", HealthMetric);
    expect_not("height 20 minutes", HealthMetric);
}

#[test]
fn assumed_role_session_names() {
    // A person's login at the end of an assumed role's ARN.
    let got = scan("arn:aws:sts::123456789012:assumed-role/Admin/jane.doe");
    assert_eq!(got, [(Category::Username, "jane.doe".into(), None)]);
    let got =
        scan("arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Dev_0a1b/jane@example.com");
    assert_eq!(got, [(Category::Email, "jane@example.com".into(), None)]);
    // A program's session: an instance id, a Lambda function, a CI job.
    for arn in [
        "arn:aws:sts::123456789012:assumed-role/ec2-role/i-0a1b2c3d4e5f67890",
        "arn:aws:sts::123456789012:assumed-role/orders-role/process-orders",
        "arn:aws:sts::123456789012:assumed-role/gha-deploy/GitHubActions",
        "arn:aws:iam::123456789012:role/deploy",
    ] {
        assert_eq!(scan(arn), [], "{arn}");
    }
}

#[test]
fn gen4_greetings_with_a_comma() {
    use Category::PersonName;
    // JSON Generator's `greeting` field.
    expect(
        "Hello, Bird Ramsey! You have 7 unread messages.",
        PersonName,
        "Bird Ramsey",
    );
    expect(
        "Hello, Mcgowan! You have 9 unread messages.",
        PersonName,
        "Mcgowan",
    );
    // The self-introduction cue still reads its name, with or without the
    // comma.
    expect("Hi, this is Priya Raman.", PersonName, "Priya Raman");
    expect("Hi this is Priya Raman.", PersonName, "Priya Raman");
    expect_not("Hello, World!", PersonName);
    expect_not("Hi, Team, the build is red", PersonName);
    expect_not("Thanks, Again!", PersonName);
}

#[test]
fn names2_task_subjects_presence_and_households() {
    use Category::PersonName;
    expect("Onboard Ethan Clarke", PersonName, "Ethan Clarke");
    expect("Interview with Grace Okafor", PersonName, "Grace Okafor");
    expect("Send offer to Lena Fischer", PersonName, "Lena Fischer");
    expect(
        "Follow up with Marcus Webb re: SSO",
        PersonName,
        "Marcus Webb",
    );
    expect("Priya Raman has left the chat.", PersonName, "Priya Raman");
    expect(
        "Farah Haddad left the meeting.<br>Reason: Host ended the meeting.",
        PersonName,
        "Farah Haddad",
    );
    expect("Haruto Sato joined", PersonName, "Haruto Sato");
    expect("Geschenk für Familie Weber", PersonName, "Weber");
    expect("Bitte bei Fam. Schuster abgeben", PersonName, "Schuster");
    expect_not("Onboard Analytics rollout", PersonName);
    expect_not("Onboard Analytics Dashboard", PersonName);
    expect_not("Interview with Google", PersonName);
    expect_not("Call back Berlin office", PersonName);
    expect_not("Call Center Pro renewal", PersonName);
    expect_not("Send offer to Marketing Team", PersonName);
    expect_not("Follow up with Customer Success", PersonName);
    expect_not("Onboard Acme Corp workspace", PersonName);
    expect_not("Recording Bot joined the meeting", PersonName);
    expect_not("Turn left at the second light.", PersonName);
    expect_not("Please review: Ethan Clarke joined forces", PersonName);
    expect_not("Gift wrap please, family size box", PersonName);
    expect("Rahul_Menon_Resume.pdf", PersonName, "Rahul_Menon");
    expect("CV_Anna_Schmidt.docx", PersonName, "Anna_Schmidt");
    expect("Lebenslauf-Jonas-Becker.pdf", PersonName, "Jonas-Becker");
    expect(
        "Offer Letter - Sofia Marchetti.pdf",
        PersonName,
        "Sofia Marchetti",
    );
    expect("Contract – M. Dubois (signed).pdf", PersonName, "M. Dubois");
    expect_not("Resume_Template.docx", PersonName);
    expect_not("Q3_Report_Final.pdf", PersonName);
    expect_not("Employee_Contract_Template.pdf", PersonName);
    expect_not("Please DocuSign: Contract_Final.pdf", PersonName);
    expect_not("XCV_Anna_Schmidt.docx", PersonName);
}
