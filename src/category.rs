//! The 21 category ids of `shared/taxonomy.md`.
//!
//! The ids are a contract between every front end, report and policy: they
//! are never renamed.
//!
//! ```
//! use leakscope::Category;
//! assert_eq!(Category::from_id("wifi_ssid"), Some(Category::WifiSsid));
//! assert_eq!(Category::HealthMetric.id(), "health_metric");
//! assert_eq!(Category::Email.label(), "[EMAIL]");
//! ```

use std::fmt;

/// One kind of personal data or secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Category {
    /// E-mail addresses.
    Email = 0,
    /// Account handles, logins, screen names.
    Username,
    /// Given, family and full names.
    PersonName,
    /// Phone numbers.
    Phone,
    /// Street addresses and postcodes of a person.
    PostalAddress,
    /// Birth dates.
    DateOfBirth,
    /// Gender, age, ethnicity.
    Demographic,
    /// IPv4 and IPv6 addresses.
    IpAddress,
    /// Device MAC addresses and Wi-Fi BSSIDs.
    MacAddress,
    /// Wi-Fi network names.
    WifiSsid,
    /// Coordinates tied to a person or home.
    GeoLocation,
    /// Serials, IMEIs, per-device UUIDs tied to a user.
    DeviceId,
    /// OAuth access, refresh and bearer tokens.
    OauthToken,
    /// Provider API keys and generic secrets.
    ApiKey,
    /// JSON Web Tokens.
    Jwt,
    /// Plaintext passwords and password hashes.
    Password,
    /// PEM and OpenSSH private keys.
    PrivateKey,
    /// Payment card numbers.
    PaymentCard,
    /// IBAN bank accounts.
    Iban,
    /// Government ids (US SSN first).
    NationalId,
    /// Body and health measurements of a person.
    HealthMetric,
}

impl Category {
    /// Every category, in taxonomy order.
    pub const ALL: [Category; 21] = [
        Category::Email,
        Category::Username,
        Category::PersonName,
        Category::Phone,
        Category::PostalAddress,
        Category::DateOfBirth,
        Category::Demographic,
        Category::IpAddress,
        Category::MacAddress,
        Category::WifiSsid,
        Category::GeoLocation,
        Category::DeviceId,
        Category::OauthToken,
        Category::ApiKey,
        Category::Jwt,
        Category::Password,
        Category::PrivateKey,
        Category::PaymentCard,
        Category::Iban,
        Category::NationalId,
        Category::HealthMetric,
    ];

    /// Number of categories.
    pub const COUNT: usize = 21;

    /// The snake_case id used in reports and policies.
    pub fn id(self) -> &'static str {
        match self {
            Category::Email => "email",
            Category::Username => "username",
            Category::PersonName => "person_name",
            Category::Phone => "phone",
            Category::PostalAddress => "postal_address",
            Category::DateOfBirth => "date_of_birth",
            Category::Demographic => "demographic",
            Category::IpAddress => "ip_address",
            Category::MacAddress => "mac_address",
            Category::WifiSsid => "wifi_ssid",
            Category::GeoLocation => "geo_location",
            Category::DeviceId => "device_id",
            Category::OauthToken => "oauth_token",
            Category::ApiKey => "api_key",
            Category::Jwt => "jwt",
            Category::Password => "password",
            Category::PrivateKey => "private_key",
            Category::PaymentCard => "payment_card",
            Category::Iban => "iban",
            Category::NationalId => "national_id",
            Category::HealthMetric => "health_metric",
        }
    }

    /// Parses a snake_case id.
    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.iter().copied().find(|c| c.id() == id)
    }

    /// Position in [`Category::ALL`], usable as an array index.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The replacement text of the `label` operator, e.g. `[EMAIL]`.
    pub fn label(self) -> &'static str {
        match self {
            Category::Email => "[EMAIL]",
            Category::Username => "[USERNAME]",
            Category::PersonName => "[PERSON_NAME]",
            Category::Phone => "[PHONE]",
            Category::PostalAddress => "[POSTAL_ADDRESS]",
            Category::DateOfBirth => "[DATE_OF_BIRTH]",
            Category::Demographic => "[DEMOGRAPHIC]",
            Category::IpAddress => "[IP_ADDRESS]",
            Category::MacAddress => "[MAC_ADDRESS]",
            Category::WifiSsid => "[WIFI_SSID]",
            Category::GeoLocation => "[GEO_LOCATION]",
            Category::DeviceId => "[DEVICE_ID]",
            Category::OauthToken => "[OAUTH_TOKEN]",
            Category::ApiKey => "[API_KEY]",
            Category::Jwt => "[JWT]",
            Category::Password => "[PASSWORD]",
            Category::PrivateKey => "[PRIVATE_KEY]",
            Category::PaymentCard => "[PAYMENT_CARD]",
            Category::Iban => "[IBAN]",
            Category::NationalId => "[NATIONAL_ID]",
            Category::HealthMetric => "[HEALTH_METRIC]",
        }
    }

    /// Credentials that must be rotated once leaked.
    pub fn is_secret(self) -> bool {
        matches!(
            self,
            Category::OauthToken
                | Category::ApiKey
                | Category::Jwt
                | Category::Password
                | Category::PrivateKey
        )
    }

    /// Categories that are always special categories of personal data
    /// under GDPR Art. 9 (health). `demographic` fields are special only
    /// when their key names ethnic origin, beliefs, political opinions,
    /// union membership or sexual orientation; the report's summary lists
    /// them per field.
    pub fn is_gdpr_special(self) -> bool {
        matches!(self, Category::HealthMetric)
    }

    /// Categories whose values identify a data subject, used to count
    /// distinct affected people.
    pub fn identifies_subject(self) -> bool {
        matches!(
            self,
            Category::Email
                | Category::Username
                | Category::Phone
                | Category::DeviceId
                | Category::MacAddress
                | Category::NationalId
                | Category::PersonName
        )
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl serde::Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> serde::Deserialize<'de> for Category {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Category, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Category::from_id(&id)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown category id `{id}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for (i, c) in Category::ALL.iter().enumerate() {
            assert_eq!(c.index(), i);
            assert_eq!(Category::from_id(c.id()), Some(*c));
            assert!(c.label().starts_with('[') && c.label().ends_with(']'));
        }
        assert_eq!(Category::from_id("nope"), None);
    }
}
