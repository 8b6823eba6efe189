//! Secrets that only the format of an infrastructure file gives away: a
//! Terraform or Pulumi state's generated password (its `result`, beside a
//! `type` naming the generator), Pulumi's secret objects, argument vectors
//! of containers, cloud CLI outputs, home directories under directory
//! keys, and the lines of a PostgreSQL password file pasted into a string.

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

#[test]
fn pulumi_secret_objects_take_the_key_naming_them() {
    let export = r#"{"deployment":{"resources":[
      {"urn":"urn:pulumi:prod::app::random:index/randomPassword:RandomPassword::db",
       "type":"random:index/randomPassword:RandomPassword",
       "outputs":{"result":{"4dabf18193072939515e22adb298388d":"1b47061264138c4ac30d75fd1eb44270","plaintext":"\"Hq3!vN8-zR2w\""}}},
      {"urn":"urn:pulumi:prod::app::aws:rds/instance:Instance::db","type":"aws:rds/instance:Instance",
       "outputs":{"password":{"4dabf18193072939515e22adb298388d":"1b47061264138c4ac30d75fd1eb44270","plaintext":"\"Db-Out-Pass-55\""},
        "notes":{"4dabf18193072939515e22adb298388d":"1b47061264138c4ac30d75fd1eb44270","plaintext":"\"opaque-thing-7781\""},
        "port":5432}}]}}"#;
    let out = redact(export);
    removes(&out, "Hq3!vN8-zR2w");
    removes(&out, "Db-Out-Pass-55");
    // Marked secret, whatever its key says.
    removes(&out, "opaque-thing-7781");
    keeps(&out, r#""plaintext":"[PASSWORD]""#);
    // Type tokens and URNs are no `name: value` pairs.
    keeps(&out, "random:index/randomPassword:RandomPassword::db");
    keeps(
        &out,
        r#""type":"random:index/randomPassword:RandomPassword""#,
    );
}

#[test]
fn argument_vectors_hide_the_secret_after_its_flag() {
    let compose = r#"{"services":{"cache":{"command":["redis-server","--requirepass","Rq-pass-4410","--port","6379"]},
      "db":{"healthcheck":{"test":["CMD","mysqladmin","ping","-P3306","-uroot","-pMy-Root-2231"]}},
      "web":{"command":["gunicorn","--workers","4","--api-key","k9Zt2Lq8Wm4Xv7Rp","--bind","0.0.0.0:8000"]},
      "run":{"command":["docker","run","-p8080:80","nginx"]}}}"#;
    let out = redact(compose);
    removes(&out, "Rq-pass-4410");
    removes(&out, "My-Root-2231");
    removes(&out, "k9Zt2Lq8Wm4Xv7Rp");
    keeps(&out, r#""--port","6379""#);
    keeps(&out, r#""--workers","4""#);
    keeps(&out, r#""-P3306""#);
    keeps(&out, r#""-p8080:80""#);
}

#[test]
fn secret_names_and_times_are_no_secrets() {
    let values = r#"{"redis":{"auth":{"existingSecret":"redis-auth","existingSecretPasswordKey":"redis-password"}},
      "accounts":{"admin.passwordMtime":"2024-04-01T10:00:00Z"},
      "auth":{"type":"apikey","apikey":[{"key":"value","value":"Zk2Lq9Wx4Rt7Mv3Np8"},{"key":"key","value":"X-Partner-Key"}]}}"#;
    let out = redact(values);
    keeps(&out, r#""existingSecret":"redis-auth""#);
    keeps(&out, r#""admin.passwordMtime":"2024-04-01T10:00:00Z""#);
    keeps(&out, r#""value":"X-Partner-Key""#);
    removes(&out, "Zk2Lq9Wx4Rt7Mv3Np8");
}

#[test]
fn cloud_cli_outputs() {
    // Azure `storage account keys list`, STS `assume-role`, EC2 user data
    // (base64 in whole groups, no padding needed), a SonarQube token.
    let key =
        "RElNDBpahPsqlJjNclVvSuyzXUVAiKiSB83GqYkEnd+jfKvQ75Wy5iD3P9WG6NJZCj5Q5wLnlPkD1piaw7/LVw==";
    let data = "IyEvYmluL2Jhc2gKZXhwb3J0IERCX1BBU1NXT1JEPSdVZC1Cb290LVB3LTc3Jwp5dW0gaW5zdGFsbCAteSBuZ2lueAoK";
    let doc = format!(
        r#"{{"keys":[{{"keyName":"key1","permissions":"FULL","value":"{key}"}}],
      "AssumedRoleUser":{{"AssumedRoleId":"AROA3XFRBF23EXAMPLE7Q:mei.tanaka"}},
      "ci":{{"AssumedRoleId":"AROA3XFRBF23EXAMPLE7Q:GitHubActions-991"}},
      "UserData":{{"Value":"{data}"}},
      "sonar":{{"token":"sqa_0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c"}}}}"#
    );
    let out = redact(&doc);
    removes(&out, key);
    removes(&out, "mei.tanaka");
    keeps(&out, "GitHubActions-991");
    removes(&out, data);
    keeps(&out, r#""token":"[API_KEY]""#);
}

#[test]
fn home_directories_of_directory_keys_and_maintainers() {
    let facts = r#"{"ansible_user_dir":"/home/kwabena","env":{"HOME":"/home/kwabena","GOPATH":"/home/kwabena/go","SHELL":"/bin/bash"},
      "Binds":["/home/kwabena/data:/data","/home/ubuntu/app:/app"],"route":"/home/products",
      "Labels":{"maintainer":"Kwabena Asante-Mensah <kwabena@builds-example.org>"}}"#;
    let out = redact(facts);
    removes(&out, "kwabena");
    keeps(&out, "/home/[USERNAME]/go");
    keeps(&out, "/home/ubuntu/app:/app");
    keeps(&out, r#""route":"/home/products""#);
    removes(&out, "Kwabena Asante-Mensah");
}
