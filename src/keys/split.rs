//! Placeholder.
/// Splits a key into lowercase words.
pub fn split_words(key: &str) -> Vec<String> {
    vec![key.to_lowercase()]
}
