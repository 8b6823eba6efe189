//! The other party of a money transfer named in a bank statement's
//! description: `Payment from Mikko Virtanen`, `Sent money to Pablo
//! Iglesias Ruiz`, `ZELLE FROM MARISOL ECHEVARRIA CONF# j8k2lq`, `VENMO
//! PAYMENT TO TOBIAS LINDQVIST`. The cue (a payment word, then `to` or
//! `from`) is a scanner pattern; this module reads the name after it.
//! Statement descriptors are often in capitals, so the words are judged
//! in title case; merchants, accounts and references are no names.

use super::name_shape::is_full_name_shape;

/// The cue: a transfer word and its direction (ASCII case-insensitive).
pub const TRANSFER_CUE: &str = r"(?i)(?-u:\b)(?:(?:payment|transfer|money|cash|zelle|venmo|paypal)[ \t]+(?:to|from)|(?:zelle|venmo|paypal)[ \t]+(?:payment|transfer)[ \t]+(?:to|from))[ \t]+";

/// The words after the cue: one to four capitalised or all-capital
/// words.
pub const TRANSFER_PARTY: &str =
    r"[A-ZÀ-ÖØ-Þ][A-Za-zß-öø-ÿÀ-ÖØ-Þ'’\-]*(?:[ \t]+[A-ZÀ-ÖØ-Þa-z][A-Za-zß-öø-ÿÀ-ÖØ-Þ'’\-]*){0,3}";

/// Words that end a name in a descriptor: the reference, date or memo
/// that follows it (`CONF#`, `REF`, `ON 03/14`).
const TAIL_WORDS: &[&str] = &[
    "conf",
    "ref",
    "reference",
    "id",
    "on",
    "for",
    "via",
    "txn",
    "trn",
    "memo",
    "note",
    "web",
    "ppd",
    "ccd",
    "inst",
    "xfer",
    "at",
    "with",
    "and",
];

/// Words that make the party a business, an account or a product, not a
/// person (`Transfer to Savings Account`, `Payment from Acme Payroll`).
const NOT_PERSON_WORDS: &[&str] = &[
    "account",
    "accounts",
    "savings",
    "checking",
    "card",
    "credit",
    "debit",
    "wallet",
    "bank",
    "balance",
    "pot",
    "vault",
    "loan",
    "mortgage",
    "inc",
    "llc",
    "ltd",
    "gmbh",
    "corp",
    "co",
    "company",
    "plc",
    "ag",
    "sa",
    "sl",
    "bv",
    "nv",
    "payroll",
    "payments",
    "services",
    "store",
    "shop",
    "market",
    "insurance",
    "fund",
    "trust",
    "group",
    "holdings",
    "brokerage",
    "ira",
    "pay",
    "cash",
    "app",
    "the",
    "my",
    "your",
    "our",
    "external",
    "internal",
    "investment",
    "investments",
    "deposit",
    "paypal",
    "venmo",
    "zelle",
    "stripe",
    "amazon",
    "apple",
    "google",
];

/// `MARISOL` -> `Marisol`; other words as written.
fn title_case(word: &str) -> String {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || word.chars().any(char::is_lowercase) {
        return word.to_string();
    }
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '\'' | '’');
    }
    out
}

/// The byte length of the person's name at the start of `v` (the text
/// the [`TRANSFER_PARTY`] pattern matched after a cue, with `after` the
/// text that follows it), or `None` when the words name no person.
pub fn transfer_party_len(v: &str, after: &str) -> Option<usize> {
    let mut words: Vec<(usize, &str)> = Vec::with_capacity(4);
    let mut pos = 0usize;
    for w in v.split([' ', '\t']) {
        if !w.is_empty() {
            words.push((pos, w));
        }
        pos += w.len() + 1;
    }
    // `CONF#`: a word glued to what follows the match is no name word.
    if after.starts_with(|c: char| !c.is_whitespace() && c != ',' && c != '.') {
        words.pop();
    }
    let name_end = words
        .iter()
        .position(|(_, w)| {
            let lower = w.to_lowercase();
            TAIL_WORDS.contains(&lower.as_str()) || w.chars().next().is_some_and(char::is_lowercase)
        })
        .unwrap_or(words.len());
    words.truncate(name_end.min(3));
    if words.len() < 2 {
        return None;
    }
    if words
        .iter()
        .any(|(_, w)| NOT_PERSON_WORDS.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    let titled: Vec<String> = words.iter().map(|(_, w)| title_case(w)).collect();
    if !is_full_name_shape(&titled.join(" ")) {
        return None;
    }
    let (last_start, last) = words.last()?;
    Some(last_start + last.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persons_after_transfer_cues() {
        assert_eq!(transfer_party_len("Mikko Virtanen", ""), Some(14));
        assert_eq!(transfer_party_len("Pablo Iglesias Ruiz", ""), Some(19));
        assert_eq!(
            transfer_party_len("MARISOL ECHEVARRIA CONF", "# j8k2lq"),
            Some(18)
        );
        assert_eq!(transfer_party_len("TOBIAS LINDQVIST", ""), Some(16));
        assert_eq!(transfer_party_len("Jane Doe on 03", "/14"), Some(8));
    }

    #[test]
    fn accounts_merchants_and_single_words_are_not() {
        for (v, after) in [
            ("Savings Account", ""),
            ("Checking", ""),
            ("ACME PAYROLL INC", ""),
            ("Apple Pay", ""),
            ("Amazon", ""),
            ("Mikko", ""),
            ("My Savings Pot", ""),
            ("External Account", ""),
        ] {
            assert_eq!(transfer_party_len(v, after), None, "{v}");
        }
    }

    #[test]
    fn capitals_are_read_in_title_case() {
        assert_eq!(title_case("MARISOL"), "Marisol");
        assert_eq!(title_case("O'BRIEN"), "O'Brien");
        assert_eq!(title_case("Jane"), "Jane");
        assert_eq!(title_case("J"), "J");
    }
}
