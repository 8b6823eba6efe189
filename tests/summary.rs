//! The breach-impact summary: records, distinct subjects, secrets to rotate
//! by provider, GDPR Art. 9 special categories.

use leakscope::{Category, EngineBuilder, InputFormat};

#[test]
fn summary_counts_subjects_providers_and_special_categories() {
    let input = br#"{"email":"a@example.com","weight":80.5,"gender":"f","aws_secret_access_key":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
{"email":"a@example.com","weight":71.0,"gender":"m","token":"ghp_0123456789abcdefghijABCDEFGHIJ012345"}
{"email":"b@example.com","plan":"free"}
{"note":"nothing here"}
"#;
    let engine = EngineBuilder::new()
        .format(InputFormat::Ndjson)
        .build()
        .unwrap();
    let report = engine.scan(input).unwrap().report();
    let summary = report.summary.expect("summary");
    assert_eq!(summary.records, 4);
    assert_eq!(summary.records_with_findings, 3);
    let email = summary
        .categories
        .iter()
        .find(|c| c.category == Category::Email)
        .unwrap();
    assert_eq!((email.records, email.values, email.distinct), (3, 3, 2));
    let providers: Vec<&str> = summary
        .secrets_to_rotate
        .iter()
        .map(|s| s.provider.as_str())
        .collect();
    assert!(providers.contains(&"aws"), "{providers:?}");
    assert!(providers.contains(&"github"), "{providers:?}");
    let health = &summary.gdpr_special_categories;
    assert_eq!(health.len(), 1);
    assert_eq!(health[0].category, Category::HealthMetric);
    assert_eq!(health[0].records, 2);
    assert_eq!(health[0].paths, vec!["$.weight".to_string()]);
}
