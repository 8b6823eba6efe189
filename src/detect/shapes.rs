//! Whole-value shape helpers: pure functions the engine uses when a key
//! suggests a category and the value must agree (`ssid` needs any
//! non-trivial value, `phone` needs a phone-like value, `secret` needs a
//! secret-looking value), and to keep look-alikes out.
//!
//! ```
//! use leakscope::detect::shapes;
//! assert!(shapes::is_trivial("n/a"));
//! assert!(shapes::is_secret_reference("vault:secret/db"));
//! assert!(shapes::is_measurement("86.1 kg"));
//! assert!(shapes::is_ip("10.0.0.1"));
//! assert!(!shapes::is_ip("4.9.6"));
//! assert!(shapes::is_technical_id("550e8400-e29b-41d4-a716-446655440000"));
//! ```

pub use super::aba::{aba_in_value, is_aba_routing};
pub use super::address_tail::locality_tail;
pub use super::bank_context::bank_account_cue_holds;
pub use super::base64_text::{
    decode_base64_bytes, decode_base64_text, decode_basic_auth, decode_basic_scheme,
};
pub use super::blood_group::is_blood_group;
pub use super::card::{card_brand, is_card_number};
pub use super::card_expiry::is_card_expiry;
pub use super::chat_mentions::mention_span;
pub use super::dates::{
    is_date_like, is_iso_datetime, is_month_day, is_year_month, month_from_name,
};
pub use super::decimal_pair::python_decimal_pair;
pub use super::demographic::is_gender_value;
pub use super::der_key::{could_be_der_key, is_der_private_key, DerCheck};
pub use super::email::{has_at_sign, is_email};
pub use super::entropy::{looks_like_secret, shannon_entropy};
pub use super::game_log::player_name_span;
pub use super::geo::{
    hemisphere_coordinate, is_latitude, is_longitude, lat_lon_in_text, parse_lat_lon_pair,
};
pub use super::iban::{has_iban_layout, is_valid_iban};
pub use super::id_schemes::{
    grouped_digit_count, has_scheme_layout, is_in_pan, is_in_pan_layout, is_valid_id,
    longest_layout_prefix, longest_valid_prefix, scheme_for_cue, IdScheme,
};
pub use super::ip::is_ip;
pub use super::irc::irc_sender_spans;
pub use super::jwt::is_jwt;
pub use super::ledger_address::is_ledger_address;
pub use super::lowercase_phrase::is_lowercase_phrase;
pub use super::luhn::luhn_valid;
pub use super::mac::{is_eui64, is_mac};
pub use super::matrix_ids::{is_matrix_room, is_matrix_user_id};
pub use super::measurement::is_measurement;
pub use super::medicare_ids::{has_us_mbi_layout, is_us_mbi};
pub use super::msisdn::is_msisdn_digits;
pub use super::name_shape::{is_full_name_shape, is_last_comma_first};
pub use super::national_checks::{
    is_cn_resident_id, is_jp_my_number, is_th_tnin, is_tr_tckn, is_za_id,
};
pub use super::national_ids::{
    has_es_dni_layout, is_br_cpf, is_es_dni, is_it_codice_fiscale, is_mx_curp, is_sg_nric,
    is_us_itin,
};
pub use super::password_hash::is_password_hash;
pub use super::pem::contains_private_key;
pub use super::phone::is_phone_like;
pub use super::placeholder_names::{
    is_kubernetes_system_user, is_placeholder_account, is_room_name, is_system_account,
};
pub use super::polyline::is_encoded_polyline;
pub use super::postcodes::is_zip_plus4;
pub use super::sentences::is_nhs_number;
pub use super::separators::normalize_separators;
pub use super::sign_offs::signed_name_len;
pub use super::social_handles::social_handle_len;
pub use super::ssn::{is_nino, is_ssn_digits, is_steuer_id, spaced_ssn_layout};
pub use super::street_label::is_named_street;
pub use super::technical::{
    is_hex_digest, is_integrity, is_technical_id, is_ulid, is_uuid, is_version,
};
pub use super::trivial::{is_secret_reference, is_trivial};
pub use super::url_user::is_url_login;
pub use super::windows_accounts::is_builtin_windows_account;
pub use super::world_ids::{is_mx_rfc_company_layout, is_mx_rfc_person};
pub use super::xuid::is_xuid;

/// True when `s` is an IMEI: 15 digits (spaces, dashes or slashes between
/// groups allowed) passing the Luhn check.
///
/// ```
/// use leakscope::detect::shapes::is_imei;
/// assert!(is_imei("49-015420-323751-8"));
/// assert!(!is_imei("490154203237519"));
/// ```
pub fn is_imei(s: &str) -> bool {
    match super::luhn::digits_with_separators(s.trim(), b" -/") {
        Some(d) => d.len() == 15 && super::luhn::luhn_valid(&d),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imei() {
        assert!(is_imei("490154203237518"));
        assert!(is_imei("35-209900-176148-1"));
        assert!(!is_imei("490154203237519"));
        assert!(!is_imei("49015420323751"));
        assert!(!is_imei("49015420323751x"));
    }
}
