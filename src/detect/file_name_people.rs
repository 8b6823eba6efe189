//! A person named in a document's file name or title beside the kind of
//! document that is about one person: résumés and CVs
//! (`Rahul_Menon_Resume.pdf`, `CV_Anna_Schmidt.docx`,
//! `Lebenslauf-Jonas-Becker.pdf`), offer letters and contracts (DocuSign's
//! `Offer Letter - Sofia Marchetti.pdf`, `Contract – M. Dubois
//! (signed).pdf`). The cue (the document word and its separator) is a
//! scanner pattern; this module reads the name before or after it. The
//! name must be a full name (two or three capitalised words, or an
//! initial and a surname) joined by `_`, `-` or blanks, so templates and
//! reports (`Resume_Template.docx`, `Contract_Final_v2.pdf`) stay.

use super::name_shape::{ends_in_group_word, is_full_name_shape};

/// The cue: a document word (with its capital) and what follows it: a
/// separator, a dashed separator between blanks, or its file extension.
pub const FILE_NAME_CUE: &str = r"(?:Resume|Résumé|RESUME|CV|Lebenslauf|Curriculum[_ \-]Vitae|Offer[ _\-]Letter|Cover[ _\-]Letter|Contract|Arbeitsvertrag|Vertrag|Bewerbung|Anschreiben)(?:[ \t]+(?:-|–|—)[ \t]+|[_\-]|\.[A-Za-z]{3,4}(?-u:\b))";

/// Words of a file name that are no name (lower case).
const NOT_NAME_WORDS: &[&str] = &[
    "template",
    "vorlage",
    "final",
    "draft",
    "entwurf",
    "sample",
    "example",
    "muster",
    "signed",
    "unsigned",
    "copy",
    "new",
    "old",
    "updated",
    "version",
    "report",
    "english",
    "german",
    "deutsch",
    "french",
    "spanish",
    "standard",
    "employee",
    "employment",
    "freelance",
    "freelancer",
    "contractor",
    "vendor",
    "customer",
    "client",
    "service",
    "master",
    "renewal",
    "amendment",
    "addendum",
    "annex",
    "terms",
    "agreement",
    "nda",
    "letter",
    "offer",
    "cover",
    "page",
    "full",
    "short",
    "long",
    "photo",
    "foto",
    "pdf",
    "docx",
    "and",
    "for",
    "with",
    // Companies on the other side of a contract.
    "corp",
    "inc",
    "ltd",
    "llc",
    "gmbh",
    "ag",
    "sa",
    "bv",
    "plc",
    "co",
    "industries",
    "solutions",
    "technologies",
    "consulting",
    "partners",
    "holdings",
    "labs",
];

/// Whether `words` (a name's words with their separators turned to
/// blanks) is a person's full name.
fn is_file_person(words: &str) -> bool {
    is_full_name_shape(words)
        && !ends_in_group_word(words)
        && words.split(' ').all(|w| {
            let w = w.trim_end_matches('.').to_lowercase();
            !NOT_NAME_WORDS.contains(&w.as_str())
        })
}

/// The name right after a cue that ends with a separator: capitalised
/// words joined by `_`, `-` or one blank, up to the extension, a bracket,
/// a second separator run or the end. Returns its length in bytes.
pub fn name_after_len(rest: &str) -> Option<usize> {
    let mut end = 0;
    let mut words = String::new();
    for (i, c) in rest.char_indices() {
        if c.is_alphabetic() || matches!(c, '\'' | '\u{2019}') {
            end = i + c.len_utf8();
            words.push(c);
        } else if matches!(c, '_' | '-' | ' ') {
            words.push(' ');
        } else if c == '.' {
            // An initial's dot (`M. Dubois`), else the extension.
            let initial = rest.get(..i).is_some_and(|h| {
                h.chars().next_back().is_some_and(char::is_uppercase)
                    && h.chars().rev().nth(1).is_none_or(|p| !p.is_alphabetic())
            });
            if !initial {
                break;
            }
            end = i + 1;
            words.push('.');
        } else {
            break;
        }
    }
    let candidate = words
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (end > 0 && is_file_person(&candidate)).then_some(end)
}

/// The name before a cue: the whole text before it (after a path's last
/// `/`), without the separator, must be the name. Returns where it starts
/// and ends.
pub fn name_before(before: &str) -> Option<(usize, usize)> {
    let trimmed = before.trim_end_matches([' ', '\t', '_', '-', '–', '—']);
    if trimmed.len() == before.len() {
        return None;
    }
    let start = trimmed.rfind(['/', '\\']).map_or(0, |i| i + 1);
    let name = trimmed.get(start..)?;
    let words: String = name
        .chars()
        .map(|c| if matches!(c, '_' | '-') { ' ' } else { c })
        .collect();
    is_file_person(&words).then_some((start, trimmed.len()))
}

/// Whether a cue starting at `cue_start` stands at a word's start in a
/// file name (not `XCV_…` or `Subcontract_…`).
pub fn at_word_start(text: &str, cue_start: usize) -> bool {
    text.get(..cue_start)
        .and_then(|b| b.chars().next_back())
        .is_none_or(|c| matches!(c, '_' | '-' | ' ' | '/' | '\\' | ':' | '(' | '"'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_after() {
        assert_eq!(name_after_len("Anna_Schmidt.docx"), Some(12));
        assert_eq!(name_after_len("Jonas-Becker.pdf"), Some(12));
        assert_eq!(name_after_len("Sofia Marchetti.pdf"), Some(15));
        assert_eq!(name_after_len("M. Dubois (signed).pdf"), Some(9));
        assert_eq!(name_after_len("Template.docx"), None);
        assert_eq!(name_after_len("Final_v2.pdf"), None);
        assert_eq!(name_after_len("Acme_Corp.pdf"), None);
        assert_eq!(name_after_len("Marketing_Team.pdf"), None);
        assert_eq!(name_after_len("Q3_Report.pdf"), None);
    }

    #[test]
    fn names_before() {
        assert_eq!(name_before("Rahul_Menon_"), Some((0, 11)));
        assert_eq!(name_before("hr/2026/Anna-Lena_Vogt-"), Some((8, 22)));
        assert_eq!(name_before("Sofia Marchetti - "), Some((0, 15)));
        assert_eq!(name_before("Final_"), None);
        assert_eq!(name_before("Employee_Contract_"), None);
        assert_eq!(name_before("Rahul_Menon"), None);
        assert_eq!(name_before("Sales_Team_"), None);
    }

    #[test]
    fn word_starts() {
        assert!(at_word_start("CV_Anna", 0));
        assert!(at_word_start("x_CV_Anna", 2));
        assert!(!at_word_start("XCV_Anna", 1));
    }

    #[test]
    fn cue_shape() {
        let re = regex_automata::meta::Regex::new(FILE_NAME_CUE).unwrap();
        for t in [
            "Resume.pdf",
            "CV_",
            "Lebenslauf-",
            "Offer Letter - ",
            "Contract – ",
        ] {
            assert!(re.is_match(t), "{t}");
        }
        for t in ["resume", "Resumes", "CVS"] {
            assert!(!re.is_match(t), "{t}");
        }
    }
}
