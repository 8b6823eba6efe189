//! Secrets that only the format of an infrastructure file gives away: a
//! Terraform or Pulumi state's generated password (its `result`, beside a
//! `type` naming the generator) and the lines of a PostgreSQL password
//! file pasted into a string.

mod common;

use common::{keeps, redact, removes};

const TERRAFORM_STATE: &str = r#"{"version":4,"resources":[
 {"mode":"managed","type":"random_password","name":"db","instances":[{"schema_version":3,
  "attributes":{"id":"none","length":16,"special":true,"result":"Zq8!pL2#vR7mK4xT"}}]},
 {"mode":"managed","type":"random_string","name":"suffix","instances":[{
  "attributes":{"id":"k3x9","length":4,"result":"k3x9"}}]},
 {"mode":"managed","type":"aws_s3_bucket","name":"logs","instances":[{
  "attributes":{"bucket":"acme-logs-k3x9","result":"created"}}]}]}"#;

#[test]
fn terraform_random_password_result_is_a_password() {
    let out = redact(TERRAFORM_STATE);
    removes(&out, "Zq8!pL2#vR7mK4xT");
    keeps(&out, r#""result":"[PASSWORD]""#);
    // Other resources' results are not secrets.
    keeps(&out, r#""result":"k3x9""#);
    keeps(&out, r#""result":"created""#);
    keeps(&out, r#""id":"none""#);
}

#[test]
fn pulumi_random_password_output_is_a_password() {
    let state = r#"{"resources":[{"urn":"urn:pulumi:dev::app::random:index/randomPassword:RandomPassword::db",
      "type":"random:index/randomPassword:RandomPassword","outputs":{"length":20,"result":"u7#Lq9!xPz2mW4vR8kT1"}},
      {"type":"random:index/randomPet:RandomPet","outputs":{"length":2,"result":"lucky-otter"}}]}"#;
    let out = redact(state);
    removes(&out, "u7#Lq9!xPz2mW4vR8kT1");
    keeps(&out, "lucky-otter");
}

#[test]
fn pgpass_lines_lose_their_passwords_only() {
    let doc = r##"{"path":"/home/deploy/.pgpass","content":"# prod\ndb.internal.example.com:5432:appdb:appuser:Kx7#mP2qLz9w\r\nlocalhost:*:*:postgres:s3cretPw!"}"##;
    let out = redact(doc);
    removes(&out, "Kx7#mP2qLz9w");
    removes(&out, "s3cretPw!");
    keeps(
        &out,
        "db.internal.example.com:5432:appdb:appuser:[PASSWORD]",
    );
    keeps(&out, "localhost:*:*:postgres:[PASSWORD]");
}

#[test]
fn colon_separated_lookalikes_are_kept() {
    for text in [
        "api.example.com:443:GET:/v1/users:200",
        "fe80:0:0:0:1",
        "see db.example.com:5432:app:user:pw in the wiki",
    ] {
        let doc = format!(r#"{{"line":"{text}"}}"#);
        assert_eq!(redact(&doc), doc, "{text}");
    }
}
