//! Which reported fields are special categories of personal data under
//! GDPR Art. 9(1): health data (every `health_metric` field), and the
//! `demographic` fields whose key names racial or ethnic origin, religious
//! or philosophical beliefs, political opinions, trade-union membership or
//! sex life and sexual orientation. Gender and age are personal data but
//! no special category.

use crate::keys::split_words;
use crate::path::last_key;
use crate::Category;

/// Art. 9(1) wording of health data.
pub(crate) const HEALTH: &str = "GDPR Art. 9(1): data concerning health";
const ETHNIC_ORIGIN: &str = "GDPR Art. 9(1): racial or ethnic origin";
const BELIEFS: &str = "GDPR Art. 9(1): religious or philosophical beliefs";
const POLITICS: &str = "GDPR Art. 9(1): political opinions";
const UNION: &str = "GDPR Art. 9(1): trade union membership";
const SEX_LIFE: &str = "GDPR Art. 9(1): sex life or sexual orientation";

/// Words of a demographic key (split and lower-cased, accents kept) and
/// the Art. 9 class they name.
const DEMOGRAPHIC_WORDS: &[(&str, &str)] = &[
    ("race", ETHNIC_ORIGIN),
    ("racial", ETHNIC_ORIGIN),
    ("ethnic", ETHNIC_ORIGIN),
    ("ethnicity", ETHNIC_ORIGIN),
    ("ethnie", ETHNIC_ORIGIN),
    ("etnia", ETHNIC_ORIGIN),
    ("etnicidad", ETHNIC_ORIGIN),
    ("suku", ETHNIC_ORIGIN),
    ("dantoc", ETHNIC_ORIGIN),
    ("religion", BELIEFS),
    ("religious", BELIEFS),
    ("religión", BELIEFS),
    ("religione", BELIEFS),
    ("religião", BELIEFS),
    ("religie", BELIEFS),
    ("religionszugehörigkeit", BELIEFS),
    ("religionszugehoerigkeit", BELIEFS),
    ("konfession", BELIEFS),
    ("faith", BELIEFS),
    ("denomination", BELIEFS),
    ("agama", BELIEFS),
    ("tongiao", BELIEFS),
    ("vallas", BELIEFS),
    ("nabozenstvi", BELIEFS),
    ("political", POLITICS),
    ("politics", POLITICS),
    ("parteizugehörigkeit", POLITICS),
    ("parteizugehoerigkeit", POLITICS),
    ("affiliation", POLITICS),
    ("union", UNION),
    ("gewerkschaft", UNION),
    ("gewerkschaftszugehörigkeit", UNION),
    ("gewerkschaftszugehoerigkeit", UNION),
    ("sexual", SEX_LIFE),
    ("sexuality", SEX_LIFE),
    ("orientation", SEX_LIFE),
];

/// The Art. 9(1) class of the field at `path` reported as `category`, if
/// it is a special category.
pub(crate) fn art9_basis(category: Category, path: &str) -> Option<&'static str> {
    match category {
        Category::HealthMetric => Some(HEALTH),
        Category::Demographic => {
            let key = last_key(path)?;
            split_words(&key).iter().find_map(|w| {
                DEMOGRAPHIC_WORDS
                    .iter()
                    .find(|(word, _)| w == word)
                    .map(|(_, basis)| *basis)
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    #[test]
    fn special_and_ordinary_fields() {
        assert_eq!(art9_basis(HealthMetric, "$.body.weight_kg"), Some(HEALTH));
        assert_eq!(art9_basis(Demographic, "$.user.religion"), Some(BELIEFS));
        assert_eq!(art9_basis(Demographic, "$[*].agama"), Some(BELIEFS));
        assert_eq!(
            art9_basis(Demographic, "$.p.ethnicGroup"),
            Some(ETHNIC_ORIGIN)
        );
        assert_eq!(
            art9_basis(Demographic, "$.p.race_code"),
            Some(ETHNIC_ORIGIN)
        );
        assert_eq!(
            art9_basis(Demographic, "$.p.sexual_orientation"),
            Some(SEX_LIFE)
        );
        assert_eq!(art9_basis(Demographic, "$.p.union_member"), Some(UNION));
        assert_eq!(
            art9_basis(Demographic, "$.p.religious_affiliation"),
            Some(BELIEFS)
        );
        assert_eq!(
            art9_basis(Demographic, "$.p.party_affiliation"),
            Some(POLITICS)
        );
        assert_eq!(
            art9_basis(Demographic, "$.p.Gewerkschaftszugehörigkeit"),
            Some(UNION)
        );
        assert_eq!(
            art9_basis(Demographic, "$.p['political_party']"),
            Some(POLITICS)
        );
        // Personal data, but no special category.
        assert_eq!(art9_basis(Demographic, "$.user.gender"), None);
        assert_eq!(art9_basis(Demographic, "$.user.age"), None);
        assert_eq!(art9_basis(Demographic, "$.user.trace_level"), None);
        assert_eq!(art9_basis(Email, "$.user.religion"), None);
        assert_eq!(art9_basis(Demographic, "$"), None);
    }
}
