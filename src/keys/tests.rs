//! Table-driven tests of the key lexicon.

use super::{classify_key, split_words, ContextFlags, KeyStrength};
use crate::Category;
use Category::*;

/// Expected outcome of one key.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Want {
    /// Strong key for the category.
    S(Category),
    /// Contextual key for the category.
    C(Category),
    /// No category, not meta.
    N,
    /// Meta: a flag/count/setting about PII, no category.
    M,
}
use Want::*;

fn check(cases: &[(&str, Want)]) {
    let mut failures = Vec::new();
    for (key, want) in cases {
        let info = classify_key(key);
        let got = match (info.category, info.strength, info.is_meta) {
            (_, _, true) => M,
            (Some(c), KeyStrength::Strong, false) => S(c),
            (Some(c), KeyStrength::Contextual, false) => C(c),
            (None, _, false) => N,
            (Some(_), KeyStrength::None, false) => N,
        };
        if got != *want {
            failures.push(format!("{key:?}: want {want:?}, got {got:?} ({info:?})"));
        }
        if info.is_meta {
            assert!(
                info.category.is_none(),
                "{key}: meta keys carry no category"
            );
        }
        if info.category.is_some() {
            assert!(info.evidence.starts_with("key:"), "{key}: evidence");
            assert!(info.confidence > 0.0 && info.confidence <= 1.0, "{key}");
            assert_ne!(info.strength, KeyStrength::None, "{key}");
        } else {
            assert_eq!(info.strength, KeyStrength::None, "{key}");
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_word_is_listed_twice() {
    use std::collections::HashMap;
    let tables = [
        super::words_en::HEADS,
        super::words_de::DE,
        super::words_fr_es::FR_ES,
        super::words_more::MORE,
        super::words_world::WORLD,
        super::words_en::OTHER,
        super::words_en::CONTEXT,
        super::words::WHOLE_KEY,
    ];
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut dups = Vec::new();
    for (t, table) in tables.iter().enumerate() {
        for (words, _) in table.iter() {
            for w in words.iter() {
                // ASCII lower case, lower-case Cyrillic or Greek, or a word of a
                // script without case that folding leaves as it is (`氏名`,
                // `전화번호`).
                assert!(
                    w.chars().all(|c| c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || ('\u{430}'..='\u{44f}').contains(&c)
                        || ('\u{3b1}'..='\u{3c9}').contains(&c)
                        || c == '\u{451}'
                        || (!c.is_ascii() && c.is_alphanumeric() && !c.is_lowercase()))
                        && super::fold::fold_word(w) == *w,
                    "entry {w:?} is not folded"
                );
                if let Some(prev) = seen.insert(w, t) {
                    dups.push(format!("{w} ({prev} and {t})"));
                }
            }
        }
    }
    assert!(dups.is_empty(), "duplicate lexicon words: {dups:?}");
}

#[test]
fn strong_english_keys() {
    check(&[
        ("email", S(Email)),
        ("e_mail", S(Email)),
        ("E-Mail", S(Email)),
        ("mail", S(Email)),
        ("mailAddress", S(Email)),
        ("emailAddress", S(Email)),
        ("email_address", S(Email)),
        ("user_email", S(Email)),
        ("userEmail", S(Email)),
        ("useremail", S(Email)),
        ("USER_EMAIL", S(Email)),
        ("emails", S(Email)),
        ("verified_email", S(Email)),
        ("primaryEmail", S(Email)),
        ("contact_email", S(Email)),
        ("billing_email", S(Email)),
        ("email_id", S(Email)),
        ("username", S(Username)),
        ("user_name", S(Username)),
        ("userName", S(Username)),
        ("UserName", S(Username)),
        ("login", S(Username)),
        ("handle", C(Username)),
        ("screen_name", S(Username)),
        ("twitter_handle", S(Username)),
        ("db_username", S(Username)),
        ("firstName", S(PersonName)),
        ("first_name", S(PersonName)),
        ("lastName", S(PersonName)),
        ("last_name", S(PersonName)),
        ("fullName", S(PersonName)),
        ("full_name", S(PersonName)),
        ("given_name", S(PersonName)),
        ("family_name", S(PersonName)),
        ("surname", S(PersonName)),
        ("display_name", C(PersonName)),
        ("displayName", C(PersonName)),
        ("cardholder", S(PersonName)),
        ("cardholder_name", S(PersonName)),
        ("customer_name", S(PersonName)),
        ("customerName", S(PersonName)),
        ("owner_name", S(PersonName)),
        ("author_name", S(PersonName)),
        ("contact_name", S(PersonName)),
        ("middle_name", S(PersonName)),
        ("phone", S(Phone)),
        ("phone_number", S(Phone)),
        ("phoneNumber", S(Phone)),
        ("mobile", S(Phone)),
        ("mobile_number", S(Phone)),
        ("tel", S(Phone)),
        ("telephone", S(Phone)),
        ("msisdn", S(Phone)),
        ("wa_id", S(Phone)),
        ("cell", S(Phone)),
        ("cell_phone", S(Phone)),
        ("home_phone", S(Phone)),
        ("phone_no", S(Phone)),
        ("phones", S(Phone)),
        ("street", S(PostalAddress)),
        ("street_address", S(PostalAddress)),
        ("streetAddress", S(PostalAddress)),
        ("address_line1", S(PostalAddress)),
        ("addressLine1", S(PostalAddress)),
        ("address_line_2", S(PostalAddress)),
        ("home_address", S(PostalAddress)),
        ("billing_address", S(PostalAddress)),
        ("shipping_address", S(PostalAddress)),
        ("customer_address", S(PostalAddress)),
        ("street_name", S(PostalAddress)),
        ("house_number", C(PostalAddress)),
        ("password_hint", C(Password)),
        ("latitudeE7", S(GeoLocation)),
        ("phone_e164", S(Phone)),
        ("ip_v4", S(IpAddress)),
        ("ssn_last4", M),
        ("ssn_hash", N),
        ("ip_address_hash", N),
        ("dob", S(DateOfBirth)),
        ("DOB", S(DateOfBirth)),
        ("birthday", S(DateOfBirth)),
        ("birth_date", S(DateOfBirth)),
        ("birthDate", S(DateOfBirth)),
        ("date_of_birth", S(DateOfBirth)),
        ("dateOfBirth", S(DateOfBirth)),
        ("bday", S(DateOfBirth)),
        ("gender", S(Demographic)),
        ("sex", S(Demographic)),
        ("ethnicity", S(Demographic)),
        ("user_gender", S(Demographic)),
        ("ip", S(IpAddress)),
        ("IP", S(IpAddress)),
        ("ip_address", S(IpAddress)),
        ("ipAddress", S(IpAddress)),
        ("IPAddress", S(IpAddress)),
        ("client_ip", S(IpAddress)),
        ("clientIp", S(IpAddress)),
        ("clientip", S(IpAddress)),
        ("remote_addr", S(IpAddress)),
        ("remoteAddr", S(IpAddress)),
        ("remote_address", S(IpAddress)),
        ("remote_ip", S(IpAddress)),
        ("x-forwarded-for", S(IpAddress)),
        ("X-Forwarded-For", S(IpAddress)),
        ("x_real_ip", S(IpAddress)),
        ("X-Real-IP", S(IpAddress)),
        ("src_ip", S(IpAddress)),
        ("ipv4", S(IpAddress)),
        ("ipv6", S(IpAddress)),
        ("IPv4", S(IpAddress)),
        ("server_ip", S(IpAddress)),
        ("last_login_ip", S(IpAddress)),
        ("ips", S(IpAddress)),
        ("mac", S(MacAddress)),
        ("mac_address", S(MacAddress)),
        ("macAddress", S(MacAddress)),
        ("MAC", S(MacAddress)),
        ("bssid", S(MacAddress)),
        ("hw_addr", S(MacAddress)),
        ("macaddr", S(MacAddress)),
        ("wifi_mac", S(MacAddress)),
        ("wifiMac", S(MacAddress)),
        ("router_mac", S(MacAddress)),
        ("ssid", S(WifiSsid)),
        ("SSID", S(WifiSsid)),
        ("essid", S(WifiSsid)),
        ("wifi_name", S(WifiSsid)),
        ("wifiName", S(WifiSsid)),
        ("wifi_ssid", S(WifiSsid)),
        ("network_ssid", S(WifiSsid)),
        ("routerSsid", S(WifiSsid)),
        ("network_name", S(WifiSsid)),
        ("wlan", S(WifiSsid)),
        ("wlan_name", S(WifiSsid)),
        ("device_id", S(DeviceId)),
        ("deviceId", S(DeviceId)),
        ("serial", S(DeviceId)),
        ("serial_number", S(DeviceId)),
        ("serialNumber", S(DeviceId)),
        ("imei", S(DeviceId)),
        ("udid", S(DeviceId)),
        ("device_uuid", S(DeviceId)),
        ("android_id", S(DeviceId)),
        ("idfa", S(DeviceId)),
        ("advertising_id", S(DeviceId)),
        ("anonymousId", S(DeviceId)),
        ("anonymous_id", S(DeviceId)),
        ("user_pseudo_id", S(DeviceId)),
        ("appsflyer_id", S(DeviceId)),
        ("installation_uuid", S(DeviceId)),
        ("$ios_devices", S(DeviceId)),
        ("$android_devices", S(DeviceId)),
        ("hardware_id", S(DeviceId)),
        ("access_token", S(OauthToken)),
        ("accessToken", S(OauthToken)),
        ("refresh_token", S(OauthToken)),
        ("auth_token", S(OauthToken)),
        ("alexa_token", S(OauthToken)),
        ("authorization", S(OauthToken)),
        ("Authorization", S(OauthToken)),
        ("bearer", S(OauthToken)),
        ("oauth_token", S(OauthToken)),
        ("session_token", S(OauthToken)),
        ("AWS_SESSION_TOKEN", S(OauthToken)),
        ("id_token", S(Jwt)),
        ("idToken", S(Jwt)),
        ("jwt", S(Jwt)),
        ("api_key", S(ApiKey)),
        ("apiKey", S(ApiKey)),
        ("apikey", S(ApiKey)),
        ("AZURE_DEVOPS_PAT", S(ApiKey)),
        ("GITHUB_PAT", S(ApiKey)),
        ("gitlabPat", S(ApiKey)),
        ("API_KEY", S(ApiKey)),
        ("x-api-key", S(ApiKey)),
        ("X-API-Key", S(ApiKey)),
        ("secret", S(ApiKey)),
        ("client_secret", S(ApiKey)),
        ("clientSecret", S(ApiKey)),
        ("secret_key", S(ApiKey)),
        ("access_key", S(ApiKey)),
        ("app_secret", S(ApiKey)),
        ("consumer_secret", S(ApiKey)),
        ("aws_secret_access_key", S(ApiKey)),
        ("AWS_SECRET_ACCESS_KEY", S(ApiKey)),
        ("AWS_ACCESS_KEY_ID", S(ApiKey)),
        ("webhook_secret", S(ApiKey)),
        ("STRIPE_KEY", S(ApiKey)),
        ("stripe_secret_key", S(ApiKey)),
        ("STRIPE_SECRET_KEY", S(ApiKey)),
        ("GITHUB_TOKEN", S(ApiKey)),
        ("SLACK_BOT_TOKEN", S(ApiKey)),
        ("NPM_TOKEN", S(ApiKey)),
        ("OPENAI_API_KEY", S(ApiKey)),
        ("SENDGRID_API_KEY", S(ApiKey)),
        ("JWT_SECRET", S(ApiKey)),
        ("app_key", S(ApiKey)),
        ("APP_KEY", S(ApiKey)),
        ("encryption_key", S(ApiKey)),
        ("SLACK_WEBHOOK_URL", S(ApiKey)),
        ("password", S(Password)),
        ("Password", S(Password)),
        ("PASSWORD", S(Password)),
        ("passwd", S(Password)),
        ("pwd", S(Password)),
        ("pw", S(Password)),
        ("pass", S(Password)),
        ("passphrase", S(Password)),
        ("db_password", S(Password)),
        ("DB_PASSWORD", S(Password)),
        ("MYSQL_ROOT_PASSWORD", S(Password)),
        ("password_hash", S(Password)),
        ("passwordHash", S(Password)),
        ("hashed_password", S(Password)),
        ("wifi_password", S(Password)),
        ("user_password", S(Password)),
        ("userPassword", S(Password)),
        ("new_password", S(Password)),
        ("confirm_password", S(Password)),
        ("smtp_password", S(Password)),
        ("private_key", S(PrivateKey)),
        ("privateKey", S(PrivateKey)),
        ("ssh_key", S(PrivateKey)),
        ("priv_key", S(PrivateKey)),
        ("card_number", S(PaymentCard)),
        ("cardNumber", S(PaymentCard)),
        ("cc_number", S(PaymentCard)),
        ("pan", S(PaymentCard)),
        ("credit_card", S(PaymentCard)),
        ("creditCardNumber", S(PaymentCard)),
        ("cvv", S(PaymentCard)),
        ("cvc", S(PaymentCard)),
        ("iban", S(Iban)),
        ("IBAN", S(Iban)),
        ("account_number", S(Iban)),
        ("bank_account", S(Iban)),
        ("bank_account_number", S(Iban)),
        ("ssn", S(NationalId)),
        ("SSN", S(NationalId)),
        ("social_security", S(NationalId)),
        ("social_security_number", S(NationalId)),
        ("national_id", S(NationalId)),
        ("tax_id", S(NationalId)),
        ("passport_number", S(NationalId)),
        ("nino", S(NationalId)),
        ("tckn", S(NationalId)),
        ("tc_kimlik_no", S(NationalId)),
        ("tnin", S(NationalId)),
        ("drivers_license", S(NationalId)),
        ("bmi", S(HealthMetric)),
        ("BMI", S(HealthMetric)),
        ("bone_mass", S(HealthMetric)),
        ("boneMass", S(HealthMetric)),
        ("body_fat", S(HealthMetric)),
        ("bodyFat", S(HealthMetric)),
        ("muscle_mass", S(HealthMetric)),
        ("heart_rate", S(HealthMetric)),
        ("heartRate", S(HealthMetric)),
        ("resting_heart_rate", S(HealthMetric)),
        ("blood_pressure", S(HealthMetric)),
        ("systolic", S(HealthMetric)),
        ("diastolic", S(HealthMetric)),
        ("spo2", S(HealthMetric)),
        ("SpO2", S(HealthMetric)),
        ("blood_oxygen", S(HealthMetric)),
        ("visceral_fat", S(HealthMetric)),
        ("body_water", S(HealthMetric)),
        ("glucose", S(HealthMetric)),
        ("blood_sugar", S(HealthMetric)),
        ("muscle_rate", S(HealthMetric)),
        ("bmr", S(HealthMetric)),
        ("basal_metabolism", S(HealthMetric)),
        ("hrv", S(HealthMetric)),
        ("vo2max", S(HealthMetric)),
        ("VO2Max", S(HealthMetric)),
        ("body_fat_percentage", S(HealthMetric)),
        ("heart_rate_bpm", S(HealthMetric)),
        ("patient_weight", S(HealthMetric)),
        ("user_age", S(Demographic)),
    ]);
}

#[test]
fn contextual_english_keys() {
    check(&[
        ("name", C(PersonName)),
        ("Name", C(PersonName)),
        ("names", C(PersonName)),
        ("nick", C(Username)),
        ("nickname", C(Username)),
        ("pseudonym", C(Username)),
        ("taxvat", S(NationalId)),
        ("medical_conditions", S(HealthMetric)),
        ("hiv_status", S(HealthMetric)),
        ("drv_lic", S(NationalId)),
        ("recoveryCodes", C(Password)),
        ("otp_backup_codes", C(Password)),
        ("nick_name", C(Username)),
        ("user", C(Username)),
        ("owner", C(Username)),
        ("author", C(Username)),
        ("height", C(HealthMetric)),
        ("weight", C(HealthMetric)),
        ("weight_kg", C(HealthMetric)),
        ("weightKg", C(HealthMetric)),
        ("wt", C(HealthMetric)),
        ("wt_kg", C(HealthMetric)),
        ("ht", C(HealthMetric)),
        ("ht_cm", C(HealthMetric)),
        ("height_cm", C(HealthMetric)),
        ("size", C(HealthMetric)),
        ("water", C(HealthMetric)),
        ("protein", C(HealthMetric)),
        ("sleep", C(HealthMetric)),
        ("sleep_minutes", C(HealthMetric)),
        ("sleepMinutes", C(HealthMetric)),
        ("steps", C(HealthMetric)),
        ("calories", C(HealthMetric)),
        ("temperature", C(HealthMetric)),
        ("pulse", C(HealthMetric)),
        ("goal_weight", C(HealthMetric)),
        ("target_weight", C(HealthMetric)),
        ("waist", C(HealthMetric)),
        ("fat", C(HealthMetric)),
        ("age", C(Demographic)),
        ("Age", C(Demographic)),
        ("zip", C(PostalAddress)),
        ("zip_code", C(PostalAddress)),
        ("zipCode", C(PostalAddress)),
        ("postcode", C(PostalAddress)),
        ("postal_code", C(PostalAddress)),
        ("city", C(PostalAddress)),
        ("address", C(PostalAddress)),
        ("Address", C(PostalAddress)),
        ("addr", C(PostalAddress)),
        ("address1", C(PostalAddress)),
        ("address2", C(PostalAddress)),
        ("lat", C(GeoLocation)),
        ("lon", C(GeoLocation)),
        ("lng", C(GeoLocation)),
        ("latitude", C(GeoLocation)),
        ("longitude", C(GeoLocation)),
        ("location", C(GeoLocation)),
        ("geo", C(GeoLocation)),
        ("coordinates", C(GeoLocation)),
        ("gps", C(GeoLocation)),
        ("home_location", C(GeoLocation)),
        ("token", C(OauthToken)),
        ("Token", C(OauthToken)),
        ("session", C(OauthToken)),
        ("sessionid", C(OauthToken)),
        ("session_id", C(OauthToken)),
        ("sessionId", C(OauthToken)),
        ("auth", C(OauthToken)),
        ("foo_key", C(ApiKey)),
        ("widget_key", C(ApiKey)),
        ("card", C(PaymentCard)),
        ("wifi", C(WifiSsid)),
        ("SENTRY_DSN", C(ApiKey)),
        ("dsn", C(ApiKey)),
        ("pin", C(Password)),
        ("otp", C(Password)),
        ("passport", C(NationalId)),
        ("zorg_name", C(PersonName)),
        ("foo_token", C(OauthToken)),
        ("em", C(Email)),
        ("fn", C(PersonName)),
        ("ln", C(PersonName)),
    ]);
}

#[test]
fn german_keys() {
    check(&[
        ("koerperfett", S(HealthMetric)),
        ("körperfett", S(HealthMetric)),
        ("Körperfett", S(HealthMetric)),
        ("KOERPERFETT", S(HealthMetric)),
        ("geburtsdatum", S(DateOfBirth)),
        ("Geburtsdatum", S(DateOfBirth)),
        ("geburtsDatum", S(DateOfBirth)),
        ("geburts_datum", S(DateOfBirth)),
        ("geburtstag", S(DateOfBirth)),
        ("telefonnummer", S(Phone)),
        ("telefonNummer", S(Phone)),
        ("telefon", S(Phone)),
        ("handy", S(Phone)),
        ("handynummer", S(Phone)),
        ("mobilnummer", S(Phone)),
        ("emailadresse", S(Email)),
        ("email_adresse", S(Email)),
        ("E-Mail-Adresse", S(Email)),
        ("benutzername", S(Username)),
        ("Benutzername", S(Username)),
        ("benutzer_name", S(Username)),
        ("kennwort", S(Password)),
        ("passwort", S(Password)),
        ("Passwort", S(Password)),
        ("anschrift", S(PostalAddress)),
        ("strasse", S(PostalAddress)),
        ("straße", S(PostalAddress)),
        ("Straße", S(PostalAddress)),
        ("hausnummer", C(PostalAddress)),
        ("plz", C(PostalAddress)),
        ("PLZ", C(PostalAddress)),
        ("postleitzahl", C(PostalAddress)),
        ("ort", C(PostalAddress)),
        ("stadt", C(PostalAddress)),
        ("wohnort", C(PostalAddress)),
        ("adresse", C(PostalAddress)),
        ("groesse", C(HealthMetric)),
        ("größe", C(HealthMetric)),
        ("Größe", C(HealthMetric)),
        ("grösse", C(HealthMetric)),
        ("gewicht", C(HealthMetric)),
        ("Gewicht", C(HealthMetric)),
        ("geschlecht", S(Demographic)),
        ("Geschlecht", S(Demographic)),
        ("alter", C(Demographic)),
        ("steuer_id", S(NationalId)),
        ("steuerliche_identifikationsnummer", S(NationalId)),
        ("steuerId", S(NationalId)),
        ("steuernummer", S(NationalId)),
        ("personalausweis", S(NationalId)),
        ("kontonummer", S(Iban)),
        ("vorname", S(PersonName)),
        ("Vorname", S(PersonName)),
        ("nachname", S(PersonName)),
        ("kreditkarte", S(PaymentCard)),
        ("kartennummer", S(PaymentCard)),
        ("seriennummer", S(DeviceId)),
        ("blutdruck", S(HealthMetric)),
        ("koerpergewicht", S(HealthMetric)),
        ("körpergewicht", S(HealthMetric)),
        ("kunden_email", S(Email)),
        ("kunde_name", S(PersonName)),
        ("standort", C(GeoLocation)),
        ("ip_adresse", S(IpAddress)),
        ("mac_adresse", S(MacAddress)),
        ("wlan_name", S(WifiSsid)),
        ("e_mail_bestaetigt", M),
        ("dateiname", N),
        ("produktname", N),
        ("kundennummer", N),
        ("schriftgroesse", N),
        ("angelegt_am", M),
        ("letzte_anmeldung", M),
        ("email_bestaetigt", M),
    ]);
}

#[test]
fn french_and_spanish_keys() {
    check(&[
        ("courriel", S(Email)),
        ("correo", S(Email)),
        ("correo_electronico", S(Email)),
        ("adresse_email", S(Email)),
        ("direccion_correo", S(Email)),
        ("prenom", S(PersonName)),
        ("prénom", S(PersonName)),
        ("nom_de_famille", S(PersonName)),
        ("nombre", S(PersonName)),
        ("apellido", S(PersonName)),
        ("apellidos", S(PersonName)),
        ("nombre_cliente", S(PersonName)),
        ("nom", C(PersonName)),
        ("nom_utilisateur", S(Username)),
        ("nom d'utilisateur", S(Username)),
        ("usuario", S(Username)),
        ("nombre_usuario", S(Username)),
        ("nombre_de_usuario", S(Username)),
        ("téléphone", S(Phone)),
        ("telefono", S(Phone)),
        ("teléfono", S(Phone)),
        ("movil", S(Phone)),
        ("móvil", S(Phone)),
        ("numero_telefono", S(Phone)),
        ("numéro_de_téléphone", S(Phone)),
        ("calle", S(PostalAddress)),
        ("direccion", S(PostalAddress)),
        ("dirección", S(PostalAddress)),
        ("code_postal", C(PostalAddress)),
        ("codigo_postal", C(PostalAddress)),
        ("ville", C(PostalAddress)),
        ("ciudad", C(PostalAddress)),
        ("date_de_naissance", S(DateOfBirth)),
        ("fecha_nacimiento", S(DateOfBirth)),
        ("fecha_de_nacimiento", S(DateOfBirth)),
        ("fechaNacimiento", S(DateOfBirth)),
        ("sexe", S(Demographic)),
        ("sexo", S(Demographic)),
        ("edad", C(Demographic)),
        ("âge", C(Demographic)),
        ("mot_de_passe", S(Password)),
        ("motDePasse", S(Password)),
        ("mdp", S(Password)),
        ("contrasena", S(Password)),
        ("contraseña", S(Password)),
        ("direccion_ip", S(IpAddress)),
        ("adresse_ip", S(IpAddress)),
        ("numero_tarjeta", S(PaymentCard)),
        ("numero_de_carte", S(PaymentCard)),
        ("numero_cuenta", S(Iban)),
        ("dni", S(NationalId)),
        ("DNI", S(NationalId)),
        ("numero_securite_sociale", S(NationalId)),
        ("poids", C(HealthMetric)),
        ("peso", C(HealthMetric)),
        ("altura", C(HealthMetric)),
        ("frecuencia_cardiaca", S(HealthMetric)),
        ("fréquence_cardiaque", S(HealthMetric)),
        ("ubicacion", C(GeoLocation)),
        ("nombre_producto", N),
        ("nom_produit", N),
    ]);
}

#[test]
fn compounds_pick_the_specific_meaning() {
    check(&[
        ("mac_address", S(MacAddress)),
        ("email_address", S(Email)),
        ("ip_address", S(IpAddress)),
        ("remote_address", S(IpAddress)),
        ("wallet_address", N),
        ("walletAddress", N),
        ("eth_address", N),
        ("crypto_address", N),
        ("btcAddress", N),
        ("server_address", N),
        ("host_address", N),
        ("contract_address", N),
        ("public_key", N),
        ("publicKey", N),
        ("publishable_key", N),
        ("STRIPE_PUBLISHABLE_KEY", N),
        ("primary_key", N),
        ("sort_key", N),
        ("partition_key", N),
        ("foreign_key", N),
        ("cache_key", N),
        ("idempotency_key", N),
        ("Idempotency-Key", N),
        ("routing_key", N),
        ("object_key", N),
        ("key_id", M),
        ("keyboard", N),
        ("key", N),
        ("Key", N),
        ("keys", N),
        ("ssh_public_key", N),
        ("max_age", N),
        ("maxAge", N),
        ("max-age", N),
        ("age_rating", N),
        ("cache_age", N),
        ("message_age", N),
        ("font_weight", N),
        ("fontWeight", N),
        ("line_height", N),
        ("lineHeight", N),
        ("image_height", N),
        ("max_height", N),
        ("video_height", N),
        ("thumbnail_width", N),
        ("file_name", N),
        ("fileName", N),
        ("filename", N),
        ("host_name", N),
        ("hostname", N),
        ("app_name", N),
        ("appName", N),
        ("product_name", N),
        ("event_name", N),
        ("company_name", N),
        ("device_name", C(DeviceId)),
        ("table_name", N),
        ("name_server", N),
        ("namespace", N),
        ("user_agent", N),
        ("userAgent", N),
        ("User-Agent", N),
        ("user_id", N),
        ("userId", N),
        ("userID", N),
        ("customer_id", N),
        ("card_id", N),
        ("address_id", N),
        ("token_id", M),
        ("private_key_id", N),
        ("email_template", M),
        ("email_sha256", N),
        ("email_hash", N),
        ("phone_model", N),
        ("font_size", N),
        ("page_size", N),
        ("pet_name", N),
        ("pet_birthday", N),
        ("company_address", N),
        ("avg_weight", N),
        ("next_token", N),
        ("nextPageToken", N),
        ("page_token", N),
        ("continuation_token", N),
        ("csrf_token", N),
        ("street_name", S(PostalAddress)),
        ("city_name", C(PostalAddress)),
        ("size_name", N),
        ("user_role", N),
        ("user_data", N),
        ("DATABASE_URL", N),
        ("REDIS_URL", N),
        ("wifi_network", S(WifiSsid)),
    ]);
}

#[test]
fn meta_keys_are_not_pii() {
    check(&[
        ("email_verified", M),
        ("emailVerified", M),
        ("is_email_verified", M),
        ("email_verified_at", M),
        ("has_password", M),
        ("hasPassword", M),
        ("ssid_hidden", M),
        ("mfa_enabled", M),
        ("email_count", M),
        ("num_emails", M),
        ("password_changed_at", M),
        ("passwordChangedAt", M),
        ("password_policy", M),
        ("min_length", M),
        ("token_type", M),
        ("tokenType", M),
        ("expires_in", M),
        ("expiresIn", M),
        ("expires_at", M),
        ("scope", M),
        ("grant_type", M),
        ("TOKEN_TTL", M),
        ("secretKeyRef", M),
        ("secret_ref", M),
        ("secretRef", M),
        ("secret_name", M),
        ("secretName", M),
        ("key_name", M),
        ("token_name", M),
        ("password_reset_required", M),
        ("phone_confirmed", M),
        ("phoneConfirmed", M),
        ("phone_verified", M),
        ("wifi_enabled", M),
        ("is_mobile", M),
        ("address_type", M),
        ("password_length", M),
        ("password_age", M),
        ("max_password_age", M),
        ("key_size", M),
        ("name_length", M),
        ("password_strength", M),
        ("key_algorithm", M),
        ("token_expires_at", M),
        ("access_token_expires_in", M),
        ("last_login", M),
        ("lastLogin", M),
        ("last_login_at", M),
        ("login_count", M),
        ("user_type", M),
        ("show_email", M),
        ("email_format", M),
        ("phone_type", M),
        ("ssid_count", M),
        ("created_at", M),
    ]);
}

#[test]
fn look_alikes_are_not_pii() {
    check(&[
        ("public", N),
        ("publication", N),
        // A passenger is a person named, `pass` is no word of it.
        ("passenger", C(PersonName)),
        ("passengers", N),
        ("passenger_count", M),
        ("pass_rate", N),
        ("passRate", N),
        ("pass_mark", N),
        ("compass", N),
        ("bypass", N),
        ("passage", N),
        ("passes", N),
        ("passthrough", N),
        ("ownership", N),
        ("membership", N),
        ("relationship", N),
        ("company", N),
        ("agent", N),
        ("agenda", N),
        ("usage", N),
        ("image", N),
        ("page", N),
        ("message", N),
        ("language", N),
        ("average", N),
        ("storage", N),
        ("hotel", N),
        ("intel", N),
        ("platform", N),
        ("latency", N),
        ("lat_ms", N),
        ("lat_ns", N),
        ("latUs", N),
        ("home_lat", C(GeoLocation)),
        ("template", M),
        ("macro", N),
        ("machine", N),
        ("tokenizer", N),
        ("monkey", N),
        ("turkey", N),
        ("panel", N),
        ("japan", N),
        ("spanish", N),
        ("zipper", N),
        ("gzip", N),
        ("tooltip", N),
        ("chip", N),
        ("shipping", N),
        ("android", N),
        ("valid", M),
        ("dosage", N),
        ("voltage", N),
        ("cells", N),
        ("handler", N),
        ("pinned", N),
        ("spinner", N),
        ("sexy", N),
        ("essex", N),
        ("latest", N),
        ("plate", N),
        ("template_id", M),
        ("mailbox", N),
        ("voicemail", N),
        ("gmail", N),
        ("telemetry", N),
        ("firmware", N),
        ("title", N),
        ("description", N),
        ("id", N),
        ("_id", N),
        ("uuid", N),
        ("request_id", N),
        ("trace_id", N),
        ("sha", N),
        ("checksum", N),
        ("etag", N),
        ("version", N),
        ("firmware_ver", N),
        ("build", N),
        ("width", N),
        ("duration", N),
        ("codec", N),
        ("content-type", N),
        ("Content-Type", N),
        ("cache-control", N),
        ("accept-encoding", N),
        ("value", N),
        ("data", N),
        ("rows", N),
        ("columns", N),
        ("env", N),
        ("kind", N),
        ("", N),
        ("___", N),
        ("12345", N),
        ("f17", N),
        ("col3", N),
        ("v", N),
        ("x", N),
        ("y", N),
        ("price", N),
        ("plan", N),
        ("status", M),
        ("type", M),
        ("count", M),
        ("length", M),
        ("is_active", M),
        ("enabled", M),
    ]);
}

#[test]
fn sibling_and_parent_flags() {
    let sib = |k: &str| classify_key(k).sibling;
    let par = |k: &str| classify_key(k).parent;
    for k in [
        "email",
        "gender",
        "firstName",
        "user_id",
        "birthday",
        "phone",
        "email_verified",
    ] {
        assert!(sib(k).contains(ContextFlags::PERSON), "{k}");
    }
    for k in [
        "bmi",
        "body_fat",
        "bone_mass",
        "weight_kg",
        "heart_rate",
        "visceral_fat",
    ] {
        assert!(sib(k).contains(ContextFlags::HEALTH), "{k}");
    }
    for k in [
        "width",
        "duration",
        "codec",
        "mime",
        "fps",
        "bitrate",
        "resolution",
        "aspect_ratio",
        "src",
        "thumbnail",
        "mimeType",
    ] {
        assert!(sib(k).contains(ContextFlags::MEDIA), "{k}");
    }
    for k in [
        "font_family",
        "fontFamily",
        "font_style",
        "italic",
        "typeface",
        "font_weight",
    ] {
        assert!(sib(k).contains(ContextFlags::FONT), "{k}");
    }
    for k in [
        "tracking_number",
        "carrier",
        "length",
        "depth",
        "dimensions",
        "shipment",
    ] {
        assert!(sib(k).contains(ContextFlags::PARCEL), "{k}");
    }
    for k in [
        "doc_count",
        "avg",
        "sum",
        "min",
        "max",
        "buckets",
        "percentiles",
        "value_count",
    ] {
        assert!(sib(k).contains(ContextFlags::AGGREGATE), "{k}");
    }
    for k in [
        "content-type",
        "cache-control",
        "user-agent",
        "accept-encoding",
        "Content-Length",
    ] {
        assert!(sib(k).contains(ContextFlags::HTTP_HEADERS), "{k}");
    }
    for k in ["mac", "serial", "firmware", "model", "device_type", "imei"] {
        assert!(sib(k).contains(ContextFlags::DEVICE), "{k}");
    }
    for k in ["ssid", "channel", "rssi"] {
        assert!(sib(k).contains(ContextFlags::WIFI), "{k}");
    }
    assert!(sib("bssid").contains(ContextFlags::DEVICE));
    assert!(sib("bssid").contains(ContextFlags::WIFI));
    for k in ["lat", "lon", "address", "zip", "city", "latitude"] {
        assert!(sib(k).contains(ContextFlags::GEO), "{k}");
    }
    for k in [
        "name", "key", "variable", "field", "header", "param", "Name",
    ] {
        assert!(sib(k).contains(ContextFlags::PAIR_NAME), "{k}");
    }
    for k in ["value", "val", "valueFrom", "stringValue"] {
        assert!(sib(k).contains(ContextFlags::PAIR_VALUE), "{k}");
    }
    for k in ["columns", "fields", "headers", "column_names"] {
        assert!(sib(k).contains(ContextFlags::COLUMNS), "{k}");
    }
    for k in ["rows", "values", "records", "data"] {
        assert!(sib(k).contains(ContextFlags::ROWS), "{k}");
    }
    for k in ["env", "secrets", "credentials", "config", "kind"] {
        assert!(sib(k).contains(ContextFlags::SECRETS), "{k}");
    }
    for k in [
        "request_id",
        "trace_id",
        "sha",
        "hash",
        "checksum",
        "etag",
        "version",
        "firmware_ver",
        "build",
    ] {
        assert!(sib(k).contains(ContextFlags::TECHNICAL), "{k}");
    }
    for k in [
        "product",
        "sku",
        "price",
        "app",
        "company",
        "org",
        "service",
        "team",
        "project",
        "repo",
        "brand",
        "category",
        "title",
        "description",
    ] {
        assert!(sib(k).contains(ContextFlags::THING), "{k}");
    }

    for k in [
        "user",
        "users",
        "profile",
        "customer",
        "account",
        "member",
        "patient",
        "person",
        "contact",
        "owner",
        "author",
        "employee",
        "driver",
        "subscriber",
        "benutzer",
        "kunde",
        "customers",
        "members",
    ] {
        assert!(par(k).contains(ContextFlags::PERSON), "{k}");
    }
    for k in [
        "measurements",
        "weighings",
        "vitals",
        "scale",
        "health",
        "biometrics",
        "samples",
    ] {
        assert!(par(k).contains(ContextFlags::HEALTH), "{k}");
    }
    for k in [
        "video",
        "videos",
        "image",
        "images",
        "thumbnail",
        "thumbnails",
        "media",
        "poster",
        "photo",
    ] {
        assert!(par(k).contains(ContextFlags::MEDIA), "{k}");
    }
    for k in ["font", "fonts", "typography"] {
        assert!(par(k).contains(ContextFlags::FONT), "{k}");
    }
    for k in ["parcel", "package", "shipment"] {
        assert!(par(k).contains(ContextFlags::PARCEL), "{k}");
    }
    for k in ["aggregations", "aggs", "stats", "buckets", "summary"] {
        assert!(par(k).contains(ContextFlags::AGGREGATE), "{k}");
    }
    for k in [
        "headers",
        "request_headers",
        "response_headers",
        "requestHeaders",
    ] {
        assert!(par(k).contains(ContextFlags::HTTP_HEADERS), "{k}");
    }
    for k in ["device", "devices", "sensors"] {
        assert!(par(k).contains(ContextFlags::DEVICE), "{k}");
    }
    for k in [
        "wifi",
        "wlan",
        "network",
        "networks",
        "access_points",
        "accessPoints",
    ] {
        assert!(par(k).contains(ContextFlags::WIFI), "{k}");
    }
    for k in ["home", "location", "geo", "address"] {
        assert!(par(k).contains(ContextFlags::GEO), "{k}");
    }
    for k in ["env", "secrets", "credentials", "data", "stringData"] {
        assert!(par(k).contains(ContextFlags::SECRETS), "{k}");
    }
    for k in [
        "product", "products", "app", "apps", "company", "org", "service", "repo",
    ] {
        assert!(par(k).contains(ContextFlags::THING), "{k}");
    }
    assert!(par("avg_weight").contains(ContextFlags::AGGREGATE));
    assert!(sib("font_weight").contains(ContextFlags::FONT));
    assert!(!sib("email").contains(ContextFlags::MEDIA));
    assert!(classify_key("passenger").sibling.is_empty());
}

#[test]
fn confidence_and_evidence() {
    let email = classify_key("user_email");
    assert_eq!(email.evidence, "key:email");
    assert!(email.confidence >= 0.85);
    let ssid = classify_key("ssid");
    assert_eq!(ssid.evidence, "key:ssid");
    let weight = classify_key("weight");
    assert_eq!(weight.evidence, "key:weight");
    assert!(weight.confidence > 0.4 && weight.confidence < 0.8);
    let stripe = classify_key("STRIPE_KEY");
    assert_eq!(stripe.evidence, "key:api_key");
    let weak = classify_key("zorg_name");
    assert!(weak.confidence < classify_key("name").confidence);
    assert_eq!(classify_key("email_verified").evidence, "key:meta");
    assert_eq!(classify_key("public_key").evidence, "");
}

#[test]
fn classification_is_deterministic_and_total() {
    for key in [
        "a".repeat(10_000),
        "aA".repeat(5_000),
        "_".repeat(1000),
        "email_".repeat(1000),
        "userEmailAddressPasswordHash".repeat(50),
        "ünïcødé-ключ-名前".to_string(),
        "\u{0}\u{1}\u{7f}".to_string(),
        "passwordpasswordpasswordpasswordpassword".to_string(),
    ] {
        assert_eq!(classify_key(&key), classify_key(&key));
    }
    // The head is judged from the end of long keys.
    assert_eq!(
        classify_key(&format!("{}email", "x_".repeat(100))).category,
        Some(Email)
    );
    assert_eq!(split_words("wt_kg"), ["wt", "kg"]);
}

#[test]
fn second_round_cases() {
    check(&[
        ("steps_count", C(HealthMetric)),
        ("user_default_address", S(PostalAddress)),
        ("customer_current_weight", S(HealthMetric)),
        ("step_count", C(HealthMetric)),
        ("avgHeartRate", C(HealthMetric)),
        ("max_heart_rate", C(HealthMetric)),
        ("avg_bmi", C(HealthMetric)),
        ("friendlyName", S(DeviceId)),
        ("deviceTypeFriendlyName", N),
        ("model_friendly_name", N),
        ("did", S(DeviceId)),
        ("avg_weight", N),
        ("app_display_name", N),
        ("first", C(PersonName)),
        ("last", C(PersonName)),
        ("given", C(PersonName)),
        ("first_seen", M),
        ("first_login", M),
        ("place_of_birth", C(PostalAddress)),
        ("birthplace", C(PostalAddress)),
        ("wpa_key", S(Password)),
        ("pre_shared_key", S(Password)),
        ("psk", S(Password)),
        ("wifi_key", S(Password)),
        ("VAULT_TOKEN", S(ApiKey)),
        ("config_name", N),
        ("bank_name", N),
        ("school_name", N),
        ("height_px", N),
        ("shipping_weight", N),
        ("shipping_zip", S(PostalAddress)),
        ("shipping_street", S(PostalAddress)),
        ("billing_first_name", S(PersonName)),
        ("upstream_addr", N),
        ("impedance", C(HealthMetric)),
        ("deviceSerialNumber", S(DeviceId)),
        ("http_x_forwarded_for", S(IpAddress)),
        ("lastSignInTime", M),
        ("resetPasswordExpires", M),
        ("photoURL", N),
        ("requester_email", S(Email)),
        ("package_weight", N),
        ("screen_height", N),
        ("cpu_temperature", N),
        ("account_age", N),
        ("token_age", M),
        ("age_days", C(Demographic)),
        ("ems", N),
        ("MAIL_FROM_ADDRESS", S(Email)),
        ("MAIL_USERNAME", S(Username)),
        ("SMTP_PASS", S(Password)),
        ("DB_USER", C(Username)),
        ("POSTGRES_USER", C(Username)),
        ("DB_NAME", N),
        ("DB_HOST", N),
        ("REDIS_PASSWORD", S(Password)),
        ("RABBITMQ_DEFAULT_PASS", S(Password)),
        ("DISCORD_BOT_TOKEN", S(ApiKey)),
        ("HUGGINGFACE_HUB_TOKEN", S(ApiKey)),
        ("CI_JOB_TOKEN", S(ApiKey)),
        ("DJANGO_SECRET_KEY", S(ApiKey)),
        ("GOOGLE_MAPS_API_KEY", S(ApiKey)),
        ("api_key_name", M),
        ("api_version", N),
        ("client_id", N),
        ("clientId", N),
        ("app_id", N),
        ("tenant_id", N),
        ("card_last4", M),
        ("card_brand", N),
        ("card_type", M),
        ("credit_card_expiry", C(PaymentCard)),
        ("routing_number", S(Iban)),
        ("allowed_ips", S(IpAddress)),
        ("gateway_ip", S(IpAddress)),
        ("bearer_token", S(OauthToken)),
        ("x-auth-token", S(OauthToken)),
        ("password_reset_token", S(OauthToken)),
        ("email_verification_token", C(OauthToken)),
        ("api_token", S(ApiKey)),
        ("token_secret", S(ApiKey)),
        ("access_token_secret", S(ApiKey)),
        ("mobile_phone", S(Phone)),
        ("marital_status", S(Demographic)),
        ("birth_year", S(DateOfBirth)),
        ("year_of_birth", S(DateOfBirth)),
        ("bodyWeight", S(HealthMetric)),
        ("weightInKg", C(HealthMetric)),
        ("weight_unit", M),
        ("blood_pressure_systolic", S(HealthMetric)),
        ("address_street", S(PostalAddress)),
        ("address.city", C(PostalAddress)),
        ("user_lat", S(GeoLocation)),
        ("lat_lng", C(GeoLocation)),
        ("doctor_name", S(PersonName)),
        ("emergency_contact_phone", S(Phone)),
        ("parent_email", S(Email)),
        ("cookie", N),
        ("Set-Cookie", N),
        ("session_cookie", C(OauthToken)),
        ("state", N),
        ("nonce", N),
        ("code", N),
        ("passwordless", N),
        ("user_email_hash", N),
    ]);
}

#[test]
fn kubernetes_and_cloud_keys() {
    check(&[
        ("tls.key", S(PrivateKey)),
        ("ssh-privatekey", S(PrivateKey)),
        ("id_rsa", S(PrivateKey)),
        ("id_rsa.pub", N),
        ("authorized_keys", N),
        ("known_hosts", N),
        ("tls.crt", N),
        ("client-key-data", S(PrivateKey)),
        ("client-certificate-data", N),
        ("serviceAccountName", N),
        ("namespace", N),
        ("secretKeyRef", M),
        ("configMapKeyRef", M),
        ("private_key_id", N),
        ("client_email", S(Email)),
        ("auth_uri", N),
        ("token_uri", N),
        ("expiry_date", M),
        ("aws_session_token", S(OauthToken)),
        ("account_name", C(Username)),
    ]);
    let env = classify_key("env");
    assert!(
        env.sibling.contains(ContextFlags::SECRETS) && env.parent.contains(ContextFlags::SECRETS)
    );
    assert!(classify_key("valueFrom")
        .sibling
        .contains(ContextFlags::PAIR_VALUE));
    assert!(
        classify_key("avatar_url").sibling.is_empty(),
        "an avatar does not make a record media"
    );
    assert!(classify_key("avatar").parent.contains(ContextFlags::MEDIA));
    assert!(!classify_key("url").sibling.contains(ContextFlags::THING));
    assert!(!classify_key("summary")
        .sibling
        .contains(ContextFlags::AGGREGATE));
}

#[test]
fn more_european_keys() {
    check(&[
        ("kundenname", S(PersonName)),
        ("kunden_email", S(Email)),
        ("kundenemail", S(Email)),
        ("benutzerpasswort", S(Password)),
        ("benutzer_passwort", S(Password)),
        ("geburtsort", C(PostalAddress)),
        ("alter_jahre", C(Demographic)),
        ("gewicht_kg", C(HealthMetric)),
        ("groesse_cm", C(HealthMetric)),
        ("körpergröße", S(HealthMetric)),
        ("anrede", S(Demographic)),
        ("name_kunde", S(PersonName)),
        ("identifiant", C(Username)),
        ("lieu_de_naissance", C(PostalAddress)),
        ("numero_documento", S(NationalId)),
        ("nombre_completo", S(PersonName)),
        ("primer_apellido", S(PersonName)),
        ("genero", S(Demographic)),
        ("estatura", C(HealthMetric)),
        ("celular", S(Phone)),
        ("numero_de_telephone", S(Phone)),
        ("adresse_postale", S(PostalAddress)),
        ("taille", C(HealthMetric)),
    ]);
}

#[test]
fn indonesian_vietnamese_czech_hungarian_romanian_keys() {
    check(&[
        ("nama_lengkap", S(PersonName)),
        ("nama", C(PersonName)),
        ("alamat", S(PostalAddress)),
        ("kode_pos", S(PostalAddress)),
        ("tanggal_lahir", S(DateOfBirth)),
        ("tempat_lahir", C(PostalAddress)),
        ("jenis_kelamin", S(Demographic)),
        ("kata_sandi", S(Password)),
        ("nomor_telepon", S(Phone)),
        ("no_hp", S(Phone)),
        ("ho_ten", S(PersonName)),
        ("ngay_sinh", S(DateOfBirth)),
        ("dia_chi", S(PostalAddress)),
        ("so_dien_thoai", S(Phone)),
        ("mat_khau", S(Password)),
        ("gioi_tinh", S(Demographic)),
        ("prijmeni", S(PersonName)),
        ("příjmení", S(PersonName)),
        ("datum_narozeni", S(DateOfBirth)),
        ("heslo", S(Password)),
        ("vezetekNev", S(PersonName)),
        ("születési_dátum", S(DateOfBirth)),
        ("jelszó", S(Password)),
        ("prenume", S(PersonName)),
        ("data_nasterii", S(DateOfBirth)),
        ("parola", N),
        // English words that share a spelling stay what they are.
        ("ten", N),
        ("notes", N),
    ]);
}

#[test]
fn special_category_keys() {
    check(&[
        ("religious_affiliation", S(Demographic)),
        ("political_party", S(Demographic)),
        ("party_affiliation", S(Demographic)),
        ("trade_union", S(Demographic)),
        ("union_member", S(Demographic)),
        ("gewerkschaft", S(Demographic)),
        ("faith", C(Demographic)),
        ("global_name", C(PersonName)),
        ("denomination", C(Demographic)),
        // A union of types, a party to a contract.
        ("union", N),
        ("party", N),
    ]);
}

#[test]
fn greek_keys() {
    check(&[
        ("επώνυμο", S(PersonName)),
        ("ΕΠΩΝΥΜΟ", S(PersonName)),
        ("ονοματεπώνυμο", S(PersonName)),
        ("όνομα", C(PersonName)),
        ("eponymo", S(PersonName)),
        ("onoma", C(PersonName)),
        ("ημερομηνία_γέννησης", S(DateOfBirth)),
        ("τηλέφωνο", S(Phone)),
        ("κινητό", S(Phone)),
        ("διεύθυνση", S(PostalAddress)),
        ("φύλο", S(Demographic)),
        ("κωδικός_πρόσβασης", S(Password)),
        // A code is no password.
        ("κωδικός", N),
    ]);
}

#[test]
fn turkish_and_russian_keys() {
    check(&[
        ("soyad", S(PersonName)),
        ("soyadı", S(PersonName)),
        ("ad_soyad", S(PersonName)),
        ("isim", C(PersonName)),
        ("dogum_tarihi", S(DateOfBirth)),
        ("doğum_tarihi", S(DateOfBirth)),
        ("cinsiyet", S(Demographic)),
        ("sifre", S(Password)),
        ("şifre", S(Password)),
        ("kullanici_adi", S(Username)),
        ("kullanıcı_adı", S(Username)),
        ("familiya", S(PersonName)),
        ("data_rozhdeniya", S(DateOfBirth)),
        ("фамилия", S(PersonName)),
        ("имя", C(PersonName)),
        ("дата_рождения", S(DateOfBirth)),
        ("пароль", S(Password)),
        ("телефон", S(Phone)),
        ("адрес", S(PostalAddress)),
        ("инн", S(NationalId)),
        // `ad` alone is an advertisement in English keys.
        ("ad", N),
    ]);
}

#[test]
fn glued_compounds() {
    check(&[
        ("clientip", S(IpAddress)),
        ("useremail", S(Email)),
        ("customeremail", S(Email)),
        ("mysqlpassword", S(Password)),
        ("MYSQLPASSWORD", S(Password)),
        ("sendgridtoken", S(ApiKey)),
        ("zorgtoken", C(OauthToken)),
        ("corpemail", S(Email)),
        ("homewifissid", S(WifiSsid)),
        ("cc", C(Email)),
        ("bcc", C(Email)),
        ("reply_to", S(Email)),
        ("chip", N),
        ("tooltip", N),
        ("worship", N),
        ("keytoken", S(OauthToken)),
        ("homeowner", N),
        ("middleweight", N),
        ("geophone", N),
    ]);
}

mod props {
    use super::super::{classify_key, split_words, KeyStrength};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn invariants_hold_for_any_key(key in "\\PC{0,60}") {
            let info = classify_key(&key);
            prop_assert_eq!(info, classify_key(&key));
            if info.is_meta {
                prop_assert!(info.category.is_none());
            }
            match info.category {
                Some(_) => {
                    prop_assert!(info.strength != KeyStrength::None);
                    prop_assert!(info.confidence > 0.0 && info.confidence <= 1.0);
                    prop_assert!(info.evidence.starts_with("key:"));
                }
                None => prop_assert_eq!(info.strength, KeyStrength::None),
            }
            for w in split_words(&key) {
                prop_assert!(!w.is_empty());
                prop_assert!(w.chars().all(char::is_alphanumeric));
            }
        }

        #[test]
        fn casing_and_separators_do_not_matter(
            words in proptest::collection::vec(
                prop::sample::select(vec![
                    "user", "email", "first", "name", "password", "hash", "ip", "address",
                    "body", "fat", "verified", "at", "max", "age", "api", "key", "public",
                ]),
                1..4,
            )
        ) {
            let snake = words.join("_");
            let kebab = words.join("-");
            let upper = snake.to_uppercase();
            let camel: String = words
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    if i == 0 {
                        w.to_string()
                    } else {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect())
                            .unwrap_or_default()
                    }
                })
                .collect();
            let a = classify_key(&snake);
            prop_assert_eq!(a, classify_key(&kebab));
            prop_assert_eq!(a, classify_key(&upper));
            prop_assert_eq!(a, classify_key(&camel));
        }
    }
}

#[test]
fn generated_ids_as_keys_name_nothing() {
    for k in ["-NqX3kLnA1b2C3d4E5f6", "aB3dE5fG7hLn", "aB3dE5fG7h"] {
        assert_eq!(classify_key(k).category, None, "{k}");
    }
    // Keys with words, or without digits, are read as usual.
    assert_eq!(
        classify_key("ipV4Address").category,
        Some(Category::IpAddress)
    );
    assert_eq!(
        classify_key("firstName2").category,
        Some(Category::PersonName)
    );
    assert_eq!(classify_key("fn").category, Some(Category::PersonName));
    // Before unknown words a short form is no field's: CloudFormation.
    for k in ["Fn::GetAtt", "Fn::Join", "Fn::Sub", "fn_get_att"] {
        assert_eq!(classify_key(k).category, None, "{k}");
    }
    assert_eq!(classify_key("user_fn").category, Some(Category::PersonName));
    // Short words of the lexicon in Hungarian notation.
    assert_eq!(
        classify_key("strAddrLine1").category,
        Some(Category::PostalAddress)
    );
    assert_eq!(
        classify_key("VO2Max").category,
        Some(Category::HealthMetric)
    );
}

#[test]
fn version_stamps_are_no_keys() {
    assert_eq!(classify_key("changeKey").category, None);
    assert_eq!(classify_key("change_key").category, None);
    assert_eq!(classify_key("signing_key").category, Some(Category::ApiKey));
}

#[test]
fn search_multi_field_copies_read_as_their_field() {
    for (k, c) in [
        ("name.keyword", Category::PersonName),
        ("email.raw", Category::Email),
        ("user.name.keyword", Category::Username),
        ("customer_full_name.keyword", Category::PersonName),
    ] {
        assert_eq!(classify_key(k).category, Some(c), "{k}");
    }
    // The suffix alone, or a field that merely ends in the word, is no copy.
    assert_eq!(classify_key(".keyword").category, None);
    assert_eq!(classify_key("keyword").category, None);
}

#[test]
fn italian_keys() {
    check(&[
        ("nome", C(PersonName)),
        ("cognome", S(PersonName)),
        ("nome_completo", S(PersonName)),
        ("data_nascita", S(DateOfBirth)),
        ("dataNascita", S(DateOfBirth)),
        ("data_di_nascita", S(DateOfBirth)),
        ("nascita", C(DateOfBirth)),
        ("luogo_nascita", C(PostalAddress)),
        ("luogo_di_nascita", C(PostalAddress)),
        ("sesso", S(Demographic)),
        ("indirizzo", S(PostalAddress)),
        ("civico", C(PostalAddress)),
        ("numero_civico", C(PostalAddress)),
        ("comune", C(PostalAddress)),
        ("città", C(PostalAddress)),
        ("localita", C(PostalAddress)),
        ("cap", C(PostalAddress)),
        ("CAP", C(PostalAddress)),
        ("telefono", S(Phone)),
        ("telefono_fisso", S(Phone)),
        ("cellulare", S(Phone)),
        ("codice_fiscale", S(NationalId)),
        ("carta_identita", S(NationalId)),
        ("stato_civile", S(Demographic)),
        ("nazionalità", C(Demographic)),
        ("peso", C(HealthMetric)),
        ("altezza", C(HealthMetric)),
        // A company's VAT number names no person.
        ("partita_iva", N),
        ("piva", N),
        // `cap` is a limit anywhere but alone, `eta` an arrival time,
        // `provincia` a region, `via` an HTTP header outside an address.
        ("rate_cap", N),
        ("cap_limit", N),
        ("max_cap", N),
        ("eta", N),
        ("eta_minutes", N),
        ("provincia", N),
        ("via", N),
    ]);
}

#[test]
fn dutch_keys() {
    check(&[
        ("voornaam", S(PersonName)),
        ("voornamen", S(PersonName)),
        ("voorletters", S(PersonName)),
        ("tussenvoegsel", S(PersonName)),
        ("geslachtsnaam", S(PersonName)),
        ("achternaam", S(PersonName)),
        ("roepnaam", S(PersonName)),
        ("voorvoegsel", C(PersonName)),
        ("geslacht", S(Demographic)),
        ("aanhef", S(Demographic)),
        ("geboortedatum", S(DateOfBirth)),
        ("geboortejaar", S(DateOfBirth)),
        ("geboorteplaats", C(PostalAddress)),
        ("straat", S(PostalAddress)),
        ("straatnaam", S(PostalAddress)),
        ("woonadres", S(PostalAddress)),
        ("huisnummer", C(PostalAddress)),
        ("huisletter", C(PostalAddress)),
        ("huisnummertoevoeging", C(PostalAddress)),
        ("toevoeging", C(PostalAddress)),
        ("postcode", C(PostalAddress)),
        ("woonplaats", C(PostalAddress)),
        ("plaats", C(PostalAddress)),
        ("verblijfplaats", C(PostalAddress)),
        ("telefoonnummer", S(Phone)),
        ("mobiel", C(Phone)),
        ("mobiel_nummer", S(Phone)),
        ("bsn", S(NationalId)),
        ("leeftijd", C(Demographic)),
        ("nationaliteit", C(Demographic)),
        ("burgerlijke_staat", S(Demographic)),
        ("gewicht", C(HealthMetric)),
        ("lengte", C(HealthMetric)),
        // A length after another head is its length.
        ("naam_lengte", M),
        ("kvk_nummer", N),
    ]);
}

#[test]
fn portuguese_keys() {
    check(&[
        ("nome", C(PersonName)),
        ("sobrenome", S(PersonName)),
        ("nome_completo", S(PersonName)),
        ("data_nascimento", S(DateOfBirth)),
        ("data_de_nascimento", S(DateOfBirth)),
        ("dt_nascimento", S(DateOfBirth)),
        ("nascimento", C(DateOfBirth)),
        ("naturalidade", C(PostalAddress)),
        ("sexo", S(Demographic)),
        ("idade", C(Demographic)),
        ("nacionalidade", C(Demographic)),
        ("cpf", S(NationalId)),
        ("rg", C(NationalId)),
        ("numero_rg", C(NationalId)),
        ("endereco", S(PostalAddress)),
        ("endereço", S(PostalAddress)),
        ("logradouro", S(PostalAddress)),
        ("morada", S(PostalAddress)),
        ("complemento", C(PostalAddress)),
        ("bairro", C(PostalAddress)),
        ("cidade", C(PostalAddress)),
        ("cep", C(PostalAddress)),
        ("telefone", S(Phone)),
        ("telefone_celular", S(Phone)),
        ("telefone_fixo", S(Phone)),
        ("celular", S(Phone)),
        ("peso", C(HealthMetric)),
        ("altura", C(HealthMetric)),
        // A company's tax number; a state and its code are regions; a
        // bare `numero` is any number (a house number only in an address).
        ("cnpj", N),
        ("estado", N),
        ("uf", N),
        ("numero", N),
        ("numero_pedido", N),
    ]);
}

#[test]
fn more_french_keys() {
    check(&[
        ("civilite", S(Demographic)),
        ("civilité", S(Demographic)),
        ("nom", C(PersonName)),
        ("prenom", S(PersonName)),
        ("nom_de_famille", S(PersonName)),
        ("date_de_naissance", S(DateOfBirth)),
        ("lieu_de_naissance", C(PostalAddress)),
        ("sexe", S(Demographic)),
        ("adresse", C(PostalAddress)),
        ("voie", C(PostalAddress)),
        ("nom_voie", C(PostalAddress)),
        ("libelle_voie", C(PostalAddress)),
        ("numero_voie", C(PostalAddress)),
        ("complement_adresse", C(PostalAddress)),
        ("code_postal", C(PostalAddress)),
        ("ville", C(PostalAddress)),
        ("telephone", S(Phone)),
        ("portable", C(Phone)),
        ("nir", S(NationalId)),
        ("numero_secu", S(NationalId)),
        ("poids", C(HealthMetric)),
        ("taille", C(HealthMetric)),
        // A file's size; a bare complement is an address part only inside
        // an address object.
        ("taille_fichier", N),
        ("complement", N),
        ("type_voie", N),
    ]);
}

#[test]
fn legacy_and_sql_dump_spellings() {
    for (k, c) in [
        ("CUST_NM", Category::PersonName),
        ("FIRSTNM", Category::PersonName),
        ("MIDDLE_INIT", Category::PersonName),
        ("pt_dob", Category::DateOfBirth),
        ("pt_wt", Category::HealthMetric),
        ("GNDR_CD", Category::Demographic),
        ("BRTH_DT", Category::DateOfBirth),
        ("soc_sec_no", Category::NationalId),
        ("dl_num", Category::NationalId),
        ("ZIP_CD", Category::PostalAddress),
        ("ADDR_LN1", Category::PostalAddress),
        ("usrname", Category::Username),
        ("samAccountName", Category::Username),
        ("bp_sys", Category::HealthMetric),
        ("o2_sat", Category::HealthMetric),
        ("WRK_PHN", Category::Phone),
        ("refresh_tkn", Category::OauthToken),
        ("acct_num", Category::Iban),
        ("homelat", Category::GeoLocation),
        ("imei_no", Category::DeviceId),
    ] {
        assert_eq!(classify_key(k).category, Some(c), "{k}");
    }
    // A unit after other words, and other meanings of the short forms.
    for k in ["font_size_pt", "margin_pt", "distance_nm"] {
        assert_ne!(classify_key(k).category, Some(Category::PersonName), "{k}");
    }
}

#[test]
fn company_registers_and_statistics_tables() {
    // VAT numbers are a business's; register keys mark an organisation.
    check(&[
        ("vat_id", N),
        ("vatNumber", N),
        ("USt-IdNr", N),
        ("UStIdNr", N),
        ("numero_tva", N),
        ("company_number", N),
        ("Handelsregister", N),
        ("premises", C(PostalAddress)),
    ]);
    let sib = |k: &str| classify_key(k).sibling;
    for k in [
        "Handelsregister",
        "Registergericht",
        "Rechtsform",
        "company_number",
        "incorporation_date",
        "legal_form",
        "siret",
    ] {
        assert!(sib(k).contains(ContextFlags::REGISTRY), "{k}");
    }
    let par = |k: &str| classify_key(k).parent;
    for k in ["statistik", "Statistiken", "estadisticas", "statistiques"] {
        assert!(par(k).contains(ContextFlags::AGGREGATE), "{k}");
    }
    for k in [
        "officers",
        "directors",
        "Geschaeftsfuehrer",
        "gesellschafter",
    ] {
        assert!(par(k).contains(ContextFlags::PERSON), "{k}");
    }
}

#[test]
fn voter_files_schools_and_payments() {
    check(&[
        ("race_code", C(Demographic)),
        ("age_at_year_end", C(Demographic)),
        ("mail_addr1", S(PostalAddress)),
        ("MAIL_ADDR2", S(PostalAddress)),
        ("mail_addr", S(Email)),
        ("admin_area_2", C(PostalAddress)),
        ("national_identification_number", S(NationalId)),
        ("mother", C(PersonName)),
        ("father", C(PersonName)),
        ("attention", C(PersonName)),
        ("care_of", C(PersonName)),
        ("maintainer", C(Username)),
        ("authorString", C(Username)),
        ("advertiser_id", S(DeviceId)),
        ("device_advertiser_id", S(DeviceId)),
        // Settings and counters.
        ("billing_address_collection", N),
        ("shipping_address_collection", N),
        ("last_serial", N),
    ]);
    // A parent's key still holds the parent's record.
    assert!(classify_key("mother").parent.contains(ContextFlags::PERSON));
    // An institution's object holds the institution's name and phone.
    for k in [
        "school",
        "hospital",
        "employer",
        "organization",
        "merchant",
        "companies",
    ] {
        assert!(classify_key(k).parent.contains(ContextFlags::PLACE), "{k}");
    }
}

#[test]
fn generated_spellings_second_round() {
    check(&[
        // Middle names and initials.
        ("mname", S(PersonName)),
        ("MIDDLE_NM", S(PersonName)),
        ("strMiddleName", S(PersonName)),
        ("middle", C(PersonName)),
        ("mi", C(PersonName)),
        ("MI", C(PersonName)),
        ("EMP_MI", C(PersonName)),
        ("member_mi", C(PersonName)),
        ("user.mi", C(PersonName)),
        ("accountMi", C(PersonName)),
        ("device_mi", N),
        ("distance_mi", C(HealthMetric)),
        // Name parts after entity prefixes, and what is no name part.
        ("c_first", C(PersonName)),
        ("u_last", C(PersonName)),
        ("memberLast", C(PersonName)),
        ("strFirst", C(PersonName)),
        ("employee.first", C(PersonName)),
        ("pt_first", C(PersonName)),
        ("forename", S(PersonName)),
        ("FamilyNm", S(PersonName)),
        ("fst_nm", S(PersonName)),
        ("DEV_FIRST", N),
        ("nulls_last", N),
        ("is_last", M),
        ("last_login", M),
        ("first_seen", M),
        // Entity prefixes of SQL dumps qualify as a person.
        ("cust_name", S(PersonName)),
        ("CUST_NAME", S(PersonName)),
        ("emp_first_nm", S(PersonName)),
        ("MBR_DOB", S(DateOfBirth)),
        // `acct`: a handle or, in digits, an account number (decided by the
        // value); before other words the account holder's.
        ("acct", S(Username)),
        ("ACCT", S(Username)),
        ("acct_num", S(Iban)),
        ("ACCT_NBR", S(Iban)),
        ("dda_no", S(Iban)),
        ("acct_address", C(PostalAddress)),
        ("ACCT_ADDR_1", C(PostalAddress)),
        ("acct_age", M),
        // ABA routing numbers.
        ("routing_number", S(Iban)),
        ("routingNo", S(Iban)),
        ("ROUTINGNUMBER", S(Iban)),
        ("aba", S(Iban)),
        ("customerAba", S(Iban)),
        ("acct_routing_no", S(Iban)),
        ("RTN", S(Iban)),
        ("routing", N),
        ("routing_key", N),
        // Card expiry dates (the object and the value decide).
        ("exp", C(PaymentCard)),
        ("EXP", C(PaymentCard)),
        ("member_exp", C(PaymentCard)),
        ("exp_date", C(PaymentCard)),
        ("CcExp", C(PaymentCard)),
        ("CC_EXP_DT", C(PaymentCard)),
        ("card_expiry", C(PaymentCard)),
        ("cardExpiry", C(PaymentCard)),
        ("token_exp", M),
        ("password_exp", M),
        ("expires_at", M),
        ("expiry_date", M),
        // Device ids.
        ("dev_id", S(DeviceId)),
        ("devId", S(DeviceId)),
        ("DEVID", S(DeviceId)),
        ("Dev Id", S(DeviceId)),
        ("d_dev_id", S(DeviceId)),
        ("strDevId", S(DeviceId)),
        // Where someone lives.
        ("residence", C(PostalAddress)),
        ("c_residence", C(PostalAddress)),
        ("country_of_residence", N),
        ("residence_country", N),
        ("residence_type", M),
        ("residence_lat", S(GeoLocation)),
        // Other legacy spellings.
        ("cp", C(PostalAddress)),
        ("cp_limit", N),
        ("sn", C(DeviceId)),
        ("userpw", S(Password)),
        ("USERPW", S(Password)),
        ("AGE_AT_ENROLL", C(Demographic)),
        ("GLU_MGDL", S(HealthMetric)),
        ("TEMP_C", C(HealthMetric)),
        ("temp_dir", N),
        ("STADDR", S(PostalAddress)),
        ("STR_ADR", S(PostalAddress)),
    ]);
    for (k, ev) in [
        ("mname", "key:middle_name"),
        ("middle", "key:middle_name"),
        ("mi", "key:middle_initial"),
        ("c_first", "key:name_part"),
        ("acct", "key:acct"),
        ("aba", "key:routing_number"),
        ("exp", "key:card_expiry"),
        ("sn", "key:sn"),
    ] {
        assert_eq!(classify_key(k).evidence, ev, "{k}");
    }
}

#[test]
fn program_attribution_and_group_keys() {
    check(&[
        ("network_name", S(WifiSsid)),
        ("client_name", C(PersonName)),
        ("clientName", C(PersonName)),
        ("harddisk_id", S(DeviceId)),
        ("tracker_name", C(PersonName)),
        ("campaign_name", N),
        ("creative_name", N),
        ("adgroup_name", N),
        ("Sec-WebSocket-Key", N),
        ("Sec-WebSocket-Accept", N),
        ("captureDeviceName", N),
        ("renderDeviceName", N),
        ("serviceAccount", N),
        ("Anzahl", N),
        ("Anzahl_Kinder", M),
        // A fitness tracker's steps stay a health number.
        ("tracker_steps", C(HealthMetric)),
    ]);
    assert_eq!(classify_key("network_name").evidence, "key:network_name");
    let sib = |k: &str| classify_key(k).sibling;
    let par = |k: &str| classify_key(k).parent;
    for k in [
        "campaign",
        "campaign_name",
        "media_source",
        "tracker",
        "adset_id",
    ] {
        assert!(sib(k).contains(ContextFlags::ADVERTISING), "{k}");
    }
    for k in ["Entrypoint", "ExposedPorts", "redirect_uris"] {
        assert!(sib(k).contains(ContextFlags::PROGRAM), "{k}");
    }
    assert!(par("serviceAccount").contains(ContextFlags::PROGRAM));
    // A whole count key marks a group; inside a longer key it counts
    // something of a person.
    assert!(sib("Anzahl").contains(ContextFlags::AGGREGATE));
    assert!(!sib("Anzahl_Kinder").contains(ContextFlags::AGGREGATE));
}

#[test]
fn wearable_statistics_and_changes() {
    check(&[
        ("average_heartrate", C(HealthMetric)),
        ("max_heartrate", C(HealthMetric)),
        ("avg_heart_rate", C(HealthMetric)),
        ("mean_heart_rate", C(HealthMetric)),
        ("average_hrv", C(HealthMetric)),
        ("hr_average", C(HealthMetric)),
        ("hr_min", C(HealthMetric)),
        ("hr_max", C(HealthMetric)),
        ("max_bpm", C(HealthMetric)),
        ("temperature_deviation", C(HealthMetric)),
        ("weight_change", C(HealthMetric)),
        ("minutesAwake", C(HealthMetric)),
        ("inBed", C(HealthMetric)),
        ("bpm", C(HealthMetric)),
        ("heart_rate_bpm", S(HealthMetric)),
        ("tempo_bpm", N),
        ("long", C(GeoLocation)),
        ("totalSleepRecords", M),
        ("totalMinutesAsleep", C(HealthMetric)),
        ("avg_weight", N),
        ("hr_zone_0", N),
    ]);
    // A statistic of a reading only a body gives: the walker needs no
    // person key beside it. `avg_weight` (products have weights) is none.
    for k in [
        "average_heartrate",
        "avg_heart_rate",
        "avgSpo2",
        "hr_min",
        "mean_bmi",
    ] {
        assert_eq!(classify_key(k).evidence, super::HEALTH_STATISTIC, "{k}");
    }
    for k in ["heart_rate", "steps", "maxStressLevel", "avg_steps"] {
        assert_ne!(classify_key(k).evidence, super::HEALTH_STATISTIC, "{k}");
    }
    assert_eq!(
        classify_key("temperature_deviation").evidence,
        super::HEALTH_CHANGE
    );
    // `long` is a longitude only alone.
    assert_ne!(classify_key("long_name").category, Some(GeoLocation));
    for k in ["gear", "shoes", "bikes"] {
        let info = classify_key(k);
        assert!(info.parent.contains(ContextFlags::THING), "{k}");
        assert!(!info.sibling.contains(ContextFlags::THING), "{k}");
    }
}

#[test]
fn person_roles_and_glued_name_tails() {
    check(&[
        ("passenger", C(PersonName)),
        ("passenger_name", S(PersonName)),
        ("passengerId", N),
        ("Worker", C(PersonName)),
        ("worker_id", N),
        ("vet", C(PersonName)),
        ("veterinarian", C(PersonName)),
        ("signed_by", C(PersonName)),
        ("signedBy", C(PersonName)),
        ("signatory", C(PersonName)),
        ("injuredPerson", C(PersonName)),
        ("contact_person", S(PersonName)),
        ("person_id", N),
        ("userfullname", S(PersonName)),
        ("custfirstname", S(PersonName)),
        ("memberbirthdate", S(DateOfBirth)),
        // Personio's emergency contact, Greenhouse's credited recruiter.
        ("Notfallkontakt Name", S(PersonName)),
        ("Notfallkontakt Telefon", S(Phone)),
        ("credited_to", C(Username)),
        ("referred_by", C(Username)),
    ]);
    for k in ["credited_to", "referredBy", "notfallkontakt"] {
        assert!(classify_key(k).parent.contains(ContextFlags::PERSON), "{k}");
    }
    // A pet or an animal holds no person's data; `species` and `breed`
    // say so of their object.
    for k in ["pet", "pets", "animal", "animals"] {
        assert!(classify_key(k).parent.contains(ContextFlags::ANIMAL), "{k}");
        assert!(classify_key(k).parent.contains(ContextFlags::THING), "{k}");
    }
    for k in ["species", "breed"] {
        assert!(
            classify_key(k).sibling.contains(ContextFlags::ANIMAL),
            "{k}"
        );
    }
    // A label names its pair's value, and is no thing beside it.
    assert!(classify_key("label")
        .sibling
        .contains(ContextFlags::PAIR_NAME));
    assert!(!classify_key("label").sibling.contains(ContextFlags::THING));
    assert!(classify_key("label").parent.contains(ContextFlags::THING));
}

#[test]
fn names_of_workouts_precincts_realms_and_rooms() {
    check(&[
        // A workout's title; its statistics stay readings.
        ("activityName", N),
        ("activity_name", N),
        ("workoutName", N),
        ("activity_heart_rate", S(HealthMetric)),
        ("activityCalories", C(HealthMetric)),
        // Voting districts.
        ("PRECINCT_NAME", N),
        ("precinct", N),
        ("ward_name", N),
        // A person's name keys stay.
        ("LAST_NAME", S(PersonName)),
        ("name", C(PersonName)),
    ]);
    let sib = |k: &str| classify_key(k).sibling;
    for k in [
        "realm",
        "trustEmail",
        "storeToken",
        "firstBrokerLoginFlowAlias",
        "updateProfileFirstLoginMode",
    ] {
        assert!(sib(k).contains(ContextFlags::PROGRAM), "{k}");
    }
    // A device's rooms are no person's parents.
    let par = classify_key("parentRelations").parent;
    assert!(par.contains(ContextFlags::THING), "{par:?}");
    assert!(!par.contains(ContextFlags::PERSON), "{par:?}");
    assert!(classify_key("parent").parent.contains(ContextFlags::PERSON));
}

#[test]
fn national_ids_of_other_countries_and_pagination_keys() {
    check(&[
        ("fiscal_code", S(NationalId)),
        ("fiscalCode", S(NationalId)),
        // Stripe's and Avalara's `tax_code` is a product's tax category.
        ("tax_code", N),
        ("hkid", S(NationalId)),
        ("my_number", S(NationalId)),
        ("health_card_number", S(NationalId)),
        ("carte_vitale", S(NationalId)),
        // GraphQL Relay's page cursors are state, not data.
        ("endCursor", M),
    ]);
}

#[test]
fn device_aliases_and_hip_measures() {
    check(&[
        ("deviceAlias", C(DeviceId)),
        ("speakerName", C(DeviceId)),
        ("echo_name", C(DeviceId)),
        // Zoom's participant metrics: the participant's computer.
        ("pc_name", C(DeviceId)),
        ("hip_cm", C(HealthMetric)),
        ("hips", C(HealthMetric)),
        // Whole words only: no hip in `membership`.
        ("membership_tier", N),
    ]);
}

#[test]
fn transmitters_energy_and_vital_statistics() {
    check(&[
        // A glucose sensor's transmitter.
        ("transmitterId", S(DeviceId)),
        // A day's energy and effort. Carbohydrates and sodium stay
        // unlisted: beside protein they would make a product a sample.
        ("calorie", C(HealthMetric)),
        ("totalKilocalories", C(HealthMetric)),
        ("activeKilocalories", C(HealthMetric)),
        ("carbohydrates", N),
        ("sodium", N),
        ("bodyBatteryChargedValue", C(HealthMetric)),
        ("moderateIntensityMinutes", C(HealthMetric)),
        ("vfa_level", C(HealthMetric)),
        // Counts of a population's births and deaths are nobody's date.
        ("births", N),
        ("live_births", N),
        ("deaths", N),
        ("birth", C(DateOfBirth)),
        // `display` qualifies a name, but as an object it is a screen.
        ("display_name", C(PersonName)),
    ]);
    let par = |k: &str| classify_key(k).parent;
    assert!(par("display").contains(ContextFlags::MEDIA));
    assert!(!par("display").contains(ContextFlags::PERSON));
}

#[test]
fn identity_provider_log_session_ids() {
    check(&[
        // Okta's System Log names the session a sign-in belongs to.
        ("externalSessionId", N),
        ("rootSessionId", N),
        // A session key alone may hold the cookie's value.
        ("session_id", C(OauthToken)),
        ("sessionId", C(OauthToken)),
    ]);
}

#[test]
fn sleep_glucose_cpap_and_cycle_keys() {
    check(&[
        // Withings, WHOOP and Samsung nights.
        ("wakeupduration", C(HealthMetric)),
        ("durationtosleep", C(HealthMetric)),
        ("total_sleep_time", C(HealthMetric)),
        ("nb_rem_episodes", C(HealthMetric)),
        ("out_of_bed_count", C(HealthMetric)),
        ("snoringepisodecount", C(HealthMetric)),
        ("rr_min", C(HealthMetric)),
        ("total_in_bed_time_milli", C(HealthMetric)),
        ("mental_recovery", C(HealthMetric)),
        // Oura readiness contributors, energy and exercise.
        ("activity_balance", C(HealthMetric)),
        ("recovery_index", C(HealthMetric)),
        ("activeEnergyBurned", C(HealthMetric)),
        ("appleStandHours", C(HealthMetric)),
        ("kilojoule", C(HealthMetric)),
        ("strideLengthRunning", C(HealthMetric)),
        // Heart-rate variability, glucose loops, apnea, rhythm.
        ("dailyRmssd", S(HealthMetric)),
        ("sgv", S(HealthMetric)),
        ("eventualBG", S(HealthMetric)),
        ("IOB", S(HealthMetric)),
        ("bg", C(HealthMetric)),
        ("COB", C(HealthMetric)),
        ("ahi", S(HealthMetric)),
        ("irregularHeartbeat", S(HealthMetric)),
        // Reproductive health.
        ("is_pregnant", S(HealthMetric)),
        ("trying_to_conceive", S(HealthMetric)),
        ("cervical_mucus", S(HealthMetric)),
        ("menstrual_cycle_length", S(HealthMetric)),
        // A billing period's or a device's use is no body's.
        ("period_length", M),
        ("billing_cycle_length", M),
        ("usageHours", N),
        ("activitySummaries", N),
        // Not readings: a close-of-business date, a colour.
        ("cob_date", M),
        ("backgroundColor", N),
    ]);
}

#[test]
fn cloud_audit_log_keys() {
    check(&[
        // GitHub's audit log keeps a digest of the token, not the token.
        ("hashed_token", N),
        ("token_hash", N),
        ("tokenDigest", N),
        // An encoded token is still one.
        ("encoded_token", C(OauthToken)),
        ("hashed_password", S(Password)),
        // Security Hub's IAM access key details.
        ("PrincipalName", S(Username)),
    ]);
    let par = |k: &str| classify_key(k).parent;
    // GuardDuty's caller behind an API call, like ECS `client`.
    assert!(par("remoteIpDetails").contains(ContextFlags::DEVICE));
}

#[test]
fn generated_locale_dump_keys() {
    check(&[
        // Faker's card keys: expiry waits for a card, the security code is
        // card data.
        ("credit_card_expire", C(PaymentCard)),
        ("creditCardExpire", C(PaymentCard)),
        ("credit_card_security_code", S(PaymentCard)),
        ("card_security_code", S(PaymentCard)),
        ("security_code", C(Password)),
        ("GUELTIG_BIS", C(PaymentCard)),
        ("fecha_vencimiento", C(PaymentCard)),
        ("data_scadenza", C(PaymentCard)),
        // Towns and postcodes.
        ("postort", C(PostalAddress)),
        ("poststed", C(PostalAddress)),
        ("miasto", C(PostalAddress)),
        ("miejscowość", C(PostalAddress)),
        ("kod_pocztowy", S(PostalAddress)),
        ("numero_exterior", C(PostalAddress)),
        ("numeroInterior", C(PostalAddress)),
        // Polish, Norwegian and Swedish gender; Polish identity card.
        ("płeć", S(Demographic)),
        ("kjønn", S(Demographic)),
        ("kön", S(Demographic)),
        ("numer_dowodu", S(NationalId)),
        ("Numer dowodu osobistego", S(NationalId)),
        // A nationality is no age.
        ("nacionalidad", C(Demographic)),
        ("nationalité", C(Demographic)),
        ("edad", C(Demographic)),
        ("Fecha de nac.", S(DateOfBirth)),
        ("fecha_nac", S(DateOfBirth)),
        // Japanese, Chinese and Korean field labels.
        ("氏名", S(PersonName)),
        ("フリガナ", S(PersonName)),
        ("名前", C(PersonName)),
        ("電話番号", S(Phone)),
        ("手机号", S(Phone)),
        ("住所", S(PostalAddress)),
        ("郵便番号", S(PostalAddress)),
        ("生年月日", S(DateOfBirth)),
        ("생년월일", S(DateOfBirth)),
        ("メールアドレス", S(Email)),
        ("性別", S(Demographic)),
        ("身份证号", S(NationalId)),
        ("会社名", N),
        ("会員番号", N),
        // A list of clients is customers, no network clients.
        ("clients", N),
    ]);
    let evidence = |k: &str| classify_key(k).evidence;
    assert_eq!(evidence("nacionalidad"), "key:nationality");
    assert_eq!(evidence("edad"), "key:age");
    assert!(classify_key("client").parent.contains(ContextFlags::DEVICE));
    assert!(!classify_key("clients")
        .parent
        .contains(ContextFlags::DEVICE));
}

#[test]
fn analytics_user_objects() {
    // Datadog RUM's `usr` object makes its event one user's, as `user` does.
    let usr = classify_key("usr");
    assert!(usr.sibling.contains(ContextFlags::PERSON));
    assert!(usr.parent.contains(ContextFlags::PERSON));
    assert_eq!(usr.category, None);
    // Crashlytics' `custom_keys` list names crash fields, holds no API key.
    assert_eq!(classify_key("custom_keys").category, None);
}

#[test]
fn health2_record_list_tracker_and_device_keys() {
    check(&[
        // Lists of a patient's records; a list's entries are decided by
        // the walker (`engine::health_lists`).
        ("current_medications", S(HealthMetric)),
        ("prescriptions", S(HealthMetric)),
        ("immunizations", S(HealthMetric)),
        ("prescriber", C(PersonName)),
        // Training physiology: fitness age is no demographic age.
        ("fitnessAge", S(HealthMetric)),
        ("aerobic-threshold", S(HealthMetric)),
        ("anaerobicThreshold", S(HealthMetric)),
        ("genotype", S(HealthMetric)),
        ("ovulation_test", S(HealthMetric)),
        ("irregularHB", S(HealthMetric)),
        ("restfulness", C(HealthMetric)),
        // Bare keys of a period tracker's day; inside longer keys they are
        // a billing period or a survey's pain points.
        ("period", S(HealthMetric)),
        ("pain", S(HealthMetric)),
        ("billing_period", N),
        ("pain_points", N),
        // A Zigbee EUI-64 alone; a LoRaWAN join EUI names no device.
        ("eui", S(MacAddress)),
        ("join_eui", N),
        ("age", C(Demographic)),
    ]);
}

#[test]
fn health2_sport_of_a_reading() {
    check(&[
        ("vo2MaxCycling", S(HealthMetric)),
        ("vo2_max_running", S(HealthMetric)),
        ("is_running", M),
        ("running", N),
    ]);
}

#[test]
fn gen4_generator_keys() {
    check(&[
        // randomuser.me `nat: "FR"` on a person; NAT settings elsewhere.
        ("nat", C(Demographic)),
        ("nat_gateway", N),
        ("nat_traversal", N),
        // mimesis `person.worldview()`: a belief, on a person only.
        ("worldview", C(Demographic)),
    ]);
}
