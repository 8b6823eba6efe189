//! A business's address is no person's: an employer's on a payslip, a
//! restaurant's pickup point, a Salesforce `Account`'s billing address, a
//! real-estate listing's. Each rule with the person's address beside it
//! that must stay redacted.

mod common;

use common::{keeps, redact, redact_as, removes};
use leakscope::InputFormat;

#[test]
fn a_payslip_keeps_the_company_address_and_redacts_the_employee_home() {
    let out = redact(
        r#"{"company":{"name":"Harbour Tools Ltd","address":"12 Dock Street, Leeds LS1 4AB","fein":"91-7654321"},
            "employee":{"name":"Maren Holt","address":"7 Birch Avenue, Leeds LS6 2QD",
                        "home_address":{"line1":"7 Birch Avenue","city":"Leeds","zip":"LS6 2QD"}}}"#,
    );
    keeps(&out, "12 Dock Street, Leeds LS1 4AB");
    removes(&out, "7 Birch Avenue");
    removes(&out, "Maren Holt");
}

#[test]
fn an_employer_tax_number_marks_a_flat_business_object() {
    // The FEIN comes after the address: the held hit waits for it.
    let out = redact(
        r#"{"employer_info":{"address":"400 Pine Street, Seattle, WA 98101","fein":"91-1111111"},
            "worker":{"address":"88 Cedar Road, Bothell, WA 98011","email":"w@example.org"}}"#,
    );
    keeps(&out, "400 Pine Street");
    removes(&out, "88 Cedar Road");
}

#[test]
fn a_pickup_part_naming_a_business_is_the_business_s() {
    let out = redact(
        r#"[{"pickup_address":"901 Harbor Blvd, Oakland, CA 94607","pickup_business_name":"Lucky Noodle Bar",
             "dropoff_address":"17 Vine Street Apt 2, Oakland, CA 94610","dropoff_business_name":null,
             "dropoff_contact_given_name":"Priya"}]"#,
    );
    keeps(&out, "901 Harbor Blvd");
    removes(&out, "17 Vine Street");
    removes(&out, "Priya");
}

#[test]
fn a_ride_pickup_without_a_business_stays_the_rider_s() {
    let out = redact(
        r#"{"ride":{"pickup_address":"44 Oak Street, Leeds LS1 4AB","dropoff_address":"9 Rose Lane, Leeds"},
            "order":{"pickup_address":"1 Mill Street, Leeds","pickup_business_name":""}}"#,
    );
    removes(&out, "44 Oak Street");
    removes(&out, "9 Rose Lane");
    // An empty business name names no business.
    removes(&out, "1 Mill Street");
}

#[test]
fn a_salesforce_account_is_a_business_unless_it_is_a_person_account() {
    let out = redact(
        r#"{"records":[{"attributes":{"type":"Contact"},"FirstName":"Rosa","LastName":"Ibarra",
            "MailingStreet":"Calle Luna 5, Depto 3","MailingCity":"Valparaiso",
            "Account":{"attributes":{"type":"Account"},"Name":"Costa Freight SA",
                       "BillingStreet":"Av. Brasil 2100","BillingCity":"Valparaiso"}}]}"#,
    );
    keeps(&out, "Av. Brasil 2100");
    removes(&out, "Calle Luna 5");
    let person = redact(
        r#"{"records":[{"attributes":{"type":"Account"},"FirstName":"Jo","LastName":"Marsh",
            "BillingStreet":"12 Elm Road","BillingCity":"Leeds"}]}"#,
    );
    removes(&person, "12 Elm Road");
    removes(&person, "Marsh");
    // `type: "Account"` outside Salesforce's `attributes` is a user account.
    let user = redact(r#"{"type":"Account","email":"a@b.io","address":"3 Kiln Lane, York"}"#);
    removes(&user, "3 Kiln Lane");
}

#[test]
fn a_listing_line_keeps_the_listed_house_not_the_applicant_s_home() {
    let out = redact_as(
        concat!(
            r#"{"mls_id":"NW1","list_price":500000,"address":{"street":"3307 Larch Way","city":"Tacoma","zip":"98405"}}"#,
            "\n",
            r#"{"list_price":2650,"applicant":{"name":"Ann Lee","current_address":"5 Birch Avenue, Tacoma"}}"#,
            "\n"
        ),
        InputFormat::Ndjson,
    );
    keeps(&out, "3307 Larch Way");
    removes(&out, "5 Birch Avenue");
}

#[test]
fn a_schema_org_organisation_is_a_business_and_a_person_is_not() {
    let out = redact(
        r#"[{"@type":"Organization","address":"3 Quay Street, Leeds"},
            {"@type":"Person","address":"8 Quay Street, Leeds"}]"#,
    );
    keeps(&out, "3 Quay Street");
    removes(&out, "8 Quay Street");
}
