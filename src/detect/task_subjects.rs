//! A person named by a task or a note that opens with an action on them:
//! Asana, Linear or Trello titles (`Onboard Ethan Clarke`, `Call back Mr.
//! Haruto Sato`, `Interview with Grace Okafor`, `Send offer to Lena
//! Fischer`) and CRM notes (`Met Tobias Lindqvist at the booth`). The cue
//! (the verb phrase at the start of the text) is a scanner pattern; this
//! module reads the name after it. Only a full name counts (two or three
//! capitalised words): `Interview with Google`, `Call back Berlin office`
//! and `Onboard Analytics` name no one, and products, teams and companies
//! (`Onboard Acme Corp`, `Follow up with Customer Success`) are left.

use super::name_shape::is_full_name_shape;

/// The cue: an action verb phrase at the very start of the text, and an
/// optional courtesy title. Bare `Call` is left out (`Call Center Pro`).
pub const TASK_CUE: &str = r"^(?:Onboard|Offboard|Call[ \t]+back|Called|Phoned|Emailed|Texted|Met(?:[ \t]+with)?|Meet[ \t]+with|Meeting[ \t]+with|Lunch[ \t]+with|Coffee[ \t]+with|Call[ \t]+with|Interview(?:[ \t]+with)?|Interviewed|(?:Schedule|Set[ \t]+up)[ \t]+(?:an?[ \t]+)?(?:call|interview|meeting|demo|intro)[ \t]+with|Follow(?:ed)?[ \t]+up[ \t]+with|(?:Send|Sent|Email|Mail)[ \t]+(?:the[ \t]+)?(?:offer|contract|offer[ \t]+letter|welcome[ \t]+pack|NDA)[ \t]+to|Reference[ \t]+check[ \t]+(?:for|on)|Background[ \t]+check[ \t]+(?:for|on))[ \t]+(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?[ \t]+)?";

/// Words that make the capitalised phrase a product, a company, a team or
/// a place rather than a person (lower-case comparison).
const NOT_PERSON_WORDS: &[&str] = &[
    "analytics",
    "dashboard",
    "center",
    "centre",
    "pro",
    "plus",
    "plan",
    "suite",
    "portal",
    "workspace",
    "integration",
    "api",
    "module",
    "feature",
    "flow",
    "success",
    "corp",
    "inc",
    "llc",
    "ltd",
    "gmbh",
    "ag",
    "co",
    "labs",
    "partners",
    "customer",
    "customers",
    "client",
    "clients",
    "vendor",
    "candidate",
    "candidates",
    "new",
    "hire",
    "hires",
    "the",
    "our",
    "all",
    "legal",
    "hr",
    "it",
    "university",
    "college",
    "school",
    "hospital",
    "city",
    "county",
    "airport",
    "hotel",
    "google",
    "microsoft",
    "apple",
    "amazon",
    "meta",
    "salesforce",
];

/// Length in bytes of the name that `v` (the capitalised words after the
/// cue) opens with, when it is a person's full name; `after` is the text
/// after `v`. None when it is not one.
pub fn subject_name_len(v: &str, after: &str) -> Option<usize> {
    // Another capitalised word or a digit right after the matched words
    // makes a longer title (`Onboard Ethan Clarke Foundation 2`).
    let next = after.trim_start_matches([' ', '\t']);
    if after.starts_with([' ', '\t']) && next.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    if !is_full_name_shape(v) {
        return None;
    }
    let person = v.split([' ', '\t']).all(|w| {
        let w = w.trim_end_matches('.').to_lowercase();
        !NOT_PERSON_WORDS.contains(&w.as_str())
    });
    person.then_some(v.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_names() {
        assert_eq!(subject_name_len("Ethan Clarke", ""), Some(12));
        assert_eq!(subject_name_len("Grace Okafor", " re: SSO"), Some(12));
        assert_eq!(subject_name_len("Haruto Sato", ""), Some(11));
        assert_eq!(
            subject_name_len("Tobias Lindqvist", " at the booth"),
            Some(16)
        );
        assert_eq!(subject_name_len("Analytics", " rollout"), None);
        assert_eq!(subject_name_len("Google", ""), None);
        assert_eq!(subject_name_len("Berlin", " office"), None);
        assert_eq!(subject_name_len("Acme Corp", " workspace"), None);
        assert_eq!(subject_name_len("Customer Success", ""), None);
        assert_eq!(subject_name_len("Marketing Team", ""), None);
        assert_eq!(subject_name_len("Analytics Dashboard", ""), None);
        assert_eq!(subject_name_len("Ethan Clarke", " SSO"), None);
    }

    #[test]
    fn cue_shape() {
        let re = regex_automata::meta::Regex::new(TASK_CUE).unwrap();
        for t in [
            "Onboard Ethan",
            "Call back Mr. Haruto",
            "Interview with Grace",
            "Send offer to Lena",
            "Schedule interview with Daniela",
            "Follow up with Marcus",
            "Met Tobias",
        ] {
            assert!(re.is_match(t), "{t}");
        }
        for t in [
            "Call Center Pro",
            "Migrate Onboard Ethan",
            "onboard ethan",
            "Weekly Sync",
        ] {
            assert!(!re.is_match(t), "{t}");
        }
    }
}
