//! The breach summary names the issuer of each leaked secret: by the
//! value's shape, else by the key (or the key of its object) that names a
//! provider, else by a pair's name inside a text; a text's own key names
//! none of the secrets inside it.

use leakscope::{Category, EngineBuilder};

fn providers(input: &[u8]) -> Vec<(String, Category, Vec<String>)> {
    let engine = EngineBuilder::new().build().unwrap();
    let report = engine.scan(input).unwrap().report();
    let mut v: Vec<_> = report
        .summary
        .expect("summary")
        .secrets_to_rotate
        .into_iter()
        .map(|s| (s.provider, s.category, s.paths))
        .collect();
    v.sort_by(|a, b| a.2.cmp(&b.2));
    v
}

fn provider_at(v: &[(String, Category, Vec<String>)], path: &str, cat: Category) -> String {
    v.iter()
        .find(|(_, c, paths)| *c == cat && paths.iter().any(|p| p == path))
        .map(|(p, _, _)| p.clone())
        .unwrap_or_else(|| panic!("{path}: {v:?}"))
}

#[test]
fn providers_of_shapeless_secrets_come_from_their_keys() {
    let v = providers(
        br#"{"CLOUDFLARE_API_TOKEN":"Xk2m9QpL7vR4tY8wZ1aB3cD5eF6gH0jK2lM4nP6q",
            "okta":{"apiToken":"00aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7d"},
            "DD_API_KEY":"9f8e7d6c5b4a39281706f5e4d3c2b1a0",
            "client_secret":"Qw8eR7tY6uI5oP4aS3dF2gH1jK0lZ9xC",
            "heroku":"HEROKU_API_KEY=01234567-89ab-cdef-0123-456789abcdef DATABASE_URL=postgres://app:Sup3rS3cret@db:5432/app",
            "value":"sk_live_0e92ab6f2bd267b1a7de286a566edb6d0e92ab6f"}"#,
    );
    assert_eq!(
        provider_at(&v, "$.CLOUDFLARE_API_TOKEN", Category::ApiKey),
        "cloudflare"
    );
    assert_eq!(provider_at(&v, "$.okta.apiToken", Category::ApiKey), "okta");
    assert_eq!(provider_at(&v, "$.DD_API_KEY", Category::ApiKey), "datadog");
    assert_eq!(
        provider_at(&v, "$.client_secret", Category::ApiKey),
        "generic"
    );
    // The pair's name names the API key; the text's key does not name the
    // database password beside it.
    assert_eq!(provider_at(&v, "$.heroku", Category::ApiKey), "heroku");
    assert_eq!(provider_at(&v, "$.heroku", Category::Password), "generic");
    // Paystack's 40-hex secret keys share Stripe's prefix.
    assert_eq!(provider_at(&v, "$.value", Category::ApiKey), "paystack");
}

#[test]
fn azure_connection_strings_and_sas_urls_name_azure() {
    let v = providers(
        br#"{"Storage":"DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net",
            "sas":"https://acmelogs.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&se=2026-12-31T00:00:00Z&sig=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg%3D%3D"}"#,
    );
    assert_eq!(provider_at(&v, "$.Storage", Category::ApiKey), "azure");
    assert_eq!(provider_at(&v, "$.sas", Category::ApiKey), "azure");
}
