//! Words a period tracker records a day's bleeding with (Clue, Flo, Apple
//! Health's menstrual flow): `{"period": "heavy"}` is a person's
//! reproductive health. Under a bare `period` key only these words count:
//! `period: 30`, `period: "monthly"` or `period: "2024-Q1"` is a billing
//! or reporting period.

/// A menstrual flow level as period trackers write it (case ignored).
pub(crate) fn is_flow_word(t: &str) -> bool {
    const WORDS: [&str; 7] = [
        "spotting",
        "light",
        "medium",
        "heavy",
        "moderate",
        "unspecified",
        "very_heavy",
    ];
    let t = t.trim();
    WORDS.iter().any(|w| t.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_words() {
        for t in ["heavy", "Light", "SPOTTING", "medium", " moderate "] {
            assert!(is_flow_word(t), "{t}");
        }
        for t in [
            "monthly",
            "2024-Q1",
            "30d",
            "",
            "light_mode",
            "current",
            "none",
        ] {
            assert!(!is_flow_word(t), "{t}");
        }
    }
}
