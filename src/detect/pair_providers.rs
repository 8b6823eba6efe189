//! The issuer of a secret that only its pair's name reveals: the fields of
//! an Azure connection string (`AccountKey=…`, `SharedAccessKey=…`) and
//! the signature of an Azure SAS URL (`…blob.core.windows.net/…&sig=…`).
//! Other names are read for a provider word (`HEROKU_API_KEY=…`). The
//! breach summary lists such secrets under the provider to rotate them at
//! instead of `generic`.

/// The provider of the value of pair `name` inside `text`, when the name
/// (and for `sig`, the host of the URL in `text`) names one.
pub(crate) fn pair_provider(name: &str, text: &str) -> Option<&'static str> {
    match name {
        // Storage and Cosmos DB account keys; Service Bus, Event Hubs,
        // IoT Hub and Relay shared access keys. Connection strings spell
        // their field names in this case only.
        "AccountKey" | "SharedAccessKey" => Some("azure"),
        "sig" if memchr::memmem::find(text.as_bytes(), b".windows.net").is_some() => Some("azure"),
        // `HEROKU_API_KEY=…` in a `.env` text: the name's provider word.
        _ => crate::keys::provider_of_key(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn azure_pairs() {
        let conn = "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=abc==;EndpointSuffix=core.windows.net";
        assert_eq!(pair_provider("AccountKey", conn), Some("azure"));
        assert_eq!(
            pair_provider(
                "SharedAccessKey",
                "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKey=k"
            ),
            Some("azure")
        );
        assert_eq!(
            pair_provider(
                "sig",
                "https://acme.blob.core.windows.net/c/b?sv=2022-11-02&sig=abc%3D"
            ),
            Some("azure")
        );
        // Another host's `sig`, other spellings and other names: no issuer.
        assert_eq!(
            pair_provider("sig", "https://cdn.example.com/a.png?sig=abc123"),
            None
        );
        assert_eq!(pair_provider("accountkey", conn), None);
        assert_eq!(pair_provider("AccountName", conn), None);
        assert_eq!(pair_provider("password", conn), None);
        assert_eq!(pair_provider("HEROKU_API_KEY", ""), Some("heroku"));
    }
}
