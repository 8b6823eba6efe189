//! Provider credentials recognised by their issuer's prefix and shape:
//! AWS, GitHub, Stripe, Google, SendGrid, npm, PyPI, Twilio, OpenAI,
//! Anthropic, GitLab, Slack, Shopify, Mailgun, Heroku, Amazon (Alexa/LWA).
//!
//! Each spec is a regex (ASCII word boundaries) plus an optional validator.
//! Publishable keys (`pk_live_…`) are not secrets and are not listed.

use crate::Category;

/// One credential shape.
#[derive(Debug, Clone, Copy)]
pub struct TokenSpec {
    /// Regex of the whole token.
    pub pattern: &'static str,
    /// `api_key` or `oauth_token`.
    pub category: Category,
    /// The issuer whose credential must be rotated.
    pub provider: &'static str,
    /// Extra check on the matched text (entropy, character mix).
    pub validate: Option<fn(&str) -> bool>,
}

fn mixed(s: &str) -> bool {
    let digits = s.bytes().any(|b| b.is_ascii_digit());
    let upper = s.bytes().any(|b| b.is_ascii_uppercase());
    let lower = s.bytes().any(|b| b.is_ascii_lowercase());
    (digits as u8 + upper as u8 + lower as u8) >= 2
}

fn openai(s: &str) -> bool {
    !s.starts_with("sk-ant-")
        && s.len() >= 40
        && mixed(s.get(3..).unwrap_or(""))
        && s.bytes().any(|b| b.is_ascii_digit())
}

fn opaque(s: &str) -> bool {
    mixed(s) && super::entropy::shannon_entropy(s) >= 3.0
}

macro_rules! spec {
    ($pat:expr, $cat:ident, $prov:expr) => {
        TokenSpec {
            pattern: $pat,
            category: Category::$cat,
            provider: $prov,
            validate: None,
        }
    };
    ($pat:expr, $cat:ident, $prov:expr, $v:expr) => {
        TokenSpec {
            pattern: $pat,
            category: Category::$cat,
            provider: $prov,
            validate: Some($v),
        }
    };
}

/// All provider token shapes, most specific first.
pub fn specs() -> Vec<TokenSpec> {
    vec![
        spec!(r"(?-u:\b)(?:AKIA|ASIA)[A-Z0-9]{16}(?-u:\b)", ApiKey, "aws"),
        spec!(
            r"(?-u:\b)gh[psr]_[A-Za-z0-9]{36,}(?-u:\b)",
            ApiKey,
            "github"
        ),
        spec!(
            r"(?-u:\b)github_pat_[A-Za-z0-9_]{50,}(?-u:\b)",
            ApiKey,
            "github"
        ),
        spec!(
            r"(?-u:\b)gh[ou]_[A-Za-z0-9]{36,}(?-u:\b)",
            OauthToken,
            "github"
        ),
        spec!(
            r"(?-u:\b)(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}(?-u:\b)",
            ApiKey,
            "stripe"
        ),
        spec!(r"(?-u:\b)AIza[0-9A-Za-z_\-]{35}(?-u:\b)", ApiKey, "google"),
        spec!(
            r"(?-u:\b)SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{30,64}(?-u:\b)",
            ApiKey,
            "sendgrid"
        ),
        spec!(r"(?-u:\b)npm_[A-Za-z0-9]{36}(?-u:\b)", ApiKey, "npm"),
        spec!(
            r"(?-u:\b)pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}",
            ApiKey,
            "pypi"
        ),
        spec!(r"(?-u:\b)SK[0-9a-f]{32}(?-u:\b)", ApiKey, "twilio"),
        spec!(r"(?-u:\b)sk-ant-[A-Za-z0-9_\-]{32,}", ApiKey, "anthropic"),
        spec!(
            r"(?-u:\b)sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}",
            ApiKey,
            "openai",
            openai
        ),
        spec!(
            r"(?-u:\b)glpat-[A-Za-z0-9_\-]{20,}(?-u:\b)",
            ApiKey,
            "gitlab"
        ),
        spec!(
            r"https://hooks\.slack\.com/(?:services|workflows)/T[A-Z0-9]{6,}/[AB][A-Z0-9]{6,}/[A-Za-z0-9]{16,}",
            ApiKey,
            "slack"
        ),
        spec!(
            r"(?-u:\b)xox[abpre]-[A-Za-z0-9\-]{10,}",
            OauthToken,
            "slack"
        ),
        spec!(
            r"(?-u:\b)shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?-u:\b)",
            ApiKey,
            "shopify"
        ),
        spec!(r"(?-u:\b)key-[0-9a-f]{32}(?-u:\b)", ApiKey, "mailgun"),
        spec!(r"(?-u:\b)HRKU-[A-Za-z0-9_\-]{40,}", ApiKey, "heroku"),
        spec!(
            r"(?-u:\b)Atz[ar]\|[A-Za-z0-9_\-+/=|.%]{20,}",
            OauthToken,
            "amazon"
        ),
        spec!(
            r"(?-u:\b)ya29\.[0-9A-Za-z_\-]{20,}",
            OauthToken,
            "google",
            opaque
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;

    fn matcher() -> (Regex, Vec<TokenSpec>) {
        let s = specs();
        let pats: Vec<String> = s.iter().map(|t| format!("^(?:{})$", t.pattern)).collect();
        (Regex::new_many(&pats).unwrap(), s)
    }

    fn classify(tok: &str) -> Option<(Category, &'static str)> {
        let (re, s) = matcher();
        let m = re.find(tok)?;
        let spec = s[m.pattern().as_usize()];
        if spec.validate.is_some_and(|v| !v(tok)) {
            return None;
        }
        Some((spec.category, spec.provider))
    }

    #[test]
    fn tokens() {
        let cases = [
            ("AKIAIOSFODNN7EXAMPL3", Category::ApiKey, "aws"),
            (
                "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
                Category::ApiKey,
                "github",
            ),
            (
                "gho_16C7e42F292c6912E7710c838347Ae178B4a",
                Category::OauthToken,
                "github",
            ),
            (
                "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
                Category::ApiKey,
                "stripe",
            ),
            (
                "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe",
                Category::ApiKey,
                "google",
            ),
            (
                "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",
                Category::ApiKey,
                "sendgrid",
            ),
            (
                "npm_abcdefghijklmnopqrstuvwxyz0123456789",
                Category::ApiKey,
                "npm",
            ),
            (
                "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1",
                Category::ApiKey,
                "twilio",
            ),
            (
                "sk-ant-api03-abcdefghijklmnopqrstuvwxyzABCDEF0123456789",
                Category::ApiKey,
                "anthropic",
            ),
            (
                "sk-proj-abcDEF123ghiJKL456mnoPQR789stuVWX012yz",
                Category::ApiKey,
                "openai",
            ),
            ("glpat-xxxxxxxxxxxxxxxxxxxx", Category::ApiKey, "gitlab"),
            (
                "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                Category::ApiKey,
                "slack",
            ),
            (
                "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
                Category::OauthToken,
                "slack",
            ),
            (
                "shpat_0123456789abcdef0123456789abcdef",
                Category::ApiKey,
                "shopify",
            ),
            (
                "key-0123456789abcdef0123456789abcdef",
                Category::ApiKey,
                "mailgun",
            ),
            (
                "Atza|IwEBIA7rjQ-qTf8lYN0D2XbUnN1UjL-9bfa4",
                Category::OauthToken,
                "amazon",
            ),
            (
                "ya29.a0AfH6SMBx3Kq9ZpLmN7tRvW2yXc",
                Category::OauthToken,
                "google",
            ),
        ];
        for (tok, cat, prov) in cases {
            assert_eq!(classify(tok), Some((cat, prov)), "{tok}");
        }
    }

    #[test]
    fn look_alikes() {
        for tok in [
            "pk_live_4eC39HqLyjWDarjtT1zdp7dc",
            "pk_test_4eC39HqLyjWDarjtT1zdp7dc",
            "AKIA1234",
            "ghp_short",
            "sk-learn-is-a-python-library-name-ok",
            "key-notahexstringnotahexstringnotah",
            "ya29.aaaaaaaaaaaaaaaaaaaaaaaaaa",
        ] {
            assert_eq!(classify(tok), None, "{tok}");
        }
    }
}
