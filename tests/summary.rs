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

/// Records of a document are the objects of its first array of objects,
/// plus the objects of any other array that hold findings: a category's
/// records never exceed the summary's records, and aggregation buckets
/// without findings are not records.
#[test]
fn records_of_several_arrays_agree_with_category_records() {
    let input = br#"{"hits":{"hits":[{"_source":{"email":"a@example.com"}},{"_source":{"email":"b@example.com"}},{"_source":{"plan":"free"}}]},
 "aggregations":{"by_country":{"buckets":[{"key":"DE","doc_count":3},{"key":"FR","doc_count":2}]}},
 "owners":[{"email":"c@example.com","phone":"+44 20 7946 0018"},{"email":"d@example.com"}]}"#;
    let engine = EngineBuilder::new().build().unwrap();
    let summary = engine
        .scan(input)
        .unwrap()
        .report()
        .summary
        .expect("summary");
    assert_eq!(summary.records, 5, "3 hits and 2 owners, no buckets");
    assert_eq!(summary.records_with_findings, 4);
    let records_of = |category: Category| {
        summary
            .categories
            .iter()
            .find(|c| c.category == category)
            .map(|c| c.records)
    };
    assert_eq!(records_of(Category::Email), Some(4));
    assert_eq!(records_of(Category::Phone), Some(1));
    for c in &summary.categories {
        assert!(c.records <= summary.records_with_findings, "{c:?}");
    }
}

/// On every corpus case the summary is consistent: a category is found in
/// no more records than have findings, and those are no more than the
/// records.
#[test]
fn every_corpus_summary_is_consistent() {
    let dir = leakscope_corpus::default_dir();
    let cases = leakscope_corpus::cases(&dir).expect("corpus loads");
    assert!(cases.len() > 50);
    for case in cases {
        let format = match case.format {
            leakscope_corpus::Format::Ndjson => InputFormat::Ndjson,
            leakscope_corpus::Format::Json => InputFormat::Json,
        };
        let engine = EngineBuilder::new().format(format).build().unwrap();
        let summary = engine
            .scan(&case.input)
            .unwrap()
            .report()
            .summary
            .expect("summary");
        assert!(
            summary.records_with_findings <= summary.records,
            "{}: {summary:?}",
            case.name
        );
        for c in &summary.categories {
            assert!(
                c.records <= summary.records_with_findings,
                "{}: {c:?}",
                case.name
            );
        }
    }
}

/// Demographic fields are special categories only when their key names
/// one of Art. 9's: religion and ethnic origin are, gender and age are not.
#[test]
fn special_categories_name_beliefs_and_origin_not_gender() {
    let input = br#"{"name":"Ann Lee","email":"ann@example.com","gender":"f","age":41,"religion":"Buddhist","ethnicity":"Asian"}
{"name":"Bo Kim","email":"bo@example.com","gender":"m","age":35,"religion":"Catholic","ethnicity":"Korean"}
{"name":"Cy Ode","email":"cy@example.com","gender":"x","age":29}
"#;
    let engine = EngineBuilder::new()
        .format(InputFormat::Ndjson)
        .build()
        .unwrap();
    let summary = engine
        .scan(input)
        .unwrap()
        .report()
        .summary
        .expect("summary");
    let special = &summary.gdpr_special_categories;
    let articles: Vec<&str> = special.iter().map(|s| s.article.as_str()).collect();
    assert_eq!(
        articles,
        [
            "GDPR Art. 9(1): racial or ethnic origin",
            "GDPR Art. 9(1): religious or philosophical beliefs"
        ]
    );
    for s in special {
        assert_eq!(s.category, Category::Demographic);
        assert_eq!(s.records, 2);
        assert_eq!(s.paths.len(), 1);
        assert!(!s.paths[0].contains("gender") && !s.paths[0].contains("age"));
    }
}

/// Political opinions, union membership and beliefs in a member list; a
/// coin's denomination is no belief.
#[test]
fn member_lists_name_politics_and_unions() {
    let input = br#"{"first_name":"Ann","last_name":"Lee","party_affiliation":"DEM","trade_union":"UNISON","denomination":"Lutheran"}
{"coin":{"denomination":20,"currency":"EUR"}}
"#;
    let engine = EngineBuilder::new()
        .format(InputFormat::Ndjson)
        .build()
        .unwrap();
    let report = engine.scan(input).unwrap().report();
    let summary = report.summary.expect("summary");
    let articles: Vec<&str> = summary
        .gdpr_special_categories
        .iter()
        .map(|s| s.article.as_str())
        .collect();
    assert_eq!(
        articles,
        [
            "GDPR Art. 9(1): political opinions",
            "GDPR Art. 9(1): religious or philosophical beliefs",
            "GDPR Art. 9(1): trade union membership"
        ]
    );
    assert!(!report.fields.iter().any(|f| f.path.contains("coin")));
}
