//! Generated customer dumps in many locales and key spellings (Faker and
//! the like): a customer's record beside their business's SIRET, a list
//! of `clients`, US numbers with extensions, ZIP+4 codes, card keys as
//! Faker spells them, Japanese field labels.

mod common;

use common::{keeps, redact, removes};

#[test]
fn a_birth_date_makes_a_person_of_a_record_with_a_siret() {
    // The register key last, and first.
    for doc in [
        r#"{"clients":[{"prénom":"Nathalie","nom":"Da Silva","date_de_naissance":"25/03/1952",
            "adresse":"10, rue des Lilas","code_postal":"47300","ville":"Villeneuve",
            "société":"Bigot et Fils","siret":"841 927 305 00028"}]}"#,
        r#"{"clients":[{"siret":"841 927 305 00028","prénom":"Nathalie","nom":"Da Silva",
            "adresse":"10, rue des Lilas","code_postal":"47300","ville":"Villeneuve",
            "date_de_naissance":"25/03/1952","société":"Bigot et Fils"}]}"#,
    ] {
        let out = redact(doc);
        for pii in [
            "Nathalie",
            "Da Silva",
            "25/03/1952",
            "rue des Lilas",
            "47300",
            "Villeneuve",
        ] {
            removes(&out, pii);
        }
        keeps(&out, "841 927 305 00028");
        keeps(&out, "Bigot et Fils");
    }
}

#[test]
fn a_company_record_with_a_siret_stays_a_business() {
    let out = redact(
        r#"{"entreprises":[{"siret":"823 416 970 00011","raison_sociale":"Fournier SARL",
            "nom":"Boulangerie Fournier","adresse":"3, place du Marché","code_postal":"21000",
            "ville":"Dijon","prénom_contact":"Jean"}]}"#,
    );
    for kept in ["Boulangerie Fournier", "place du Marché", "21000", "Dijon"] {
        keeps(&out, kept);
    }
}

#[test]
fn a_list_of_clients_holds_customers() {
    let out = redact(
        r#"{"clients":[{"identifiant":"3f0c9a52-7d41-4e8b-9c2a-61b5e0d4f7a3","prénom":"Solène",
            "nom":"Marchetti","courriel":"solene.m@example.fr"}]}"#,
    );
    removes(&out, "Marchetti");
    // A record's UUID under `identifiant` is its id, no login.
    keeps(&out, "3f0c9a52-7d41-4e8b-9c2a-61b5e0d4f7a3");
    // The network client of a log event keeps its meaning.
    let out = redact(r#"{"client":{"ip":"203.0.113.9","name":"edge-proxy-2"}}"#);
    keeps(&out, "edge-proxy-2");
}

#[test]
fn us_numbers_with_extensions_and_zip_plus4() {
    let out = redact(
        r#"{"customers":[{"first_name":"Dwayne","phone_number":"(512)847-2290x3318",
            "work_phone":"512.847.6604 ext. 21","zip":"00703-4417","postal-code":"02139-4307"}]}"#,
    );
    keeps(&out, r#""phone_number":"[PHONE]""#);
    keeps(&out, r#""work_phone":"[PHONE]""#);
    keeps(&out, r#""zip":"[POSTAL_ADDRESS]""#);
    keeps(&out, r#""postal-code":"[POSTAL_ADDRESS]""#);
    // In text a ZIP+4 shape is still read as the phone it may be.
    let out = redact(r#"{"note":"call 02139-4307 after six"}"#);
    removes(&out, "02139-4307");
}

#[test]
fn faker_card_keys_are_card_data() {
    let out = redact(
        r#"{"credit_card_number":"5425233430109903","credit_card_expire":"08/29",
            "credit_card_security_code":"418"}"#,
    );
    removes(&out, "08/29");
    removes(&out, "418");
    assert!(!out.contains("[PASSWORD]"), "{out}");
    // An expiry with no card beside it is a product's.
    let out = redact(r#"{"sku":"MLK-1L","ablaufdatum":"05/28","gueltig_bis":"12/27"}"#);
    keeps(&out, "05/28");
    keeps(&out, "12/27");
}

#[test]
fn japanese_field_labels() {
    let out = redact(
        r#"{"会員":[{"会員番号":880213,"氏名":"森田 美咲","生年月日":"1990/04/17",
            "住所":"東京都渋谷区宇田川町3丁目8番2号","電話番号":"03-5456-7781","会社名":"株式会社サクラ精機"}]}"#,
    );
    for pii in ["森田 美咲", "1990/04/17", "東京都渋谷区", "03-5456-7781"] {
        removes(&out, pii);
    }
    keeps(&out, "株式会社サクラ精機");
    keeps(&out, "880213");
}
