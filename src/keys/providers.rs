//! The issuer a secret's key names (`CLOUDFLARE_API_TOKEN`, `okta.apiToken`,
//! `DD_API_KEY`): many provider secrets have no shape of their own (hex,
//! UUIDs, random strings), and only the key says where to rotate them. The
//! breach summary lists them under that provider instead of `generic`.

use super::split_words;

/// Key words that name a provider, and the provider's id (the ids the
/// value shapes of `detect::provider_tokens` report). Whole words only:
/// `dd` is Datadog's own prefix (`DD_API_KEY`), `hf` Hugging Face's.
/// Words that are also common verbs or nouns (`resend`, `render`, `box`,
/// `segment`) are left out.
const PROVIDER_WORDS: &[(&str, &str)] = &[
    ("airtable", "airtable"),
    ("algolia", "algolia"),
    ("amplitude", "amplitude"),
    ("anthropic", "anthropic"),
    ("artifactory", "jfrog"),
    ("asana", "asana"),
    ("atlassian", "atlassian"),
    ("auth0", "auth0"),
    ("aws", "aws"),
    ("azure", "azure"),
    ("bitbucket", "bitbucket"),
    ("braintree", "braintree"),
    ("brevo", "brevo"),
    ("bugsnag", "bugsnag"),
    ("buildkite", "buildkite"),
    ("circleci", "circleci"),
    ("clickhouse", "clickhouse"),
    ("cloudflare", "cloudflare"),
    ("codecov", "codecov"),
    ("cohere", "cohere"),
    ("confluence", "atlassian"),
    ("contentful", "contentful"),
    ("coveralls", "coveralls"),
    ("databricks", "databricks"),
    ("datadog", "datadog"),
    ("dd", "datadog"),
    ("deepseek", "deepseek"),
    ("digitalocean", "digitalocean"),
    ("discord", "discord"),
    ("docker", "docker"),
    ("dockerhub", "docker"),
    ("doppler", "doppler"),
    ("dropbox", "dropbox"),
    ("dynatrace", "dynatrace"),
    ("facebook", "facebook"),
    ("fastly", "fastly"),
    ("figma", "figma"),
    ("firebase", "firebase"),
    ("gcp", "google"),
    ("github", "github"),
    ("gitlab", "gitlab"),
    ("google", "google"),
    ("grafana", "grafana"),
    ("groq", "groq"),
    ("heroku", "heroku"),
    ("hf", "huggingface"),
    ("honeycomb", "honeycomb"),
    ("hubspot", "hubspot"),
    ("huggingface", "huggingface"),
    ("intercom", "intercom"),
    ("jfrog", "jfrog"),
    ("jira", "atlassian"),
    ("launchdarkly", "launchdarkly"),
    ("mailchimp", "mailchimp"),
    ("mailgun", "mailgun"),
    ("mandrill", "mailchimp"),
    ("mapbox", "mapbox"),
    ("mistral", "mistral"),
    ("mixpanel", "mixpanel"),
    ("netlify", "netlify"),
    ("newrelic", "newrelic"),
    ("ngrok", "ngrok"),
    ("notion", "notion"),
    ("npm", "npm"),
    ("okta", "okta"),
    ("openai", "openai"),
    ("openrouter", "openrouter"),
    ("pagerduty", "pagerduty"),
    ("paypal", "paypal"),
    ("paystack", "paystack"),
    ("perplexity", "perplexity"),
    ("pinecone", "pinecone"),
    ("plaid", "plaid"),
    ("postmark", "postmark"),
    ("pulumi", "pulumi"),
    ("pusher", "pusher"),
    ("pypi", "pypi"),
    ("razorpay", "razorpay"),
    ("replicate", "replicate"),
    ("rollbar", "rollbar"),
    ("rubygems", "rubygems"),
    ("sendgrid", "sendgrid"),
    ("sendinblue", "brevo"),
    ("sentry", "sentry"),
    ("shopify", "shopify"),
    ("slack", "slack"),
    ("snyk", "snyk"),
    ("sonar", "sonarqube"),
    ("sonarqube", "sonarqube"),
    ("sparkpost", "sparkpost"),
    ("stripe", "stripe"),
    ("sumo", "sumologic"),
    ("sumologic", "sumologic"),
    ("supabase", "supabase"),
    ("tailscale", "tailscale"),
    ("telegram", "telegram"),
    ("terraform", "terraform"),
    ("travis", "travis"),
    ("twilio", "twilio"),
    ("twitch", "twitch"),
    ("twitter", "twitter"),
    ("vercel", "vercel"),
    ("vonage", "vonage"),
    ("yandex", "yandex"),
    ("zendesk", "zendesk"),
];

/// The provider a key's words name, if one does (the first such word).
pub(crate) fn provider_of_key(key: &str) -> Option<&'static str> {
    // Keys are short; a cheap check skips the split for most.
    if key.is_empty() || key.len() > 128 {
        return None;
    }
    split_words(key).iter().find_map(|w| {
        PROVIDER_WORDS
            .binary_search_by(|(word, _)| (*word).cmp(w.as_str()))
            .ok()
            .map(|i| PROVIDER_WORDS[i].1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted() {
        assert!(PROVIDER_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn keys_naming_providers() {
        for (key, provider) in [
            ("CLOUDFLARE_API_TOKEN", "cloudflare"),
            ("okta.apiToken", "okta"),
            ("DD_API_KEY", "datadog"),
            ("HF_TOKEN", "huggingface"),
            ("herokuApiKey", "heroku"),
            ("SUMO_ACCESS_KEY", "sumologic"),
            ("x-cohere-key", "cohere"),
        ] {
            assert_eq!(provider_of_key(key), Some(provider), "{key}");
        }
        // No provider word, or one only inside a longer word.
        for key in [
            "api_key",
            "password",
            "client_secret",
            "addons_token",
            "resend_token",
            "",
        ] {
            assert_eq!(provider_of_key(key), None, "{key}");
        }
    }
}
