//! A person's health record written as a list of entries: a medication
//! list (`medications: [{name: "Metformin", dose: "500 mg", route:
//! "oral"}]`), an allergy list (`allergies: [{substance: "Penicillin",
//! reaction: "hives", severity: "moderate"}]`), diagnoses, symptoms,
//! prescriptions, immunizations.
//!
//! The list's key says what every entry is (a drug taken, an allergy, a
//! diagnosis), so the entry's words naming or describing it are health
//! data, whatever generic key they sit under (`name`, `display`, `code`).
//! Ids, dates, statuses and the people named in the entry (`prescriber`)
//! are not covered here: their own keys decide them.

/// Whether a key names a list of a person's health records: its last
/// word (separators and case ignored) is one of the record kinds. Only
/// keys the lexicon already reads as strong health keys are asked (the
/// walker checks that), so `conditions` of a Kubernetes object or a
/// contract never gets here; `medical_conditions` does.
pub(crate) fn is_record_list_key(key: &str) -> bool {
    const KINDS: [&str; 11] = [
        "medications",
        "medication",
        "allergies",
        "diagnoses",
        "symptoms",
        "conditions",
        "prescriptions",
        "immunizations",
        "immunisations",
        "vaccinations",
        "history",
    ];
    KINDS.iter().any(|k| ends_with_word(key, k))
}

/// Whether a key of a health list's entry holds what the entry is or how
/// it shows: its name or words, its code, a drug's dose, strength, route
/// and frequency, an allergy's substance, reaction and severity.
pub(crate) fn is_entry_text_key(key: &str) -> bool {
    const KEYS: [&str; 24] = [
        "name",
        "display",
        "displayname",
        "text",
        "title",
        "description",
        "code",
        "drug",
        "drugname",
        "genericname",
        "brandname",
        "substance",
        "allergen",
        "reaction",
        "manifestation",
        "severity",
        "dose",
        "dosage",
        "strength",
        "frequency",
        "route",
        "instructions",
        "sig",
        "vaccine",
    ];
    KEYS.iter().any(|k| folded_eq(key, k))
}

/// `key` equals `word` with case and the separators `_`, `-`, `.` and
/// blanks ignored (`drug_name`, `drugName`, `Drug-Name`). No allocation.
fn folded_eq(key: &str, word: &str) -> bool {
    let mut letters = key
        .bytes()
        .filter(|b| !matches!(b, b'_' | b'-' | b'.' | b' '))
        .map(|b| b.to_ascii_lowercase());
    let mut expected = word.bytes();
    loop {
        match (letters.next(), expected.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a == b => {}
            _ => return false,
        }
    }
}

/// The key's last word is `word` (`medications`, `current_medications`,
/// `patientAllergies`, `MEDICAL_HISTORY`): the folded key ends with it and
/// a word boundary (a separator or a case change) comes before it.
fn ends_with_word(key: &str, word: &str) -> bool {
    let b = key.as_bytes();
    let n = word.len();
    if b.len() < n {
        return false;
    }
    let tail = &b[b.len() - n..];
    if !tail.eq_ignore_ascii_case(word.as_bytes()) {
        return false;
    }
    let start = b.len() - n;
    if start == 0 {
        return true;
    }
    let before = b[start - 1];
    let first = b[start];
    matches!(before, b'_' | b'-' | b'.' | b' ')
        || (first.is_ascii_uppercase() && before.is_ascii_lowercase())
        || (key[start..].bytes().all(|c| c.is_ascii_uppercase()) && !before.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_list_keys() {
        for k in [
            "medications",
            "current_medications",
            "patientAllergies",
            "allergies",
            "MEDICAL_HISTORY",
            "medicalConditions",
            "diagnoses",
            "immunizations",
        ] {
            assert!(is_record_list_key(k), "{k}");
        }
        for k in [
            "premedication_notes",
            "histories",
            "med",
            "conditionsMet",
            "allergy_free",
            "symptomsChecked",
        ] {
            assert!(!is_record_list_key(k), "{k}");
        }
    }

    #[test]
    fn entry_text_keys() {
        for k in [
            "name",
            "display",
            "drug_name",
            "drugName",
            "substance",
            "reaction",
            "dose",
            "route",
            "Severity",
        ] {
            assert!(is_entry_text_key(k), "{k}");
        }
        for k in [
            "id",
            "status",
            "start_date",
            "prescriber",
            "recorded",
            "namespace",
            "codes",
            "named",
        ] {
            assert!(!is_entry_text_key(k), "{k}");
        }
    }
}
