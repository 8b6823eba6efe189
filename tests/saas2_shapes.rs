//! SaaS and Elasticsearch response shapes (saas2): Notion database
//! properties take their column's name, an Indian address's `pin` is its
//! postcode, an organisation's login is no person's, plural role
//! aggregations are keyed by people, HubSpot's geo-IP city is a contact's,
//! an order's key is no credential, and directory DNs name their entry.

mod common;

use common::{keeps, kept, redact, redacted, removes};

#[test]
fn saas2_notion_properties_take_the_column_name() {
    let out = redact(
        r#"{"object":"page","properties":{"Full Name":{"id":"title","type":"title","title":[{"type":"text","text":{"content":"Pedro Alvarez","link":null},"plain_text":"Pedro Alvarez","href":null}]},"Home address":{"id":"Yq%3Ct","type":"rich_text","rich_text":[{"type":"text","text":{"content":"Calle Mayor 12, Madrid","link":null},"annotations":{"bold":false,"color":"default"},"plain_text":"Calle Mayor 12, Madrid","href":null}]},"Birthday":{"id":"b","type":"date","date":{"start":"1989-04-02","end":null,"time_zone":null}},"Email":{"id":"e","type":"email","email":"pedro@alvarez.es"}}}"#,
    );
    removes(&out, "Pedro Alvarez");
    removes(&out, "Calle Mayor 12");
    removes(&out, "1989-04-02");
    keeps(&out, r#""type":"rich_text""#);
    keeps(&out, r#""color":"default""#);
    keeps(&out, r#""id":"Yq%3Ct""#);
    // A task database's default `Name` title and a notes column stay.
    kept(
        r#"{"object":"page","properties":{"Name":{"id":"title","type":"title","title":[{"type":"text","text":{"content":"Ship Q3 release notes","link":null},"plain_text":"Ship Q3 release notes","href":null}]},"Notes":{"id":"n","type":"rich_text","rich_text":[{"type":"text","text":{"content":"Blocked on legal review","link":null},"plain_text":"Blocked on legal review","href":null}]},"Status":{"id":"s","type":"status","status":{"id":"1","name":"Done","color":"green"}}}}"#,
    );
}

#[test]
fn saas2_pin_of_an_address_is_a_postcode() {
    redacted(
        r#"{"name":"Aarav Shah","address":{"street":"Carter Road","city":"Mumbai","pin":"400050"}}"#,
        "400050",
        "[POSTAL_ADDRESS]",
    );
    // A card's or an account's PIN stays a secret.
    redacted(r#"{"card":{"pin":"4821"}}"#, "4821", "[PASSWORD]");
    redacted(
        r#"{"user":{"name":"Aarav Shah","pin":"482193"}}"#,
        "482193",
        "[PASSWORD]",
    );
}

#[test]
fn saas2_an_organisation_login_is_no_person() {
    let out = redact(
        r#"{"id":"39281746251","type":"IssueCommentEvent","actor":{"id":91120044,"login":"mtanaka","display_login":"mtanaka"},"org":{"id":9919,"login":"octo-org","gravatar_id":"","url":"https://api.github.com/orgs/octo-org"}}"#,
    );
    keeps(&out, r#""login":"octo-org""#);
    removes(&out, r#""login":"mtanaka""#);
}

#[test]
fn saas2_plural_role_aggregations_hold_people() {
    let out = redact(
        r#"{"aggregations":{"top_customers":{"buckets":[{"key":"Anneliese Brandt","doc_count":14},{"key":"cus_QhY2rT9pLmN3aB","doc_count":3},{"key":"Acme Corp","doc_count":2}]},"statuses":{"buckets":[{"key":"Done Deal","doc_count":3}]}}}"#,
    );
    removes(&out, "Anneliese Brandt");
    keeps(&out, "cus_QhY2rT9pLmN3aB");
    keeps(&out, "Acme Corp");
    keeps(&out, "Done Deal");
}

#[test]
fn saas2_hubspot_geo_ip_city_and_order_key() {
    redacted(
        r#"{"properties":{"email":"priya@lumenfield.io","firstname":"Priya","ip_city":"Chicago","hs_ip_timezone":"america_slash_chicago"}}"#,
        "Chicago",
        "[POSTAL_ADDRESS]",
    );
    let out = redact(
        r#"{"id":727,"status":"processing","order_key":"wc_order_58d2d042d1d","billing":{"first_name":"Lena","email":"lena@web.de"}}"#,
    );
    keeps(&out, "wc_order_58d2d042d1d");
    removes(&out, "lena@web.de");
}

#[test]
fn saas2_directory_dns_name_their_entry() {
    let out = redact(
        r#"{"identities":[{"provider":"ldapmain","extern_uid":"uid=fgallo,ou=people,dc=example,dc=it"}],"memberOf":"CN=Francesca Gallo,OU=Users,DC=corp,DC=example,DC=com","group":"cn=admins,ou=groups,dc=example,dc=com","subject":"CN=Jane Doe,O=Acme Inc,C=US"}"#,
    );
    removes(&out, "fgallo");
    removes(&out, "Francesca Gallo");
    keeps(&out, "ou=people,dc=example,dc=it");
    keeps(&out, "cn=admins,ou=groups");
}
